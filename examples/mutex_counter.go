// The same counter kept two ways: a sync.Mutex around shared state, and a
// goroutine that owns the state and receives increments over a channel.
package main

import (
	"fmt"
	"sync"
)

type mutexCounter struct {
	mu sync.Mutex
	n  int
}

func (c *mutexCounter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func channelCounter(incs <-chan int, result chan<- int) {
	n := 0
	for d := range incs {
		n += d
	}
	result <- n
}

func main() {
	const workers, each = 50, 2000
	var mc mutexCounter
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				mc.inc()
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex counter:", mc.n)

	incs := make(chan int, 64)
	result := make(chan int)
	go channelCounter(incs, result)
	var wg2 sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for i := 0; i < each; i++ {
				incs <- 1
			}
		}()
	}
	wg2.Wait()
	close(incs)
	fmt.Println("channel counter:", <-result)
}
