// workerpool: 500k jobs fanned out to 8 workers over a buffered channel and
// the results fanned back in over another (buffered channels, contention).
package main

import (
	"fmt"
	"sync"
)

func work(x int) int {
	h := x
	for i := 0; i < 20; i++ {
		h = h*1103515245 + 12345
		h ^= h >> 13
	}
	return h & 0xffff
}

func main() {
	const jobs = 500000
	const workers = 8
	in := make(chan int, 128)
	out := make(chan int, 128)
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			for j := range in {
				out <- work(j)
			}
			wg.Done()
		}()
	}
	go func() {
		for i := 0; i < jobs; i++ {
			in <- i
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	sum, cnt := 0, 0
	for r := range out {
		sum += r
		cnt++
	}
	fmt.Println(cnt, sum)
}
