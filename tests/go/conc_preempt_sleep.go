package main

import (
	"fmt"
	"runtime"
	"time"
)

// With GOMAXPROCS=1, two goroutines spinning in `for { x++ }` must not keep
// main from waking up from a 20 ms sleep and finishing (sysmon preempts them).
var x, y int

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
			x++
		}
	}()
	go func() {
		for {
			y++
		}
	}()
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main woke up after >= 20ms:", time.Since(start) >= 20*time.Millisecond)
}
