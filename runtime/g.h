// runtime/g.h — the goroutine (G), its stack, and its defer/panic records.
//
// Glossary (Go's runtime/runtime2.go names):
//   G      a goroutine: a contiguous stack [stackLo, stackHi) of 8-byte slots
//          growing upward, the saved interpreter context, defer and panic chains.
//   frame  fp points at slot 0 of a function's frame; the 4 header slots below it
//          hold caller fp, return pc, FuncProto*, Closure* (vm/func.h).
//   stackguard0  the word every prologue and loop back-edge compares against:
//          normally stackHi - kStackGuard; 0 ("StackPreempt") when sysmon asks the
//          G to yield, so the next check fails and enters morestack.
//
// Invariants:
//   - only the M running a G touches its stack and its records (no lock);
//   - every pointer into a G's stack is in one of: a frame slot marked in the
//     stack map of its frame's current pc, a frame header's caller-fp word,
//     G::fp, a Defer's fp, G::nativeTop, a sudog's elem (runtime issue) — the
//     stack copier (runtime/stack.cpp) adjusts exactly these;
//   - deferred-call arguments and interface data never point into a stack
//     (escape analysis moves such variables to the heap).
#pragma once
#include <atomic>
#include <cstdint>

#include "vm/func.h"
#include "vm/native.h"

namespace goro {

constexpr int64_t kStackMin = 512;            // bytes: a quarter of Go's 2 KiB
constexpr int64_t kStackGuard = 0;            // bytes kept free above stackguard0
constexpr int64_t kMaxStackDefault = 1000000000;  // Go's default max stack (bytes)
constexpr int64_t kMaxStackCeiling = 2 * kMaxStackDefault;  // Go's maxstackceiling
constexpr uintptr_t kStackPreempt = 0;        // poison value of stackguard0

enum class GStatus : uint8_t { Idle, Runnable, Running, Syscall, Waiting, Dead };

struct Panic;

// A pending deferred call (DEFER), on G's list, newest first.
struct Defer {
  Defer* link = nullptr;
  Closure* fn = nullptr;
  uint64_t* args = nullptr;     // heap copy of the argument slots
  int argSlots = 0;
  uint64_t* fp = nullptr;       // frame of the function that deferred it (a stack pointer)
  bool started = false;         // being run (by DEFERRETURN or a panic)
  Panic* panic = nullptr;       // the panic running it, if any
};

// An active panic, newest first.
struct Panic {
  Panic* link = nullptr;
  GoIface arg{nullptr, nullptr};
  bool recovered = false;
  bool aborted = false;         // a newer panic started while its defers ran
  bool goexit = false;
  // Where it was raised (for the traceback), and the frame to resume if a
  // deferred call recovers it — as offsets from stackLo: the stack may move.
  bool siteSet = false;
  const Instr* sitePc = nullptr;
  int64_t siteOff = 0;
  int64_t recoverOff = 0;
};

struct G {
  // (Field order packs it into 160 bytes, one Boehm size class: 500k parked
  // goroutines pay for every word here.)
  uint8_t* stackLo = nullptr;
  uint8_t* stackHi = nullptr;
  // stackguard0 and preempt are written by sysmon (atomically) while the G
  // runs — and possibly after it died and was reused: every access is atomic
  // (newproc's reuse skips these two words, see G reuse in runtime/sched.cpp).
  uintptr_t stackguard0 = 0;
  bool preempt = false;
  // Saved context of the innermost frame (valid when not running, and during
  // morestack/panic handling).
  uint64_t* fp = nullptr;
  const Instr* pc = nullptr;
  uint64_t* nativeTop = nullptr;  // while a native runs: first free slot above its frame

  Defer* defers = nullptr;
  Panic* panic = nullptr;

