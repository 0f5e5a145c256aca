// The channel runtime (runtime/chan.cpp) alone, without the scheduler loop:
//  - makechan / chanlen / chancap, FIFO order through the ring buffer with
//    wrap-around, non-blocking send on a full and receive on an empty channel;
//  - close: draining a closed buffered channel, then (received = false, zeroed
//    element); Go's panics (send on closed channel, close of closed channel,
//    close of nil channel, makechan size out of range);
//  - direct hand-off to a parked receiver / from a parked sender (the value lands
//    in the sudog's elem, the G is readied with wakeOk); close wakes waiters;
//  - selectgo: random, roughly fair choice among ready cases, nil channels never
//    ready, default, parking on every channel and being woken exactly once, and
//    the clean-up of the other cases' sudogs;
//  - std::threads doing non-blocking sends/receives on one channel (each value
//    received exactly once), and senders racing to wake one parked select.
//
// No scheduler runs here: gopark only marks the G Waiting and sets the calling
// thread's parked flag, and goready (no current M) puts the G on the global run
// queue, where it stays; wakep does nothing while no P is idle. Blocking calls
// therefore return at once with *parked = true, which lets one thread play
// several goroutines in a chosen order.
#include <doctest/doctest.h>
#include <gc/gc.h>

#include <atomic>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "rt_test_stubs.h"
#include "runtime/chan.h"
#include "runtime/g.h"
#include "runtime/panic.h"
#include "runtime/sched.h"

using namespace goro;
using goro_test::TypeFactory;

namespace {

struct GcInit {
  GcInit() {
    GC_INIT();
    GC_allow_register_threads();
  }
} gcInit;

// A std::thread that touches GC memory is registered with the collector.
struct GcThread {
  GcThread() {
    GC_stack_base sb;
    GC_get_stack_base(&sb);
    GC_register_my_thread(&sb);
  }
  ~GcThread() { GC_unregister_my_thread(); }
};

TypeFactory& types() {
  static TypeFactory tf;
  return tf;
}

Hchan* makeIntChan(int64_t size) { return makechan(types().Int, size); }

int64_t gNextGoid = 1000;
G* makeG() {
  G* g = newG(gNextGoid++);
  g->status = GStatus::Running;
  return g;
}

bool trySend(Hchan* c, uint64_t v) {
  bool parked = true;
  bool ok = chansend(c, &v, false, nullptr, &parked);
  CHECK_FALSE(parked);
  return ok;
}

struct RecvResult {
  bool selected;
  bool received;
  uint64_t value;
};
RecvResult tryRecv(Hchan* c) {
  uint64_t v = 0xdeadbeef;
  bool received = true, parked = true;
  bool selected = chanrecv(c, &v, false, nullptr, &received, &parked);
  CHECK_FALSE(parked);
  return {selected, received, v};
}

// Run f on a fresh thread (its parked flag starts false) and wait for it.
template <class F>
void onFreshThread(F f) {
  std::thread t([&] {
    GcThread reg;
    f();
  });
  t.join();
}

// Run f as the running goroutine g; return the message of the Go panic it
// raises ("" if none). The runtime's panics box their text in rtTypes.string.
template <class F>
std::string panicMessage(F f) {
  if (!rtTypes.string) rtTypes.string = types().String;
  G* g = makeG();
  G* saved = curG;
  curG = g;
  std::string msg;
  try {
    f();
  } catch (const GoPanicSignal&) {
    REQUIRE(g->panic != nullptr);
    REQUIRE(g->panic->arg.type != nullptr);
    msg = std::string(static_cast<const GoString*>(g->panic->arg.data)->view());
  }
  curG = saved;
  return msg;
}

int countSudogs(const WaitQ& q) {
  int n = 0;
  for (Sudog* s = q.first; s; s = s->next) n++;
  return n;
}

}  // namespace

// ---- makechan, len, cap, FIFO

TEST_CASE("makechan: len and cap of unbuffered, buffered and nil channels") {
  Hchan* u = makeIntChan(0);
  Hchan* b = makeIntChan(5);
  CHECK(chanlen(u) == 0);
  CHECK(chancap(u) == 0);
  CHECK(u->buf == nullptr);
  CHECK(chanlen(b) == 0);
  CHECK(chancap(b) == 5);
  CHECK(b->elemBytes == 8);
  CHECK(chanlen(nullptr) == 0);
  CHECK(chancap(nullptr) == 0);
  REQUIRE(trySend(b, 1));
  REQUIRE(trySend(b, 2));
  CHECK(chanlen(b) == 2);
  CHECK(chancap(b) == 5);
}

