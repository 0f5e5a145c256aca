// runtime/sched.cpp — the G/M/P scheduler (after Go's runtime/proc.go).
//
// Glossary:
//   G  a goroutine (runtime/g.h).
//   M  an OS thread running Go code; it must hold a P to run Gs. Ms are
//      created on demand (wakep/startm) and park on their own condition
//      variable when there is nothing to do: an idle program uses no CPU.
//   P  a processor: the right to run Go code. GOMAXPROCS of them. Each has a
//      256-slot lock-free run queue (runtime/runq.h: the owner puts at the
//      tail, anyone takes at the head with a CAS), a runnext slot, and a
//      list of dead Gs for reuse (spilling to the global one past 64).
//   sysmon  its own thread, no P: every 20 µs–10 ms it looks at each P and asks a
//      G that has run for 10 ms without a scheduling event to yield (the P's
//      schedtick has not moved for 10 ms of sysmon's clock: scheduling reads
//      no clock), by poisoning its stackguard0 (runtime/g.h); it also wakes an M when a
//      timer is due and nobody is awake to run it, and has stdout written
//      out when output has waited in its buffer (runtime/panic.cpp).
//
// States and ownership:
//   G Runnable: in exactly one run queue (a P's, runnext, or the global one);
//     Running: owned by the M that took it; Waiting: in one wait structure
//     (a channel's sudog queue, the timer heap, a semaphore queue), which
//     readies it with goready(); Dead: on a P's or the global free list.
//   Timers: one heap (runtime/timers.h) under sched.lock; sched.timerNext,
//   a lock-free lower bound of the next when, lets findRunnable skip it.
//   P Idle: on sched.pidle, no M; Running: owned by exactly one M.
//
// Parking protocol (the part that makes it safe across Ms): a G's resume
// state (g->fp, g->pc, g->reexec) is written by its own M BEFORE the G becomes
// visible in any wait structure, and after the park the M never touches the G
// again (it learns that it parked from its thread-local M, not from
// g->status, which another M may already have changed). goready() publishes
// the G through a run queue with release/acquire ordering.
//
// Spinning Ms: an M looking for work (stealing) is "spinning"; wakep() starts
// another M only when there is an idle P and no spinning M, so a burst of
// readied Gs does not thrash threads. An M that stops spinning re-checks every
// run queue once more after giving up its P (no lost wake-ups).
//
// Lock order: gTimerFireLock (tick delivery vs Stop) < channel locks
// (runtime/chan.h) < sched.lock < M.parkLock.
// Deadlock: all Ps idle, no G runnable, no timer pending, no G in a syscall →
// "fatal error: all goroutines are asleep - deadlock!".
#include "runtime/sched.h"
#include "runtime/trace.h"

#include <gc/gc.h>
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "runtime/chan.h"
#include "runtime/finalizer.h"
#include "runtime/panic.h"
#include "runtime/runq.h"
#include "runtime/timers.h"

