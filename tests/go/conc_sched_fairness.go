// Scheduling that must make progress at any GOMAXPROCS (each part hung):
//   - GOMAXPROCS lowered while the retired P's queue holds a runnable G;
//   - a loop made of a backward goto must be preemptible like a for loop;
//   - a channel ping-pong between two goroutines shares one time slice
//     (Go's inheritTime), so sysmon preempts it and a third goroutine runs.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func lowerProcs() {
	var started int32
	done := make(chan bool)
	prev := runtime.GOMAXPROCS(0)
	go func() {
		atomic.StoreInt32(&started, 1)
		runtime.GOMAXPROCS(1)
		c := make(chan int)
		go func() { c <- 42 }()
		fmt.Println("lowered:", <-c)
		done <- true
	}()
	for atomic.LoadInt32(&started) == 0 {
	}
	<-done
	runtime.GOMAXPROCS(prev)
}

func gotoLoop() {
	prev := runtime.GOMAXPROCS(1)
	var stop int32
	go func() {
		x := 0
	loop:
		x++
		if atomic.LoadInt32(&stop) == 0 {
			goto loop
		}
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("goto loop preempted")
	atomic.StoreInt32(&stop, 1)
	runtime.GOMAXPROCS(prev)
}

func pingPong() {
	prev := runtime.GOMAXPROCS(1)
	var flag int32
	go func() { atomic.StoreInt32(&flag, 1) }()
	a, b := make(chan int), make(chan int)
	go func() {
		for {
			<-a
			b <- 1
		}
	}()
	for atomic.LoadInt32(&flag) == 0 {
		a <- 1
		<-b
	}
	fmt.Println("ping-pong let the third goroutine run")
	runtime.GOMAXPROCS(prev)
}

func main() {
	lowerProcs()
	gotoLoop()
	pingPong()
	prev := runtime.GOMAXPROCS(1)
	runtime.GOMAXPROCS(4) // the new Ps take work
	done := make(chan int, 4)
	for i := 0; i < 4; i++ {
		go func(i int) { done <- i }(i)
	}
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-done
	}
	fmt.Println("raised:", sum, runtime.GOMAXPROCS(prev))
}
