// runtime/timers.cpp — the timer heap (invariants in runtime/timers.h).
// Every member runs with sched.lock held.
#include "runtime/timers.h"

#include <gc/gc.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <set>

#include "runtime/sched.h"

namespace goro {

TimerHeap::~TimerHeap() { roots_.release(); }

void TimerHeap::push(const TimerEntry& e) {
  heap_.push_back(e);
  std::push_heap(heap_.begin(), heap_.end(), std::greater<TimerEntry>());
}

void TimerHeap::pop() {
  std::pop_heap(heap_.begin(), heap_.end(), std::greater<TimerEntry>());
  heap_.pop_back();
}

void TimerHeap::rootAdd(RuntimeTimer* t) { roots_.push(t); }

void TimerHeap::rootRemove(RuntimeTimer* t) { roots_.remove(t); }

void TimerHeap::addSleeper(int64_t when, G* g) { push({when, ++seq_, g, nullptr}); }

void TimerHeap::start(RuntimeTimer* t) {
  uint64_t gen = ++seq_;
  if (gen_.find(t) == gen_.end()) rootAdd(t);
  gen_[t] = gen;
  t->rt = 1;
  push({t->when, gen, nullptr, t});
}

bool TimerHeap::stop(RuntimeTimer* t) {
  auto it = gen_.find(t);
  if (it == gen_.end()) return false;
  gen_.erase(it);
  rootRemove(t);
  t->rt = 0;
  return true;
}

bool TimerHeap::popDue(int64_t now, TimerEntry* out) {
  for (;;) {
    if (heap_.empty() || heap_.front().when > now) return false;
    TimerEntry e = heap_.front();
    pop();
    if (RuntimeTimer* t = e.t) {
      auto it = gen_.find(t);
      if (it == gen_.end() || it->second != e.seq) continue;  // stale: stopped or reset
      if (t->period > 0) {
        // re-arm a ticker now, so a Stop that comes once the caller drops
        // sched.lock sees it pending; like Go, the next tick is the first of
        // its period grid after now (ticks it fell behind on are skipped,
        // its phase is kept)
        t->when += t->period * (1 + (now - t->when) / t->period);
        it->second = ++seq_;
        push({t->when, it->second, nullptr, t});
      } else {
        gen_.erase(it);
        rootRemove(t);
        t->rt = 0;
      }
    }
    *out = e;
    return true;
  }
}

int64_t TimerHeap::next() {
  while (!heap_.empty()) {
    const TimerEntry& e = heap_.front();
    if (e.t) {
      auto it = gen_.find(e.t);
      if (it == gen_.end() || it->second != e.seq) {
        pop();
        continue;
      }
    }
    return e.when;
  }
  return -1;
}

bool TimerHeap::checkInvariants() const {
  if (!std::is_heap(heap_.begin(), heap_.end(), std::greater<TimerEntry>())) return false;
  if (roots_.len != gen_.size()) return false;
  std::set<RuntimeTimer*> rooted;
  for (size_t i = 0; i < roots_.len; i++) rooted.insert(static_cast<RuntimeTimer*>(roots_.items[i]));
  if (rooted.size() != roots_.len) return false;  // a timer rooted twice
  for (size_t i = roots_.len; i < roots_.cap; i++)
    if (roots_.items[i]) return false;
  std::set<uint64_t> seqs;
  std::map<RuntimeTimer*, int> live;
  for (const TimerEntry& e : heap_) {
    if (!seqs.insert(e.seq).second || e.seq > seq_) return false;
    if ((e.g == nullptr) == (e.t == nullptr)) return false;
    if (e.t) {
      auto it = gen_.find(e.t);
      if (it != gen_.end() && it->second == e.seq) {
        if (e.when != e.t->when) return false;
        live[e.t]++;
      }
    }
  }
  for (const auto& [t, gen] : gen_) {
    (void)gen;
    if (!rooted.count(t) || t->rt != 1 || live[t] != 1) return false;
  }
  return true;
}

}  // namespace goro
