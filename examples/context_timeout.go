// Context timeout and cancellation: a slow worker gives up when its context's
// deadline passes; a group of workers stops when the parent is cancelled.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func slowQuery(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "result", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if r, err := slowQuery(ctx, 10*time.Millisecond); err == nil {
		fmt.Println("fast query:", r)
	}
	if _, err := slowQuery(ctx, time.Second); err != nil {
		fmt.Println("slow query:", err)
	}

	parent, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	stopped := make(chan int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-parent.Done()
			stopped <- id
		}(i)
	}
	stop()
	wg.Wait()
	close(stopped)
	n := 0
	for range stopped {
		n++
	}
	fmt.Println("workers stopped by cancel:", n, parent.Err())
}
