// sync and sync/atomic: Mutex, RWMutex, WaitGroup, Once, Cond, Map, Pool,
// atomic functions and types, atomic.Value (with its panics), under real
// contention. The output does not depend on the schedule.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

func panicText(f func()) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint(r)
		}
	}()
	f()
	return "no panic"
}

func mutexCounter() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	const G, M = 16, 500
	for g := 0; g < G; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < M; i++ {
				if g%3 == 0 && mu.TryLock() {
					n++
					mu.Unlock()
					continue
				}
				mu.Lock()
				n++
				if i%50 == 0 {
					time.Sleep(2 * time.Millisecond) // hold it: waiters starve, starvation mode
				}
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("mutex counter:", n, n == G*M)
	var l sync.Locker = &mu
	l.Lock()
	fmt.Println("TryLock on locked:", mu.TryLock())
	l.Unlock()
	fmt.Println("TryLock on unlocked:", mu.TryLock())
	mu.Unlock()
}

func rwmutex() {
	var rw sync.RWMutex
	var readers, writers, maxReaders int32
	var wg sync.WaitGroup
	bad := int32(0)
	for g := 0; g < 12; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if g%4 == 0 {
					rw.Lock()
					if atomic.AddInt32(&writers, 1) != 1 || atomic.LoadInt32(&readers) != 0 {
						atomic.AddInt32(&bad, 1)
					}
					runtime.Gosched()
					atomic.AddInt32(&writers, -1)
					rw.Unlock()
				} else {
					l := rw.RLocker()
					l.Lock()
					r := atomic.AddInt32(&readers, 1)
					for {
						m := atomic.LoadInt32(&maxReaders)
						if r <= m || atomic.CompareAndSwapInt32(&maxReaders, m, r) {
							break
						}
					}
					if atomic.LoadInt32(&writers) != 0 {
						atomic.AddInt32(&bad, 1)
					}
					runtime.Gosched()
					atomic.AddInt32(&readers, -1)
					l.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("rwmutex violations:", bad, "readers shared:", maxReaders >= 1)
	fmt.Println("TryLock:", rw.TryLock(), "TryRLock while locked:", rw.TryRLock())
	rw.Unlock()
	fmt.Println("TryRLock x2:", rw.TryRLock(), rw.TryRLock(), "TryLock while read-locked:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
}

func waitGroup() {
	var wg sync.WaitGroup
	var n int64
	for round := 0; round < 20; round++ {
		wg.Add(10)
		for i := 0; i < 10; i++ {
			go func() {
				atomic.AddInt64(&n, 1)
				wg.Done()
			}()
		}
		done := make(chan bool)
		for w := 0; w < 3; w++ {
			go func() { wg.Wait(); done <- true }()
		}
		wg.Wait()
		for w := 0; w < 3; w++ {
			<-done
		}
	}
	fmt.Println("waitgroup:", atomic.LoadInt64(&n))
	var wg2 sync.WaitGroup
	msg := panicText(func() { wg2.Done() })
	fmt.Println(msg)
}

func once() {
	var o sync.Once
	var n int32
	var wg sync.WaitGroup
	early := int32(0)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o.Do(func() { time.Sleep(5 * time.Millisecond); atomic.AddInt32(&n, 1) })
			if atomic.LoadInt32(&n) != 1 {
				atomic.AddInt32(&early, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("once:", n, "returned early:", early)
	var o2 sync.Once
	fmt.Println("panicking f:", panicText(func() { o2.Do(func() { panic("boom") }) }))
	ran := false
	o2.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}

func cond() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var queue []int
	const N = 1000
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for {
				mu.Lock()
				for len(queue) == 0 {
					c.Wait()
				}
				v := queue[0]
				queue = queue[1:]
				mu.Unlock()
				if v < 0 {
					return
				}
				sums[w] += v
			}
		}(w)
	}
	for i := 1; i <= N; i++ {
		mu.Lock()
		queue = append(queue, i)
		c.Signal()
		mu.Unlock()
	}
	mu.Lock()
	queue = append(queue, -1, -1, -1, -1)
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("cond sum:", sums[0]+sums[1]+sums[2]+sums[3], N*(N+1)/2)

	ready, gate := 0, false
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			ready++
			for !gate {
				c.Wait()
			}
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		r := ready
		mu.Unlock()
		if r == 10 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	mu.Lock()
	gate = true
	c.Broadcast()
	mu.Unlock()
	wg2.Wait()
	fmt.Println("broadcast woke all 10")
}

func syncMap() {
	var m sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				m.Store(fmt.Sprint(g, "-", i), i)
				m.LoadOrStore(i, "first")
			}
		}(g)
	}
	wg.Wait()
	var keys []string
	m.Range(func(k, v any) bool { keys = append(keys, fmt.Sprint(k)); return true })
	sort.Strings(keys)
	fmt.Println("map keys:", len(keys), keys[:5])
	v, ok := m.Load("3-7")
	fmt.Println(v, ok)
	fmt.Println(m.LoadOrStore("3-7", 9))
	fmt.Println(m.LoadOrStore("new", 9))
	fmt.Println(m.LoadAndDelete("new"))
	fmt.Println(m.LoadAndDelete("new"))
	m.Delete("3-7")
	fmt.Println(m.Load("3-7"))
	n := 0
	m.Range(func(k, v any) bool { n++; m.Delete(k); return n < 5 })
	cnt := 0
	m.Range(func(k, v any) bool { cnt++; return true })
	fmt.Println("after deleting 5 in Range:", cnt)

	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
	p.Put("x")
	fmt.Println(p.Get(), p.Get())
}

