// Package runtime: the parts of Go's runtime package goro programs can use.
// The runtime itself is C++ (runtime/); these are its Go-visible entry points.
package runtime

// Error identifies a run-time error (Go's runtime.Error).
type Error interface {
	error
	// RuntimeError is a no-op that distinguishes runtime errors from ordinary errors.
	RuntimeError()
}

// The dynamic types of the panic values the runtime raises, as Go 1.19's
// (what %T prints and type assertions see): errorString for "runtime error:
// integer divide by zero", nil dereferences and the like, boundsError for
// index, slice and slice-to-array-pointer bounds, plainError (no "runtime
// error: " prefix) for nil-map assignments and channel misuse, and
// *TypeAssertionError for failed interface conversions. goro keeps only their
// message (Go's boundsError and TypeAssertionError hold its parts).
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

type boundsError string

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + string(e) }

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

// Natives (stdlib/rt_natives.cpp).
func GC()
func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int

// GOROOT returns the root of the Go tree: $GOROOT if it was set at process
// start, else the root of the Go toolchain goro was built with ("" if none).
func GOROOT() string
func Gosched()

// Goexit terminates the goroutine that calls it, after running all its
// deferred calls (recover returns nil in them: it is not a panic). No other
// goroutine is affected. When main's goroutine calls it, the program goes on
// until the other goroutines are done, then dies: "fatal error: no
// goroutines (main called runtime.Goexit) - deadlock!".
func Goexit()

// LockOSThread wires the calling goroutine to its current OS thread until
// as many UnlockOSThread calls (Go's nesting rule); Go uses it for thread
// state that cgo or syscalls set up. goro programs have no such state (no
// cgo, no thread-scoped syscalls): which thread runs a goroutine cannot be
// observed, so goro's wiring has nothing to do and the goroutine is scheduled
// as any other.
func LockOSThread() {}

// UnlockOSThread undoes one LockOSThread call (a call without one is a no-op,
// as in Go).
func UnlockOSThread() {}

// KeepAlive marks its argument as reachable up to this point (goro's
// collector never frees what a live frame still holds, nor runs its
// finalizer: nothing to do).
func KeepAlive(x any) {}

// SetFinalizer sets the finalizer associated with obj to the provided
// finalizer function. When the collector finds an unreachable block with an
// associated finalizer, it clears the association and runs finalizer(obj) in
// a separate goroutine: one goroutine runs all finalizers of a program, one
// after another. obj becomes reachable again and is freed by a later
// collection unless the finalizer keeps it. If a block with a finalizer is
// reachable from another one with a finalizer, the other is finalized first;
// a cycle of such blocks is never finalized. SetFinalizer(obj, nil) clears
// the finalizer. obj must be a pointer to an object allocated by new, a
// composite literal or make (package-level variables are accepted and never
// finalized); finalizer must be a func of one parameter to which obj's type
// is assignable (its results are ignored). A finalizer may not run before the
// program exits. Misuse is Go's fatal error ("runtime.SetFinalizer: ...").
// goro: on the Boehm collector (runtime/finalizer.h), which scans goroutine
// stacks and registers conservatively, so a stale word that looks like a
// pointer can keep an object (and its finalizer) waiting longer than in Go.
func SetFinalizer(obj any, finalizer any) {
	setFinalizer(obj, finalizer, runFinalizers)
}

// Natives (stdlib/rt_natives.cpp): setFinalizer checks and registers, and
// the first time starts fing (runFinalizers) as a runtime goroutine (not
// counted by NumGoroutine); runFinalizer runs the next
// queued finalizer as a call from its caller (its argument in the result
// slots) or parks until there is one.
func setFinalizer(obj any, finalizer any, fing func())
func runFinalizer() (arg0, arg1 uintptr)

// runFinalizers is the finalizer goroutine (Go's fing).
func runFinalizers() {
	for {
		runFinalizer()
	}
}

// Breakpoint executes a breakpoint trap: without a debugger the program
// dies of SIGTRAP (stderr: "SIGTRAP: trace trap" and the traceback; exit 2).
func Breakpoint()

// Caller reports the function invocation skip frames up from its caller
// (0: the caller itself): an identifying pc, the file (absolute, as Go's for
// programs it builds) and line of the call, and whether there was such a frame.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// MemProfileRate is accepted for compatibility; goro has no memory profiler.
var MemProfileRate int = 512 * 1024

// A MemStats records statistics about the memory allocator: the fields of
// Go's that goro's heap (the Boehm collector) and its goroutine stacks can
// fill. Alloc/HeapAlloc: bytes of allocated heap objects (live, or not yet
// collected); TotalAlloc: bytes allocated over the program's life; Sys and
// HeapSys: heap bytes obtained from the OS; HeapIdle: heap bytes free;
// HeapReleased: bytes returned to the OS; StackInuse/StackSys: bytes of
// goroutine stacks (part of the heap in goro); NumGC: completed collections.
type MemStats struct {
	Alloc        uint64
	TotalAlloc   uint64
	Sys          uint64
	Mallocs      uint64
	Frees        uint64
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	StackInuse   uint64
	StackSys     uint64
	NumGC        uint32
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	heap, free, unmapped, total, stack, numGC := readMemStats()
	*m = MemStats{}
	m.Alloc = heap - free
	m.TotalAlloc = total
	m.Sys = heap + unmapped
	m.HeapAlloc = m.Alloc
	m.HeapSys = heap
	m.HeapIdle = free
	m.HeapInuse = heap - free
	m.HeapReleased = unmapped
	m.StackInuse = stack
	m.StackSys = stack
	m.NumGC = numGC
}

// readMemStats is the runtime's (stdlib/rt_natives.cpp).
func readMemStats() (heap, free, unmapped, total, stack uint64, numGC uint32)
