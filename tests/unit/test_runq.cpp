// A P's local run queue (runtime/runq.h) alone: FIFO order, runnext, the
// overflow of a full queue to the global one, stealing half, and an owner
// racing with thieves (every G taken exactly once).
#include <doctest/doctest.h>

#include <atomic>
#include <set>
#include <thread>
#include <vector>

#include "runtime/runq.h"

using namespace goro;

namespace {

// The queue only stores G pointers: fake, distinct, never dereferenced.
G* fakeG(uintptr_t i) { return reinterpret_cast<G*>((i + 1) * 16); }
uintptr_t idOf(G* g) { return reinterpret_cast<uintptr_t>(g) / 16 - 1; }

}  // namespace

TEST_CASE("runq: FIFO order, size and empty") {
  RunQueue q;
  CHECK(q.empty());
  CHECK(q.get() == nullptr);
  G* overflow[RunQueue::kSize / 2 + 1];
  for (uintptr_t i = 0; i < 10; i++) CHECK(q.put(fakeG(i), false, overflow) == 0);
  CHECK(q.size() == 10);
  CHECK_FALSE(q.empty());
  for (uintptr_t i = 0; i < 10; i++) CHECK(q.get() == fakeG(i));
  CHECK(q.empty());
}

TEST_CASE("runq: runnext runs first and a new runnext kicks the old one to the tail") {
  RunQueue q;
  G* overflow[RunQueue::kSize / 2 + 1];
  q.put(fakeG(0), false, overflow);
  q.put(fakeG(1), true, overflow);  // runnext = 1
  q.put(fakeG(2), true, overflow);  // runnext = 2, 1 goes to the tail
  CHECK(q.size() == 2);
  CHECK(q.get() == fakeG(2));
  CHECK(q.get() == fakeG(0));
  CHECK(q.get() == fakeG(1));
  CHECK(q.get() == nullptr);
}

TEST_CASE("runq: wraps around the ring many times") {
  RunQueue q;
  G* overflow[RunQueue::kSize / 2 + 1];
  uintptr_t next = 0, expect = 0;
  for (int round = 0; round < 50; round++) {
    for (int i = 0; i < 200; i++) REQUIRE(q.put(fakeG(next++), false, overflow) == 0);
    for (int i = 0; i < 200; i++) REQUIRE(q.get() == fakeG(expect++));
  }
  CHECK(q.empty());
}

TEST_CASE("runq: a full queue hands half of itself and the new G to the global queue") {
  RunQueue q;
  G* overflow[RunQueue::kSize / 2 + 1];
  for (uintptr_t i = 0; i < RunQueue::kSize; i++) REQUIRE(q.put(fakeG(i), false, overflow) == 0);
  CHECK(q.size() == RunQueue::kSize);
  uint32_t n = q.put(fakeG(999), false, overflow);
  REQUIRE(n == RunQueue::kSize / 2 + 1);
  for (uint32_t i = 0; i < RunQueue::kSize / 2; i++) CHECK(overflow[i] == fakeG(i));  // the oldest half
  CHECK(overflow[RunQueue::kSize / 2] == fakeG(999));
  CHECK(q.size() == RunQueue::kSize / 2);
  CHECK(q.get() == fakeG(RunQueue::kSize / 2));
}

TEST_CASE("runq: stealing takes half (rounded up), the thief runs the last one") {
  RunQueue victim, thief;
  G* overflow[RunQueue::kSize / 2 + 1];
  for (uintptr_t i = 0; i < 9; i++) victim.put(fakeG(i), false, overflow);
  G* g = thief.stealFrom(victim);
  CHECK(g == fakeG(4));          // 5 stolen: 0..3 queued at the thief, 4 returned
  CHECK(thief.size() == 4);
  CHECK(victim.size() == 4);
  for (uintptr_t i = 0; i < 4; i++) CHECK(thief.get() == fakeG(i));
  for (uintptr_t i = 5; i < 9; i++) CHECK(victim.get() == fakeG(i));
}

TEST_CASE("runq: a thief takes runnext only when the ring is empty, and only if asked to") {
  RunQueue victim, thief;
  G* overflow[RunQueue::kSize / 2 + 1];
  victim.put(fakeG(7), true, overflow);
  CHECK(thief.stealFrom(victim, false) == nullptr);
  CHECK(!victim.empty());
  CHECK(thief.stealFrom(victim) == fakeG(7));
  CHECK(victim.empty());
  CHECK(thief.stealFrom(victim) == nullptr);
}

TEST_CASE("runq: the owner racing with three thieves: every G taken exactly once") {
  constexpr uintptr_t kTotal = 200000;
  RunQueue owner;
  std::vector<RunQueue> thiefQ(3);
  std::atomic<bool> done{false};
  std::vector<std::vector<uintptr_t>> taken(4);
  std::vector<uintptr_t> spilled;  // the "global queue" of the owner's overflows

  std::vector<std::thread> thieves;
  for (int t = 0; t < 3; t++)
    thieves.emplace_back([&, t] {
      for (;;) {
        bool finished = done.load(std::memory_order_acquire);
        if (G* g = thiefQ[size_t(t)].stealFrom(owner)) {
          taken[size_t(t) + 1].push_back(idOf(g));
          while (G* x = thiefQ[size_t(t)].get()) taken[size_t(t) + 1].push_back(idOf(x));
        } else if (finished) {
          return;
        }
      }
    });

  G* overflow[RunQueue::kSize / 2 + 1];
  for (uintptr_t i = 0; i < kTotal; i++) {
    uint32_t n = owner.put(fakeG(i), i % 7 == 0, overflow);
    for (uint32_t k = 0; k < n; k++) spilled.push_back(idOf(overflow[k]));
    if (i % 3 == 0)
      if (G* g = owner.get()) taken[0].push_back(idOf(g));
  }
  while (G* g = owner.get()) taken[0].push_back(idOf(g));
  done.store(true, std::memory_order_release);
  for (auto& th : thieves) th.join();

  std::vector<uint8_t> seen(kTotal, 0);
  size_t count = 0;
  auto mark = [&](uintptr_t id) {
    REQUIRE(id < kTotal);
    seen[id]++;
    count++;
  };
  for (auto& v : taken)
    for (uintptr_t id : v) mark(id);
  for (uintptr_t id : spilled) mark(id);
  CHECK(count == kTotal);
  size_t twice = 0, never = 0;
  for (uint8_t s : seen) {
    if (s == 0) never++;
    if (s > 1) twice++;
  }
  CHECK(never == 0);
  CHECK(twice == 0);
  size_t stolen = taken[1].size() + taken[2].size() + taken[3].size();
  MESSAGE("owner ran " << taken[0].size() << ", thieves stole " << stolen << ", spilled " << spilled.size());
}
