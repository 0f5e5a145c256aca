// Tight-loop preemption: with one P (GOMAXPROCS=1), goroutines that spin in
// loops without calls or channel operations would keep every other goroutine
// off the CPU — unless the runtime preempts them. goro's sysmon thread marks
// a goroutine that ran for 10 ms (stackguard0 poisoning) and the loop's
// back-edge yields, so main's 20 ms sleep ends and the program finishes.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var spins [3]int

func main() {
	runtime.GOMAXPROCS(1)
	for i := range spins {
		go func(i int) {
			for {
				spins[i]++ // no call, no channel: only preemption stops it
			}
		}(i)
	}
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main woke up after its sleep:", time.Since(start) >= 20*time.Millisecond)
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	fmt.Println("main ran between the spinners; goroutines:", runtime.NumGoroutine())
}
