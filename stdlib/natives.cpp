// stdlib/natives.cpp — linkStdlibNatives(): references every native
// translation unit of goro_stdlib so the linker keeps it (and its static
// NativeReg registrations) in the final binary. Add a line per new file.
#include "stdlib/natives.h"

namespace goro {

void linkRuntimeNatives();  // stdlib/rt_natives.cpp
void linkFmtNatives();      // stdlib/fmt_natives.cpp
void linkMathNatives();     // stdlib/math_natives.cpp
void linkStrconvNatives();  // stdlib/strconv_natives.cpp
void linkOsNatives();       // stdlib/os_natives.cpp
void linkSortNatives();     // stdlib/sort_natives.cpp
void linkErrorsNatives();   // stdlib/errors_natives.cpp
void linkAtomicNatives();   // stdlib/atomic_natives.cpp
void linkTimeNatives();     // stdlib/time_natives.cpp
void linkExecNatives();     // stdlib/exec_natives.cpp
void linkStringsNatives();  // stdlib/strings_natives.cpp
void linkTraceNatives();    // stdlib/rt_trace_natives.cpp

void linkStdlibNatives() {
  linkRuntimeNatives();
  linkFmtNatives();
  linkMathNatives();
  linkStrconvNatives();
  linkOsNatives();
  linkSortNatives();
  linkErrorsNatives();
  linkAtomicNatives();
  linkTimeNatives();
  linkExecNatives();
  linkStringsNatives();
  linkTraceNatives();
}

}  // namespace goro