TEST_CASE("makechan: a multi-slot element type is copied whole") {
  TypeFactory& t = types();
  Type* triple = t.strct({{"a", t.Int}, {"b", t.Int}, {"c", t.Int}});
  Hchan* c = makechan(triple, 2);
  CHECK(c->elemBytes == 24);
  uint64_t in[3] = {7, 8, 9};
  bool parked;
  REQUIRE(chansend(c, in, false, nullptr, &parked));
  uint64_t out[3] = {0, 0, 0};
  bool received = false;
  REQUIRE(chanrecv(c, out, false, nullptr, &received, &parked));
  CHECK(received);
  CHECK(out[0] == 7);
  CHECK(out[1] == 8);
  CHECK(out[2] == 9);
}

TEST_CASE("makechan: chan struct{} counts elements without a buffer") {
  Type* empty = types().strct({});
  Hchan* c = makechan(empty, 3);
  CHECK(c->elemBytes == 0);
  bool parked, received;
  for (int i = 0; i < 3; i++) REQUIRE(chansend(c, nullptr, false, nullptr, &parked));
  CHECK_FALSE(chansend(c, nullptr, false, nullptr, &parked));
  CHECK(chanlen(c) == 3);
  REQUIRE(chanrecv(c, nullptr, false, nullptr, &received, &parked));
  CHECK(received);
  CHECK(chanlen(c) == 2);
}

TEST_CASE("makechan: a negative or huge size panics") {
  CHECK(panicMessage([] { makeIntChan(-1); }) == "makechan: size out of range");
  CHECK(panicMessage([] { makeIntChan(int64_t(1) << 46); }) == "makechan: size out of range");  // (8 * 2^46 bytes > maxAlloc)
}

TEST_CASE("buffered channel: FIFO order with sendx/recvx wrapping around many times") {
  Hchan* c = makeIntChan(4);
  uint64_t next = 1, expect = 1;
  for (int round = 0; round < 50; round++) {
    int burst = 1 + round % 4;  // 1..4 elements: the indices wrap at different points
    for (int i = 0; i < burst; i++) REQUIRE(trySend(c, next++));
    CHECK(chanlen(c) == burst);
    for (int i = 0; i < burst; i++) {
      RecvResult r = tryRecv(c);
      REQUIRE(r.selected);
      CHECK(r.received);
      CHECK(r.value == expect++);
    }
    CHECK(c->sendx < 4);
    CHECK(c->recvx == c->sendx);
  }
  CHECK(chanlen(c) == 0);
}

TEST_CASE("buffered channel: a received slot is zeroed in the buffer (no stale pointer kept)") {
  Hchan* c = makeIntChan(2);
  REQUIRE(trySend(c, 0x1234));
  uint64_t* slot0 = reinterpret_cast<uint64_t*>(c->buf);
  CHECK(*slot0 == 0x1234);
  CHECK(tryRecv(c).value == 0x1234);
  CHECK(*slot0 == 0);
}

TEST_CASE("non-blocking send on a full buffer and receive on an empty one fail") {
  Hchan* c = makeIntChan(2);
  RecvResult r = tryRecv(c);
  CHECK_FALSE(r.selected);
  CHECK_FALSE(r.received);
  CHECK(r.value == 0xdeadbeef);  // untouched
  REQUIRE(trySend(c, 10));
  REQUIRE(trySend(c, 11));
  CHECK_FALSE(trySend(c, 12));
  CHECK(chanlen(c) == 2);
  CHECK(tryRecv(c).value == 10);
  CHECK(tryRecv(c).value == 11);
  CHECK_FALSE(tryRecv(c).selected);
}

TEST_CASE("unbuffered channel: non-blocking ops fail with nobody waiting") {
  Hchan* c = makeIntChan(0);
  CHECK_FALSE(trySend(c, 1));
  CHECK_FALSE(tryRecv(c).selected);
  CHECK(c->sendq.first == nullptr);
  CHECK(c->recvq.first == nullptr);
}

