// spawn: start 1M short goroutines and join them with a sync.WaitGroup
// (goroutine creation, stack allocation and reuse, WaitGroup).
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 1000000
	results := make([]int, n)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			results[i] = i * 2
			wg.Done()
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, v := range results {
		sum += v
	}
	fmt.Println(n, sum)
}
