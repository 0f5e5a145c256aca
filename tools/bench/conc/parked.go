// parked: 500k goroutines all parked on one channel, then released by close.
// Peak RSS is measured from outside; run.sh reports (peak - hello peak) / N
// as the memory cost of a parked goroutine.
// bench-goroutines: 500000
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 500000
	gate := make(chan struct{})
	var started, done sync.WaitGroup
	started.Add(n)
	done.Add(n)
	counts := make([]int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			started.Done()
			<-gate
			counts[i]++
			done.Done()
		}(i)
	}
	started.Wait()
	close(gate)
	done.Wait()
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println(n, total)
}
