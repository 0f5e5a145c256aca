// runtime/runq.h — a P's local run queue (Go's runqput / runqget /
// runqsteal in runtime/proc.go), on its own so it can be tested alone.
//
// A 256-slot ring [head, tail) plus `runnext`, a one-G slot that runs before
// the ring (a G readied by the running G inherits its time slice).
// Invariants:
//   - only the owner (the M holding the P) writes `tail` and the slots;
//   - anyone (the owner, or a thief) takes from `head` with a CAS; a slot is
//     read before the CAS that claims it, so a lost CAS just retries;
//   - tail - head <= kSize at all times;
//   - runnext is taken with a CAS by anyone, written only by the owner.
// Memory order: the owner publishes a slot with a release store of tail;
// takers acquire tail before reading slots.
#pragma once
#include <atomic>
#include <cstdint>

namespace goro {

struct G;

struct RunQueue {
  static constexpr uint32_t kSize = 256;

  std::atomic<uint32_t> head{0};
  std::atomic<uint32_t> tail{0};
  std::atomic<G*> slots[kSize] = {};
  std::atomic<G*> runnext{nullptr};

  bool empty() const {
    return head.load(std::memory_order_acquire) == tail.load(std::memory_order_acquire) &&
           runnext.load(std::memory_order_acquire) == nullptr;
  }

  // Gs in the ring (not counting runnext); a snapshot.
  uint32_t size() const { return tail.load(std::memory_order_acquire) - head.load(std::memory_order_acquire); }

  // Owner only. Puts g (in runnext if next: the old runnext goes to the
  // tail). If the ring is full, half of it and g are moved to `overflow`
  // (room for kSize/2 + 1) for the global queue; returns how many.
  uint32_t put(G* g, bool next, G** overflow) {
    if (next) {
      G* old = runnext.exchange(g, std::memory_order_acq_rel);
      if (!old) return 0;
      g = old;  // kick the old runnext to the tail
    }
    for (;;) {
      uint32_t h = head.load(std::memory_order_acquire);
      uint32_t t = tail.load(std::memory_order_relaxed);
      if (t - h < kSize) {
        slots[t % kSize].store(g, std::memory_order_relaxed);
        tail.store(t + 1, std::memory_order_release);
        return 0;
      }
      uint32_t n = (t - h) / 2;
      for (uint32_t i = 0; i < n; i++) overflow[i] = slots[(h + i) % kSize].load(std::memory_order_relaxed);
      if (!head.compare_exchange_strong(h, h + n, std::memory_order_release)) continue;
      overflow[n] = g;
      return n + 1;
    }
  }

  // Anyone: the next G to run (runnext first: *fromNext says so), or null.
  G* get(bool* fromNext = nullptr) {
    G* next = runnext.load(std::memory_order_acquire);
    if (next && runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) {
      if (fromNext) *fromNext = true;
      return next;
    }
    if (fromNext) *fromNext = false;
    for (;;) {
      uint32_t h = head.load(std::memory_order_acquire);
      uint32_t t = tail.load(std::memory_order_acquire);
      if (t == h) return nullptr;
      G* g = slots[h % kSize].load(std::memory_order_relaxed);
      if (head.compare_exchange_strong(h, h + 1, std::memory_order_release)) return g;
    }
  }

  // Owner of *this only, with *this empty: steal half of victim's ring (or,
  // with takeRunnext, its runnext when the ring is empty) into this queue;
  // returns one of the stolen Gs to run now (or null).
  G* stealFrom(RunQueue& victim, bool takeRunnext = true) {
    for (;;) {
      uint32_t h = victim.head.load(std::memory_order_acquire);
      uint32_t t = victim.tail.load(std::memory_order_acquire);
      uint32_t n = t - h;
      n = n - n / 2;
      if (n == 0) {
        if (!takeRunnext) return nullptr;
        G* next = victim.runnext.load(std::memory_order_acquire);
        if (next && victim.runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) return next;
        return nullptr;
      }
      if (n > kSize / 2) continue;  // inconsistent read of head and tail
      G* batch[kSize / 2];
      for (uint32_t i = 0; i < n; i++) batch[i] = victim.slots[(h + i) % kSize].load(std::memory_order_relaxed);
      if (!victim.head.compare_exchange_strong(h, h + n, std::memory_order_release)) continue;
      uint32_t pt = tail.load(std::memory_order_relaxed);
      for (uint32_t i = 0; i + 1 < n; i++) slots[(pt + i) % kSize].store(batch[i], std::memory_order_relaxed);
      tail.store(pt + n - 1, std::memory_order_release);
      return batch[n - 1];
    }
  }
};

}  // namespace goro
