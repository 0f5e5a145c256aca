// sync.WaitGroup and Mutex, time.Sleep/Since/After/NewTicker, context.WithTimeout.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("n =", n)
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("slept >= 20ms:", time.Since(start) >= 20*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println("ctx:", ctx.Err())
	case <-time.After(time.Second):
		fmt.Println("timeout not honoured")
	}
	tk := time.NewTicker(5 * time.Millisecond)
	c := 0
	for range tk.C {
		c++
		if c == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", c, time.Duration(1500)*time.Millisecond)
}
