// runtime/finalizer.cpp — runtime.SetFinalizer on Boehm's finalization
// (runtime/finalizer.h has the design).
//
// Invariants (finLock guards all three lists' links and gFingWaiting):
//   - every attached finalizer has one FinRec on the gRecs list; the FinRec
//     is the client data Boehm hands back to onFinalize, and it never points
//     at its object (the object would stay reachable);
//   - a queued call is a Pending on the gPending list from onFinalize until
//     nextFinalizer takes it: its object and FinRec stay reachable through
//     it (gRecs and gPending are static data, which Boehm scans);
//   - gFingWaiting is the finalizer goroutine while it is parked in
//     "finalizer wait", else null.
#include "runtime/finalizer.h"

#include <gc/gc.h>

#include <atomic>
#include <mutex>

#include "runtime/sched.h"
#include "vm/native.h"  // fatalError

namespace goro {

namespace {

struct FinRec {  // GC_MALLOC (scanned): keeps fn alive while attached
  FinRec* prev;
  FinRec* next;
  Closure* fn;
  const Type* objType;
  const Type* paramType;
};

struct Pending {  // GC_MALLOC (scanned): keeps the object alive until its call
  Pending* next;
  FinRec* rec;
  void* obj;
};

std::mutex finLock;
FinRec* gRecs = nullptr;
Pending* gPendHead = nullptr;
Pending* gPendTail = nullptr;
G* gFingWaiting = nullptr;
std::atomic<bool> gFingParked{false};  // gFingWaiting != null (read without finLock)
std::once_flag gInitOnce;
std::atomic<bool> gInUse{false};

void unlinkLocked(FinRec* r) {
  if (r->prev) r->prev->next = r->next;
  else if (gRecs == r) gRecs = r->next;
  if (r->next) r->next->prev = r->prev;
  r->prev = r->next = nullptr;
}

// Boehm, from GC_invoke_finalizers (nextFinalizer's thread, no GC lock held):
// obj was found unreachable; queue its call.
void onFinalize(void* obj, void* cd) {
  auto* rec = static_cast<FinRec*>(cd);
  auto* p = static_cast<Pending*>(GC_MALLOC(sizeof(Pending)));
  if (!p) return;  // (out of memory: the call is dropped, as a finalizer Go never runs)
  p->rec = rec;
  p->obj = obj;
  std::lock_guard<std::mutex> l(finLock);
  unlinkLocked(rec);
  if (gPendTail) gPendTail->next = p;
  else gPendHead = p;
  gPendTail = p;
}

void initFinalization() {
  GC_set_finalize_on_demand(1);  // Boehm only queues; the finalizer goroutine runs them
  gInUse.store(true, std::memory_order_release);
}

bool workQueued() { return gPendHead != nullptr || GC_should_invoke_finalizers(); }

}  // namespace

bool setFinalizer(void* obj, Closure* fn, const Type* objType, const Type* paramType) {
  std::call_once(gInitOnce, initFinalization);
  GC_finalization_proc ofn = nullptr;
  void* ocd = nullptr;
  if (!fn) {
    std::lock_guard<std::mutex> l(finLock);
    GC_register_finalizer(obj, nullptr, nullptr, &ofn, &ocd);
    if (ocd) unlinkLocked(static_cast<FinRec*>(ocd));
    return true;
  }
  auto* rec = static_cast<FinRec*>(GC_MALLOC(sizeof(FinRec)));
  if (!rec) fatalError("runtime: out of memory");
  rec->fn = fn;
  rec->objType = objType;
  rec->paramType = paramType;
  std::lock_guard<std::mutex> l(finLock);
  GC_register_finalizer(obj, onFinalize, rec, &ofn, &ocd);
  if (ocd) {  // it had one: put it back
    GC_register_finalizer(obj, ofn, ocd, nullptr, nullptr);
    return false;
  }
  rec->next = gRecs;
  if (gRecs) gRecs->prev = rec;
  gRecs = rec;
  return true;
}

bool finalizersInUse() { return gInUse.load(std::memory_order_relaxed); }

bool nextFinalizer(FinalizerCall* out) {
  if (GC_should_invoke_finalizers()) GC_invoke_finalizers();  // -> onFinalize for each
  std::lock_guard<std::mutex> l(finLock);
  Pending* p = gPendHead;
  if (!p) return false;
  gPendHead = p->next;
  if (!gPendHead) gPendTail = nullptr;
  *out = FinalizerCall{p->rec->fn, p->rec->objType, p->rec->paramType, p->obj};
  return true;
}

bool parkFinalizerG(G* g) {
  std::lock_guard<std::mutex> l(finLock);
  if (workQueued()) return false;
  gFingWaiting = g;
  gFingParked.store(true, std::memory_order_release);
  gopark(g, "finalizer wait");
  return true;
}

void wakeFinalizerG() {
  if (!gFingParked.load(std::memory_order_acquire) || !GC_should_invoke_finalizers()) return;
  G* g = nullptr;
  {
    std::lock_guard<std::mutex> l(finLock);
    if (gFingWaiting && workQueued()) {
      g = gFingWaiting;
      gFingWaiting = nullptr;
      gFingParked.store(false, std::memory_order_release);
    }
  }
  if (g) goready(g);
}

}  // namespace goro