  int64_t goid = 0;
  const char* waitReason = "";
  // The native it is calling and the pc its caller resumes at (set around a
  // native call; left set while a G that parked inside it waits). A
  // traceback whose top pc is inNativeRet shows the call's line, and for a
  // parked G the native's own frame.
  const FuncProto* inNative = nullptr;
  const Instr* inNativeRet = nullptr;
  struct Sudog* waiting = nullptr;  // select: this G's sudogs, linked by waitLink
  G* schedLink = nullptr;     // run queue / free list
  const FuncProto* creatorFn = nullptr;  // the function whose `go` statement made it
  const Instr* creatorPc = nullptr;      // (tracebacks print "created by ...")

  GStatus status = GStatus::Idle;
  // blocking (runtime/sched.h): the outcome of a wait, read when the G
  // re-executes its blocking instruction after being readied.
  bool woken = false;
  bool reexec = false;        // resume re-executes the blocking instruction
  bool wakeOk = false;        // channel op completed (false: channel closed)
  bool system = false;        // a runtime goroutine (the finalizer goroutine): not counted
                              // by NumGoroutine, not shown in deadlock dumps (Go's isSystemGoroutine)
  int32_t selectIndex = -1;   // select: the case that fired
  int32_t nest = 0;           // nested activations (natives calling back into Go)

  // counters (runtime stats / tests / trace): of this G's stack
  int32_t stackGrows = 0;
  int32_t stackShrinks = 0;
  uint32_t shrinkCycle = 0;   // GC cycle + 1 of its last shrink (runtime/stack.cpp)
};


// The G running on this thread.
extern thread_local G* curG;

G* newG(int64_t goid, int64_t stackBytes = kStackMin);

// GORO_STACKSTRESS=1 in the environment (read at start-up): move every stack at
// every prologue check, so a stale pointer into a stack shows at once (Lua's
// HARDSTACKTESTS). Costs nothing when off: it only places stackguard0.
extern bool gStackStress;
// GORODEBUG=stacks=1: exitProgram prints the process-wide stack counters
// ("goro: stacks: grows=… shrinks=… moves=… inuse=… max=…") to stderr.
extern bool gStackDebug;
void printStackStats();

// The stack limit in bytes (Go's maxstacksize): kMaxStackDefault, or what
// runtime/debug.SetMaxStack set. A stack that would grow past it, or past
// kMaxStackCeiling, is "fatal error: stack overflow".
extern std::atomic<int64_t> gStackLimit;

// Process-wide stack counters.
struct StackStats {
  int64_t grows = 0;
  int64_t shrinks = 0;
  int64_t moves = 0;  // same-size copies (stack stress mode)
  int64_t maxStackBytes = 0;
  int64_t inuseBytes = 0;  // bytes of every goroutine stack now allocated (incl. free Gs')
};
StackStats stackStats();

// Make room for `needTop` (an address above the current stack end): copy the
// stack to one at least twice as large, adjust every pointer into it, and
// return the relocation delta in bytes (0 if it fit). `fp` is the frame that
// is calling (its pc in g->pc); `calleeFp`/`callee` the frame being entered
// (its parameter slots are already written). Reports "fatal error: stack
// overflow" past gStackLimit.
int64_t growStack(G* g, uint64_t* fp, uint64_t* calleeFp, const FuncProto* callee, uint8_t* needTop);

// A stack move: where the old block was and how far it moved.
struct StackMove {
  uintptr_t lo = 0, hi = 0;
  int64_t delta = 0;
  // p relocated if it pointed into the old block
  void* rel(void* p) const {
    auto w = reinterpret_cast<uintptr_t>(p);
    return w >= lo && w < hi ? reinterpret_cast<void*>(w + uintptr_t(delta)) : p;
  }
};

// Called by a G about to park (its M still owns it; its state saved at a
// safepoint: g->fp, g->pc): if it uses less than a quarter of its stack, move
// it to one half the size (or smaller, down to kStackMin, while it would
// still use under a quarter) — at most once per GC cycle, as Go. The caller
// relocates, with the returned move, the pointers into the stack it is about
// to publish (sudog elems).
StackMove shrinkStackOnPark(G* g);

// Reinitialise a dead G for a new goroutine, keeping its stack (newproc).
void reuseG(G* g, int64_t goid);

}  // namespace goro