namespace goro {

std::vector<G*> allGoroutines();  // runtime/stack.cpp

bool executeG(G* g, Program* prog);  // vm/interp.cpp: true if g parked/yielded, false if it exited

namespace {

struct P;

struct M {
  int64_t id = 0;
  bool kick = false;      // timer re-arm request (guarded by parkLock)
  P* p = nullptr;
  bool spinning = false;
  std::mutex parkLock;
  std::condition_variable parkCv;
  bool notified = false;  // guarded by parkLock
  P* nextp = nullptr;     // P handed over by startm (guarded by parkLock)
  M* schedLink = nullptr;
};

struct P {
  int id = 0;
  RunQueue runq;                   // runtime/runq.h
  // Incremented at every schedule by the M holding the P (relaxed: sysmon
  // reads it to see whether the P's G changed, as Go's retake does).
  std::atomic<uint32_t> schedtick{0};
  uint32_t sysmontick = 0;         // schedtick when sysmon last saw it change (sysmon only)
  int64_t sysmonwhen = 0;          // and when that was (sysmon only)
  std::atomic<G*> curg{nullptr};   // read by sysmon
  // Its M is in a blocking system call (entersyscall); sysmon may retake the
  // P (CAS true -> false) after 20 µs and hand it to another M.
  std::atomic<bool> insyscall{false};
  std::atomic<int64_t> syscallSince{0};
  P* link = nullptr;               // sched.pidle
  bool idle = false;               // guarded by sched.lock
  // Dead Gs kept for reuse (Go's p.gFree), owned by the M holding the P: no
  // lock. Past kPGFreeMax, half goes to the global list (sched.gfree).
  G* gfree = nullptr;
  int ngfree = 0;
};
constexpr int kPGFreeMax = 64;

// GOMAXPROCS's ceiling (Go has none; past this many Ps nothing gains).
constexpr int kMaxProcs = 4096;

struct Sched {
  std::mutex lock;
  // guarded by lock:
  std::deque<G*> runq;                 // global run queue
  P* pidle = nullptr;
  std::atomic<int> npidle{0};          // written under lock; read anywhere as a hint
  M* midle = nullptr;
  int nmidle = 0;
  int64_t mcount = 0;
  std::vector<M*> allm;                // every M (GODEBUG=scheddetail)
  G* gfree = nullptr;                  // dead Gs beyond the Ps' own lists
  std::atomic<int64_t> nextGoid{2};
  std::atomic<int64_t> live{1};        // goroutines not yet dead (runtime.NumGoroutine)
  TimerHeap timers;                    // runtime/timers.h
  // A lower bound of every pending timer's when (INT64_MAX: none), readable
  // without the lock: findRunnable skips runTimers (and sched.lock) while
  // nothing can be due. Lowered when an entry is added, recomputed (under
  // the lock) when entries fire; a stopped timer leaves it low (harmless).
  std::atomic<int64_t> timerNext{INT64_MAX};
  std::map<uint32_t*, std::deque<G*>> semWaiters;
  // Every P ever made (never freed, never moved): read without the lock.
  P* allp[kMaxProcs] = {};  // (Ps are made as GOMAXPROCS first reaches them)
  std::atomic<int> nallp{0};
  std::atomic<int> gomaxprocs{1};
  bool timerWaiter = false;            // an idle M is waiting for the next timer
  M* timerM = nullptr;                 // that M, and when it will wake
  int64_t timerWake = 0;
  // lock-free counters:
  std::atomic<int> nmspinning{0};
  std::atomic<int> nsyscall{0};        // Gs in a blocking system call
  // Ms back from a system call that lost their P: their G's interpreter
  // frames are on that M's C++ stack, so the next P to come free goes to
  // them (schedule() and findRunnable hand it over). Guarded by lock.
  std::deque<M*> syscallWaiters;
  std::atomic<int> nsyscallWaiters{0};
  std::atomic<int64_t> runqsize{0};
  Program* prog = nullptr;
  G* mainG = nullptr;
  std::atomic<bool> mainGoexit{false};  // main's goroutine called runtime.Goexit
} sched;

thread_local M* curM = nullptr;
thread_local bool tlsParked = false;  // the running G parked (set by gopark & co.)
thread_local bool tlsInheritTime = false;  // findRunnable's G came from runnext
thread_local uint64_t tlsRand = 0;

// ---- run queues

bool runqempty(P* p) { return p->runq.empty(); }

void globrunqput(G* g) {  // sched.lock held
  sched.runq.push_back(g);
  sched.runqsize.fetch_add(1);
}

// Put g on p's local queue (owner only); runnext if next. A full queue
// sends half of itself and g to the global queue.
void runqput(P* p, G* g, bool next) {
  G* overflow[RunQueue::kSize / 2 + 1];
  uint32_t n = p->runq.put(g, next, overflow);
  if (n == 0) return;
  std::lock_guard<std::mutex> l(sched.lock);
  for (uint32_t i = 0; i < n; i++) globrunqput(overflow[i]);
}

// Steal half of victim's queue into p's; returns one G to run (or null).
// Its runnext only with stealRunnext: a G just readied into a running P's
// runnext is most likely about to run there (its waker is about to block: a
// channel hand-off), so a thief first gives the owner a moment, as Go's
// runqgrab does (usleep(3)).
G* runqsteal(P* p, P* victim, bool stealRunnext) {
  G* g = p->runq.stealFrom(victim->runq, false);
  if (!g) {
    if (!stealRunnext || !victim->runq.runnext.load(std::memory_order_acquire)) return nullptr;
    if (victim->curg.load(std::memory_order_acquire)) usleep(3);
    g = p->runq.stealFrom(victim->runq, true);
  }
  if (g && trace::on()) trace::steal(p->id, victim->id, 1 + int(p->runq.size()));
  return g;
}

uint32_t rand32() {
  if (!tlsRand) tlsRand = uint64_t(nanotime()) * 0x9E3779B97F4A7C15ull | 1;
  uint64_t x = tlsRand;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  tlsRand = x;
  return uint32_t(x >> 32);
}

// ---- Ms

void mstart(M* m, P* p);
void newMThread(M* m);

P* pidleget() {  // sched.lock held
  P* p = sched.pidle;
  if (p) {
    sched.pidle = p->link;
    sched.npidle--;
    p->idle = false;
  }
  return p;
}

void pidleput(P* p) {  // sched.lock held
  p->idle = true;
  if (p->id >= sched.gomaxprocs.load()) return;  // retired by GOMAXPROCS: not on the list
  p->link = sched.pidle;
  sched.pidle = p;
  sched.npidle++;
}

// A P that its M gives up with no work for it: to the first M waiting for a P
// to go on with its G (exitsyscall, takePForG), else the idle list. Those
// waiters take a P only here or from the idle list as they begin to wait: a
// P put on the list past one would leave it waiting beside an idle P. (A
// retired P may go to a waiter: its M retires it when it next schedules.)
void releaseP(P* p) {  // sched.lock held
  if (sched.syscallWaiters.empty()) {
    pidleput(p);
    return;
  }
  M* w = sched.syscallWaiters.front();
  sched.syscallWaiters.pop_front();
  sched.nsyscallWaiters.fetch_sub(1);
  std::lock_guard<std::mutex> wl(w->parkLock);
  w->nextp = p;
  w->notified = true;
  w->parkCv.notify_one();
}

// M threads' C stacks. Go code runs on goroutine stacks, but a native that
// calls back into Go (fmt calling String methods, which print with fmt...)
// nests C++ frames on its M's thread stack, as deep as the program nests
// them: Go allows such nesting up to its 1 GB goroutine stack limit, so Ms get
// big stacks (address space: pages are touched only as deep as a thread
// goes). m0 is such a thread too (the process's main thread only waits). A
// fault near the low end of an M's stack is Go's stack overflow fatal error,
// reported from a signal stack of the M's own (mthread, onStackFault).
constexpr size_t kMStackBytes = size_t(512) << 20;
constexpr size_t kSignalStackBytes = size_t(256) << 10;
constexpr uintptr_t kStackFaultSlack = uintptr_t(1) << 20;  // guard pages + a frame's reach
thread_local uintptr_t tlMStackLo = 0;
struct sigaction gPrevSegv{};

void onStackFault(int sig, siginfo_t* si, void* ctx) {
  const uintptr_t a = uintptr_t(si->si_addr);
  if (tlMStackLo && a + kStackFaultSlack >= tlMStackLo && a < tlMStackLo + kStackFaultSlack) {
    if (G* g = curG) stackOverflow(g, 0);
    static const char kMsg[] = "fatal error: stack overflow\n";
    if (::write(2, kMsg, sizeof kMsg - 1) < 0) _exit(2);
    _exit(2);
  }
  forwardSegv(gPrevSegv, sig, si, ctx);
}

void* mthread(void* arg) {
  auto* m = static_cast<M*>(arg);
  GC_stack_base sb;
  GC_get_stack_base(&sb);
  GC_register_my_thread(&sb);
  uintptr_t lo, hi;
  if (threadStackRange(&lo, &hi)) tlMStackLo = lo;
  stack_t ss{};
  ss.ss_sp = std::malloc(kSignalStackBytes);  // (an M lives as long as the process)
  ss.ss_size = kSignalStackBytes;
  if (ss.ss_sp) sigaltstack(&ss, nullptr);
  P* p;
  {
    std::lock_guard<std::mutex> l(m->parkLock);
    p = m->nextp;
    m->nextp = nullptr;
  }
  mstart(m, p);
  return nullptr;
}

// Start an M (an idle one, or a new thread) to run p. sched.lock NOT held.
void startm(P* p, bool spinning) {
  M* m = nullptr;
  {
    std::lock_guard<std::mutex> l(sched.lock);
    if (!p) {
      p = pidleget();
      if (!p) {
        if (spinning) sched.nmspinning.fetch_sub(1);
        return;
      }
    }
    m = sched.midle;
    if (m) {
      sched.midle = m->schedLink;
      sched.nmidle--;
    } else {
      sched.mcount++;
    }
  }
  if (m) {
    std::lock_guard<std::mutex> l(m->parkLock);
    m->nextp = p;
    m->spinning = spinning;
    m->notified = true;
    m->parkCv.notify_one();
    return;
  }
  m = new M();
  m->id = sched.mcount;
  m->spinning = spinning;
  m->nextp = p;
  {
    std::lock_guard<std::mutex> l(sched.lock);
    sched.allm.push_back(m);
  }
  newMThread(m);
}

void newMThread(M* m) {
  pthread_t th;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&attr, kMStackBytes);
  if (pthread_create(&th, &attr, mthread, m) != 0) fatalError("runtime: failed to create new OS thread");
  pthread_attr_destroy(&attr);
}

// Wake an M if there is an idle P and nobody is already looking for work.
void wakep() {
  if (sched.npidle == 0) return;  // racy read: a hint (as in Go)
  int zero = 0;
  if (!sched.nmspinning.compare_exchange_strong(zero, 1)) return;
  startm(nullptr, true);
}

// Wait on cv for at most d ns. The wait is capped (the callers loop until
// their deadline): a deadline of INT64_MAX, a timer of the maximum duration,
// would overflow the clock's time_point, make wait_for return at once and
// turn the wait into a spin that holds the M's parkLock and starves whoever
// comes to wake it.
static void parkWaitFor(std::condition_variable& cv, std::unique_lock<std::mutex>& l, int64_t d) {
  constexpr int64_t kMaxParkWait = int64_t(3600) * 1000000000;  // an hour
  cv.wait_for(l, std::chrono::nanoseconds(std::min(d, kMaxParkWait)));
}

// Park the current M until startm hands it a P.
P* stopm(M* m, int64_t untilNanos) {
  std::unique_lock<std::mutex> l(m->parkLock);
  if (untilNanos > 0) {
    while (!m->notified) {
      int64_t now = nanotime();
      if (now >= untilNanos) break;
      parkWaitFor(m->parkCv, l, untilNanos - now);
    }
  } else {
    while (!m->notified) m->parkCv.wait(l);
  }
  bool notified = m->notified;
  m->notified = false;
  P* p = m->nextp;
  m->nextp = nullptr;
  (void)notified;
  return p;
}

// ---- timers (the heap, runtime/timers.h, is guarded by sched.lock)

// A firing of a time-package timer whose function runs later, on its own
// goroutine (see RuntimeTimer in runtime/sched.h).
struct TimerFire {
  RuntimeTimer* t;
  uint64_t gen;  // t->seq when it fired
};
// Held by a tick's delivery and by Stop/Reset: a Stop that races with the
// delivery waits for it (the tick is then in the channel before Stop
// returns). Lock order: gTimerFireLock < channel locks < sched.lock.
std::mutex gTimerFireLock;

// Fire due timers; returns true if any G became runnable.
// sched.lock held: an entry for `when` was added
void lowerTimerNext(int64_t when) {
  if (when < sched.timerNext.load(std::memory_order_relaxed)) sched.timerNext.store(when, std::memory_order_release);
}

bool runTimers(int64_t now) {
  if (now < sched.timerNext.load(std::memory_order_acquire)) return false;  // nothing due: no lock
  bool any = false;
  for (;;) {
    TimerEntry e;
    uint64_t gen = 0;
    {
      std::lock_guard<std::mutex> l(sched.lock);
      // a ticker is re-armed inside popDue, before the lock is dropped, so
      // a Stop that comes now sees it pending
      if (!sched.timers.popDue(now, &e)) {
        int64_t nt = sched.timers.next();
        sched.timerNext.store(nt < 0 ? INT64_MAX : nt, std::memory_order_release);
        break;
      }
      if (RuntimeTimer* t = e.t) gen = __atomic_load_n(&t->seq, __ATOMIC_RELAXED);
      if (trace::on())  // (a ticker's next when, read under the lock that orders its writes)
        trace::timerFire(e.g ? uint64_t(e.g->goid) : reinterpret_cast<uint64_t>(e.t),
                         e.t && e.t->period > 0 ? e.t->when : -1);
    }
    if (e.g) {
      goready(e.g);
    } else {
      RuntimeTimer* t = e.t;
      auto* fire = static_cast<TimerFire*>(GC_MALLOC(sizeof(TimerFire)));
      fire->t = t;
      fire->gen = gen;
      uint64_t args[3] = {reinterpret_cast<uint64_t>(t->arg.type), reinterpret_cast<uint64_t>(t->arg.data),
                          reinterpret_cast<uint64_t>(fire)};
      newproc(t->f, args, 3);
    }
    any = true;
  }
  return any;
}

// The next live timer's when, or -1 (sched.lock held).
int64_t nextTimerLocked() { return sched.timers.next(); }

// ---- finding work

const char* statusString(G* g) {
  switch (g->status) {
    case GStatus::Running: return "running";
    case GStatus::Runnable: return "runnable";
    case GStatus::Waiting: return g->waitReason;
    case GStatus::Syscall: return "syscall";
    default: return "dead";
  }
}

[[noreturn]] void deadlock() {
  if (sched.mainGoexit.load() && liveGoroutines() == 0) {
    std::string msg = "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n";
    writeStderr(msg.data(), msg.size());
    exitProgram(2);
  }
  std::string msg = "fatal error: all goroutines are asleep - deadlock!\n";
  writeStderr(msg.data(), msg.size());
  if (tracebackLevel() > 0) {
    writeStderr("\n", 1);
    dumpGoroutines(nullptr);
  }
  exitProgram(2);
}

G* globrunqget(P* p, int max) {  // sched.lock held
  if (sched.runq.empty()) return nullptr;
  int n = int(sched.runq.size()) / sched.gomaxprocs.load() + 1;
  if (n > int(sched.runq.size())) n = int(sched.runq.size());
  if (max > 0 && n > max) n = max;
  if (n > int(RunQueue::kSize / 2)) n = RunQueue::kSize / 2;
  G* g = sched.runq.front();
  sched.runq.pop_front();
  sched.runqsize.fetch_sub(1);
  for (int i = 1; i < n; i++) {
    G* x = sched.runq.front();
    sched.runq.pop_front();
    sched.runqsize.fetch_sub(1);
    runqput(p, x, false);
  }
  return g;
}

// Go's findRunnable. Returns with m->p set (possibly a different P after
// sleeping) and a G to run.
// sched.lock held; nt: nextTimerLocked(). Every P idle, nothing queued, no
// timer, nothing in a syscall: a deadlock. (A P that GOMAXPROCS retired is on
// no idle list but may still be running a G until it next schedules.)
bool allAsleepLocked(int64_t nt) {
  if (sched.npidle != sched.gomaxprocs || !sched.runq.empty() || nt >= 0 || sched.nsyscall.load() != 0) return false;
  for (int i = 0; i < sched.nallp.load(std::memory_order_acquire); i++) {
    P* p = sched.allp[i];
    if (!runqempty(p) || p->curg.load(std::memory_order_acquire)) return false;
  }
  return true;
}

G* findRunnable(M* m) {
  tlsInheritTime = false;
  for (;;) {
    P* p = m->p;
    // every 61st schedule: the global queue first (fairness)
    if (p->schedtick.load(std::memory_order_relaxed) % 61 == 0 && sched.runqsize.load() > 0) {
      std::lock_guard<std::mutex> l(sched.lock);
      if (G* g = globrunqget(p, 1)) return g;
    }
    // (the clock only when a timer is pending: a hand-off between goroutines
    // must not pay a clock read)
    if (sched.timerNext.load(std::memory_order_relaxed) != INT64_MAX) runTimers(nanotime());
    if (G* g = p->runq.get(&tlsInheritTime)) return g;
    if (sched.runqsize.load() > 0) {
      std::lock_guard<std::mutex> l(sched.lock);
      if (G* g = globrunqget(p, 0)) return g;
    }
    // steal: spin only if fewer than half the busy Ps are already spinning
    int busy = sched.gomaxprocs - sched.npidle;
    if (m->spinning || 2 * sched.nmspinning.load() < busy) {
      if (!m->spinning) {
        m->spinning = true;
        sched.nmspinning.fetch_add(1);
      }
      int n = sched.nallp.load(std::memory_order_acquire);
      for (int round = 0; round < 4; round++) {
        int start = int(rand32() % uint32_t(n));
        for (int i = 0; i < n; i++) {
          P* v = sched.allp[(start + i) % n];
          if (v == p) continue;  // (a retired P too: it may still hold Gs until its M schedules)
          if (G* g = runqsteal(p, v, round == 3)) return g;  // (runnext: the last round only)
        }
      }
    }
    // nothing: give up the P and sleep
    int64_t wakeAt = 0;
    {
      std::unique_lock<std::mutex> l(sched.lock);
      if (G* g = globrunqget(p, 0)) return g;
      int64_t nt = nextTimerLocked();
      bool timerDuty = false;
      if (nt >= 0 && !sched.timerWaiter) {
        sched.timerWaiter = true;
        sched.timerM = m;
        sched.timerWake = nt;
        timerDuty = true;
        wakeAt = nt;
      }
      m->p = nullptr;
      releaseP(p);
      if (m->spinning) {
        m->spinning = false;
        sched.nmspinning.fetch_sub(1);
      }
      if (allAsleepLocked(nt)) {
        l.unlock();
        deadlock();
      }
      if (!timerDuty) {
        m->schedLink = sched.midle;
        sched.midle = m;
        sched.nmidle++;
      }
      l.unlock();
      // re-check the local queues (a G may have been readied meanwhile)
      for (int i = 0; i < sched.nallp.load(std::memory_order_acquire); i++) {
        P* x = sched.allp[i];
        if (x->id < sched.gomaxprocs && !runqempty(x)) {
          wakep();
          break;
        }
      }
      if (timerDuty) {
        // sleep until the next timer (or until handed a P)
        std::unique_lock<std::mutex> pl(m->parkLock);
        while (!m->notified && !m->kick && nanotime() < wakeAt)
          parkWaitFor(m->parkCv, pl, wakeAt - nanotime());
        bool handed = m->notified;
        m->notified = false;
        m->kick = false;
        P* np = m->nextp;
        m->nextp = nullptr;
        pl.unlock();
        std::lock_guard<std::mutex> l2(sched.lock);
        sched.timerWaiter = false;
        sched.timerM = nullptr;
        if (handed && np) {
          m->p = np;
          continue;
        }
        P* q = pidleget();
        if (!q) {  // every P busy: the others will run the timers
          m->schedLink = sched.midle;
          sched.midle = m;
          sched.nmidle++;
        } else {
          m->p = q;
          continue;
        }
      }
    }
    m->p = stopm(m, 0);
  }
}

// Give m's P to an M waiting in exitsyscall; m goes idle. Returns false if
// nobody was waiting.
bool handToSyscallWaiter(M* m) {
  M* w = nullptr;
  {
    std::lock_guard<std::mutex> l(sched.lock);
    if (sched.syscallWaiters.empty()) return false;
    w = sched.syscallWaiters.front();
    sched.syscallWaiters.pop_front();
    sched.nsyscallWaiters.fetch_sub(1);
    m->schedLink = sched.midle;
    sched.midle = m;
    sched.nmidle++;
  }
  if (m->spinning) {
    m->spinning = false;
    sched.nmspinning.fetch_sub(1);
  }
  P* p = m->p;
  m->p = nullptr;
  {
    std::lock_guard<std::mutex> l(w->parkLock);
    w->nextp = p;
    w->notified = true;
    w->parkCv.notify_one();
  }
  return true;
}

// A G exited: keep it (and its stack) for reuse, on p's own list first.
void gfput(P* p, G* g) {
  if (!g->system) sched.live.fetch_sub(1, std::memory_order_relaxed);
  g->system = false;
  if (finalizersInUse()) std::memset(g->stackLo, 0, size_t(g->stackHi - g->stackLo));  // (stale pointers)
  g->defers = nullptr;
  g->panic = nullptr;
  g->waiting = nullptr;
  g->status = GStatus::Dead;
  g->schedLink = p->gfree;
  p->gfree = g;
  if (++p->ngfree <= kPGFreeMax) return;
  std::lock_guard<std::mutex> l(sched.lock);
  while (p->ngfree > kPGFreeMax / 2) {
    G* x = p->gfree;
    p->gfree = x->schedLink;
    p->ngfree--;
    x->schedLink = sched.gfree;
    sched.gfree = x;
  }
}

// A dead G whose stack holds `size` bytes, from list *head (at most 4 looked
// at), or null.
G* gfgetFrom(G** head, int64_t size) {
  G** link = head;
  for (int tries = 0; *link && tries < 4; tries++, link = &(*link)->schedLink)
    if ((*link)->stackHi - (*link)->stackLo >= size) {
      G* g = *link;
      *link = g->schedLink;
      return g;
    }
  return nullptr;
}

// The scheduler loop of an M that holds p.
[[noreturn]] void schedule(M* m) {
  for (;;) {
    if (!m->p) {
      m->p = stopm(m, 0);
      continue;
    }
    if (m->p->id >= sched.gomaxprocs) {
      // GOMAXPROCS shrank: retire this P
      std::lock_guard<std::mutex> l(sched.lock);
      P* q = pidleget();
      if (q && q->id >= sched.gomaxprocs) {
        pidleput(q);
        q = nullptr;
      }
      P* old = m->p;
      old->idle = true;  // retired, not on the idle list
      while (G* g = old->runq.get()) globrunqput(g);  // (its queue to the others)
      m->p = q;
      if (!q) {
        m->schedLink = sched.midle;
        sched.midle = m;
        sched.nmidle++;
      }
    }
    if (!m->p) {
      m->p = stopm(m, 0);
      continue;
    }
    // An M waiting for a P to go on with its G (a system call's return, a
    // nested G readied or yielding) gets this one, unless this P has Gs
    // queued: they run first (the waiter is often the G that yielded to
    // them), except every 61st schedule, so that no waiter starves.
    if (sched.nsyscallWaiters.load() > 0 &&
        (runqempty(m->p) || m->p->schedtick.load(std::memory_order_relaxed) % 61 == 0) && handToSyscallWaiter(m))
      continue;
    G* g = findRunnable(m);
    P* p = m->p;
    if (m->spinning) {
      m->spinning = false;
      if (sched.nmspinning.fetch_sub(1) == 1) wakep();  // the last spinner found work: let another look
    }
    // A G from runnext (readied by the G that ran before it, which then
    // blocked: a channel hand-off) runs in its time slice, as Go's
    // inheritTime: a ping-pong pair is one slice for sysmon, which preempts
    // it after 10 ms so that the rest of the queue runs.
    if (!tlsInheritTime)
      p->schedtick.store(p->schedtick.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    p->curg.store(g, std::memory_order_release);
    g->status = GStatus::Running;
    curG = g;
    tlsParked = false;
    const int64_t t0 = trace::on() ? trace::now() : 0;
    const int tracedP = p->id;
    const int64_t tracedG = g->goid;  // (once parked, g may run, end and be reused elsewhere)
    bool parked = executeG(g, sched.prog);
    if (t0) trace::slice(tracedG, tracedP, m->id, t0, parked);
    if (!parked && g == sched.mainG && !(g->panic && g->panic->goexit)) {
      // main.main returned: the program ends, whatever other goroutines do.
      // (main stays its P's curg meanwhile: on a P that GOMAXPROCS retired,
      // which no idle count covers, it is all that tells another M's
      // deadlock check that the program is not asleep.)
      flushStdout();
      exitProgram(0);
    }
    p = m->p;
    p->curg.store(nullptr, std::memory_order_release);
    curG = nullptr;
    if (!parked) {
      if (g == sched.mainG) sched.mainGoexit.store(true);  // runtime.Goexit: the others go on
      gfput(p, g);
    }
  }
}

void mstart(M* m, P* p) {
  curM = m;
  m->p = p;
  schedule(m);
}

// Hand a P taken from a blocked M to another M if there is work, else idle it.
void handoffp(P* p) {
  bool work = !runqempty(p) || sched.runqsize.load() > 0;
  {
    std::lock_guard<std::mutex> l(sched.lock);
    if (!work) work = nextTimerLocked() >= 0 && !sched.timerWaiter;
    if (!work) {
      releaseP(p);
      return;
    }
  }
  startm(p, false);
}

// GODEBUG=schedtrace=MS[,scheddetail=1]: Go's SCHED lines on stderr, one
// every MS milliseconds from sysmon (proc.go schedtrace, Go 1.19's format).
// Fields goro has no counterpart for print as Go prints them at rest (0, -1).
// Read while the Ms run, as Go reads them: under sched.lock, the fields that
// others write loaded atomically. The SCHED line itself reads only atomics
// and lock-guarded counters; scheddetail also reads words their Ms write
// plainly (schedtick, spinning, p), racily, as Go's does.
struct SchedTrace {
  int64_t periodNs = 0;  // 0: off
  bool detail = false;
  int64_t start = 0;
  int64_t last = 0;
};

SchedTrace parseSchedTrace() {
  SchedTrace t;
  const char* e = std::getenv("GODEBUG");
  if (!e) return t;
  std::string s = e;
  size_t i = 0;
  while (i <= s.size()) {  // comma-separated name=value pairs
    size_t j = s.find(',', i);
    if (j == std::string::npos) j = s.size();
    std::string kv = s.substr(i, j - i);
    if (kv.rfind("schedtrace=", 0) == 0) t.periodNs = std::atoll(kv.c_str() + 11) * 1000000;
    if (kv.rfind("scheddetail=", 0) == 0) t.detail = std::atoll(kv.c_str() + 12) > 0;
    i = j + 1;
  }
  if (t.periodNs < 0) t.periodNs = 0;
  return t;
}

void schedtrace(SchedTrace& t, int64_t now) {
  if (!t.start) t.start = now;
  std::string s;
  std::lock_guard<std::mutex> l(sched.lock);
  const int np = sched.nallp.load(std::memory_order_acquire);
  const int procs = sched.gomaxprocs.load();
  s += "SCHED " + std::to_string((now - t.start) / 1000000) + "ms: gomaxprocs=" + std::to_string(procs) +
       " idleprocs=" + std::to_string(sched.npidle.load()) + " threads=" + std::to_string(sched.mcount + 1) +
       " spinningthreads=" + std::to_string(sched.nmspinning.load()) + " idlethreads=" + std::to_string(sched.nmidle) +
       " runqueue=" + std::to_string(sched.runq.size());
  if (!t.detail) {
    for (int i = 0; i < procs && i < np; i++)
      s += (i == 0 ? " [" : " ") + std::to_string(sched.allp[i]->runq.size());
    s += "]\n";
    writeStderr(s.data(), s.size());
    return;
  }
  s += " gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0\n";
  std::map<const P*, int64_t> pOwner;  // P -> the M holding it
  std::set<const M*> idleMs;
  for (M* m = sched.midle; m; m = m->schedLink) idleMs.insert(m);
  for (M* m : sched.allm)
    if (const P* p = __atomic_load_n(&m->p, __ATOMIC_RELAXED)) pOwner[p] = m->id;
  for (int i = 0; i < np; i++) {
    P* p = sched.allp[i];
    // Go's P status: 0 idle, 1 running, 2 syscall, 4 dead (past GOMAXPROCS)
    int st = i >= procs ? 4 : p->idle ? 0 : p->insyscall.load() ? 2 : 1;
    auto m = pOwner.find(p);
    s += "  P" + std::to_string(i) + ": status=" + std::to_string(st) +
         " schedtick=" + std::to_string(p->schedtick.load(std::memory_order_relaxed)) +
         " syscalltick=0 m=" + std::to_string(m == pOwner.end() ? -1 : m->second) +
         " runqsize=" + std::to_string(p->runq.size()) + " gfreecnt=" + std::to_string(__atomic_load_n(&p->ngfree, __ATOMIC_RELAXED)) +
         " timerslen=0\n";
  }
  for (M* m : sched.allm) {
    const P* p = __atomic_load_n(&m->p, __ATOMIC_RELAXED);
    const G* g = p ? p->curg.load(std::memory_order_acquire) : nullptr;
    s += "  M" + std::to_string(m->id) + ": p=" + std::to_string(p ? p->id : -1) +
         " curg=" + std::to_string(g ? g->goid : -1) + " mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=" +
         (__atomic_load_n(&m->spinning, __ATOMIC_RELAXED) ? "true" : "false") +
         " blocked=" + (idleMs.count(m) ? "true" : "false") + " lockedg=-1\n";
  }
  for (G* g : allGoroutines()) {
    // Go's G status: 1 runnable, 2 running, 3 syscall, 4 waiting, 6 dead
    const GStatus gs = __atomic_load_n(&g->status, __ATOMIC_RELAXED);
    int st = gs == GStatus::Runnable ? 1 : gs == GStatus::Running ? 2 : gs == GStatus::Syscall ? 3
           : gs == GStatus::Waiting ? 4 : gs == GStatus::Idle ? 0 : 6;
    int64_t m = -1;
    for (int i = 0; i < np && gs == GStatus::Running; i++)
      if (sched.allp[i]->curg.load(std::memory_order_acquire) == g) {
        auto o = pOwner.find(sched.allp[i]);
        if (o != pOwner.end()) m = o->second;
      }
    const char* why = gs == GStatus::Waiting ? __atomic_load_n(&g->waitReason, __ATOMIC_RELAXED) : "";
    s += "  G" + std::to_string(__atomic_load_n(&g->goid, __ATOMIC_RELAXED)) + ": status=" + std::to_string(st) +
         "(" + why + ") m=" + std::to_string(m) + " lockedm=-1\n";
  }
  writeStderr(s.data(), s.size());
}

// sysmon: preemption of long-running Gs, and timers when every M sleeps.
void* sysmon(void*) {
  GC_stack_base sb;
  GC_get_stack_base(&sb);
  GC_register_my_thread(&sb);
  // Go's sysmon pacing: 20 µs while it has work (a retake, a wake-up, a P in
  // a syscall to watch), doubling after 50 idle rounds up to 10 ms — a
  // running G alone needs a look (and a preemption request) only every 10 ms.
  int64_t delay = 20000;  // ns
  int idleRounds = 0;
  SchedTrace trace = parseSchedTrace();
  // (a trace every MS: sysmon then sleeps no longer than MS)
  const int64_t maxDelay = trace.periodNs ? std::min<int64_t>(10000000, trace.periodNs) : 10000000;
  for (;;) {
    if (trace.periodNs && nanotime() - trace.last >= trace.periodNs) {
      trace.last = nanotime();
      schedtrace(trace, trace.last);
    }
    timespec ts{0, long(delay)};
    nanosleep(&ts, nullptr);
    bool acted = false;
    int64_t now = nanotime();
    for (int i = 0; i < sched.nallp.load(std::memory_order_acquire); i++) {
      P* p = sched.allp[i];
      // retake a P whose M has been in a system call for more than 20 µs
      if (p->insyscall.load(std::memory_order_acquire)) {
        acted = true;  // keep watching closely
        if (now - p->syscallSince.load(std::memory_order_relaxed) > 20000) {
          bool t = true;
          if (p->insyscall.compare_exchange_strong(t, false)) {
            p->curg.store(nullptr, std::memory_order_release);
            handoffp(p);
            continue;
          }
        }
      }
      // Go's retake: a P whose schedtick has not moved for 10 ms has run the
      // same G all that time (no clock read per schedule)
      const uint32_t tick = p->schedtick.load(std::memory_order_relaxed);
      if (tick != p->sysmontick) {
        p->sysmontick = tick;
        p->sysmonwhen = now;
        continue;
      }
      G* g = p->curg.load(std::memory_order_acquire);
      if (!g) {
        p->sysmonwhen = now;  // idle: the next G's 10 ms start when it runs
        continue;
      }
      if (now - p->sysmonwhen >= 10000000) {
        // ask it to yield at its next prologue or back-edge
        __atomic_store_n(&g->preempt, true, __ATOMIC_RELAXED);
        __atomic_store_n(&g->stackguard0, kStackPreempt, __ATOMIC_RELAXED);
        // (not `acted`: as in Go's retake, a preemption request does not
        // bring back 20 µs polling; a G that computes alone for seconds
        // would otherwise wake sysmon ~6000 times a second)
      }
    }
    // a due timer, or queued work, with nobody awake to run it
    bool due = false;
    {
      std::lock_guard<std::mutex> l(sched.lock);
      int64_t nt = nextTimerLocked();
      due = nt >= 0 && nt <= now && !sched.timerWaiter;
    }
    if (due || (sched.runqsize.load() > 0 && sched.npidle.load() > 0)) {
      acted = true;
      wakep();
    }
    flushStaleStdout(now);
    wakeFinalizerG();  // finalizers queued by a collection the allocator started
    if (acted) {
      idleRounds = 0;
      delay = 20000;
    } else if (++idleRounds > 50) {
      delay = std::min<int64_t>(delay * 2, maxDelay);
    }
  }
  return nullptr;
}

}  // namespace

// An M sleeping until a later timer must re-arm for `when`.
void wakeTimerWaiter(int64_t when) {
  M* m = nullptr;
  {
    std::lock_guard<std::mutex> l(sched.lock);
    if (sched.timerWaiter && when < sched.timerWake) m = sched.timerM;
    else if (!sched.timerWaiter && sched.npidle > 0) m = nullptr;
    else return;
  }
  if (m) {
    std::lock_guard<std::mutex> l(m->parkLock);
    m->kick = true;
    m->parkCv.notify_one();
  } else {
    wakep();
  }
}

// ---- public API

int64_t nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

uint32_t fastrand() { return rand32(); }

int64_t liveGoroutines() { return sched.live.load(std::memory_order_relaxed); }

bool parkedFlag() { return tlsParked; }
void clearParkedFlag() { tlsParked = false; }

G* newproc(Closure* fn, const uint64_t* args, int argSlots, const FuncProto* creatorFn, const Instr* creatorPc,
            bool system) {
  FuncProto* f = fn->fn;
  int64_t need = (kFrameHeader + std::max(f->frameSize, argSlots) + 8) * 8;
  int64_t size = kStackMin;
  while (size < need) size *= 2;
  G* g = nullptr;
  int64_t goid;
  goid = sched.nextGoid.fetch_add(1, std::memory_order_relaxed);
  if (!system) sched.live.fetch_add(1, std::memory_order_relaxed);
  if (P* p = curM ? curM->p : nullptr) {
    if ((g = gfgetFrom(&p->gfree, size))) p->ngfree--;
  }
  if (!g) {
    std::lock_guard<std::mutex> l(sched.lock);
    g = gfgetFrom(&sched.gfree, size);
  }
  if (g) {
    reuseG(g, goid);
  } else {
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
  g->creatorFn = creatorFn;
  g->creatorPc = creatorPc;
  g->system = system;
  g->status = GStatus::Runnable;
  if (trace::on()) trace::goCreate(goid, f);
  if (curM && curM->p) {
    runqput(curM->p, g, true);
  } else {
    std::lock_guard<std::mutex> l(sched.lock);
    globrunqput(g);
  }
  wakep();
  return g;
}

// m, without a P, gets one to run g on: an idle one, or else it waits as a
// syscall waiter until a scheduling M hands one over (handToSyscallWaiter).
void takePForG(M* m, G* g) {
  P* q = nullptr;
  {
    std::lock_guard<std::mutex> l(sched.lock);
    q = pidleget();
    if (!q) {
      sched.syscallWaiters.push_back(m);
      sched.nsyscallWaiters.fetch_add(1);
    }
  }
  if (!q) q = stopm(m, 0);
  m->p = q;
  q->curg.store(g, std::memory_order_release);
  q->schedtick.store(q->schedtick.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);  // (a new G on q for sysmon)
}

// ---- Gs that block in a nested activation
//
// Go code that a native calls back (fmt calling a String method that locks
// a mutex, sleeps, receives) runs in a nested activation whose interpreter
// frames lie on its M's C++ stack, under the native's: its M cannot run
// other Gs until that activation returns. Such a G is locked to its M, as
// a Go G is by LockOSThread: when it parks, its M gives its P away (to an M
// with work, else the idle list) and waits for the G itself; goready hands
// the G to that M (never to a run queue), which then takes a P as a G
// leaving a system call does: an idle one, or the next P a scheduling M
// passes on to the syscall waiters. A yield (Gosched, preemption) gives the P
// away and waits for one the same way, so the others run meanwhile. From its
// readying until it holds a P the G counts in sched.nsyscall: not runnable
// by anyone else, but not asleep either (no false deadlock).
//
// Lock order: gNestedMu is a leaf (nothing is taken while holding it).
namespace {
struct NestedWait {
  bool ready = false;
  std::condition_variable cv;
};
std::mutex gNestedMu;
std::map<G*, NestedWait> gNestedWaits;  // guarded by gNestedMu: nested Gs parked, readied or not
thread_local bool tlsNestedYield = false;  // the running nested G yielded (goyield)

void readyNested(G* g) {
  sched.nsyscall.fetch_add(1);
  std::lock_guard<std::mutex> l(gNestedMu);
  NestedWait& w = gNestedWaits[g];  // (its M may not be waiting yet)
  w.ready = true;
  w.cv.notify_one();
}

// The deadlock check of findRunnable, for an M whose nested G just parked
// after it gave its P away (it runs no schedule() that would make it).
void checkDeadlockNested() {
  std::unique_lock<std::mutex> l(sched.lock);
  if (!allAsleepLocked(nextTimerLocked())) return;
  l.unlock();
  deadlock();
}

}  // namespace

void waitNested(G* g) {
  M* m = curM;
  P* p = m->p;
  const bool yielded = tlsNestedYield;
  tlsNestedYield = false;
  m->p = nullptr;
  p->curg.store(nullptr, std::memory_order_release);
  handoffp(p);
  if (!yielded) {
    checkDeadlockNested();
    std::unique_lock<std::mutex> l(gNestedMu);
    NestedWait& w = gNestedWaits[g];
    while (!w.ready) w.cv.wait(l);
    gNestedWaits.erase(g);
  }
  takePForG(m, g);
  sched.nsyscall.fetch_sub(1);
  g->status = GStatus::Running;
  curG = g;
  tlsParked = false;
}

void goready(G* g) {
  if (trace::on()) trace::unblock(g->goid, g->waitReason);
  g->status = GStatus::Runnable;
  g->woken = true;
  if (g->nest > 0) {
    readyNested(g);
    return;
  }
  if (curM && curM->p) {
    runqput(curM->p, g, true);
  } else {
    std::lock_guard<std::mutex> l(sched.lock);
    globrunqput(g);
  }
  wakep();
}

void gopark(G* g, const char* reason) {
  if (trace::on()) trace::parking(reason);
  g->status = GStatus::Waiting;
  g->waitReason = reason;
  tlsParked = true;
}

void goyield(G* g) {
  if (trace::on()) trace::parking(nullptr);
  tlsParked = true;
  g->status = GStatus::Runnable;
  if (g->nest > 0) {  // (locked to its M: waitNested)
    tlsNestedYield = true;
    sched.nsyscall.fetch_add(1);
    return;
  }
  std::lock_guard<std::mutex> l(sched.lock);
  globrunqput(g);
}

void sleepUntil(G* g, int64_t when) {
  if (trace::on()) {
    trace::parking("sleep");
    trace::timerArm(uint64_t(g->goid), "sleep", g->goid, when);
  }
  g->status = GStatus::Waiting;
  g->waitReason = "sleep";
  tlsParked = true;
  {
    std::lock_guard<std::mutex> l(sched.lock);
    sched.timers.addSleeper(when, g);
    lowerTimerNext(when);
  }
  wakeTimerWaiter(when);
}


void startTimer(RuntimeTimer* t) {
  int64_t when;
  {
    std::lock_guard<std::mutex> l(sched.lock);
    sched.timers.start(t);
    when = t->when;  // (a ticker's when is rewritten by runTimers under the lock)
    lowerTimerNext(when);
  }
  if (trace::on())
    trace::timerArm(reinterpret_cast<uint64_t>(t), t->period > 0 ? "ticker" : "timer", curG ? curG->goid : 0, when);
  wakeTimerWaiter(when);
}

bool stopTimer(RuntimeTimer* t) {
  std::lock_guard<std::mutex> fl(gTimerFireLock);
  std::lock_guard<std::mutex> l(sched.lock);
  __atomic_fetch_add(&t->seq, 1, __ATOMIC_RELAXED);  // cancels fired, undelivered ticks
  bool pending = sched.timers.stop(t);
  if (pending && trace::on()) trace::timerStop(reinterpret_cast<uint64_t>(t));  // (trace's lock is a leaf)
  return pending;
}

bool resetTimer(RuntimeTimer* t, int64_t when) {
  bool pending = stopTimer(t);
  t->when = when;
  startTimer(t);
  return pending;
}

void timerSendLive(uint64_t fireTok, Hchan* c, const void* v, G* g) {
  auto* fire = reinterpret_cast<TimerFire*>(fireTok);
  std::lock_guard<std::mutex> fl(gTimerFireLock);
  if (fire && __atomic_load_n(&fire->t->seq, __ATOMIC_RELAXED) != fire->gen) return;
  bool parked = false;
  chansend(c, v, false, g, &parked);
}

bool semacquire(G* g, uint32_t* addr, const char* reason) {
  std::lock_guard<std::mutex> l(sched.lock);
  if (__atomic_load_n(addr, __ATOMIC_ACQUIRE) > 0) {
    __atomic_fetch_sub(addr, 1, __ATOMIC_ACQ_REL);
    return true;
  }
  if (trace::on()) trace::parking(reason);
  sched.semWaiters[addr].push_back(g);
  g->status = GStatus::Waiting;
  g->waitReason = reason;
  tlsParked = true;
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
      __atomic_fetch_add(addr, 1, __ATOMIC_ACQ_REL);
    }
  }
  if (w) {
    goready(w);  // handed the semaphore directly
  }
}


