// The timer heap (runtime/timers.h) alone: order by when, FIFO among equal
// whens, stop and reset (stale entries never fire), tickers re-armed and
// skipping ticks they fell behind on, sleepers, next() dropping stale entries,
// the GC roots of pending timers, and a randomized 100k-operation run against
// a simple reference model.
#include <doctest/doctest.h>
#include <gc/gc.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <random>
#include <vector>

#include "runtime/sched.h"
#include "runtime/timers.h"

using namespace goro;

namespace {

struct GcInit {
  GcInit() { GC_INIT(); }
} gcInit;

// Sleepers are stored as G pointers the heap never dereferences: fake ones
// (an access would crash, or trip ASan).
G* fakeG(uintptr_t i) { return reinterpret_cast<G*>((i + 1) * 16); }

RuntimeTimer timerAt(int64_t when, int64_t period = 0) {
  RuntimeTimer t{};
  t.when = when;
  t.period = period;
  return t;
}

// Everything due at `now`, in firing order: a RuntimeTimer* or a G* each.
std::vector<const void*> drain(TimerHeap& h, int64_t now) {
  std::vector<const void*> fired;
  TimerEntry e;
  while (h.popDue(now, &e)) {
    CHECK(e.when <= now);
    CHECK((e.g == nullptr) != (e.t == nullptr));
    fired.push_back(e.g ? static_cast<const void*>(e.g) : static_cast<const void*>(e.t));
  }
  CHECK(h.checkInvariants());
  return fired;
}

using Seq = std::vector<const void*>;

}  // namespace

TEST_CASE("timers: an empty heap") {
  TimerHeap h;
  TimerEntry e;
  CHECK(h.next() == -1);
  CHECK_FALSE(h.popDue(INT64_MAX, &e));
  CHECK(h.size() == 0);
  CHECK(h.checkInvariants());
}

TEST_CASE("timers: entries fire in order of when, and only once due") {
  TimerHeap h;
  RuntimeTimer a = timerAt(30), b = timerAt(10), c = timerAt(50);
  h.start(&a);
  h.addSleeper(20, fakeG(0));
  h.start(&b);
  h.addSleeper(40, fakeG(1));
  h.start(&c);
  CHECK(h.checkInvariants());
  CHECK(h.size() == 5);
  CHECK(h.next() == 10);
  CHECK(drain(h, 9).empty());
  CHECK(drain(h, 25) == Seq{&b, fakeG(0)});
  CHECK(h.next() == 30);
  CHECK(drain(h, 100) == Seq{&a, fakeG(1), &c});
  CHECK(h.next() == -1);
  CHECK(h.size() == 0);
  CHECK_FALSE(h.pending(&a));
  CHECK(a.rt == 0);
}

TEST_CASE("timers: FIFO among equal whens, sleepers and timers alike") {
  TimerHeap h;
  std::vector<RuntimeTimer> ts(8, timerAt(100));
  Seq expect;
  for (int i = 0; i < 8; i++) {
    h.start(&ts[i]);
    expect.push_back(&ts[i]);
    h.addSleeper(100, fakeG(i));
    expect.push_back(fakeG(i));
  }
  // a re-start goes to the back of its when, as a new entry
  h.start(&ts[0]);
  expect.erase(expect.begin());
  expect.push_back(&ts[0]);
  CHECK(drain(h, 100) == expect);
}

TEST_CASE("timers: stop of a pending timer: true, and it never fires") {
  TimerHeap h;
  RuntimeTimer a = timerAt(10), b = timerAt(20);
  h.start(&a);
  h.start(&b);
  CHECK(h.pending(&a));
  CHECK(a.rt == 1);
  CHECK(h.pendingTimers() == 2);
  CHECK(h.stop(&a));
  CHECK_FALSE(h.pending(&a));
  CHECK(a.rt == 0);
  CHECK(h.pendingTimers() == 1);
  CHECK(h.size() == 2);  // a's entry stays, stale, until it reaches the top
  CHECK(h.checkInvariants());
  CHECK(drain(h, 1000) == Seq{&b});
  CHECK(h.size() == 0);
}

TEST_CASE("timers: stop of a fired, stopped or unknown timer: false") {
  TimerHeap h;
  RuntimeTimer a = timerAt(10), never = timerAt(5);
  CHECK_FALSE(h.stop(&never));
  h.start(&a);
  CHECK(drain(h, 10) == Seq{&a});
  CHECK_FALSE(h.stop(&a));  // fired
  h.start(&a);
  CHECK(h.stop(&a));
  CHECK_FALSE(h.stop(&a));  // stopped twice
  CHECK(h.checkInvariants());
}

