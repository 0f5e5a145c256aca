// Package runtime: the parts of Go's runtime package goro programs can use.
// The runtime itself is C++ (runtime/); these are its Go-visible entry points.
package runtime

// Error identifies a run-time error (Go's runtime.Error).
type Error interface {
	error
	// RuntimeError is a no-op that distinguishes runtime errors from ordinary errors.
	RuntimeError()
}

// rtError is the dynamic type of every panic value the runtime raises
// ("runtime error: index out of range [5] with length 3", ...).
type rtError string

func (e rtError) Error() string { return string(e) }

func (e rtError) RuntimeError() {}

// Natives (stdlib/rt_natives.cpp).
func GC()
func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int
func Gosched()

// Goexit terminates the goroutine that calls it, after running all its
// deferred calls (recover returns nil in them: it is not a panic). No other
// goroutine is affected. When main's goroutine calls it, the program goes on
// until the other goroutines are done, then dies: "fatal error: no
// goroutines (main called runtime.Goexit) - deadlock!".
func Goexit()

// KeepAlive marks its argument as reachable up to this point (goro's
// collector never frees what a live frame still holds: nothing to do).
func KeepAlive(x any) {}

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