void dumpGoroutines(G* except) {
  bool first = true;
  for (G* g : allGoroutines()) {
    if (g == except || g->status == GStatus::Dead || g->status == GStatus::Idle || g->system) continue;
    if (!first) writeStderr("\n", 1);
    first = false;
    if (g->status == GStatus::Running) {  // (its frames change under us: Go prints no stack either)
      std::string s = "goroutine " + std::to_string(g->goid) +
                      " [running]:\n\tgoroutine running on other thread; stack unavailable\n";
      writeStderr(s.data(), s.size());
      continue;
    }
    traceback(g, g->fp, g->pc, statusString(g));
  }
}

void entersyscall(G* g) {
  M* m = curM;
  if (!m || !m->p) return;
  g->status = GStatus::Syscall;
  if (trace::on()) trace::syscall(g->goid, true);
  sched.nsyscall.fetch_add(1);
  P* p = m->p;
  p->syscallSince.store(nanotime(), std::memory_order_relaxed);
  p->insyscall.store(true, std::memory_order_release);
}

void exitsyscall(G* g) {
  M* m = curM;
  if (!m || !m->p) return;
  P* p = m->p;
  bool t = true;
  if (!p->insyscall.compare_exchange_strong(t, false)) {
    // sysmon gave our P away (this G's interpreter frames live on this M's
    // C++ stack, so it resumes here)
    takePForG(m, g);
  }
  sched.nsyscall.fetch_sub(1);
  g->status = GStatus::Running;
  if (trace::on()) trace::syscall(g->goid, false);
}

