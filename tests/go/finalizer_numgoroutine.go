// The finalizer goroutine is a runtime goroutine from the moment
// SetFinalizer starts it: runtime.NumGoroutine never counts it, not even
// before it has run once (it sits in a run queue while main goes on).
package main

import (
	"fmt"
	"runtime"
)

type T struct{ n int }

func main() {
	fmt.Println("before:", runtime.NumGoroutine())
	t := &T{1}
	runtime.SetFinalizer(t, func(*T) {})
	fmt.Println("right after SetFinalizer:", runtime.NumGoroutine())
	runtime.Gosched()
	fmt.Println("after Gosched:", runtime.NumGoroutine())
	runtime.GC()
	fmt.Println("after GC:", runtime.NumGoroutine())
	runtime.KeepAlive(t)
}
