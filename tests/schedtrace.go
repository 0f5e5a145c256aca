// Three goroutines computing for about 60 ms on two Ps, main waiting for
// them: what GODEBUG=schedtrace shows (tests/schedtrace.sh).
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			t := time.Now()
			for time.Since(t) < 60*time.Millisecond {
			}
			done <- true
		}()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println("ok")
}
