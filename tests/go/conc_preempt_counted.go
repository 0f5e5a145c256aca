package main

import (
	"fmt"
	"runtime"
	"time"
)

// Counted loops (`for i := 0; i < n; i++`, `for j > 0`) end in a back-edge
// fused with their condition; it must still let sysmon preempt them: with
// GOMAXPROCS=1, main wakes from a 20 ms sleep while they spin.
var sink int

func main() {
	runtime.GOMAXPROCS(1)
	n := 1 << 62
	go func() {
		for i := 0; i < n; i++ {
			sink += i
		}
	}()
	go func() {
		j := n
		for j > 0 {
			j--
		}
		sink = j
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main woke up")
}
