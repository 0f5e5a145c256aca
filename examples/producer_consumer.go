// Producer/consumer over a buffered channel: three producers fill a channel
// of capacity 4 faster than two consumers drain it, so producers block when
// the buffer is full and consumers when it is empty; close() tells the
// consumers that everything has been produced.
package main

import (
	"fmt"
	"sync"
)

type item struct {
	producer, seq int
}

func main() {
	queue := make(chan item, 4)
	var producers sync.WaitGroup
	for p := 1; p <= 3; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for i := 0; i < 1000; i++ {
				queue <- item{p, i}
			}
		}(p)
	}
	// close the queue once every producer is done
	go func() {
		producers.Wait()
		close(queue)
	}()

	type tally struct {
		count, sum int
		maxLen     int
	}
	results := make(chan tally)
	for c := 0; c < 2; c++ {
		go func() {
			var t tally
			last := map[int]int{1: -1, 2: -1, 3: -1}
			for it := range queue {
				if it.seq <= last[it.producer] {
					panic("items of one producer out of order")
				}
				last[it.producer] = it.seq
				t.count++
				t.sum += it.seq
				if n := len(queue); n > t.maxLen {
					t.maxLen = n
				}
			}
			results <- t
		}()
	}
	total, sum, maxLen := 0, 0, 0
	for c := 0; c < 2; c++ {
		t := <-results
		total += t.count
		sum += t.sum
		if t.maxLen > maxLen {
			maxLen = t.maxLen
		}
	}
	fmt.Println("consumed:", total, "items, sum of sequence numbers:", sum)
	fmt.Println("buffer never above its capacity:", maxLen <= cap(queue))
}
