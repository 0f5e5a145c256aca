// runtime/timers.h — the timer heap (Go's per-P timer heap in
// runtime/time.go; goro has one, global), on its own so it can be tested
// alone. It holds two kinds of entries: a G sleeping until `when`
// (time.Sleep), and a time-package timer (RuntimeTimer, runtime/sched.h:
// time.Timer, time.Ticker, time.AfterFunc).
//
// Invariants:
//   - entries are ordered by (when, seq); seq comes from one counter, fresh
//     for every entry pushed, so the order is total and FIFO among equal
//     whens;
//   - a RuntimeTimer t is pending  <=>  t is in gen_  <=>  t is in the GC
//     roots  <=>  t->rt == 1 (the heap writes rt; nobody else does);
//   - a pending t has exactly one live entry: the one whose seq == gen_[t].
//     Every other entry naming t is stale (t was stopped, reset, or re-armed
//     as a ticker): it stays in the heap until it reaches the top, where
//     next() and popDue() drop it. Go before 1.14 did the same;
//   - a stale entry's RuntimeTimer is never dereferenced: it may have been
//     collected, and its address reused by a new timer — whose generation is
//     a newer seq, so the stale entry still cannot match it;
//   - sleeper entries are never stale (nothing else wakes a sleeping G), and
//     the heap never dereferences their G;
//   - pending RuntimeTimers (and through them their closure and arg) are kept
//     alive by a GC-scanned root array: the heap's own vector and map are
//     malloc memory, invisible to the collector. A popped one-shot timer is
//     kept alive by the caller's copy of its entry (on a registered stack).
//
// Not internally locked: every member is called with sched.lock held
// (runtime/sched.cpp), which also orders these writes to t->when and t->rt
// with the scheduler's readers.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

#include "runtime/roots.h"

namespace goro {

struct G;
struct RuntimeTimer;

struct TimerEntry {
  int64_t when;
  uint64_t seq;     // FIFO among equal whens; generation for time-package timers
  G* g;             // a sleeping G, or
  RuntimeTimer* t;  // a time package timer
  bool operator>(const TimerEntry& o) const { return when != o.when ? when > o.when : seq > o.seq; }
};

class TimerHeap {
 public:
  TimerHeap() = default;
  ~TimerHeap();  // frees the root array (the scheduler's never runs: it exits by _Exit)
  TimerHeap(const TimerHeap&) = delete;
  TimerHeap& operator=(const TimerHeap&) = delete;

  // g sleeps until `when`: popDue returns it once, at or after `when`.
  void addSleeper(int64_t when, G* g);

  // Arms t for t->when (and every t->period after, if > 0). A pending t is
  // re-armed: its old entry goes stale (a new generation).
  void start(RuntimeTimer* t);

  // Disarms t; true if it was pending. Its entry goes stale.
  bool stop(RuntimeTimer* t);

  // The next live entry with when <= now, removed into *out (stale ones on
  // the way are dropped); false if there is none. A periodic RuntimeTimer is
  // re-armed before this returns (t->when += period, or now + period if that
  // is already past: ticks it fell behind on are skipped), so it stays
  // pending; a one-shot one is no longer pending.
  bool popDue(int64_t now, TimerEntry* out);

  // The `when` of the next live entry, or -1 if there is none. Drops the
  // stale entries on top.
  int64_t next();

  bool pending(RuntimeTimer* t) const { return gen_.count(t) != 0; }
  // Entries held, stale ones included.
  size_t size() const { return heap_.size(); }
  // Pending RuntimeTimers (sleepers not counted).
  size_t pendingTimers() const { return gen_.size(); }
  // For tests: the invariants above that can be checked (roots == gen_,
  // t->rt, one live entry per pending timer, the heap property).
  bool checkInvariants() const;

 private:
  void push(const TimerEntry& e);
  void pop();
  void rootAdd(RuntimeTimer* t);
  void rootRemove(RuntimeTimer* t);

  std::vector<TimerEntry> heap_;  // a binary min-heap by (when, seq)
  uint64_t seq_ = 0;
  std::map<RuntimeTimer*, uint64_t> gen_;  // pending timer -> seq of its live entry
  // GC_MALLOC_UNCOLLECTABLE array of the pending RuntimeTimers (unordered).
  GcRootArray roots_;  // runtime/roots.h
};

}  // namespace goro
