// Package sync provides basic synchronization primitives: Mutex, RWMutex,
// WaitGroup, Once, Cond, Pool and Map, as in Go 1.19. Like Go's, they are
// built on atomics (sync/atomic) and the runtime's semaphores.
package sync

// Natives of the scheduler (stdlib/rt_natives.cpp).

// runtime_Semacquire waits until *s > 0 and then atomically decrements it.
func runtime_Semacquire(s *uint32)

// runtime_Semrelease atomically increments *s and wakes one goroutine blocked
// in runtime_Semacquire on s, if any (handing it the count).
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// throw prints "fatal error: " + s with the goroutine dump and exits with
// status 2 (not recoverable), as Go's sync.throw / sync.fatal.
func throw(s string)

// runtime_nanotime is the runtime's monotonic clock (stdlib/atomic_natives.cpp).
func runtime_nanotime() int64

// noCopy may be embedded into structs which must not be copied after first
// use (go vet's -copylocks checker looks for Lock/Unlock).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
