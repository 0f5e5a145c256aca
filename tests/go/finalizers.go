// runtime.SetFinalizer: finalizers run on one goroutine after a collection
// finds their objects unreachable; an object reachable from another
// finalizable one is finalized after it; SetFinalizer(x, nil) clears;
// finalizers may take an interface, return results, block on channels and
// resurrect their object (which is not finalized again); package-level
// variables are accepted and never finalized; the finalizer goroutine is not
// counted by NumGoroutine. (Counts are checked against a threshold, as Go's
// own tests do: a finalizer is not guaranteed to run.)
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

const N = 200

type A struct {
	b *B
	n int
}

type B struct{ n int }

var (
	mu        sync.Mutex
	stage     [N]int // 1: A finalized, 2: then B
	orderBad  int
	cleared   int32
	viaIface  int32
	withRes   int32
	resurrect *B
	again     int32
	global    B
)

func finalA(a *A) (unused [8]int) {
	mu.Lock()
	defer mu.Unlock()
	if stage[a.n] != 0 {
		orderBad++
	}
	stage[a.n] = 1
	return
}

func finalB(b *B) {
	mu.Lock()
	defer mu.Unlock()
	if stage[b.n] != 1 {
		orderBad++
	}
	stage[b.n] = 2
}

// Everything is made in a function of its own, so no frame still holds it.
func build() {
	for i := 0; i < N; i++ {
		b := &B{i}
		a := &A{b, i}
		runtime.SetFinalizer(b, finalB)
		runtime.SetFinalizer(a, finalA)
		c := new(B)
		runtime.SetFinalizer(c, func(*B) { atomic.AddInt32(&cleared, 1) })
		runtime.SetFinalizer(c, nil)
		d := &B{i}
		runtime.SetFinalizer(d, func(x interface{}) {
			if _, ok := x.(*B); ok {
				atomic.AddInt32(&viaIface, 1)
			}
		})
		e := &B{i}
		runtime.SetFinalizer(e, func(*B) (int, string) {
			atomic.AddInt32(&withRes, 1)
			return 1, "ignored"
		})
	}
	r := &B{-1}
	runtime.SetFinalizer(r, func(x *B) {
		mu.Lock()
		resurrect = x // reachable again
		mu.Unlock()
		atomic.AddInt32(&again, 1)
	})
	runtime.SetFinalizer(&global, func(*B) { panic("a package-level variable was finalized") })
}

func blockingFinalizer(ch chan string) {
	x := &B{7}
	runtime.SetFinalizer(x, func(b *B) { ch <- fmt.Sprint("blocked, then sent ", b.n) })
}

func count() (done, aOnly int) {
	mu.Lock()
	defer mu.Unlock()
	for _, s := range stage {
		if s == 2 {
			done++
		} else if s == 1 {
			aOnly++
		}
	}
	return
}

func main() {
	build()
	ch := make(chan string) // unbuffered: the finalizer waits for main
	blockingFinalizer(ch)
	got := ""
	for i := 0; i < 400; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
		select {
		case got = <-ch:
		default:
		}
		done, _ := count()
		mu.Lock()
		back := resurrect != nil
		mu.Unlock()
		if done >= N*8/10 && atomic.LoadInt32(&viaIface) >= N*8/10 && atomic.LoadInt32(&withRes) >= N*8/10 &&
			back && got != "" {
			break
		}
	}
	done, _ := count()
	mu.Lock()
	fmt.Println("A then B finalized for most pairs:", done >= N*8/10, "out of order:", orderBad)
	fmt.Println("resurrected:", resurrect != nil && resurrect.n == -1)
	mu.Unlock()
	fmt.Println("interface parameter:", atomic.LoadInt32(&viaIface) >= N*8/10)
	fmt.Println("results ignored:", atomic.LoadInt32(&withRes) >= N*8/10)
	fmt.Println("blocking finalizer:", got)
	// the resurrected object is unreachable again, but its finalizer is gone
	mu.Lock()
	resurrect = nil
	mu.Unlock()
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("finalized once:", atomic.LoadInt32(&again))
	fmt.Println("cleared finalizers ran:", atomic.LoadInt32(&cleared))
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