TEST_CASE("nil channel: non-blocking ops fail, blocking ones park for ever") {
  CHECK_FALSE(trySend(nullptr, 1));
  CHECK_FALSE(tryRecv(nullptr).selected);
  G* gs = makeG();
  G* gr = makeG();
  onFreshThread([&] {
    uint64_t v = 1;
    bool parked = false, received = true;
    CHECK_FALSE(chansend(nullptr, &v, true, gs, &parked));
    CHECK(parked);
    CHECK(parkedFlag());
    CHECK_FALSE(chanrecv(nullptr, &v, true, gr, &received, &parked));
    CHECK(parked);
    CHECK_FALSE(received);
  });
  CHECK(gs->status == GStatus::Waiting);
  CHECK(std::string(gs->waitReason) == "chan send (nil chan)");
  CHECK(gr->status == GStatus::Waiting);
  CHECK(std::string(gr->waitReason) == "chan receive (nil chan)");
}

// ---- close

TEST_CASE("close: a buffered channel drains, then reports received=false and a zeroed element") {
  Hchan* c = makeIntChan(3);
  REQUIRE(trySend(c, 5));
  REQUIRE(trySend(c, 6));
  closechan(c);
  CHECK(c->closed);
  CHECK(chanlen(c) == 2);
  RecvResult a = tryRecv(c), b = tryRecv(c);
  CHECK((a.selected && a.received && a.value == 5));
  CHECK((b.selected && b.received && b.value == 6));
  for (int i = 0; i < 3; i++) {
    RecvResult z = tryRecv(c);
    CHECK(z.selected);        // a closed channel is always ready
    CHECK_FALSE(z.received);
    CHECK(z.value == 0);      // 0xdeadbeef was overwritten with the zero value
  }
  // a blocking receive does not park either
  G* g = makeG();
  uint64_t v = 99;
  bool received = true, parked = true;
  CHECK(chanrecv(c, &v, true, g, &received, &parked));
  CHECK_FALSE(parked);
  CHECK_FALSE(received);
  CHECK(v == 0);
  CHECK(g->status == GStatus::Running);
}

TEST_CASE("close: send on a closed channel panics (and leaves the channel usable)") {
  Hchan* c = makeIntChan(1);
  closechan(c);
  CHECK(panicMessage([&] { trySend(c, 1); }) == "send on closed channel");
  G* g = makeG();
  CHECK(panicMessage([&] {
          uint64_t v = 1;
          bool parked;
          chansend(c, &v, true, g, &parked);
        }) == "send on closed channel");
  // the lock was released before the panic: these would deadlock otherwise
  CHECK(chanlen(c) == 0);
  CHECK_FALSE(tryRecv(c).received);
}

TEST_CASE("close: close of a closed channel and of a nil channel panic") {
  Hchan* c = makeIntChan(0);
  closechan(c);
  CHECK(panicMessage([&] { closechan(c); }) == "close of closed channel");
  CHECK(panicMessage([] { closechan(nullptr); }) == "close of nil channel");
  CHECK(chanlen(c) == 0);  // lock released
}

TEST_CASE("close: every parked receiver is woken with wakeOk=false and a zeroed element") {
  Hchan* c = makeIntChan(0);
  const int n = 100;  // more than closechan's 64-entry inline wake array
  std::vector<G*> gs;
  std::vector<uint64_t> slots(n, 0xabc);
  for (int i = 0; i < n; i++) {
    gs.push_back(makeG());
    bool received, parked;
    CHECK_FALSE(chanrecv(c, &slots[size_t(i)], true, gs.back(), &received, &parked));
    REQUIRE(parked);
  }
  CHECK(countSudogs(c->recvq) == n);
  closechan(c);
  CHECK(c->recvq.first == nullptr);
  for (int i = 0; i < n; i++) {
    CHECK(gs[size_t(i)]->status == GStatus::Runnable);
    CHECK(gs[size_t(i)]->woken);
    CHECK_FALSE(gs[size_t(i)]->wakeOk);
    CHECK(slots[size_t(i)] == 0);
  }
}

