// GOMAXPROCS past 256 (Go sets no ceiling; goro's is 4096): the Ps exist and
// run goroutines.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	prev := runtime.GOMAXPROCS(300)
	fmt.Println(runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			sum += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(sum, runtime.GOMAXPROCS(prev))
}
