// runtime/trace.h — `goro trace -o OUT.json FILE.go`: what the scheduler did,
// as a Chrome/Perfetto trace (JSON trace-event format, open it in
// ui.perfetto.dev or chrome://tracing).
//
// Lanes: process "Ps" has one lane per P, process "Ms" one per M (OS
// thread). A G's run slice (from the moment an M starts running it to the
// moment it blocks, yields, is preempted or exits) is drawn on both its P's
// and its M's lane, named "G<id> <entry function>", with why it ended.
// Instant events on the P lanes: go (a G created), unblock (a G made
// runnable by another: a channel send waking a receiver, an unlock, a timer),
// steal (a P taking Gs from another's run queue), preempt, stack grow,
// syscall enter/exit. A "GC" lane shows each garbage collection (Boehm's
// collections stop the world). Flow arrows go from a G's creation, and from each
// unblock, to the start of the G's next run slice: from a sender to its
// receiver. The program's own annotations (package runtime/trace) get a
// lane per annotating goroutine (process "Goroutines": regions as nested
// slices, logs as instant events) and a "Tasks" process (async spans). A
// "Timers" process shows each sleep and time-package timer from when it was
// armed to when it fired or was stopped.
//
// Recording is off unless the CLI turns it on: every hook is one relaxed
// atomic load when off. When on, events go to one vector under one mutex
// (tracing is for understanding programs, not for timing them); past a
// million events the rest are dropped and the file says so. The file is written
// when the program ends (exitProgram, whatever the exit status).
//
// Lock order: trace's mutex is a leaf (taken with sched.lock or a channel
// lock held, never the other way round).
#pragma once
#include <atomic>
#include <cstdint>
#include <string>

namespace goro {
struct G;
struct FuncProto;

namespace trace {

extern std::atomic<bool> gOn;
inline bool on() { return gOn.load(std::memory_order_relaxed); }

// Turn tracing on, to be written to path at exit.
void start(const std::string& path);
// The clock of the events (CLOCK_MONOTONIC, ns: the same as sched's nanotime).
int64_t now();
// Set by the scheduler: the P (-1: none) and M (-1: not an M) of the calling
// thread. (A hook, so that trace.cpp needs nothing else of the runtime.)
extern void (*gWhere)(int* p, int64_t* m);

// g (id goid, entry function fn) was created by the running G.
void goCreate(int64_t goid, const FuncProto* fn);
// The running G is about to stop: parks on reason (null: yields). Noted by
// the G's own thread, before another may ready it.
void parking(const char* reason);
// A run slice on P p, M m, from t0 to now; parked: as parking noted it
// ("block: <wait reason>", "yield", "preempted"), else "exit".
void slice(int64_t goid, int p, int64_t m, int64_t t0, bool parked);
// goid made runnable by whoever runs now.
void unblock(int64_t goid, const char* reason);
// p stole n Gs from victim.
void steal(int p, int victim, int n);
void preempt(int64_t goid);
void stackGrow(int64_t goid, int64_t from, int64_t to);
void syscall(int64_t goid, bool enter);

// User annotations (package runtime/trace): recorded while userEnabled(),
// which is from the start of a `goro trace` run until the program calls
// trace.Stop (and again after trace.Start). userStart: 0 started, 1 already
// started by the program, 2 not tracing (`goro run`).
bool userEnabled();
int userStart();
void userStop();
void userTask(int64_t goid, uint64_t id, uint64_t parent, const std::string& type, bool end);
void userRegion(int64_t goid, uint64_t task, const std::string& type, bool end);
void userLog(int64_t goid, uint64_t task, const std::string& category, const std::string& message);

// Timers, drawn as spans from when they were armed to when they fired (a
// "Timers" process): key names the timer (a sleeping G's id, or a
// RuntimeTimer's address); kind is "sleep", "timer" or "ticker" (a static
// string); armedBy is the G that armed it.
void timerArm(uint64_t key, const char* kind, int64_t armedBy, int64_t when);
void timerFire(uint64_t key, int64_t rearmWhen);  // fired (rearmWhen >= 0: a ticker, armed again for then)
void timerStop(uint64_t key);  // stopped before it fired: the span ends, marked so

// Write the trace file (once; exitProgram calls it).
void finish();

}  // namespace trace
}  // namespace goro