TEST_CASE("close: a parked sender is woken with wakeOk=false (it re-executes and panics)") {
  Hchan* c = makeIntChan(0);
  G* g = makeG();
  uint64_t v = 3;
  bool parked;
  CHECK_FALSE(chansend(c, &v, true, g, &parked));
  REQUIRE(parked);
  closechan(c);
  CHECK(c->sendq.first == nullptr);
  CHECK(g->status == GStatus::Runnable);
  CHECK(g->woken);
  CHECK_FALSE(g->wakeOk);
}

// ---- blocking and direct hand-off

TEST_CASE("hand-off: a sender writes straight into a parked receiver's elem and readies it") {
  Hchan* c = makeIntChan(0);
  G* recvG = makeG();
  uint64_t slot = 0;  // the receiver's frame slot
  onFreshThread([&] {
    bool received = true, parked = false;
    CHECK_FALSE(parkedFlag());
    CHECK_FALSE(chanrecv(c, &slot, true, recvG, &received, &parked));
    CHECK(parked);
    CHECK(parkedFlag());
  });
  CHECK(recvG->status == GStatus::Waiting);
  CHECK(std::string(recvG->waitReason) == "chan receive");
  REQUIRE(c->recvq.first != nullptr);
  CHECK(c->recvq.first->g == recvG);
  CHECK(c->recvq.first->elem == &slot);

  G* sendG = makeG();
  uint64_t v = 4242;
  bool parked = true;
  CHECK(chansend(c, &v, true, sendG, &parked));
  CHECK_FALSE(parked);
  CHECK(slot == 4242);
  CHECK(recvG->status == GStatus::Runnable);
  CHECK(recvG->woken);
  CHECK(recvG->wakeOk);
  CHECK(sendG->status == GStatus::Running);  // the sender did not park
  CHECK(c->recvq.first == nullptr);
  CHECK(chanlen(c) == 0);
}

TEST_CASE("hand-off: a receiver takes a parked sender's value and readies it") {
  Hchan* c = makeIntChan(0);
  G* sendG = makeG();
  uint64_t v = 777;  // the sender's frame slot: it must stay put while parked
  onFreshThread([&] {
    bool parked = false;
    CHECK_FALSE(chansend(c, &v, true, sendG, &parked));
    CHECK(parked);
    CHECK(parkedFlag());
  });
  CHECK(sendG->status == GStatus::Waiting);
  CHECK(std::string(sendG->waitReason) == "chan send");
  CHECK(countSudogs(c->sendq) == 1);
  RecvResult r = tryRecv(c);
  CHECK(r.selected);
  CHECK(r.received);
  CHECK(r.value == 777);
  CHECK(sendG->status == GStatus::Runnable);
  CHECK(sendG->woken);
  CHECK(sendG->wakeOk);
  CHECK(c->sendq.first == nullptr);
}

TEST_CASE("hand-off: parked receivers are served in FIFO order") {
  Hchan* c = makeIntChan(0);
  G* g[3] = {makeG(), makeG(), makeG()};
  uint64_t slots[3] = {0, 0, 0};
  for (int i = 0; i < 3; i++) {
    bool received, parked;
    chanrecv(c, &slots[i], true, g[i], &received, &parked);
    REQUIRE(parked);
  }
  for (uint64_t v = 1; v <= 3; v++) REQUIRE(trySend(c, v * 100));
  CHECK(slots[0] == 100);
  CHECK(slots[1] == 200);
  CHECK(slots[2] == 300);
  CHECK_FALSE(trySend(c, 400));  // nobody left
}

TEST_CASE("hand-off: receiving from a full buffer with a parked sender keeps FIFO order") {
  Hchan* c = makeIntChan(2);
  REQUIRE(trySend(c, 1));
  REQUIRE(trySend(c, 2));
  G* sendG = makeG();
  uint64_t v = 3;
  bool parked;
  CHECK_FALSE(chansend(c, &v, true, sendG, &parked));
  REQUIRE(parked);
  // the receiver gets the head (1); the sender's 3 goes to the tail
  CHECK(tryRecv(c).value == 1);
  CHECK(sendG->status == GStatus::Runnable);
  CHECK(sendG->wakeOk);
  CHECK(chanlen(c) == 2);
  CHECK(c->sendx == c->recvx);
  CHECK(tryRecv(c).value == 2);
  CHECK(tryRecv(c).value == 3);
  CHECK_FALSE(tryRecv(c).selected);
}

