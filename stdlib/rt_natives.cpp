// stdlib/rt_natives.cpp — natives that talk to the scheduler: package runtime
// (stdlib/go/runtime), and the hooks of time and sync (runtime/sched.h).
// Natives that block park the G (status != Running) and return; the
// interpreter then returns to the scheduler and resumes after the call.
#include <gc/gc.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/finalizer.h"
#include "runtime/panic.h"
#include "runtime/sched.h"
#include "stdlib/native_args.h"
#include "vm/func.h"
#include "vm/interp_support.h"
#include "vm/native.h"

namespace goro {
namespace {

void rtGC(NativeCtx& ctx, uint64_t*) {
  // the dead part of this goroutine's stack (above the native's frame) would
  // be scanned as it is: clear it, so what returned frames held can go
  G* g = ctx.g;
  if (g->nativeTop && reinterpret_cast<uint8_t*>(g->nativeTop) < g->stackHi)
    std::memset(g->nativeTop, 0, size_t(g->stackHi - reinterpret_cast<uint8_t*>(g->nativeTop)));
  GC_gcollect();
  wakeFinalizerG();  // (Go's GC readies fing when the cycle queued finalizers)
}

// func setFinalizer(obj any, finalizer any, fing func()): Go's SetFinalizer
// checks (runtime/mfinal.go), with its texts, then the registration
// (runtime/finalizer.h). The first registration starts fing, the finalizer
// goroutine, as a system goroutine from its creation (never counted by
// NumGoroutine, not even before it first runs).
void rtSetFinalizer(NativeCtx& ctx, uint64_t* f) {
  GoIface obj, fin;
  std::memcpy(&obj, f, sizeof obj);
  std::memcpy(&fin, f + 2, sizeof fin);
  auto* fing = reinterpret_cast<Closure*>(f[4]);
  auto fail = [](const std::string& m) { fatalError("runtime.SetFinalizer: " + m); };
  const Type* ot = obj.type;
  if (!ot) fail("first argument is nil");
  if (ot->underlying->kind != Kind::Pointer) fail("first argument is " + ot->str() + ", not pointer");
  void* p = obj.data;
  if (!p) fail("pointer not in allocated block");  // (a nil pointer: Go finds no object)
  void* base = GC_base(p);
  const uint8_t* globals = ctx.prog->globals;
  bool global = globals && static_cast<uint8_t*>(p) >= globals && static_cast<uint8_t*>(p) < globals + ctx.prog->globalsSize;
  // package-level variables, zero-size values and other memory outside the
  // heap: ignored, as Go ignores its data and bss segments and zerobase
  if (!base || global) return;
  if (base != p) {
    const Type* elem = ot->underlying->elem;
    if (elem->hasPointers() || elem->size >= 16) fail("pointer not at beginning of allocated block");
    return;  // (Go's tiny-allocator case: never finalized here)
  }
  if (!fin.type) {
    setFinalizer(p, nullptr, ot, nullptr);
    return;
  }
  const Type* ft = fin.type->underlying;
  const std::string cannot = "cannot pass " + ot->str() + " to finalizer " + fin.type->str();
  if (ft->kind != Kind::Func) fail("second argument is " + fin.type->str() + ", not a function");
  if (ft->variadic) fail(cannot + " because dotdotdot");
  if (ft->params.size() != 1) fail(cannot);
  const Type* pt = ft->params[0];
  const Type* pu = pt->underlying;
  bool ok = pt == ot ||
            (pu->kind == Kind::Pointer && (!pt->isNamed() || !ot->isNamed()) && pu->elem == ot->underlying->elem) ||
            (pu->kind == Kind::Interface && (pu->methods.empty() || implementsIface(ot, pt, nullptr)));
  if (!ok) fail(cannot);
  if (!fin.data) panicNilDeref();  // (a nil func of a func type: Go dies calling it later)
  if (!setFinalizer(p, static_cast<Closure*>(fin.data), ot, pt)) fail("finalizer already set");
  static std::atomic<bool> started{false};
  if (!started.exchange(true)) newproc(fing, nullptr, 0, nullptr, nullptr, /*system=*/true);
}

// func runFinalizer() (arg0, arg1 uintptr): the finalizer goroutine's step.
// Runs the next queued finalizer as a call from runFinalizers (the two
// result slots hold its argument: NativeCtx::tailCall), or parks the
// goroutine in "finalizer wait" until the collector queues one.
void rtRunFinalizer(NativeCtx& ctx, uint64_t* f) {
  FinalizerCall c;
  if (!nextFinalizer(&c)) {
    parkFinalizerG(ctx.g);  // (false: one was queued meanwhile; the loop comes back)
    return;
  }
  if (c.paramType->underlying->kind == Kind::Interface) {  // register form (type, data); pointers are pointer-shaped
    f[0] = reinterpret_cast<uint64_t>(c.objType);
    f[1] = reinterpret_cast<uint64_t>(c.obj);
  } else {
    f[0] = reinterpret_cast<uint64_t>(c.obj);
  }
  ctx.tailCall = c.fn;
}
// func readMemStats() (heap, free, unmapped, total, stack uint64, numGC uint32)
void rtReadMemStats(NativeCtx&, uint64_t* f) {
  GC_word heap = 0, freeb = 0, unmapped = 0, sinceGc = 0, total = 0;
  GC_get_heap_usage_safe(&heap, &freeb, &unmapped, &sinceGc, &total);
  f[0] = heap;
  f[1] = freeb;
  f[2] = unmapped;
  f[3] = total;
  f[4] = uint64_t(stackStats().inuseBytes);
  f[5] = uint64_t(GC_get_gc_no());
}
void rtNumGoroutine(NativeCtx&, uint64_t* f) { f[0] = uint64_t(liveGoroutines()); }
void rtNumCPU(NativeCtx&, uint64_t* f) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  f[0] = uint64_t(n > 0 ? n : 1);
}
void rtGOMAXPROCS(NativeCtx&, uint64_t* f) { f[0] = uint64_t(setGomaxprocs(int(int64_t(f[0])))); }
void rtGosched(NativeCtx& ctx, uint64_t*) { goyield(ctx.g); }
// func Breakpoint(): Go executes a trap instruction; with no debugger
// attached the program dies of SIGTRAP, as here.
void rtBreakpoint(NativeCtx&, uint64_t*) { fatalSignal("SIGTRAP: trace trap"); }
void rtGoexit(NativeCtx&, uint64_t*) { panicGoexit(); }
// func GOROOT() string: $GOROOT as it was at process start, else the root of
// the Go toolchain goro was configured with (stdlib/CMakeLists.txt).
#ifndef GORO_DEFAULT_GOROOT
#define GORO_DEFAULT_GOROOT ""
#endif
static const std::string kGoroot = [] {
  const char* e = std::getenv("GOROOT");
  return std::string(e ? e : GORO_DEFAULT_GOROOT);
}();
void rtGOROOT(NativeCtx&, uint64_t* f) { nat::setStr(f, 0, makeString(kGoroot)); }

// func Caller(skip int) (pc uintptr, file string, line int, ok bool)
void rtCaller(NativeCtx& ctx, uint64_t* f) {
  int64_t skip = int64_t(f[0]);
  CallerInfo c;
  std::memset(f, 0, 5 * 8);
  if (skip < 0 || skip > (1 << 20) || !callerOfNative(ctx.g, ctx.frame(), int(skip), &c)) return;
  GoString s = makeString(c.fn ? frameFile(c.fn, c.pc) : std::string(c.rt->file));
  // Go's Frame.PC: the return-address-like pc runtime.Callers reports, less
  // one (still inside the instruction), or the entry (runtime/traceback.h)
  uint64_t pc = framePc(c);
  f[0] = c.fn && !c.pc ? pc : pc - 1;
  std::memcpy(&f[1], &s, sizeof s);
  f[3] = uint64_t(int64_t(c.line));
  f[4] = 1;
}

void timeSleep(NativeCtx& ctx, uint64_t* f) {
  int64_t d = int64_t(f[0]);
  if (d <= 0) return;
  int64_t now = nanotime();
  sleepUntil(ctx.g, d > INT64_MAX - now ? INT64_MAX : now + d);  // (no overflow: forever)
}
void timeRuntimeNano(NativeCtx&, uint64_t* f) { f[0] = uint64_t(nanotime()); }
void timeStart(NativeCtx&, uint64_t* f) { startTimer(reinterpret_cast<RuntimeTimer*>(f[0])); }
void timeStop(NativeCtx&, uint64_t* f) { f[0] = stopTimer(reinterpret_cast<RuntimeTimer*>(f[0])); }
void timeReset(NativeCtx&, uint64_t* f) {
  f[0] = resetTimer(reinterpret_cast<RuntimeTimer*>(f[0]), int64_t(f[1]));
}

// func timerSend(c chan Time, fire uintptr, v Time)
void timeTimerSend(NativeCtx& ctx, uint64_t* f) {
  timerSendLive(f[1], reinterpret_cast<Hchan*>(f[0]), &f[2], ctx.g);
}

void semAcquire(NativeCtx& ctx, uint64_t* f) {
  auto* addr = reinterpret_cast<uint32_t*>(f[0]);
  if (!addr) panicRuntimeError("invalid memory address or nil pointer dereference");
  semacquire(ctx.g, addr);
}
void semAcquireCond(NativeCtx& ctx, uint64_t* f) {
  semacquire(ctx.g, reinterpret_cast<uint32_t*>(f[0]), "sync.Cond.Wait");
}
void semRelease(NativeCtx&, uint64_t* f) { semrelease(reinterpret_cast<uint32_t*>(f[0])); }
void syncThrow(NativeCtx&, uint64_t* f) {
  auto* s = reinterpret_cast<GoString*>(f);
  fatalError(std::string(s->view()));
}

NativeReg r1("runtime.GC", &rtGC);
NativeReg r20("runtime.setFinalizer", &rtSetFinalizer);
NativeReg r21("runtime.runFinalizer", &rtRunFinalizer);
NativeReg r16("runtime.readMemStats", &rtReadMemStats);
NativeReg r2("runtime.NumGoroutine", &rtNumGoroutine);
NativeReg r3("runtime.NumCPU", &rtNumCPU);
NativeReg rGoroot("runtime.GOROOT", &rtGOROOT);
NativeReg r4("runtime.GOMAXPROCS", &rtGOMAXPROCS);
NativeReg r5("runtime.Gosched", &rtGosched);
NativeReg r17("runtime.Caller", &rtCaller);
NativeReg r18("runtime.Breakpoint", &rtBreakpoint);
NativeReg r19("runtime.Goexit", &rtGoexit);
NativeReg r6("time.Sleep", &timeSleep);
NativeReg r7("time.runtimeNano", &timeRuntimeNano);
NativeReg r8("time.startTimer", &timeStart);
NativeReg r9("time.stopTimer", &timeStop);
NativeReg r10("time.resetTimer", &timeReset);
NativeReg r14("time.timerSend", &timeTimerSend);
NativeReg r11("sync.runtime_Semacquire", &semAcquire);
NativeReg r15("sync.runtime_SemacquireCond", &semAcquireCond);
NativeReg r12("sync.runtime_Semrelease", &semRelease);
NativeReg r13("sync.throw", &syncThrow);

}  // namespace

void linkStackNatives();  // stdlib/rt_stack_natives.cpp

void linkRuntimeNatives() { linkStackNatives(); }
}  // namespace goro
