// runtime/panic.h — panics, fatal errors, tracebacks, process exit.
//
// A Go panic unwinds by C++ exception: panicValue() pushes a Panic record on the
// running G and throws GoPanicSignal; the interpreter (vm/interp.cpp) catches it
// at the innermost activation, runs deferred calls (each returning to the
// kPanicReturn sentinel), and either resumes a recovering frame at its
// FuncProto::recoverPc or, when no deferred call is left, calls printPanics +
// traceback and exits with status 2, as Go's runtime does.
#pragma once
#include <string>

#include "runtime/g.h"

namespace goro {

// Thrown by every panic; the payload is g->panic.
struct GoPanicSignal {};

// Sentinel return pc of deferred calls run by a panic.
extern const Instr* const kPanicReturn;

// Types the runtime builds panic values with (set by the VM loader).
struct RuntimeTypes {
  Type* string = nullptr;    // panic("text")
  Type* rtError = nullptr;   // runtime errors (a named string type with Error())
};
extern RuntimeTypes rtTypes;

// Hook into the VM: call method `name` (func() string) on v. Set by the VM.
extern bool (*callStringMethodHook)(const GoIface& v, const char* name, GoString* out);

[[noreturn]] void panicPlainError(const std::string& msg);  // runtime.Error without the "runtime error: " prefix
[[noreturn]] void stackOverflow(G* g, int64_t wantBytes);

// Printing (to stderr, as Go's runtime prints).
void printPanics(Panic* p);
// Print "goroutine N [status]:" and its frames starting at fp suspended at pc.
void traceback(G* g, uint64_t* fp, const Instr* pc, const char* status);
// Unrecovered panic: print the chain and the traceback, exit 2.
[[noreturn]] void fatalPanic(G* g, uint64_t* fp, const Instr* pc);
void flushStdout();
// Buffered stdout used by os.Stdout writes and fmt (flushed at exit and before stderr output).
void writeStdout(const void* p, size_t n);
void writeStderr(const void* p, size_t n);

const Instr* decodeReturnPc(uint64_t word, bool* atSafepoint);
// Go runtime print formats (print/println built-ins; panic values).
std::string runtimePrintString(const Type* t, const void* mem);
std::string runtimeFloatString(double v);

}  // namespace goro