TEST_CASE("hand-off: a blocking send with room in the buffer does not park") {
  Hchan* c = makeIntChan(1);
  G* g = makeG();
  uint64_t v = 9;
  bool parked = true;
  CHECK(chansend(c, &v, true, g, &parked));
  CHECK_FALSE(parked);
  CHECK(g->status == GStatus::Running);
  CHECK(chanlen(c) == 1);
  CHECK_FALSE(chansend(c, &v, true, g, &parked));  // now full: parks
  CHECK(parked);
  CHECK(g->status == GStatus::Waiting);
}

// ---- select

TEST_CASE("select: the choice among ready cases is random and roughly fair; nil never chosen") {
  Hchan* ch[3] = {makeIntChan(1), makeIntChan(1), makeIntChan(1)};
  for (int i = 0; i < 3; i++) REQUIRE(trySend(ch[i], uint64_t(i) + 10));
  uint64_t out[4] = {0, 0, 0, 0};
  SelectCase cases[4] = {{0, ch[0], &out[0]}, {0, nullptr, &out[3]}, {0, ch[1], &out[1]}, {0, ch[2], &out[2]}};
  const int chanOf[4] = {0, -1, 1, 2};
  G* g = makeG();
  int counts[4] = {0, 0, 0, 0};
  const int trials = 30000;
  for (int t = 0; t < trials; t++) {
    bool ok = false, parked = true;
    int i = selectgo(g, cases, 4, &ok, &parked);
    REQUIRE(i >= 0);
    REQUIRE(i < 4);
    REQUIRE_FALSE(parked);
    REQUIRE(ok);
    counts[i]++;
    int k = chanOf[i];
    REQUIRE(k >= 0);
    REQUIRE(out[k] == uint64_t(k) + 10);
    out[k] = 0;
    REQUIRE(trySend(ch[k], uint64_t(k) + 10));  // refill it
  }
  CHECK(counts[1] == 0);
  for (int i : {0, 2, 3}) {
    CHECK(counts[i] >= trials * 25 / 100);
    CHECK(counts[i] <= trials * 42 / 100);
  }
}

TEST_CASE("select: default is taken when no case is ready, and nothing changes") {
  Hchan* empty = makeIntChan(1);
  Hchan* full = makeIntChan(1);
  REQUIRE(trySend(full, 5));
  uint64_t r = 77, s = 88;
  SelectCase cases[4] = {{0, empty, &r}, {2, nullptr, nullptr}, {1, full, &s}, {0, nullptr, &r}};
  G* g = makeG();
  bool ok = true, parked = true;
  CHECK(selectgo(g, cases, 4, &ok, &parked) == 1);
  CHECK_FALSE(parked);
  CHECK_FALSE(ok);
  CHECK(r == 77);
  CHECK(chanlen(empty) == 0);
  CHECK(chanlen(full) == 1);
  CHECK(empty->recvq.first == nullptr);
  CHECK(full->sendq.first == nullptr);
  CHECK(g->status == GStatus::Running);
}

TEST_CASE("select: a ready case wins over default") {
  Hchan* c = makeIntChan(1);
  REQUIRE(trySend(c, 31));
  uint64_t r = 0;
  SelectCase cases[2] = {{2, nullptr, nullptr}, {0, c, &r}};
  G* g = makeG();
  bool ok = false, parked = true;
  CHECK(selectgo(g, cases, 2, &ok, &parked) == 1);
  CHECK(ok);
  CHECK(r == 31);
}

TEST_CASE("select: send case into a buffer, receive from a closed channel") {
  Hchan* c = makeIntChan(1);
  uint64_t s = 12;
  SelectCase send[1] = {{1, c, &s}};
  G* g = makeG();
  bool ok = true, parked = true;
  CHECK(selectgo(g, send, 1, &ok, &parked) == 0);
  CHECK_FALSE(ok);  // recvOK is for receive cases only
  CHECK(tryRecv(c).value == 12);

  Hchan* closed = makeIntChan(0);
  closechan(closed);
  uint64_t r = 55;
  SelectCase recv[1] = {{0, closed, &r}};
  CHECK(selectgo(g, recv, 1, &ok, &parked) == 0);
  CHECK_FALSE(ok);
  CHECK(r == 0);
}

