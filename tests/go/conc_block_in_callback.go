// Go code that a native calls back (fmt calling String and Error methods,
// sort calling Less) may block, yield and be preempted like any Go code: its
// M waits for it while other goroutines run (runtime/sched.cpp, "Gs that
// block in a nested activation").
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// a String method under a mutex, printed from several goroutines at once
type Stats struct {
	mu sync.Mutex
	n  int
}

func (s *Stats) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n++
	return fmt.Sprint("n=", s.n)
}

// blocking operations inside String and Error
type Sleepy struct{}

func (Sleepy) String() string { time.Sleep(2 * time.Millisecond); return "slept" }

type Waiter struct{ c chan string }

func (w Waiter) Error() string { return <-w.c }

type Yielder struct{}

func (Yielder) String() string { runtime.Gosched(); return "yielded" }

// a spin wait inside String: only preemption lets the other goroutine run
var flag int32

type Spin struct{}

func (Spin) String() string {
	for atomic.LoadInt32(&flag) == 0 {
	}
	return "spun"
}

// Less blocks on a channel fed by another goroutine
type byChan struct {
	xs []int
	c  chan bool
}

func (b byChan) Len() int           { return len(b.xs) }
func (b byChan) Swap(i, j int)      { b.xs[i], b.xs[j] = b.xs[j], b.xs[i] }
func (b byChan) Less(i, j int) bool { <-b.c; return b.xs[i] < b.xs[j] }

func main() {
	s := &Stats{}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				_ = fmt.Sprintf("%v", s)
			}
		}()
	}
	wg.Wait()
	fmt.Println(s)

	fmt.Println(Sleepy{}, Yielder{})
	w := Waiter{make(chan string)}
	go func() {
		w.c <- "from a goroutine"
		w.c <- "again"
	}()
	var err error = w
	fmt.Println(errors.Unwrap(fmt.Errorf("wrapped: %w", err)) == err, err)

	prev := runtime.GOMAXPROCS(1)
	go func() { atomic.StoreInt32(&flag, 1) }()
	fmt.Println(Spin{})
	runtime.GOMAXPROCS(prev)

	b := byChan{[]int{5, 2, 8, 1, 9, 3}, make(chan bool)}
	stop := make(chan bool)
	go func() {
		for {
			select {
			case b.c <- true:
			case <-stop:
				return
			}
		}
	}()
	sort.Sort(b)
	close(stop)
	fmt.Println(b.xs)
}
