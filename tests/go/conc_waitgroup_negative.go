// A negative sync.WaitGroup counter panics with Go's message, in the
// goroutine that called Done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	done := make(chan bool)
	go func() {
		wg.Done()
		done <- true
	}()
	<-done
	wg.Wait()
	fmt.Println("counter back to zero")
	wg.Done()
}
