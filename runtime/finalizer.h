// runtime/finalizer.h — runtime.SetFinalizer on Boehm's finalization.
//
// Go's model (runtime/mfinal.go): a finalizer is attached to a heap object;
// when the collector finds the object unreachable it queues (finalizer,
// object) instead of freeing it, and a single goroutine (Go's "fing") runs
// the queued finalizers one after another; the object is freed by a later
// collection if the finalizer did not make it reachable again. Objects
// reachable from another finalizable object wait until that one is finalized
// (ordered finalization), which is what Boehm's GC_register_finalizer does.
//
// Here: Boehm runs with finalize-on-demand, so it never calls finalizers by
// itself; it queues them and tells us (the notifier sets a flag). The
// finalizer goroutine (stdlib/go/runtime: runFinalizers, a loop over the
// native runFinalizer) takes them out with nextFinalizer and runs each as a
// plain Go call; with none queued it parks in "finalizer wait", and is woken
// by runtime.GC or, after collections the allocator started, by sysmon
// (within its polling period, at most 10 ms).
//
// Lock order: finLock < sched.lock (goready is called after finLock is
// released). Boehm calls onFinalize from GC_invoke_finalizers, which
// nextFinalizer calls without finLock held.
#pragma once

#include "runtime/type.h"

namespace goro {

struct Closure;
struct G;

struct FinalizerCall {
  Closure* fn;            // the finalizer (a func value)
  const Type* objType;    // the pointer type the object was registered with
  const Type* paramType;  // the finalizer's parameter type (objType, a pointer type, or an interface)
  void* obj;              // the object, reachable again through this call
};

// Attach fn to obj (the start of a GC heap block), or with fn null remove its
// finalizer. Returns false when obj already has a finalizer and fn is not null
// (Go's "finalizer already set"; nothing is changed).
bool setFinalizer(void* obj, Closure* fn, const Type* objType, const Type* paramType);

// The next queued finalizer call, if any (asks Boehm for the objects it found
// unreachable first).
bool nextFinalizer(FinalizerCall* out);

// Park g (the finalizer goroutine, running a native) in "finalizer wait"
// unless a finalizer is queued meanwhile: returns false then (g not parked).
bool parkFinalizerG(G* g);

// Whether the program has set a finalizer: a goroutine that exits then
// clears its stack (runtime/sched.cpp gfput), whose stale words would keep
// objects from being finalized (Boehm scans whole stacks conservatively).
bool finalizersInUse();

// Ready the parked finalizer goroutine if there is work for it. Any thread
// that may ready a G (a running G's M, sysmon); cheap when there is none.
void wakeFinalizerG();

}  // namespace goro
