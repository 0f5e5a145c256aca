// stdlib/rt_natives.cpp — natives of package runtime (stdlib/go/runtime).
#include <gc/gc.h>
#include <unistd.h>

#include "vm/native.h"

namespace goro {
namespace {

void rtGC(NativeCtx&, uint64_t*) { GC_gcollect(); }
void rtNumGoroutine(NativeCtx&, uint64_t* f) { f[0] = 1; }  // one G until the scheduler lands
void rtNumCPU(NativeCtx&, uint64_t* f) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  f[0] = uint64_t(n > 0 ? n : 1);
}
void rtGOMAXPROCS(NativeCtx& ctx, uint64_t* f) {
  (void)ctx;
  f[0] = 1;  // one P until the scheduler lands; the argument is accepted and ignored
}
void rtGosched(NativeCtx&, uint64_t*) {}

NativeReg r1("runtime.GC", &rtGC);
NativeReg r2("runtime.NumGoroutine", &rtNumGoroutine);
NativeReg r3("runtime.NumCPU", &rtNumCPU);
NativeReg r4("runtime.GOMAXPROCS", &rtGOMAXPROCS);
NativeReg r5("runtime.Gosched", &rtGosched);

}  // namespace

void linkRuntimeNatives() {}
}  // namespace goro