TEST_CASE("timers: reset (stop + start at a new when): only the new one fires") {
  TimerHeap h;
  RuntimeTimer a = timerAt(50), b = timerAt(30);
  h.start(&a);
  h.start(&b);
  // later
  CHECK(h.stop(&a));
  a.when = 100;
  h.start(&a);
  // earlier
  CHECK(h.stop(&b));
  b.when = 10;
  h.start(&b);
  CHECK(h.checkInvariants());
  CHECK(h.next() == 10);
  CHECK(drain(h, 60) == Seq{&b});
  CHECK(h.pending(&a));
  CHECK(drain(h, 1000) == Seq{&a});
  // a start of a pending timer without stop is a reset too: a new
  // generation, the old entry goes stale, the timer stays rooted once
  h.start(&a);  // when 100
  h.start(&a);
  CHECK(h.pendingTimers() == 1);
  CHECK(h.size() == 2);
  CHECK(h.checkInvariants());
  CHECK(h.stop(&a));
  a.when = 2000;  // as resetTimer does, between its stop and start
  h.start(&a);
  CHECK(h.size() == 3);
  CHECK(h.checkInvariants());
  CHECK(drain(h, 1999).empty());  // two stale entries dropped
  CHECK(h.size() == 1);
  CHECK(drain(h, 5000) == Seq{&a});
}

TEST_CASE("timers: a ticker is re-armed every period and stays pending") {
  TimerHeap h;
  RuntimeTimer t = timerAt(10, 10);
  h.start(&t);
  CHECK(drain(h, 10) == Seq{&t});
  CHECK(h.pending(&t));
  CHECK(t.rt == 1);
  CHECK(t.when == 20);
  CHECK(h.next() == 20);
  CHECK(drain(h, 19).empty());
  CHECK(drain(h, 21) == Seq{&t});
  CHECK(t.when == 30);
  // a ticker that fell behind fires once, skips the ticks it missed and
  // keeps its phase (Go's runOneTimer): the first tick of its grid after now
  CHECK(drain(h, 75) == Seq{&t});
  CHECK(t.when == 80);
  CHECK(h.size() == 1);
  // exactly on a tick boundary it fires once and moves past now
  CHECK(drain(h, 90) == Seq{&t});
  CHECK(t.when == 100);
  // stopping a ticker: true (still pending after its firings), then silence
  CHECK(h.stop(&t));
  CHECK(drain(h, 10000).empty());
  CHECK(h.size() == 0);
}

TEST_CASE("timers: a ticker among other entries keeps its order by when") {
  TimerHeap h;
  RuntimeTimer tick = timerAt(10, 10), once = timerAt(25);
  h.start(&tick);
  h.start(&once);
  h.addSleeper(20, fakeG(7));
  CHECK(drain(h, 10) == Seq{&tick});
  // the re-armed tick (when 20) was pushed after the sleeper (when 20)
  CHECK(drain(h, 29) == Seq{fakeG(7), &tick, &once});
  CHECK(tick.when == 30);
}

TEST_CASE("timers: sleepers are returned as given, never stale") {
  TimerHeap h;
  for (uintptr_t i = 0; i < 100; i++) h.addSleeper(int64_t(100 - i), fakeG(i));
  CHECK(h.size() == 100);
  CHECK(h.pendingTimers() == 0);
  CHECK(h.next() == 1);
  TimerEntry e;
  for (uintptr_t i = 0; i < 100; i++) {
    REQUIRE(h.popDue(1000, &e));
    CHECK(e.g == fakeG(99 - i));
    CHECK(e.t == nullptr);
    CHECK(e.when == int64_t(i + 1));
  }
  CHECK_FALSE(h.popDue(1000, &e));
}

TEST_CASE("timers: next() drops stale entries on top, not live ones") {
  TimerHeap h;
  RuntimeTimer a = timerAt(5), b = timerAt(10), c = timerAt(15);
  h.start(&a);
  h.start(&b);
  h.start(&c);
  h.addSleeper(12, fakeG(0));
  CHECK(h.next() == 5);
  CHECK(h.size() == 4);
  h.stop(&a);
  h.stop(&b);
  CHECK(h.size() == 4);
  CHECK(h.next() == 12);  // a and b dropped, the sleeper is live
  CHECK(h.size() == 2);
  CHECK(h.next() == 12);
  // a reset to a later when leaves a stale entry below it
  h.stop(&c);
  c.when = 11;
  h.start(&c);
  CHECK(h.next() == 11);
  CHECK(h.size() == 3);
  h.stop(&c);
  CHECK(h.next() == 12);
  CHECK(h.size() == 2);  // c's first entry (15), stale, lies below the sleeper
  CHECK(drain(h, 12) == Seq{fakeG(0)});
  CHECK(h.size() == 1);
  CHECK(h.next() == -1);
  CHECK(h.size() == 0);
  // only stale entries: -1, and the heap ends empty
  h.start(&a);
  h.start(&b);
  h.stop(&a);
  h.stop(&b);
  CHECK(h.next() == -1);
  CHECK(h.size() == 0);
}

