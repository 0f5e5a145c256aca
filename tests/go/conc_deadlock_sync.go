package main

import (
	"sync"
	"time"
)

// A deadlock dump shows Go's wait reasons for goroutines blocked in sync.

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock()
	}()
	var cmu sync.Mutex
	c := sync.NewCond(&cmu)
	go func() {
		cmu.Lock()
		c.Wait()
	}()
	time.Sleep(10 * time.Millisecond)
	wg.Wait()
}
