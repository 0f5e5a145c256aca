// tests/trace.sh: sleeps and time-package timers (one-shot, stopped, ticker,
// After, AfterFunc) as spans in the Timers process of `goro trace`'s file.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		time.Sleep(3 * time.Millisecond)
		done <- true
	}()
	t := time.NewTimer(time.Hour)
	tk := time.NewTicker(time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Stop()
	<-done
	fmt.Println(t.Stop(), n)
	<-time.After(time.Millisecond)
	time.AfterFunc(time.Millisecond, func() { done <- true })
	<-done
}
