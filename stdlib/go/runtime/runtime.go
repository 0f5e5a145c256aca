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