TEST_CASE("select: a send case on a closed channel panics") {
  Hchan* c = makeIntChan(1);
  closechan(c);
  uint64_t s = 1;
  SelectCase cases[1] = {{1, c, &s}};
  G* g = makeG();
  CHECK(panicMessage([&] {
          bool ok, parked;
          selectgo(g, cases, 1, &ok, &parked);
        }) == "send on closed channel");
  CHECK(chanlen(c) == 0);  // lock released
}

TEST_CASE("select: takes a parked sender's value on an unbuffered channel") {
  Hchan* c = makeIntChan(0);
  G* sendG = makeG();
  uint64_t v = 606;
  bool parked;
  chansend(c, &v, true, sendG, &parked);
  REQUIRE(parked);
  uint64_t r = 0;
  SelectCase cases[2] = {{0, c, &r}, {2, nullptr, nullptr}};
  G* g = makeG();
  bool ok = false;
  CHECK(selectgo(g, cases, 2, &ok, &parked) == 0);
  CHECK(ok);
  CHECK(r == 606);
  CHECK(sendG->status == GStatus::Runnable);
  CHECK(sendG->wakeOk);
}

TEST_CASE("select: parks on every channel and is woken exactly once") {
  Hchan* c1 = makeIntChan(0);
  Hchan* c2 = makeIntChan(0);
  uint64_t r1 = 111, r2 = 222;
  SelectCase cases[2] = {{0, c1, &r1}, {0, c2, &r2}};
  G* g = makeG();
  onFreshThread([&] {
    bool ok = true, parked = false;
    CHECK(selectgo(g, cases, 2, &ok, &parked) == -1);
    CHECK(parked);
    CHECK(parkedFlag());
  });
  CHECK(g->status == GStatus::Waiting);
  CHECK(std::string(g->waitReason) == "select");
  CHECK(g->selectIndex == -1);
  int n = 0;
  for (Sudog* s = g->waiting; s; s = s->waitLink) {
    CHECK(s->isSelect);
    CHECK(s->g == g);
    n++;
  }
  CHECK(n == 2);
  CHECK(countSudogs(c1->recvq) == 1);
  CHECK(countSudogs(c2->recvq) == 1);

  REQUIRE(trySend(c2, 42));  // hands off to the select's c2 case
  CHECK(r2 == 42);
  CHECK(r1 == 111);
  CHECK(g->selectIndex == 1);
  CHECK(g->wakeOk);
  CHECK(g->woken);
  CHECK(g->status == GStatus::Runnable);

  // The c1 sudog is still queued, but it cannot wake g a second time: a sender
  // finds the case lost, drops the sudog and sees no receiver.
  g->woken = false;
  CHECK(countSudogs(c1->recvq) == 1);
  CHECK_FALSE(trySend(c1, 43));
  CHECK(r1 == 111);
  CHECK(g->selectIndex == 1);
  CHECK_FALSE(g->woken);
  CHECK(c1->recvq.first == nullptr);

  selectCleanup(g);  // as the woken select does
  CHECK(g->waiting == nullptr);
  CHECK(c1->recvq.first == nullptr);
  CHECK(c2->recvq.first == nullptr);
}

TEST_CASE("select: selectCleanup dequeues the cases that did not fire") {
  Hchan* c1 = makeIntChan(0);
  Hchan* c2 = makeIntChan(0);
  Hchan* c3 = makeIntChan(0);
  uint64_t r1 = 0, s2 = 5, r3 = 0;
  SelectCase cases[3] = {{0, c1, &r1}, {1, c2, &s2}, {0, c3, &r3}};
  G* g = makeG();
  bool ok, parked;
  REQUIRE(selectgo(g, cases, 3, &ok, &parked) == -1);
  REQUIRE(parked);
  CHECK(countSudogs(c2->sendq) == 1);
  RecvResult r = tryRecv(c2);  // takes the send case's value
  CHECK(r.received);
  CHECK(r.value == 5);
  CHECK(g->selectIndex == 1);
  CHECK(g->status == GStatus::Runnable);
  selectCleanup(g);
  CHECK(c1->recvq.first == nullptr);
  CHECK(c1->recvq.last == nullptr);
  CHECK(c3->recvq.first == nullptr);
  CHECK(c3->recvq.last == nullptr);
  CHECK(g->waiting == nullptr);
  // the channels work normally afterwards
  CHECK_FALSE(trySend(c1, 1));
  CHECK_FALSE(trySend(c3, 1));
}

