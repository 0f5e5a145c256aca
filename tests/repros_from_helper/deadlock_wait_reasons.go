package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock()
	}()
	c := sync.NewCond(&mu)
	_ = c
	time.Sleep(10 * time.Millisecond)
	wg.Wait()
}
