// main returns while it runs on a P that GOMAXPROCS retired (it raised
// GOMAXPROCS to 64, so its goroutines ran main on any of 64 Ps, then lowered
// it to 1). The live P is idle and every other goroutine is done: only main,
// still its retired P's goroutine, shows that the program is not asleep. A
// deadlock check on another M must not call it a deadlock while main exits.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(64)
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= 300; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			sum += i
			mu.Unlock()
			runtime.Gosched()
		}(i)
	}
	wg.Wait()
	runtime.GOMAXPROCS(1)
	fmt.Println(sum)
}
