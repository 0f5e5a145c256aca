// A program that set a finalizer and then deadlocks: the finalizer goroutine
// (parked in "finalizer wait") neither prevents the deadlock report nor
// shows in it, as in Go.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ n int }

func main() {
	t := &T{1}
	runtime.SetFinalizer(t, func(*T) {})
	runtime.GC()
	fmt.Println("goroutines:", runtime.NumGoroutine())
	ch := make(chan int)
	<-ch
	runtime.KeepAlive(t)
}
