package sync

import "sync/atomic"

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event. Each Cond has an
// associated Locker L, which must be held when changing the condition and
// when calling the Wait method.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition.
	L Locker

	notify notifyList
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine. After later resuming execution, Wait locks c.L before
// returning. Wait cannot return unless awoken by Broadcast or Signal.
func (c *Cond) Wait() {
	t := c.notify.listAdd()
	c.L.Unlock()
	c.notify.listWait(t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.notify.notifyOne()
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.notify.notifyAll()
}

// notifyList is Go's runtime notifyList (runtime/sema.go) written with a
// semaphore per waiter: a ticket-based list of waiters. A waiter takes a
// ticket (add) before unlocking c.L, so a Signal that happens between the
// unlock and the wait is not lost.
type notifyList struct {
	// wait is the ticket number of the next waiter (atomically incremented
	// outside the lock).
	wait uint32
	// notify is the ticket number of the next waiter to be notified.
	notify uint32

	lock       Mutex
	head, tail *condWaiter
}

type condWaiter struct {
	sema   uint32
	ticket uint32
	next   *condWaiter
}

// less checks if a < b, considering a & b running counts that may overflow
// the 32-bit range, and that their "unwrapped" difference is always less
// than 2^31.
func less(a, b uint32) bool {
	return int32(a-b) < 0
}

func (l *notifyList) listAdd() uint32 {
	return atomic.AddUint32(&l.wait, 1) - 1
}

func (l *notifyList) listWait(t uint32) {
	l.lock.Lock()
	// Return right away if this ticket has already been notified.
	if less(t, atomic.LoadUint32(&l.notify)) {
		l.lock.Unlock()
		return
	}
	s := &condWaiter{ticket: t}
	if l.tail == nil {
		l.head = s
	} else {
		l.tail.next = s
	}
	l.tail = s
	l.lock.Unlock()
	runtime_Semacquire(&s.sema)
}

func (l *notifyList) notifyAll() {
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

func (l *notifyList) notifyOne() {
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
	var p *condWaiter
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
