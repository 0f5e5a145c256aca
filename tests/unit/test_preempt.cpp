// Preemption by stackguard0 poisoning, without the scheduler: a goroutine
// runs on this thread (executeG) in a loop that never calls or blocks; a
// second thread plays sysmon — it sets g->preempt and stackguard0 =
// kStackPreempt, as runtime/sched.cpp's sysmon does for a G that ran 10 ms —
// and the loop must yield at its next back-edge (LOOP, or a back-edge fused
// with the loop condition) or function prologue, with its state saved so it
// resumes where it stopped. (sysmon's own choice of whom to poison is covered
// by the golden programs conc_preempt*.go and examples/preemption.go.)
#include <doctest/doctest.h>
#include <gc/gc.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "compile_test_util.h"
#include "runtime/sched.h"

using namespace goro;
using namespace goro::testutil;

namespace {

// Start `name(counter)` as a G (as newproc lays out its bottom frame).
G* startG(Program* prog, const std::string& name, int64_t* counter) {
  const FuncProto* f = findProto(prog, name);
  REQUIRE(f);
  G* g = newG(2);
  auto* clo = static_cast<Closure*>(GC_MALLOC(sizeof(Closure)));
  clo->fn = const_cast<FuncProto*>(f);
  clo->ncaps = 0;
  uint64_t* fp = reinterpret_cast<uint64_t*>(g->stackLo) + kFrameHeader;
  fp[-4] = 0;
  fp[-3] = 0;
  fp[-2] = reinterpret_cast<uint64_t>(f);
  fp[-1] = reinterpret_cast<uint64_t>(clo);
  fp[0] = reinterpret_cast<uint64_t>(counter);
  g->fp = fp;
  g->pc = nullptr;
  g->status = GStatus::Running;
  return g;
}

// Run g on this thread while another thread poisons it 10 ms after g starts
// (it only touches the two words sysmon touches); returns true if executeG
// came back because g yielded. (The delay counts from just before executeG,
// not from the thread's creation: on a loaded machine, or under TSan, the
// poison could otherwise land before g ran at all, and the test checks that
// g made progress.)
bool runUntilPreempted(G* g, Program* prog) {
  std::atomic<bool> running{false};
  std::thread sysmon([g, &running] {
    while (!running.load()) std::this_thread::yield();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    __atomic_store_n(&g->preempt, true, __ATOMIC_RELAXED);
    __atomic_store_n(&g->stackguard0, kStackPreempt, __ATOMIC_RELAXED);
  });
  clearParkedFlag();
  curG = g;
  running.store(true);
  bool yielded = executeG(g, prog);
  curG = nullptr;
  sysmon.join();
  return yielded;
}

const char* kSrc = R"(package main

func spinFor(p *int) {
	for {
		*p++
	}
}

func spinCounted(p *int) {
	n := 1 << 62
	for i := 0; i < n; i++ {
		*p++
	}
}

func step(p *int) { *p++ }

func spinCalls(p *int) {
	for {
		step(p)
		step(p)
	}
}

func main() {}
)";

}  // namespace

TEST_CASE("preemption: a poisoned stackguard0 stops loops and calls, and they resume where they stopped") {
  GC_INIT();
  GC_allow_register_threads();
  Compiled c = compileSource(kSrc);
  REQUIRE_MESSAGE(c.prog, c.errText());
  // the shapes under test: a plain back-edge, one fused with its condition
  CHECK(countOp(findProto(c.prog, "main.spinFor"), OP_LOOP) == 1);
  CHECK(countOp(findProto(c.prog, "main.spinCounted"), OP_FORLOOPK) == 1);

  for (const char* fn : {"main.spinFor", "main.spinCounted", "main.spinCalls"}) {
    CAPTURE(fn);
    auto* counter = static_cast<int64_t*>(GC_MALLOC(sizeof(int64_t)));
    *counter = 0;
    G* g = startG(c.prog, fn, counter);
    for (int round = 0; round < 3; round++) {
      CAPTURE(round);
      int64_t before = *counter;
      REQUIRE(runUntilPreempted(g, c.prog));  // it yielded (it cannot end by itself)
      CHECK(*counter > before);               // ... after running on from where it stopped
      CHECK(g->status == GStatus::Runnable);             // goyield: back in a run queue
      CHECK(g->pc != nullptr);                           // its resume point was saved
      CHECK(__atomic_load_n(&g->stackguard0, __ATOMIC_RELAXED) != kStackPreempt);  // guard restored
      g->status = GStatus::Running;
    }
  }
}