int gomaxprocs() { return sched.gomaxprocs.load(); }

// runtime/trace's hook: the P and M of the calling thread.
static void currentPM(int* p, int64_t* m) {
  *p = curM && curM->p ? curM->p->id : -1;
  *m = curM ? curM->id : -1;
}

int setGomaxprocs(int n) {
  std::unique_lock<std::mutex> l(sched.lock);
  int old = sched.gomaxprocs.load();
  if (n <= 0) return old;
  if (n > kMaxProcs) n = kMaxProcs;
  sched.gomaxprocs = n;  // (first: pidleput lists only Ps below it)
  while (sched.nallp.load() < n) {
    P* p = new P();
    p->id = sched.nallp.load();
    sched.allp[p->id] = p;
    sched.nallp.store(p->id + 1, std::memory_order_release);
    pidleput(p);
  }
  // Ps retired earlier come back to the idle list
  for (int i = 0; i < sched.nallp.load(); i++)
    if (P* p = sched.allp[i]; p->id < n && p->idle) {
      bool listed = false;
      for (P* q = sched.pidle; q; q = q->link)
        if (q == p) listed = true;
      if (!listed) pidleput(p);
    }
  // drop retired Ps from the idle list
  P** link = &sched.pidle;
  while (*link) {
    if ((*link)->id >= n) {
      *link = (*link)->link;
      sched.npidle--;
    } else {
      link = &(*link)->link;
    }
  }
  l.unlock();
  if (n > old) wakep();  // (new Ps: an M for queued work, if any)
  return old;
}