TEST_CASE("select: a parked select is woken by close (wakeOk=false, element zeroed)") {
  Hchan* c1 = makeIntChan(0);
  Hchan* c2 = makeIntChan(0);
  uint64_t r1 = 9, s2 = 1;
  SelectCase cases[2] = {{0, c1, &r1}, {1, c2, &s2}};
  G* g = makeG();
  bool ok, parked;
  REQUIRE(selectgo(g, cases, 2, &ok, &parked) == -1);
  closechan(c1);
  CHECK(g->selectIndex == 0);
  CHECK_FALSE(g->wakeOk);
  CHECK(r1 == 0);
  CHECK(g->status == GStatus::Runnable);
  selectCleanup(g);
  CHECK(c2->sendq.first == nullptr);
  CHECK(c2->sendq.last == nullptr);
}

TEST_CASE("select: a parked send case woken by close reports that case with wakeOk=false") {
  // (the interpreter must then panic "send on closed channel", as Go's selectgo does)
  Hchan* c1 = makeIntChan(0);
  Hchan* c2 = makeIntChan(0);
  uint64_t r1 = 9, s2 = 1;
  SelectCase cases[2] = {{0, c1, &r1}, {1, c2, &s2}};
  G* g = makeG();
  bool ok, parked;
  REQUIRE(selectgo(g, cases, 2, &ok, &parked) == -1);
  closechan(c2);
  CHECK(g->selectIndex == 1);
  CHECK_FALSE(g->wakeOk);
  CHECK(g->status == GStatus::Runnable);
  selectCleanup(g);
  CHECK(c1->recvq.first == nullptr);
}

TEST_CASE("select: no cases parks for ever with Go's wait reason") {
  G* g = makeG();
  bool ok, parked = false;
  CHECK(selectgo(g, nullptr, 0, &ok, &parked) == -1);
  CHECK(parked);
  CHECK(g->status == GStatus::Waiting);
  CHECK(std::string(g->waitReason) == "select (no cases)");
}

// A select whose cases are all nil channels parks with Go's reason "select"
// ("select (no cases)" is only `select {}`).
TEST_CASE("select: only nil channels parks with wait reason \"select\"") {
  G* g = makeG();
  uint64_t r = 0;
  SelectCase cases[2] = {{0, nullptr, &r}, {1, nullptr, &r}};
  bool ok, parked = false;
  CHECK(selectgo(g, cases, 2, &ok, &parked) == -1);
  CHECK(parked);
  CHECK(std::string(g->waitReason) == "select");
}

// selectCleanup removes each sudog from the queue of its case's direction
// (it was corrupting recvq when a send case had a predecessor in sendq, which
// deadlocked this Go program:
//   c, d := make(chan int), make(chan int)
//   go func() { c <- 1 }()                         // parked sender on c
//   go func() { select { case c <- 2: case <-d: } }()  // queued behind it
//   d <- 0                                          // the select fires on d
//   <-c                                             // takes 1
//   go func() { c <- 3 }(); go func() { r <- <-c }(); <-r
TEST_CASE("select: cleanup of a send case queued behind another sender keeps the queues intact") {
  Hchan* c = makeIntChan(0);
  Hchan* d = makeIntChan(0);
  G* sender = makeG();
  uint64_t sv = 1;
  bool parked, ok, received;
  chansend(c, &sv, true, sender, &parked);  // a plain sender parked on c
  REQUIRE(parked);
  G* sel = makeG();
  uint64_t s2 = 2, rd = 0;
  SelectCase cases[2] = {{1, c, &s2}, {0, d, &rd}};
  REQUIRE(selectgo(sel, cases, 2, &ok, &parked) == -1);  // its c case queues behind `sender`
  REQUIRE(countSudogs(c->sendq) == 2);
  REQUIRE(trySend(d, 0));  // the select fires on d
  REQUIRE(sel->selectIndex == 1);
  selectCleanup(sel);
  CHECK(c->recvq.first == nullptr);
  CHECK(c->recvq.last == nullptr);  // fails: points at `sender`'s sudog
  CHECK(countSudogs(c->sendq) == 1);
  CHECK(c->sendq.first == c->sendq.last);  // fails: last is the select's stale sudog
  CHECK(tryRecv(c).value == 1);
  // a receiver parks on c; a sender must find it
  G* recvG = makeG();
  uint64_t slot = 0;
  chanrecv(c, &slot, true, recvG, &received, &parked);
  REQUIRE(parked);
  CHECK(trySend(c, 3));  // fails: the receiver is unreachable
  CHECK(slot == 3);
}

