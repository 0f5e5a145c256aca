// runtime/sched.h — goroutine scheduling.
//
// DESIGN.md's G/M/P scheduler (runtime/sched.cpp has the essay): GOMAXPROCS
// Ps, Ms as OS threads, lock-free local run queues with work stealing, sysmon
// preemption by stackguard0 poisoning.
//
// How a G blocks: the interpreter saves g->fp/g->pc (and g->reexec) first,
// then the blocking operation (an instruction, or a native) records what it
// waits for and calls gopark (which sets the M's parked flag); the
// interpreter returns from execute() to schedule() without touching the G
// again. When readied, the G re-executes that
// instruction with g->woken set; the instruction reads the outcome from G
// (wakeOk, selectIndex) instead of starting over. A parked G's stack never
// moves (no shrinking yet), so a sudog's elem may point into it.
//
// Invariants:
//   - a G is in at most one of: the run queue, a channel/semaphore wait
//     queue, the timer heap, running;
//   - only the running G executes Go code; a G that blocks in Go code called
//     back by a native stays with its M (waitNested), as a locked G would.
#pragma once
#include <cstdint>

#include "runtime/g.h"

namespace goro {

struct Hchan;

struct Program;

// Create a goroutine running closure fn with argSlots argument slots (register form).
// creatorFn/creatorPc: the `go` statement (null for goroutines the runtime starts).
// system: a runtime goroutine from its creation (G::system: liveGoroutines and
// the goroutine dumps leave it out).
G* newproc(Closure* fn, const uint64_t* args, int argSlots, const FuncProto* creatorFn = nullptr,
           const Instr* creatorPc = nullptr, bool system = false);
// Make g runnable (it was Waiting).
void goready(G* g);
// Mark the running G as waiting for `reason` ("chan receive", "sleep"...).
// The caller then returns to the interpreter, which returns to schedule().
void gopark(G* g, const char* reason);
// Put the running G at the back of the run queue (Gosched, preemption).
void goyield(G* g);

// Run the program: the main goroutine runs `entry`; returns when main returns.
void schedMain(Program* prog, G* mainG);

int64_t liveGoroutines();
// Monotonic nanoseconds (the runtime's clock for timers).
int64_t nanotime();

// Timers (runtime/sched.cpp): a G sleeping until `when`.
void sleepUntil(G* g, int64_t when);
// time package timers: f(arg, fire) is started as a goroutine at `when`, then
// every `period`. `fire` is a token for that firing: Go runs sendTime inline
// in the timer code, goro in a fresh goroutine, so Stop/Reset bump t->seq and
// timerSendLive (below) drops a tick that was fired but not yet delivered —
// after Stop returns, no tick arrives (as in Go).
struct RuntimeTimer {  // layout of time.runtimeTimer (stdlib/go/time)
  int64_t when;
  int64_t period;
  Closure* f;
  GoIface arg;
  uint64_t seq;  // runtime-private: stop generation (bumped by stop and reset)
  uint64_t rt;   // runtime-private: 1 while pending, 0 if not
};
void startTimer(RuntimeTimer* t);
bool stopTimer(RuntimeTimer* t);
// Time's sendTime: a non-blocking send of *v on c, unless the firing `fire`
// was stopped or reset since. Lock order: timer-fire lock < channel locks.
void timerSendLive(uint64_t fire, Hchan* c, const void* v, G* g);
bool resetTimer(RuntimeTimer* t, int64_t when);

// Semaphores (sync.runtime_Semacquire / Semrelease).
// Returns true if acquired at once; otherwise the G was parked.
// reason: the wait reason shown in goroutine dumps (Go 1.19's: "semacquire",
// or "sync.Cond.Wait" for a Cond's waiters).
bool semacquire(G* g, uint32_t* addr, const char* reason = "semacquire");
void semrelease(uint32_t* addr);

// Random numbers for select's poll order (seeded per process).
uint32_t fastrand();

// Print every goroutine but `except` as Go's tracebacks do (deadlock reports).
void dumpGoroutines(G* except);

// True if the running G parked/yielded since the M took it (thread-local).
bool parkedFlag();
// Clear it: schedule() does before running a G (and tests that run a G with
// executeG directly, tests/unit/test_preempt.cpp).
void clearParkedFlag();
int gomaxprocs();
// Around a native that may block in the kernel (reading stdin...): the P can
// be retaken by sysmon after 20 µs and run other goroutines meanwhile.
void entersyscall(G* g);
void exitsyscall(G* g);
int setGomaxprocs(int n);  // returns the previous value; n <= 0 only queries
// The running G parked or yielded inside a nested activation (Go code called
// back by a native): its frames are on this M's C++ stack, so this M waits
// for it (runtime/sched.cpp, "Gs that block in a nested activation") and
// returns once the G is runnable again and the M holds a P; the interpreter
// then resumes the G as executeG would.
void waitNested(G* g);

}  // namespace goro