func atomics() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var up uintptr
	fmt.Println(atomic.AddInt32(&i32, -5), atomic.AddInt64(&i64, -1<<40), atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint64(&u64, 3), atomic.AddUintptr(&up, 7))
	fmt.Println(atomic.SwapInt32(&i32, 9), atomic.SwapInt64(&i64, 9), atomic.SwapUint32(&u32, 1), atomic.SwapUint64(&u64, 1), atomic.SwapUintptr(&up, 1))
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 9, -1), atomic.CompareAndSwapInt32(&i32, 9, 0), atomic.LoadInt32(&i32))
	fmt.Println(atomic.CompareAndSwapInt64(&i64, 9, -1<<62), atomic.LoadInt64(&i64))
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 1, 1<<31), atomic.CompareAndSwapUint64(&u64, 1, 1<<63), atomic.CompareAndSwapUintptr(&up, 1, 2))
	fmt.Println(atomic.LoadUint32(&u32), atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))
	atomic.StoreInt32(&i32, -7)
	atomic.StoreInt64(&i64, -8)
	atomic.StoreUint32(&u32, 1<<32-1)
	atomic.StoreUint64(&u64, 1<<64-1)
	atomic.StoreUintptr(&up, 10)
	fmt.Println(i32, i64, u32, u64, up)
	type s struct {
		a  int8
		n  int32
		b  int8
		nn int64
	}
	x := &s{}
	atomic.AddInt32(&x.n, -1)
	atomic.AddInt64(&x.nn, -2)
	fmt.Println(*x)

	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(true, false), b.CompareAndSwap(true, false))
	var a32 atomic.Int32
	a32.Store(-3)
	fmt.Println(a32.Add(-4), a32.Swap(1), a32.CompareAndSwap(1, 2), a32.Load())
	var au32 atomic.Uint32
	fmt.Println(au32.Add(^uint32(0)), au32.Swap(3), au32.CompareAndSwap(3, 4), au32.Load())
	var au64 atomic.Uint64
	au64.Store(1 << 63)
	fmt.Println(au64.Add(1), au64.Swap(0), au64.CompareAndSwap(1, 2), au64.Load())
	var aup atomic.Uintptr
	fmt.Println(aup.Add(2), aup.Swap(4), aup.CompareAndSwap(4, 5), aup.Load())

	var c atomic.Int64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				c.Add(1)
				for {
					old := c.Load()
					if c.CompareAndSwap(old, old+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("atomic counter:", c.Load())
}

type pt struct{ x, y int }

func value() {
	var v atomic.Value
	fmt.Println(v.Load(), v.CompareAndSwap(1, 2))
	fmt.Println(panicText(func() { v.Store(nil) }))
	fmt.Println(panicText(func() { v.Swap(nil) }))
	fmt.Println(panicText(func() { v.CompareAndSwap(1, nil) }))
	fmt.Println(panicText(func() { v.CompareAndSwap(1, "x") }))
	fmt.Println(v.Swap(pt{1, 2}), v.Load())
	fmt.Println(panicText(func() { v.Store(1) }))
	fmt.Println(panicText(func() { v.Swap(1) }))
	fmt.Println(panicText(func() { v.CompareAndSwap(1, 2) }))
	fmt.Println(v.CompareAndSwap(pt{0, 0}, pt{3, 4}), v.CompareAndSwap(pt{1, 2}, pt{3, 4}), v.Load())
	fmt.Println(v.Swap(pt{5, 6}), v.Load())
	v.Store(pt{7, 8})
	fmt.Println(v.Load().(pt).y)
	var v2 atomic.Value
	fmt.Println(v2.CompareAndSwap(nil, []int{1}), v2.Load())
	fmt.Println(panicText(func() { v2.CompareAndSwap([]int{1}, []int{2}) }))

	var cfg atomic.Value
	cfg.Store(map[string]int{"v": 0})
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				if g == 0 {
					cfg.Store(map[string]int{"v": i})
				} else if cfg.Load().(map[string]int)["v"] < 0 {
					panic("bad")
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("final config:", cfg.Load())
}

func main() {
	mutexCounter()
	rwmutex()
	waitGroup()
	once()
	cond()
	syncMap()
	atomics()
	value()
}
