// Copyright 2012 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// goro: mutex.go, rwmutex.go, waitgroup.go, once.go and cond.go are Go 1.19's
// files edited line for line (race annotations and unsafe removed), so that
// line numbers in tracebacks are Go's. This file has the runtime hooks.

package sync

import "sync/atomic"

// Semaphores of the scheduler (natives: stdlib/rt_natives.cpp,
// runtime_SemacquireMutex in stdlib/atomic_natives.cpp).

// runtime_Semacquire waits until *s > 0 and then atomically decrements it.
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is like runtime_Semacquire, for a Mutex (goro
// ignores lifo: waiters are served in FIFO order).
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease atomically increments *s and notifies a waiting
// goroutine if one is blocked in Semacquire (handing it the count).
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// runtime_nanotime is the runtime's monotonic clock (stdlib/atomic_natives.cpp).
func runtime_nanotime() int64

// Active spinning: goro's Mutex never spins (a waiter queues at once).
func runtime_canSpin(i int) bool { return false }
func runtime_doSpin()            {}

// notifyList is Go's runtime notifyList (runtime/sema.go) written in Go
// with a semaphore per waiter: a ticket-based list of waiters. A waiter
// takes a ticket (Add) before unlocking c.L, so a Signal that happens
// between the unlock and the wait is not lost.
type notifyList struct {
	// wait is the ticket number of the next waiter. It is atomically
	// incremented outside the lock.
	wait uint32
	// notify is the ticket number of the next waiter to be notified.
	notify uint32

	lock       Mutex
	head, tail *notifyWaiter
}

type notifyWaiter struct {
	sema   uint32
	ticket uint32
	next   *notifyWaiter
}

// less checks if a < b, considering a & b running counts that may overflow
// the 32-bit range, and that their "unwrapped" difference is always less
// than 2^31.
func less(a, b uint32) bool {
	return int32(a-b) < 0
}

// runtime_notifyListAdd adds the caller to a notify list such that it can
// receive notifications. It returns the ticket to wait with.
func runtime_notifyListAdd(l *notifyList) uint32 {
	return atomic.AddUint32(&l.wait, 1) - 1
}

// runtime_notifyListWait waits for a notification. If one has been sent
// since runtime_notifyListAdd was called, it returns immediately.
func runtime_notifyListWait(l *notifyList, t uint32) {
	l.lock.Lock()
	// Return right away if this ticket has already been notified.
	if less(t, atomic.LoadUint32(&l.notify)) {
		l.lock.Unlock()
		return
	}
	s := &notifyWaiter{ticket: t}
	if l.tail == nil {
		l.head = s
	} else {
		l.tail.next = s
	}
	l.tail = s
	l.lock.Unlock()
	runtime_SemacquireCond(&s.sema)
}

// runtime_SemacquireCond is runtime_Semacquire for a Cond's waiter: its
// goroutine waits with Go's reason "sync.Cond.Wait" (stdlib/rt_natives.cpp).
func runtime_SemacquireCond(s *uint32)

// runtime_notifyListNotifyAll notifies all entries in the list.
func runtime_notifyListNotifyAll(l *notifyList) {
	// Fast-path: if there are no new waiters since the last notification we
	// don't need to acquire the lock.
	if atomic.LoadUint32(&l.wait) == atomic.LoadUint32(&l.notify) {
		return
	}
	l.lock.Lock()
	s := l.head
	l.head = nil
	l.tail = nil
	atomic.StoreUint32(&l.notify, atomic.LoadUint32(&l.wait))
	l.lock.Unlock()
	for s != nil {
		next := s.next
		s.next = nil
		runtime_Semrelease(&s.sema, false, 0)
		s = next
	}
}

// runtime_notifyListNotifyOne notifies one entry in the list.
func runtime_notifyListNotifyOne(l *notifyList) {
	if atomic.LoadUint32(&l.wait) == atomic.LoadUint32(&l.notify) {
		return
	}
	l.lock.Lock()
	t := l.notify
	if t == atomic.LoadUint32(&l.wait) {
		l.lock.Unlock()
		return
	}
	// Update the next notify ticket number.
	atomic.StoreUint32(&l.notify, t+1)
	// Find the waiter with ticket t. If it is not in the list yet, it will
	// see that its ticket was notified when it gets to wait.
	var p *notifyWaiter
	for s := l.head; s != nil; p, s = s, s.next {
		if s.ticket == t {
			n := s.next
			if p != nil {
				p.next = n
			} else {
				l.head = n
			}
			if n == nil {
				l.tail = p
			}
			l.lock.Unlock()
			s.next = nil
			runtime_Semrelease(&s.sema, false, 0)
			return
		}
	}
	l.lock.Unlock()
}
