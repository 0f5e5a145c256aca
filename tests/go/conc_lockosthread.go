// runtime.LockOSThread / UnlockOSThread (nested, in init, in goroutines) are
// accepted and change nothing a program can observe.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func init() {
	runtime.LockOSThread()
}

func main() {
	defer runtime.UnlockOSThread()
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	runtime.UnlockOSThread()
	runtime.UnlockOSThread() // more unlocks than locks: a no-op
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			runtime.Gosched()
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	ch := make(chan int)
	go func() {
		runtime.LockOSThread() // exits locked: Go ends its thread, nothing visible
		ch <- 42
	}()
	fmt.Println(<-ch)
}
