// runtime/traceback.h — stack walks and traceback text (runtime/traceback.cpp
// has the design): FrameWalker, Go's view of a goroutine's frames, which
// runtime.Caller and runtime.Callers report (stdlib/rt_natives.cpp,
// stdlib/rt_stack_natives.cpp); goro's pcs; the traceback text that panics,
// fatal errors, deadlock reports and runtime.Stack print.
#pragma once
#include <cstdint>
#include <string>

#include "runtime/g.h"

namespace goro {

// One step of a stack walk: frame fp (suspended at pc, or null) -> its
// caller's frame and the pc it is suspended at (the call; for a deferred call
// run by a panic, where the panic was raised). fp becomes null past the bottom.
// via (if given): for a deferred call run by a panic, that panic (else null).
void callerFrame(G* g, uint64_t*& fp, const Instr*& pc, const Panic** via = nullptr);

// A function of Go's runtime whose frames Go shows and goro has no code for
// (runtime.gopanic, runtime.main, ...): its address stands for its code, so
// pcs into it are [this, this + sizeof(RuntimeFunc)).
struct RuntimeFunc {
  const char* name;  // "runtime.gopanic"
  const char* file;  // "$GOROOT/src/runtime/panic.go"
  int line;          // Go 1.19's line of the call its callee was called from
};
enum RuntimeFuncId { kRtGopanic, kRtGoexitDefers, kRtMain, kRtGoexit, kRtCallers, kRtFuncCount };
extern const RuntimeFunc kRuntimeFuncs[kRtFuncCount];

// pcs (runtime.Callers, runtime.Caller, FuncForPC, the "+0x.." of
// tracebacks): the frame of a Go function suspended at instruction I has pc
// I + kCallPcOffset, a return-address-like pc inside I's bytes (Go's
// runtime.Caller and Frame.PC report it minus one, still inside I, as Go's
// are return address minus one); a frame whose instruction is unknown has
// the function's entry (FuncProto::code.data(); for a native, the FuncProto's
// own address); a RuntimeFunc's frame, its address + kCallPcOffset.
constexpr uint64_t kCallPcOffset = 8;
static_assert(kCallPcOffset < sizeof(Instr) && kCallPcOffset < sizeof(RuntimeFunc));

// A frame as Go's unwinder reports it: a Go function of the program (fn, the
// instruction it is suspended at or null if unknown, its line), or one of the
// Go runtime's own frames (rt; panic: the panic a runtime.gopanic frame runs).
struct CallerInfo {
  const FuncProto* fn = nullptr;
  const Instr* pc = nullptr;
  int line = 0;
  const RuntimeFunc* rt = nullptr;
  const Panic* panic = nullptr;
};

// The frames of a goroutine from the innermost out, as Go 1.19 (amd64/arm64)
// unwinds them: a deferred call run by a panic is called by runtime.gopanic
// (by runtime.Goexit when runtime.Goexit runs it), main.main by runtime.main,
// and every goroutine's first function by runtime.goexit. A native's frame is
// a Go function's frame like any other.
// Safe for the running G's own stack. With `isProto`, frames are checked as
// they are read (frame pointers inside the stack and going down, FuncProto
// words known to isProto): the walk stops at the first that is not — for
// another goroutine's stack, which may change under the walk (goro has no
// stop-the-world).
class FrameWalker {
 public:
  FrameWalker(G* g, uint64_t* fp, const Instr* pc, bool (*isProto)(const FuncProto*) = nullptr);
  // Frames from the caller of native frame fp (the native's own not shown).
  static FrameWalker fromNative(G* g, uint64_t* nativeFp);
  // The next frame outwards; false past the last (runtime.goexit).
  bool next(CallerInfo* out);

 private:
  void step();  // past the frame at fp_
  bool inStack(const uint64_t* fp) const;
  G* g_;
  uint64_t* fp_;
  const Instr* pc_;
  bool (*isProto_)(const FuncProto*);
  uintptr_t lo_, hi_;            // the stack when the walk began
  const Panic* viaPanic_ = nullptr;  // a runtime.gopanic/Goexit frame comes next
  bool pendingPanic_ = false;
  bool done_ = false;
};

// A function's entry pc, and a frame's pc (kCallPcOffset above).
uint64_t funcEntry(const FuncProto* f);
uint64_t framePc(const CallerInfo& c);

// runtime.Caller(skip) seen from a native whose frame is fp: the frame skip+1
// up (FrameWalker::fromNative's skip-th); false past the bottom.
bool callerOfNative(G* g, uint64_t* fp, int skip, CallerInfo* out);
// The file name Go reports for a FuncProto's file: an absolute path for the
// program's files (relative names are taken from the directory goro started
// in, as go run's are from where it built), "$GOROOT/src/..." as it is.
std::string goFileName(const std::string& file);
// The file Go reports for instruction pc of f (a pc outside f's code: its
// entry): goFileName(f->file), or, under a line directive, the directive's
// file name as written (vm/func.h FuncProto::fileRuns).
std::string frameFile(const FuncProto* f, const Instr* pc);

// Go's traceback text of g: "goroutine N [status]:" and its frames from fp
// (suspended at pc) out, each "name(...)" / "\tfile:line +0xOFF" (Go's
// runtime frames hidden as Go hides them: shown are runtime.gopanic, as
// "panic({type, data})", and exported ones such as runtime.Goexit), at most
// 100 ("...additional frames elided..."), then "created by". Arguments are
// "(...)" (Go prints their words); offsets are of goro's pcs.
// isProto: see FrameWalker (another goroutine's stack).
std::string tracebackString(G* g, uint64_t* fp, const Instr* pc, const char* status,
                            bool (*isProto)(const FuncProto*) = nullptr);
// runtime.Stack(buf, true)'s part after the calling goroutine me: for every
// other goroutine of the program, a blank line and its tracebackString (walked
// with isProto: they are not stopped); one running on another thread is
// "goroutine N [running]:" and Go's "goroutine running on other thread; stack
// unavailable". Goroutines the runtime starts for itself (timer firings: Go
// runs those on system goroutines, which it does not show) are left out.
std::string tracebackOthers(G* me, bool (*isProto)(const FuncProto*));
}  // namespace goro
