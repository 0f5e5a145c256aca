package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	// sync.Map
	var m sync.Map
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok = m.Load("a")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 10)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("c", 3)
	fmt.Println(act, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	m.Delete("zz")
	var keys []string
	m.Range(func(k, v any) bool { keys = append(keys, fmt.Sprint(k, "=", v)); return true })
	sort.Strings(keys)
	fmt.Println(keys)
	n := 0
	m.Range(func(k, v any) bool { n++; return false })
	fmt.Println("range stopped after", n)
	try("map unhashable key", func() { m.Store([]int{1}, 1) })

	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				k := (i*200 + j) % 100
				m.LoadOrStore(k, k)
				m.Load(k)
				if j%3 == 0 {
					m.Delete(k)
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("map concurrent done")

	// Mutex / TryLock
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()
	var rw sync.RWMutex
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock(), rw.TryLock())
	rw.Unlock()
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rl.Unlock()
	var l sync.Locker = &mu
	l.Lock()
	l.Unlock()

	counter := 0
	var c64 atomic.Int64
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				mu.Lock()
				counter++
				mu.Unlock()
				c64.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter, c64.Load())

	shared := map[int]int{}
	for i := 0; i < 4; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				rw.Lock()
				shared[j] += i
				rw.Unlock()
			}
		}(i)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				rw.RLock()
				_ = shared[j]
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(shared), shared[0], shared[99])

	// Once
	var once sync.Once
	calls := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); once.Do(func() { calls++ }) }()
	}
	wg.Wait()
	fmt.Println("once calls", calls)
	var once2 sync.Once
	try("once panic", func() { once2.Do(func() { panic("boom") }) })
	once2.Do(func() { fmt.Println("not called again") })
	fmt.Println("after once panic")

	// Cond
	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	ready := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmu.Lock()
			for ready == 0 {
				cond.Wait()
			}
			ready++
			cmu.Unlock()
		}()
	}
	cmu.Lock()
	ready = 1
	cond.Broadcast()
	cmu.Unlock()
	wg.Wait()
	fmt.Println("cond ready", ready)
	queue := []int{}
	wg.Add(1)
	go func() {
		defer wg.Done()
		cmu.Lock()
		for len(queue) == 0 {
			cond.Wait()
		}
		fmt.Println("got", queue[0])
		cmu.Unlock()
	}()
	cmu.Lock()
	queue = append(queue, 42)
	cond.Signal()
	cmu.Unlock()
	wg.Wait()

	// Pool
	created := 0
	p := sync.Pool{New: func() any { created++; return new(int) }}
	x := p.Get().(*int)
	*x = 7
	p.Put(x)
	y := p.Get().(*int)
	fmt.Println(created >= 1, *y == 7 || *y == 0)
	var p2 sync.Pool
	fmt.Println(p2.Get())
	p2.Put(nil)
	fmt.Println(p2.Get())

	// WaitGroup misuse
	try("negative wg", func() { var w sync.WaitGroup; w.Add(-1) })
	try("unlock unlocked rw RUnlock", func() {})

	// atomic functions
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var up uintptr
	fmt.Println(atomic.AddInt32(&i32, -5), atomic.AddInt64(&i64, 1<<40), atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint64(&u64, 3), atomic.AddUintptr(&up, 9))
	fmt.Println(atomic.SwapInt32(&i32, 4), atomic.SwapInt64(&i64, -4), atomic.SwapUint32(&u32, 5), atomic.SwapUint64(&u64, 6), atomic.SwapUintptr(&up, 7))
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 4, 40), atomic.CompareAndSwapInt32(&i32, 4, 41), i32)
	fmt.Println(atomic.CompareAndSwapInt64(&i64, -4, 40), atomic.CompareAndSwapUint32(&u32, 0, 1), atomic.CompareAndSwapUint64(&u64, 6, 60), atomic.CompareAndSwapUintptr(&up, 7, 70))
	atomic.StoreInt32(&i32, -1)
	atomic.StoreInt64(&i64, -2)
	atomic.StoreUint32(&u32, 3)
	atomic.StoreUint64(&u64, 4)
	atomic.StoreUintptr(&up, 5)
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadInt64(&i64), atomic.LoadUint32(&u32), atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))

	// typed atomics
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	fmt.Println(b.Load())
	var ti32 atomic.Int32
	fmt.Println(ti32.Add(-3), ti32.Swap(10), ti32.CompareAndSwap(10, 11), ti32.CompareAndSwap(10, 12), ti32.Load())
	ti32.Store(1 << 30)
	fmt.Println(ti32.Add(1<<30), ti32.Load())
	var ti64 atomic.Int64
	fmt.Println(ti64.Add(-3), ti64.Swap(10), ti64.CompareAndSwap(10, 11), ti64.Load())
	ti64.Store(1<<63 - 1)
	fmt.Println(ti64.Add(1))
	var tu32 atomic.Uint32
	fmt.Println(tu32.Add(^uint32(0)), tu32.Swap(10), tu32.CompareAndSwap(10, 11), tu32.Load())
	tu32.Store(7)
	fmt.Println(tu32.Add(^uint32(6)), tu32.Load())
	var tu64 atomic.Uint64
	fmt.Println(tu64.Add(^uint64(0)), tu64.Swap(10), tu64.CompareAndSwap(10, 11), tu64.Load())
	tu64.Store(100)
	fmt.Println(tu64.Load())
	var tup atomic.Uintptr
	fmt.Println(tup.Add(5), tup.Swap(10), tup.CompareAndSwap(10, 11), tup.Load())
	tup.Store(100)
	fmt.Println(tup.Load())

	var ab atomic.Bool
	var au32 atomic.Uint32
	var au64 atomic.Uint64
	var ai32 atomic.Int32
	var flips atomic.Int64
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				au32.Add(1)
				au64.Add(2)
				ai32.Add(-1)
				for {
					old := au64.Load()
					if au64.CompareAndSwap(old, old+1) {
						break
					}
				}
				if ab.CompareAndSwap(false, true) {
					flips.Add(1)
					ab.Store(false)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(au32.Load(), au64.Load(), ai32.Load(), flips.Load() > 0, ab.Load())

	// atomic.Value
	var av atomic.Value
	fmt.Println(av.Load())
	av.Store("hello")
	fmt.Println(av.Load())
	fmt.Println(av.Swap("world"), av.Load())
	fmt.Println(av.CompareAndSwap("x", "y"), av.CompareAndSwap("world", "z"), av.Load())
	try("value store nil", func() { av.Store(nil) })
	try("value store other type", func() { av.Store(1) })
	try("value swap nil", func() { av.Swap(nil) })
	try("value swap other type", func() { av.Swap(1) })
	try("value cas nil new", func() { av.CompareAndSwap("z", nil) })
	try("value cas other type", func() { av.CompareAndSwap("z", 1) })
	try("value cas old other type", func() { av.CompareAndSwap(1, "q") })
	try("value cas uncomparable", func() { var vv atomic.Value; vv.Store([]int{1}); vv.CompareAndSwap([]int{1}, []int{2}) })
	var av2 atomic.Value
	fmt.Println(av2.Swap(3), av2.Load())
	var av3 atomic.Value
	fmt.Println(av3.CompareAndSwap(nil, 5), av3.Load(), av3.CompareAndSwap(nil, 6))
	var av4 atomic.Value
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				av4.Store(i*1000 + j)
				_ = av4.Load().(int)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(av4.Load().(int)%1000 == 99)
}
