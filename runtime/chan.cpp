// runtime/chan.cpp — hchan operations and select, after Go's chan.go/select.go.
// See runtime/chan.h for the invariants and lock order.
#include "runtime/chan.h"

#include <gc/gc.h>

#include <algorithm>
#include <cstring>

#include "runtime/panic.h"
#include "runtime/sched.h"

namespace goro {

static void enqueue(WaitQ& q, Sudog* s) {
  s->next = nullptr;
  s->prev = q.last;
  if (q.last) q.last->next = s;
  else q.first = s;
  q.last = s;
}

static void unlink(WaitQ& q, Sudog* s) {
  if (s->prev) s->prev->next = s->next;
  else if (q.first == s) q.first = s->next;
  else return;  // not queued
  if (s->next) s->next->prev = s->prev;
  else q.last = s->prev;
  s->next = s->prev = nullptr;
}

// Dequeue the first waiter that can still be woken (a select's sudog whose G
// was already won by another case is skipped and dropped).
static Sudog* dequeue(WaitQ& q) {
  while (Sudog* s = q.first) {
    unlink(q, s);
    if (s->isSelect) {
      // Go's selectDone: only the first case to fire may wake the G
      int none = -1;
      if (!__atomic_compare_exchange_n(&s->g->selectIndex, &none, s->caseIndex, false, __ATOMIC_ACQ_REL,
                                       __ATOMIC_ACQUIRE))
        continue;  // lost the race to another case
    }
    return s;
  }
  return nullptr;
}

static inline uint8_t* slot(Hchan* c, uint64_t i) { return c->buf + i * uint64_t(c->elemBytes); }

static inline void copyElem(Hchan* c, void* dst, const void* src) {
  if (c->elemBytes) std::memmove(dst, src, size_t(c->elemBytes));
}

Hchan* makechan(const Type* elem, int64_t size) {
  // Go's limits: the buffer's size past maxAlloc (2^48 bytes, less the
  // header) panics; elements of size zero need no buffer, so any count does.
  // Past goro's heap (2^40 bytes) it is Go's fatal out of memory.
  const int64_t es = elem->size;
  if (size < 0 || (es && size > ((int64_t(1) << 48) - 96) / es)) panicPlainError("makechan: size out of range");
  if (es && size > (int64_t(1) << 40) / es) fatalError("runtime: out of memory");
  auto* c = static_cast<Hchan*>(gcAlloc(sizeof(Hchan)));
  new (c) Hchan();
  c->elemtype = elem;
  c->elemBytes = int64_t(regSlots(elem)) * 8;
  c->dataqsiz = uint64_t(size);
  if (size > 0 && c->elemBytes > 0) c->buf = static_cast<uint8_t*>(gcAlloc(size_t(size * c->elemBytes)));
  return c;
}

static Sudog* newSudog(G* g, Hchan* c, void* elem) {
  auto* s = static_cast<Sudog*>(gcAlloc(sizeof(Sudog)));
  new (s) Sudog();
  s->g = g;
  s->c = c;
  s->elem = elem;
  return s;
}

bool chansend(Hchan* c, const void* ep, bool block, G* g, bool* parked) {
  *parked = false;
  if (!c) {
    if (!block) return false;
    gopark(g, "chan send (nil chan)");
    *parked = true;
    return false;
  }
  std::unique_lock<std::mutex> l(c->lock);
  if (c->closed) {
    l.unlock();
    panicPlainError("send on closed channel");
  }
  if (Sudog* sg = dequeue(c->recvq)) {
    // straight into the waiting receiver's slot
    if (sg->elem) copyElem(c, sg->elem, ep);
    sg->success = true;
    l.unlock();
    sg->g->wakeOk = true;
    goready(sg->g);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    copyElem(c, slot(c, c->sendx), ep);
    if (++c->sendx == c->dataqsiz) c->sendx = 0;
    c->qcount++;
    return true;
  }
  if (!block) return false;
  // (a parked G's stack never moves: shrink it now)
  Sudog* s = newSudog(g, c, shrinkStackOnPark(g).rel(const_cast<void*>(ep)));
  enqueue(c->sendq, s);
  gopark(g, "chan send");
  *parked = true;
  return false;
}

bool chanrecv(Hchan* c, void* ep, bool block, G* g, bool* received, bool* parked) {
  *parked = false;
  *received = false;
  if (!c) {
    if (!block) return false;
    gopark(g, "chan receive (nil chan)");
    *parked = true;
    return false;
  }
  std::unique_lock<std::mutex> l(c->lock);
  if (c->closed && c->qcount == 0) {
    if (ep && c->elemBytes) std::memset(ep, 0, size_t(c->elemBytes));
    return true;
  }
  if (Sudog* sg = dequeue(c->sendq)) {
    if (c->dataqsiz == 0) {
      if (ep) copyElem(c, ep, sg->elem);
    } else {
      // queue is full: take the head, put the sender's value at the tail
      if (ep) copyElem(c, ep, slot(c, c->recvx));
      copyElem(c, slot(c, c->recvx), sg->elem);
      if (++c->recvx == c->dataqsiz) c->recvx = 0;
      c->sendx = c->recvx;
    }
    sg->success = true;
    l.unlock();
    sg->g->wakeOk = true;
    goready(sg->g);
    *received = true;
    return true;
  }
  if (c->qcount > 0) {
    uint8_t* q = slot(c, c->recvx);
    if (ep) copyElem(c, ep, q);
    if (c->elemBytes) std::memset(q, 0, size_t(c->elemBytes));
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->qcount--;
    *received = true;
    return true;
  }
  if (!block) return false;
  Sudog* s = newSudog(g, c, shrinkStackOnPark(g).rel(ep));
  enqueue(c->recvq, s);
  gopark(g, "chan receive");
  *parked = true;
  return false;
}

void closechan(Hchan* c) {
  if (!c) panicPlainError("close of nil channel");
  std::unique_lock<std::mutex> l(c->lock);
  if (c->closed) {
    l.unlock();
    panicPlainError("close of closed channel");
  }
  c->closed = true;
  G* wake[64];
  std::vector<G*> more;
  int n = 0;
  auto add = [&](G* g) {
    if (n < 64) wake[n++] = g;
    else more.push_back(g);
  };
  while (Sudog* sg = dequeue(c->recvq)) {
    if (sg->elem && c->elemBytes) std::memset(sg->elem, 0, size_t(c->elemBytes));
    sg->success = false;
    sg->g->wakeOk = false;
    add(sg->g);
  }
  while (Sudog* sg = dequeue(c->sendq)) {
    sg->success = false;
    sg->g->wakeOk = false;
    add(sg->g);
  }
  l.unlock();
  for (int i = 0; i < n; i++) goready(wake[i]);
  for (G* g : more) goready(g);
}

int64_t chanlen(Hchan* c) {
  if (!c) return 0;
  std::lock_guard<std::mutex> l(c->lock);
  return int64_t(c->qcount);
}

int64_t chancap(Hchan* c) { return c ? int64_t(c->dataqsiz) : 0; }

// ---- select

int selectgo(G* g, SelectCase* cases, int n, bool* recvOK, bool* parked) {
  *parked = false;
  *recvOK = false;
  // poll order: a random permutation (fairness); lock order: by address
  int order[256];
  std::vector<int> big;
  int* poll = order;
  if (n > 256) {
    big.resize(size_t(n));
    poll = big.data();
  }
  int np = 0, dflt = -1;
  for (int i = 0; i < n; i++) {
    if (cases[i].kind == 2) {
      dflt = i;
      continue;
    }
    if (!cases[i].c) continue;  // nil channel: never ready
    int j = int(fastrand() % uint32_t(np + 1));
    poll[np] = poll[j];
    poll[j] = i;
    np++;
  }
  std::vector<Hchan*> locks;
  locks.reserve(size_t(np));
  for (int k = 0; k < np; k++) locks.push_back(cases[poll[k]].c);
  std::sort(locks.begin(), locks.end());
  locks.erase(std::unique(locks.begin(), locks.end()), locks.end());
  auto lockAll = [&] { for (Hchan* c : locks) c->lock.lock(); };
  auto unlockAll = [&] { for (auto it = locks.rbegin(); it != locks.rend(); ++it) (*it)->lock.unlock(); };

  lockAll();
  // pass 1: a case that can proceed now
  for (int k = 0; k < np; k++) {
    int i = poll[k];
    SelectCase& sc = cases[i];
    Hchan* c = sc.c;
    if (sc.kind == 0) {
      if (Sudog* sg = dequeue(c->sendq)) {
        if (c->dataqsiz == 0) {
          copyElem(c, sc.elem, sg->elem);
        } else {
          copyElem(c, sc.elem, slot(c, c->recvx));
          copyElem(c, slot(c, c->recvx), sg->elem);
          if (++c->recvx == c->dataqsiz) c->recvx = 0;
          c->sendx = c->recvx;
        }
        sg->success = true;
        sg->g->wakeOk = true;
        unlockAll();
        goready(sg->g);
        *recvOK = true;
        return i;
      }
      if (c->qcount > 0) {
        uint8_t* q = slot(c, c->recvx);
        copyElem(c, sc.elem, q);
        if (c->elemBytes) std::memset(q, 0, size_t(c->elemBytes));
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->qcount--;
        unlockAll();
        *recvOK = true;
        return i;
      }
      if (c->closed) {
        if (c->elemBytes) std::memset(sc.elem, 0, size_t(c->elemBytes));
        unlockAll();
        return i;
      }
    } else {
      if (c->closed) {
        unlockAll();
        panicPlainError("send on closed channel");
      }
      if (Sudog* sg = dequeue(c->recvq)) {
        if (sg->elem) copyElem(c, sg->elem, sc.elem);
        sg->success = true;
        sg->g->wakeOk = true;
        unlockAll();
        goready(sg->g);
        return i;
      }
      if (c->qcount < c->dataqsiz) {
        copyElem(c, slot(c, c->sendx), sc.elem);
        if (++c->sendx == c->dataqsiz) c->sendx = 0;
        c->qcount++;
        unlockAll();
        return i;
      }
    }
  }
  if (dflt >= 0) {
    unlockAll();
    return dflt;
  }
  // pass 2: enqueue on every channel and park
  StackMove mv = shrinkStackOnPark(g);
  for (int i = 0; i < n; i++) cases[i].elem = mv.rel(cases[i].elem);
  __atomic_store_n(&g->selectIndex, -1, __ATOMIC_RELEASE);
  g->waiting = nullptr;
  for (int k = 0; k < np; k++) {
    int i = poll[k];
    Sudog* s = newSudog(g, cases[i].c, cases[i].elem);
    s->isSelect = true;
    s->isSend = cases[i].kind == 1;
    s->caseIndex = i;
    s->waitLink = g->waiting;
    g->waiting = s;
    enqueue(cases[i].kind == 0 ? cases[i].c->recvq : cases[i].c->sendq, s);
  }
  // parked (status, reason) before any channel lock is dropped: a waker
  // may take a sudog the moment its channel is unlocked
  // (only nil channels: "select", as Go; one case: Go compiled it to a plain
  // channel operation, whose reason it shows)
  const char* reason = n == 0 ? "select (no cases)" : "select";
  if (n == 1 && cases[0].kind != 2)
    reason = cases[0].kind == 0 ? (cases[0].c ? "chan receive" : "chan receive (nil chan)")
                                : (cases[0].c ? "chan send" : "chan send (nil chan)");
  gopark(g, reason);
  unlockAll();
  *parked = true;
  return -1;
}

void selectCleanup(G* g) {
  // pass 3: dequeue from the channels that did not fire
  for (Sudog* s = g->waiting; s; s = s->waitLink) {
    std::lock_guard<std::mutex> l(s->c->lock);
    unlink(s->isSend ? s->c->sendq : s->c->recvq, s);  // (unlink trusts q when s->prev is set)
  }
  g->waiting = nullptr;
}

}  // namespace goro