namespace {

int gFinalized = 0;
void countFinalized(void*, void*) { gFinalized++; }

// GC-allocated timers, their addresses hidden (~p) so this frame holds no
// pointer to them; noinline so no register or spill of the callee does.
__attribute__((noinline)) void makeGcTimers(TimerHeap& h, std::vector<uintptr_t>& hidden, int n) {
  for (int i = 0; i < n; i++) {
    auto* t = static_cast<RuntimeTimer*>(GC_MALLOC(sizeof(RuntimeTimer)));
    t->when = 1000 + i;
    t->period = 0;
    GC_register_finalizer(t, countFinalized, nullptr, nullptr, nullptr);
    h.start(t);
    hidden.push_back(~reinterpret_cast<uintptr_t>(t));
  }
}

__attribute__((noinline)) void stopGcTimers(TimerHeap& h, const std::vector<uintptr_t>& hidden) {
  for (uintptr_t x : hidden) CHECK(h.stop(reinterpret_cast<RuntimeTimer*>(~x)));
  // drop the stale entries: the heap's vector is not scanned anyway, but a
  // dead pointer there must never be followed
  CHECK(h.next() == -1);
}

__attribute__((noinline)) void churn() {
  for (int i = 0; i < 10000; i++) (void)GC_MALLOC(64);
}

}  // namespace

TEST_CASE("timers: pending timers are GC roots; stopped ones are not") {
  TimerHeap h;
  std::vector<uintptr_t> hidden;
  const int n = 300;  // more than one growth of the root array
  gFinalized = 0;
  makeGcTimers(h, hidden, n);
  CHECK(h.checkInvariants());
  churn();
  GC_gcollect();
  GC_gcollect();
  GC_invoke_finalizers();
  CHECK(gFinalized == 0);
  for (int i = 0; i < n; i++) CHECK(reinterpret_cast<RuntimeTimer*>(~hidden[size_t(i)])->when == 1000 + i);
  stopGcTimers(h, hidden);
  CHECK(h.pendingTimers() == 0);
  churn();
  GC_gcollect();
  GC_gcollect();
  GC_invoke_finalizers();
  // conservative stack scanning may keep a few alive; most must go
  CHECK(gFinalized > n / 2);
}

// ---- randomized: the heap against a reference model (a list scanned for
// its minimum, no stale entries), over start/stop/reset/sleep/advance.

namespace {

struct Model {
  struct Timer {
    bool pending = false;
    int64_t when = 0;
    int64_t period = 0;
    uint64_t seq = 0;
  };
  struct Sleeper {
    int64_t when;
    uint64_t seq;
    uintptr_t id;
  };
  std::vector<Timer> timers;
  std::vector<Sleeper> sleepers;
  uint64_t seq = 0;

  void start(size_t i, int64_t when, int64_t period) {
    timers[i] = {true, when, period, ++seq};
  }
  bool stop(size_t i) {
    bool was = timers[i].pending;
    timers[i].pending = false;
    return was;
  }
  void sleep(int64_t when, uintptr_t id) { sleepers.push_back({when, ++seq, id}); }

  // The minimum (when, seq) over live entries: a timer index, or
  // timers.size() + sleeper index; -1 if none.
  int64_t minimum(int64_t* when) const {
    int64_t best = -1;
    int64_t bw = 0;
    uint64_t bs = 0;
    auto consider = [&](int64_t w, uint64_t s, int64_t k) {
      if (best < 0 || w < bw || (w == bw && s < bs)) {
        best = k;
        bw = w;
        bs = s;
      }
    };
    for (size_t i = 0; i < timers.size(); i++)
      if (timers[i].pending) consider(timers[i].when, timers[i].seq, int64_t(i));
    for (size_t i = 0; i < sleepers.size(); i++)
      consider(sleepers[i].when, sleepers[i].seq, int64_t(timers.size() + i));
    *when = bw;
    return best;
  }

  int64_t next() const {
    int64_t w;
    return minimum(&w) < 0 ? -1 : w;
  }

