// runtime/panic.h — panics, fatal errors, tracebacks, process exit.
//
// A Go panic unwinds by C++ exception: panicValue() pushes a Panic record on the
// running G and throws GoPanicSignal; the interpreter (vm/interp.cpp) catches it
// at the innermost activation, runs deferred calls (each returning to the
// kPanicReturn sentinel), and either resumes a recovering frame at its
// FuncProto::recoverPc or, when no deferred call is left, calls fatalPanic
// (the panic chain + traceback, exit status 2), as Go's runtime does.
//
// Stack walks (FrameWalker: a goroutine's frames as Go's unwinder reports
// them, for runtime.Caller/Callers) and the traceback text (for panics, fatal
// errors, deadlock reports and runtime.Stack) are runtime/traceback.h's.
#pragma once
#include <signal.h>

#include <string>

#include "runtime/g.h"
#include "runtime/traceback.h"

namespace goro {

// Thrown by every panic; the payload is g->panic.
struct GoPanicSignal {};

// Sentinel return pc of deferred calls run by a panic.
extern const Instr* const kPanicReturn;

// Types the runtime builds panic values with (set by the VM loader; package
// runtime's, stdlib/go/runtime/runtime.go). Without package runtime (unit
// tests) the values are plain strings.
struct RuntimeTypes {
  Type* string = nullptr;              // panic("text")
  Type* errorString = nullptr;         // runtime.errorString: "runtime error: " + its text
  Type* plainError = nullptr;          // runtime.plainError: its text
  Type* boundsError = nullptr;         // runtime.boundsError: "runtime error: " + its text
  Type* typeAssertionError = nullptr;  // *runtime.TypeAssertionError: its text (struct{msg string})
};
extern RuntimeTypes rtTypes;

// Hook into the VM: call method `name` (func() string) on v; false if v has
// no such method. A panic in the method propagates (GoPanicSignal, with the
// new Panic on the G's list). Set by the VM.
extern bool (*callStringMethodHook)(const GoIface& v, const char* name, GoString* out);
// The scheduler's dump of every goroutine but one (GOTRACEBACK=all); set by
// schedMain (runtime/sched.cpp).
extern void (*dumpGoroutinesHook)(G* except);
// GOTRACEBACK's level: 0 (none) prints no goroutine in fatal reports.
int tracebackLevel();

[[noreturn]] void panicPlainError(const std::string& msg);  // runtime.plainError: no "runtime error: " prefix
[[noreturn]] void panicBoundsError(const std::string& msg);  // runtime.boundsError ("index out of range [5] with length 3")
[[noreturn]] void panicTypeAssertion(const std::string& msg);  // *runtime.TypeAssertionError ("interface conversion: ...")
// runtime.Goexit: unwinds like a panic (Panic::goexit; recover() does not see
// it); when no deferred call is left the goroutine ends (vm/interp.cpp).
[[noreturn]] void panicGoexit();
[[noreturn]] void stackOverflow(G* g, int64_t wantBytes);
// A SIGSEGV handler's fault that is not its own: to the handler `prev` that
// was installed before it, or the default action (the process dies of it).
void forwardSegv(const struct sigaction& prev, int sig, siginfo_t* si, void* ctx);
// The calling thread's stack [*lo, *hi) (false if unknown): a fault near lo
// is that stack running out.
bool threadStackRange(uintptr_t* lo, uintptr_t* hi);
// A crash as Go reports a fatal signal ("SIGTRAP: trace trap"): the line, a
// blank line, the running goroutine's traceback; exit 2.
[[noreturn]] void fatalSignal(const std::string& what);

// Printing (to stderr, as Go's runtime prints).
// Print tracebackString(g, fp, pc, status) to stderr.
void traceback(G* g, uint64_t* fp, const Instr* pc, const char* status);
// Unrecovered panic: print the chain (each value's Error or String text got
// first, newest panic first, as Go's preprintpanics; a panic in one of those
// is "fatal error: panic while printing panic value"), the signal line of a
// nil dereference, and the traceback; exit 2.
[[noreturn]] void fatalPanic(G* g, uint64_t* fp, const Instr* pc);
// fatalPanic is calling Error/String methods on this thread: a panic in one
// that nothing recovers goes back to it (GoPanicSignal) rather than being fatal.
bool preprintingPanics();
void flushStdout();
// sysmon, each round: have output buffered for 1 ms or more written out (by
// the flusher thread; this never blocks).
void flushStaleStdout(int64_t now);
// Buffered stdout used by os.Stdout writes and fmt (flushed before stderr output,
// before a read of stdin, at exit, and soon after a write: flushStaleStdout).
void writeStdout(const void* p, size_t n);
void writeStderr(const void* p, size_t n);

const Instr* decodeReturnPc(uint64_t word, bool* atSafepoint);
// Go runtime print formats (print/println built-ins; panic values).
std::string runtimePrintString(const Type* t, const void* mem);
std::string runtimeFloatString(double v);

}  // namespace goro