// ---- threads

TEST_CASE("threads: non-blocking senders and receivers on one buffered channel, every value once") {
  Hchan* c = makeIntChan(16);
  const int producers = 4, consumers = 4;
  const uint64_t perProducer = 20000;
  const uint64_t total = producers * perProducer;
  std::vector<std::atomic<int>> seen(total + 1);
  std::atomic<uint64_t> receivedCount{0}, receivedSum{0};
  std::atomic<bool> orderOk{true};
  std::vector<std::thread> ts;
  for (int p = 0; p < producers; p++)
    ts.emplace_back([&, p] {
      GcThread reg;
      for (uint64_t i = 1; i <= perProducer; i++) {
        uint64_t v = uint64_t(p) * perProducer + i;  // 1..total
        while (!trySend(c, v)) std::this_thread::yield();
      }
    });
  for (int q = 0; q < consumers; q++)
    ts.emplace_back([&] {
      GcThread reg;
      uint64_t last[producers] = {};
      while (receivedCount.load() < total) {
        uint64_t v = 0;
        bool received = false, parked = false;
        if (!chanrecv(c, &v, false, nullptr, &received, &parked)) {
          std::this_thread::yield();
          continue;
        }
        if (!received || v == 0 || v > total) {
          orderOk = false;
          receivedCount++;
          continue;
        }
        seen[v]++;
        // one producer's values reach any one consumer in the order sent
        uint64_t p = (v - 1) / perProducer;
        if (v <= last[p]) orderOk = false;
        last[p] = v;
        receivedSum += v;
        receivedCount++;
      }
    });
  for (auto& t : ts) t.join();
  CHECK(receivedCount.load() == total);
  CHECK(receivedSum.load() == total * (total + 1) / 2);
  CHECK(orderOk.load());
  int wrong = 0;
  for (uint64_t v = 1; v <= total; v++)
    if (seen[v].load() != 1) wrong++;
  CHECK(wrong == 0);
  CHECK(chanlen(c) == 0);
}

TEST_CASE("threads: two senders race to wake one parked select, exactly one wins") {
  G* g = makeG();
  int wins[2] = {0, 0};
  const int rounds = 500;
  for (int it = 0; it < rounds; it++) {
    Hchan* c[2] = {makeIntChan(0), makeIntChan(0)};
    uint64_t r[2] = {0, 0};
    SelectCase cases[2] = {{0, c[0], &r[0]}, {0, c[1], &r[1]}};
    g->status = GStatus::Running;
    g->woken = false;
    bool ok, parked;
    REQUIRE(selectgo(g, cases, 2, &ok, &parked) == -1);
    std::atomic<int> start{0};
    bool sent[2] = {false, false};
    std::thread t0([&] {
      GcThread reg;
      start++;
      while (start.load() < 2) std::this_thread::yield();
      sent[0] = trySend(c[0], 1000 + uint64_t(it));
    });
    std::thread t1([&] {
      GcThread reg;
      start++;
      while (start.load() < 2) std::this_thread::yield();
      sent[1] = trySend(c[1], 2000 + uint64_t(it));
    });
    t0.join();
    t1.join();
    REQUIRE(sent[0] != sent[1]);  // exactly one hand-off
    int w = sent[0] ? 0 : 1;
    wins[w]++;
    CHECK(g->selectIndex == w);
    CHECK(r[w] == uint64_t(1000 * (w + 1) + it));
    CHECK(r[1 - w] == 0);
    CHECK(g->woken);
    selectCleanup(g);
    CHECK(c[0]->recvq.first == nullptr);
    CHECK(c[1]->recvq.first == nullptr);
  }
  CHECK(wins[0] + wins[1] == rounds);
}
