// runtime/sched.cpp — the scheduler loop, goroutine creation, parking,
// timers and semaphores. See runtime/sched.h for the design and invariants.
//
// Glossary: G (goroutine), M (OS thread: here only the main one), P (the
// right to run Go code: here one). schedule() takes the next G from the run
// queue (FIFO), checking timers first; when nothing is runnable it sleeps
// until the next timer, and when there is no timer either, every goroutine is
// blocked forever: Go's "all goroutines are asleep - deadlock!".
//
// Lock order: sched.lock after any channel lock (goready may be called with a
// channel lock held).
#include "runtime/sched.h"

#include <gc/gc.h>
#include <time.h>

#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <queue>
#include <vector>

#include "runtime/chan.h"
#include "runtime/panic.h"

namespace goro {

void executeG(G* g, Program* prog);  // vm/interp.cpp: run or resume g until it parks or exits

namespace {

struct TimerEntry {
  int64_t when;
  uint64_t seq;         // FIFO among equal whens
  G* g;                 // a sleeping G, or
  RuntimeTimer* t;      // a time package timer
  uint64_t gen;         // t's generation when queued (stale entries are skipped)
  bool operator>(const TimerEntry& o) const { return when != o.when ? when > o.when : seq > o.seq; }
};

struct Sched {
  std::mutex lock;
  std::deque<G*> runq;          // guarded by lock
  G* gfree = nullptr;           // dead Gs to reuse
  int64_t nextGoid = 2;
  int64_t live = 1;             // goroutines not dead (main included)
  std::priority_queue<TimerEntry, std::vector<TimerEntry>, std::greater<TimerEntry>> timers;
  uint64_t timerSeq = 0;
  std::map<RuntimeTimer*, uint64_t> timerGen;  // pending time-package timers
  std::map<uint32_t*, std::deque<G*>> semWaiters;
  uint64_t rand = 0x9E3779B97F4A7C15ull;
} sched;

// Roots for the collector: timers, runq and semaphore queues live in
// malloc'd memory; every G and closure they reference is also reachable from
// allgs (G) or from a G's stack/frames (closures of pending timers are kept
// by the Go-side time.Timer objects).

}  // namespace

int64_t nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

uint32_t fastrand() {
  uint64_t x = sched.rand;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  sched.rand = x;
  return uint32_t(x >> 32);
}

int64_t liveGoroutines() { return sched.live; }

G* newproc(Closure* fn, const uint64_t* args, int argSlots) {
  FuncProto* f = fn->fn;
  int64_t need = (kFrameHeader + std::max(f->frameSize, argSlots) + 8) * 8;
  int64_t size = kStackMin;
  while (size < need) size *= 2;
  G* g;
  {
    std::lock_guard<std::mutex> l(sched.lock);
    g = sched.gfree;
    if (g && g->stackHi - g->stackLo >= size) sched.gfree = g->schedLink;
    else g = nullptr;
    if (g) {
      int64_t stackBytes = g->stackHi - g->stackLo;
      uint8_t* lo = g->stackLo;
      int64_t grows = g->stackGrows;
      int64_t goid = sched.nextGoid++;
      *g = G();
      g->stackLo = lo;
      g->stackHi = lo + stackBytes;
      g->stackguard0 = gStackStress ? reinterpret_cast<uintptr_t>(lo) + 1
                                    : reinterpret_cast<uintptr_t>(g->stackHi) - kStackGuard;
      g->goid = goid;
      g->stackGrows = grows;
    }
  }
  if (!g) {
    int64_t goid;
    {
      std::lock_guard<std::mutex> l(sched.lock);
      goid = sched.nextGoid++;
    }
    g = newG(goid, size);
  }
  uint64_t* fp = reinterpret_cast<uint64_t*>(g->stackLo) + kFrameHeader;
  fp[-4] = 0;
  fp[-3] = 0;
  fp[-2] = reinterpret_cast<uint64_t>(f);
  fp[-1] = reinterpret_cast<uint64_t>(fn);
  if (argSlots) std::memcpy(fp, args, size_t(argSlots) * 8);
  g->fp = fp;
  g->pc = nullptr;  // not started
  g->startFn = fn;
  g->status = GStatus::Runnable;
  std::lock_guard<std::mutex> l(sched.lock);
  sched.live++;
  sched.runq.push_back(g);
  return g;
}

void goready(G* g) {
  std::lock_guard<std::mutex> l(sched.lock);
  g->status = GStatus::Runnable;
  g->woken = true;
  sched.runq.push_back(g);
}

void gopark(G* g, const char* reason) {
  g->status = GStatus::Waiting;
  g->waitReason = reason;
}

void goyield(G* g) {
  g->status = GStatus::Runnable;
  g->woken = true;
  std::lock_guard<std::mutex> l(sched.lock);
  sched.runq.push_back(g);
}

// ---- timers

void sleepUntil(G* g, int64_t when) {
  gopark(g, "sleep");
  g->timerWhen = when;
  std::lock_guard<std::mutex> l(sched.lock);
  sched.timers.push({when, sched.timerSeq++, g, nullptr, 0});
}

void startTimer(RuntimeTimer* t) {
  std::lock_guard<std::mutex> l(sched.lock);
  uint64_t gen = ++sched.timerSeq;
  sched.timerGen[t] = gen;
  t->rt = 1;
  sched.timers.push({t->when, gen, nullptr, t, gen});
}

bool stopTimer(RuntimeTimer* t) {
  std::lock_guard<std::mutex> l(sched.lock);
  auto it = sched.timerGen.find(t);
  if (it == sched.timerGen.end()) return false;
  sched.timerGen.erase(it);  // its heap entry becomes stale
  t->rt = 0;
  return true;
}

bool resetTimer(RuntimeTimer* t, int64_t when) {
  bool pending = stopTimer(t);
  t->when = when;
  startTimer(t);
  return pending;
}

// Fire every timer due at `now`; returns true if any G became runnable.
static bool runTimers(int64_t now) {
  bool any = false;
  for (;;) {
    TimerEntry e;
    {
      std::lock_guard<std::mutex> l(sched.lock);
      if (sched.timers.empty() || sched.timers.top().when > now) break;
      e = sched.timers.top();
      sched.timers.pop();
      if (e.t) {
        auto it = sched.timerGen.find(e.t);
        if (it == sched.timerGen.end() || it->second != e.gen) continue;  // stopped or reset
        sched.timerGen.erase(it);
        e.t->rt = 0;
      }
    }
    if (e.g) {
      goready(e.g);
    } else {
      RuntimeTimer* t = e.t;
      // f(arg, seq) runs as a new goroutine (it must not block: sendTime does not)
      uint64_t args[3] = {reinterpret_cast<uint64_t>(t->arg.type), reinterpret_cast<uint64_t>(t->arg.data), t->seq};
      newproc(t->f, args, 3);
      if (t->period > 0) {
        t->when += t->period;
        if (t->when < now) t->when = now + t->period;
        startTimer(t);
      }
    }
    any = true;
  }
  return any;
}

static int64_t nextTimer() {
  std::lock_guard<std::mutex> l(sched.lock);
  while (!sched.timers.empty()) {
    const TimerEntry& e = sched.timers.top();
    if (e.t) {
      auto it = sched.timerGen.find(e.t);
      if (it == sched.timerGen.end() || it->second != e.gen) {
        sched.timers.pop();
        continue;
      }
    }
    return e.when;
  }
  return -1;
}

// ---- semaphores

bool semacquire(G* g, uint32_t* addr) {
  std::lock_guard<std::mutex> l(sched.lock);
  if (*addr > 0) {
    (*addr)--;
    return true;
  }
  sched.semWaiters[addr].push_back(g);
  g->status = GStatus::Waiting;
  g->waitReason = "sync.Mutex.Lock";
  g->semaAddr = addr;
  return false;
}

void semrelease(uint32_t* addr) {
  G* w = nullptr;
  {
    std::lock_guard<std::mutex> l(sched.lock);
    auto it = sched.semWaiters.find(addr);
    if (it != sched.semWaiters.end() && !it->second.empty()) {
      w = it->second.front();
      it->second.pop_front();
      if (it->second.empty()) sched.semWaiters.erase(it);
    } else {
      (*addr)++;
    }
  }
  if (w) {
    w->semaAddr = nullptr;
    goready(w);  // handed the semaphore directly
  }
}

// ---- goroutine dumps and deadlock

static const char* statusString(G* g) {
  switch (g->status) {
    case GStatus::Running: return "running";
    case GStatus::Runnable: return "runnable";
    case GStatus::Waiting: return g->waitReason;
    case GStatus::Syscall: return "syscall";
    default: return "dead";
  }
}

void dumpGoroutines(G* except);
std::vector<G*> allGoroutines();  // runtime/stack.cpp

void dumpGoroutines(G* except) {
  bool first = true;
  for (G* g : allGoroutines()) {
    if (g == except || g->status == GStatus::Dead || g->status == GStatus::Idle) continue;
    if (!first) writeStderr("\n", 1);
    first = false;
    traceback(g, g->fp, g->pc, statusString(g));
  }
}

[[noreturn]] static void deadlock() {
  std::string msg = "fatal error: all goroutines are asleep - deadlock!\n\n";
  writeStderr(msg.data(), msg.size());
  dumpGoroutines(nullptr);
  exitProgram(2);
}

// ---- the scheduler loop

void schedMain(Program* prog, G* mainG) {
  sched.rand ^= uint64_t(nanotime());
  mainG->status = GStatus::Runnable;
  sched.runq.push_back(mainG);
  for (;;) {
    runTimers(nanotime());
    G* g = nullptr;
    {
      std::lock_guard<std::mutex> l(sched.lock);
      if (!sched.runq.empty()) {
        g = sched.runq.front();
        sched.runq.pop_front();
      }
    }
    if (!g) {
      int64_t when = nextTimer();
      if (when < 0) deadlock();
      int64_t now = nanotime();
      if (when > now) {
        timespec ts{time_t((when - now) / 1000000000), long((when - now) % 1000000000)};
        nanosleep(&ts, nullptr);
      }
      continue;
    }
    g->status = GStatus::Running;
    g->runSince = nanotime();
    curG = g;
    executeG(g, prog);
    if (g == mainG && g->status == GStatus::Dead) return;  // main returned: the program ends
    if (g->status == GStatus::Dead) {
      std::lock_guard<std::mutex> l(sched.lock);
      sched.live--;
      g->defers = nullptr;
      g->panic = nullptr;
      g->schedLink = sched.gfree;
      sched.gfree = g;
    }
  }
}

}  // namespace goro
