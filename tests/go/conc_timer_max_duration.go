// A short timer fires while timers of the maximum duration are pending (their
// deadline, MaxInt64, must not overflow an idle M's wait: it spun holding its
// park lock and the goroutine that came to wake it for the short timer starved),
// and while stopped hour-long ones sit in the timer heap.
package main

import (
	"fmt"
	"time"
)

func main() {
	fired := 0
	for i := 0; i < 60; i++ {
		time.AfterFunc(1<<63-1, func() { panic("never") })
		done := make(chan bool)
		time.AfterFunc(time.Millisecond, func() { close(done) })
		<-done
		fired++
	}
	for i := 0; i < 40; i++ {
		t := time.AfterFunc(time.Hour, func() { panic("stopped") })
		t.Stop()
		done := make(chan bool)
		time.AfterFunc(time.Millisecond, func() { close(done) })
		<-done
		fired++
	}
	t := time.NewTimer(1<<63 - 1)
	select {
	case <-t.C:
		fmt.Println("max-duration timer fired")
	case <-time.After(5 * time.Millisecond):
		fmt.Println("short one first")
	}
	fmt.Println("fired:", fired, "stop:", t.Stop())
}
