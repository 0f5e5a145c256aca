// A pipeline: generate -> square -> sum, each stage a goroutine, closing its
// output channel when its input is exhausted; fan-out to 4 squarers and
// fan-in of their results.
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

// merge fans in: one goroutine per input, a counter channel closes the output.
func merge(ins ...<-chan int) <-chan int {
	out := make(chan int, 8)
	done := make(chan bool)
	for _, in := range ins {
		go func(c <-chan int) {
			for v := range c {
				out <- v
			}
			done <- true
		}(in)
	}
	go func() {
		for range ins {
			<-done
		}
		close(out)
	}()
	return out
}

func main() {
	sum := 0
	for v := range square(gen(100)) {
		sum += v
	}
	fmt.Println("sum of squares 1..100:", sum)

	src := gen(1000)
	workers := make([]<-chan int, 4)
	for i := range workers {
		workers[i] = square(src)
	}
	total, count := 0, 0
	for v := range merge(workers...) {
		total += v
		count++
	}
	fmt.Println("fan-out/fan-in:", count, "results, total", total)
}
