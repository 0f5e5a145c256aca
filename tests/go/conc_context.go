// package context: cancellation trees, deadlines and timeouts (built on
// time.AfterFunc), values, String of contexts, and a worker pool stopped
// by a context.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

type intKey int

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			results <- j * j
		}
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	_, ok := bg.Deadline()
	fmt.Println("background has deadline:", ok)

	vctx := context.WithValue(bg, key("user"), "gopher")
	vctx = context.WithValue(vctx, intKey(7), 49)
	fmt.Println(vctx.Value(key("user")), vctx.Value(intKey(7)), vctx.Value(key("none")), vctx.Value(intKey(8)))
	fmt.Println(vctx)

	parent, cancelParent := context.WithCancel(vctx)
	child1, cancel1 := context.WithCancel(parent)
	child2, cancel2 := context.WithTimeout(parent, time.Hour)
	defer cancel1()
	defer cancel2()
	fmt.Println(parent)
	fmt.Println("child sees value:", child2.Value(key("user")))
	fmt.Println("before cancel:", parent.Err(), child1.Err(), child2.Err())
	cancelParent()
	<-child1.Done()
	<-child2.Done()
	fmt.Println("after cancel:", parent.Err(), child1.Err(), child2.Err())
	fmt.Println(errors.Is(child2.Err(), context.Canceled), child2.Err() == context.Canceled)
	cancelParent() // idempotent

	start := time.Now()
	tctx, tcancel := context.WithTimeout(bg, 30*time.Millisecond)
	defer tcancel()
	dl, ok := tctx.Deadline()
	fmt.Println("has deadline:", ok, "in the future:", dl.After(start))
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), "after >= 30ms:", time.Since(start) >= 30*time.Millisecond)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout not honoured")
	}
	var de interface{ Timeout() bool }
	fmt.Println(errors.As(tctx.Err(), &de), de != nil && de.Timeout())

	past, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println("past deadline:", past.Err())
	pcancel()

	late, lcancel := context.WithDeadline(bg, time.Now().Add(time.Hour))
	inner, icancel := context.WithTimeout(late, 2*time.Hour)
	d1, _ := late.Deadline()
	d2, _ := inner.Deadline()
	fmt.Println("child keeps the earlier deadline:", d1.Equal(d2))
	icancel()
	fmt.Println(inner.Err(), late.Err())
	lcancel()

	// a pool of workers stopped by cancellation
	ctx, cancel := context.WithCancel(bg)
	jobs := make(chan int)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, results, &wg)
	}
	for j := 1; j <= 10; j++ {
		jobs <- j
	}
	cancel()
	wg.Wait()
	close(results)
	n := 0
	sum := 0
	for r := range results {
		n++
		sum += r
	}
	fmt.Println("results:", n, "sum of squares:", sum)

	for _, f := range []func(){
		func() { context.WithValue(bg, nil, 1) },
		func() { context.WithValue(bg, []int{1}, 1) },
		func() { context.WithCancel(nil) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
