// runtime.Callers, runtime.CallersFrames and runtime.FuncForPC through plain
// functions, methods (value and pointer receivers, through an interface and
// a method value), closures (nested ones too), a goroutine, deferred calls
// (at a function's end and during a panic) and runtime.Caller's pcs. Printed:
// function names, base file names and lines of the program's frames; of Go's
// runtime frames (runtime.Callers, runtime.gopanic, runtime.main,
// runtime.goexit) only the names, since their files and lines depend on the
// architecture. The functions are not inlined (Go would still report every
// logical frame, but FuncForPC on a pc of inlined code names the inner one).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(file string) string { return file[strings.LastIndex(file, "/")+1:] }

func show(f runtime.Frame) string {
	if strings.HasPrefix(f.Function, "runtime.") {
		return f.Function
	}
	return fmt.Sprintf("%s %s:%d", f.Function, base(f.File), f.Line)
}

// frames prints the stack from its caller out, through CallersFrames.
//
//go:noinline
func frames(title string) {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(2, pcs)
	fmt.Printf("%s (%d frames):\n", title, n)
	it := runtime.CallersFrames(pcs[:n])
	for {
		f, more := it.Next()
		fmt.Println("  " + show(f))
		// (Go: Func is nil for a frame of inlined code)
		if f.Func != nil && (f.Func.Name() != f.Function || f.Entry != f.Func.Entry()) || f.PC < f.Entry {
			fmt.Println("  BAD frame", f.Function)
		}
		if !more {
			break
		}
	}
}

// funcs prints its caller's stack through FuncForPC and FileLine of pc-1
// (the call: a pc from Callers is a return address; FuncForPC is not asked
// about funcs' own pc, which lies in Go's inlined copy of runtime.Callers).
//
//go:noinline
func funcs(title string) {
	var pcs [32]uintptr
	n := runtime.Callers(2, pcs[:])
	fmt.Printf("%s:\n", title)
	for _, pc := range pcs[:n] {
		f := runtime.FuncForPC(pc)
		name := f.Name()
		if strings.HasPrefix(name, "runtime.") {
			fmt.Println("  " + name)
			continue
		}
		file, line := f.FileLine(pc - 1)
		same := runtime.FuncForPC(pc-1) == f && f.Entry() <= pc
		fmt.Printf("  %s %s:%d same=%v\n", name, base(file), line, same)
	}
}

type T struct{ name string }

//go:noinline
func (t T) Value() { frames("value method " + t.name) }

//go:noinline
func (t *T) Pointer() { funcs("pointer method " + t.name) }

type I interface{ Pointer() }

//go:noinline
func outer(n int) {
	if n > 0 {
		outer(n - 1)
		return
	}
	inner()
}

//go:noinline
func inner() { frames("recursion") }

var closure func()

//go:noinline
func withClosures() {
	closure = func() {
		f := func() { frames("nested closure") }
		f()
	}
	closure()
}

//go:noinline
func deferAtEnd() {
	defer frames("deferred at return")
	fmt.Println("deferAtEnd body")
}

//go:noinline
func panics() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		frames("deferred during panic")
	}()
	explode()
}

//go:noinline
func explode() {
	panic("boom")
}

//go:noinline
func indexPanic(i int) int {
	defer func() {
		recover()
		var pcs [32]uintptr
		n := runtime.Callers(1, pcs[:])
		it := runtime.CallersFrames(pcs[:n])
		fmt.Println("deferred during a runtime error (the program's frames):")
		for {
			f, more := it.Next()
			if strings.HasPrefix(f.Function, "main.") {
				fmt.Println("  " + show(f))
			}
			if !more {
				break
			}
		}
	}()
	var a []int
	return a[i]
}

//go:noinline
func caller() {
	pc, file, line, ok := runtime.Caller(0)
	f := runtime.FuncForPC(pc)
	fl, ln := f.FileLine(pc)
	fmt.Println("Caller:", f.Name(), base(file), line, ok, base(fl), ln)
	pc, _, line, _ = runtime.Caller(1)
	fmt.Println("Caller(1):", runtime.FuncForPC(pc).Name(), line)
}

func main() {
	frames("main")
	funcs("main")
	T{"v"}.Value()
	var i I = &T{"p"}
	i.Pointer()
	m := i.Pointer
	m()
	outer(2)
	withClosures()
	deferAtEnd()
	panics()
	indexPanic(5)
	caller()

	done := make(chan bool)
	go func() {
		frames("goroutine")
		done <- true
	}()
	<-done

	// skip past the bottom, a short buffer, an empty one
	var pcs [2]uintptr
	fmt.Println("skip 100:", runtime.Callers(100, pcs[:]))
	fmt.Println("short buffer:", runtime.Callers(0, pcs[:]), runtime.FuncForPC(pcs[0]).Name(), runtime.FuncForPC(pcs[1]).Name())
	fmt.Println("empty buffer:", runtime.Callers(0, nil))
	var none *runtime.Func
	fmt.Printf("nil Func: %q %v\n", none.Name(), runtime.FuncForPC(0) == nil)
	f, more := runtime.CallersFrames(nil).Next()
	fmt.Printf("no frames: %q %v\n", f.Function, more)
}