void schedMain(Program* prog, G* mainG) {
  sched.prog = prog;
  dumpGoroutinesHook = dumpGoroutines;
  trace::gWhere = currentPM;
  sched.mainG = mainG;
  int n = 0;
  if (const char* e = std::getenv("GOMAXPROCS")) n = std::atoi(e);
  if (n <= 0) n = int(std::thread::hardware_concurrency());
  if (n <= 0) n = 1;
  if (n > kMaxProcs) n = kMaxProcs;
  {
    std::lock_guard<std::mutex> l(sched.lock);
    sched.gomaxprocs = n;
    for (int i = 0; i < n; i++) {
      P* p = new P();
      p->id = i;
      sched.allp[i] = p;
      sched.nallp.store(i + 1, std::memory_order_release);
      if (i > 0) pidleput(p);
    }
    sched.gomaxprocs = n;
    sched.mcount = 1;
  }
  pthread_t th;
  pthread_create(&th, nullptr, sysmon, nullptr);
  pthread_detach(th);
  struct sigaction sa{};
  sa.sa_sigaction = onStackFault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, &gPrevSegv);
  M* m0 = new M();
  {
    std::lock_guard<std::mutex> l(sched.lock);
    sched.allm.push_back(m0);
  }
  mainG->status = GStatus::Runnable;
  runqput(sched.allp[0], mainG, false);
  m0->nextp = sched.allp[0];
  newMThread(m0);
  for (;;) ::pause();  // (the program ends on an M: exitProgram)
}

}  // namespace goro
