// primesieve: the classic concurrent prime sieve (a chain of filter
// goroutines connected by unbuffered channels) up to the 3000th prime.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	const n = 3000
	ch := make(chan int)
	go generate(ch)
	sum, p := 0, 0
	for i := 0; i < n; i++ {
		p = <-ch
		sum += p
		ch1 := make(chan int)
		go filter(ch, ch1, p)
		ch = ch1
	}
	fmt.Println(n, p, sum)
}