  // Like popDue: true and what fired (a timer index, or ~sleeper id).
  bool popDue(int64_t now, int64_t* fired, int64_t* whenOut) {
    int64_t w;
    int64_t k = minimum(&w);
    if (k < 0 || w > now) return false;
    *whenOut = w;
    if (size_t(k) < timers.size()) {
      Timer& t = timers[size_t(k)];
      *fired = k;
      if (t.period > 0) {
        t.when += t.period * (1 + (now - t.when) / t.period);
        t.seq = ++seq;
      } else {
        t.pending = false;
      }
    } else {
      size_t s = size_t(k) - timers.size();
      *fired = ~int64_t(sleepers[s].id);
      sleepers.erase(sleepers.begin() + ptrdiff_t(s));
    }
    return true;
  }
};

}  // namespace

TEST_CASE("timers: randomized against a reference model (100k operations)") {
  const size_t nTimers = 64;
  std::vector<RuntimeTimer> ts(nTimers, timerAt(0));
  TimerHeap h;
  Model m;
  m.timers.resize(nTimers);
  std::mt19937_64 rng(20240611);
  auto rnd = [&](uint64_t n) { return int64_t(rng() % n); };
  int64_t now = 1000;
  uintptr_t nextSleeper = 0;
  std::vector<int64_t> firedHeap, firedModel;
  size_t maxSize = 0;

  for (int op = 0; op < 100000; op++) {
    size_t i = size_t(rnd(nTimers));
    int r = int(rnd(100));
    if (r < 30) {  // start (a re-start if pending), or reset via stop + start
      // mostly soon (now and then already due), sometimes far: stale
      // entries pile up under live ones
      int64_t when = rnd(10) ? now + rnd(120) - 10 : now + rnd(5000);
      int64_t period = rnd(3) == 0 ? 1 + rnd(40) : 0;
      if (rnd(2)) {
        bool was = m.stop(i);
        REQUIRE(h.stop(&ts[i]) == was);
      }
      ts[i].when = when;
      ts[i].period = period;
      h.start(&ts[i]);
      m.start(i, when, period);
    } else if (r < 45) {
      bool was = m.stop(i);
      REQUIRE(h.stop(&ts[i]) == was);
    } else if (r < 60) {
      int64_t when = now + rnd(100);
      h.addSleeper(when, fakeG(nextSleeper));
      m.sleep(when, nextSleeper);
      nextSleeper++;
    } else if (r < 70) {
      REQUIRE(h.next() == m.next());
    } else {  // advance time, fire what is due
      now += rnd(r < 98 ? 15 : 200);
      TimerEntry e;
      for (;;) {
        int64_t fired = 0, when = 0;
        bool mDue = m.popDue(now, &fired, &when);
        bool hDue = h.popDue(now, &e);
        REQUIRE(hDue == mDue);
        if (!hDue) break;
        REQUIRE(e.when == when);
        if (fired >= 0) {
          REQUIRE(e.t == &ts[size_t(fired)]);
          REQUIRE(e.g == nullptr);
        } else {
          REQUIRE(e.g == fakeG(uintptr_t(~fired)));
          REQUIRE(e.t == nullptr);
        }
        firedModel.push_back(fired);
        firedHeap.push_back(e.t ? int64_t(e.t - ts.data()) : ~int64_t(reinterpret_cast<uintptr_t>(e.g) / 16 - 1));
      }
    }
    maxSize = std::max(maxSize, h.size());
    if (op % 1000 == 0) {
      REQUIRE(h.checkInvariants());
      for (size_t k = 0; k < nTimers; k++) {
        REQUIRE(h.pending(&ts[k]) == m.timers[k].pending);
        if (m.timers[k].pending) REQUIRE(ts[k].when == m.timers[k].when);
      }
    }
  }
  CHECK(firedHeap == firedModel);
  CHECK(firedHeap.size() > 10000);
  CHECK(h.checkInvariants());
  // everything left fires at the end of time, in the model's order... except
  // tickers, which never stop: stop them first
  for (size_t k = 0; k < nTimers; k++)
    if (m.timers[k].period > 0) REQUIRE(h.stop(&ts[k]) == m.stop(k));
  int64_t fired = 0, when = 0;
  TimerEntry e;
  while (m.popDue(INT64_MAX / 2, &fired, &when)) {
    REQUIRE(h.popDue(INT64_MAX / 2, &e));
    REQUIRE(e.when == when);
  }
  CHECK_FALSE(h.popDue(INT64_MAX / 2, &e));
  CHECK(h.next() == -1);
  CHECK(h.size() == 0);
  MESSAGE("fired ", firedHeap.size(), " entries; heap peaked at ", maxSize);
}
