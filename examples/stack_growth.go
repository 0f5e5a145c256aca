// Stack growth: goroutines start with 512-byte stacks; recursing deep while
// holding pointers to every parent's local forces many stack copies, and
// every pointer must still be right afterwards. One goroutine blocks in a
// channel send from 20 000 frames deep.
package main

import "fmt"

func down(parent *int, depth int) int {
	x := depth
	if depth == 0 {
		return *parent
	}
	return down(&x, depth-1) + *parent
}

func deepSend(ch chan<- int, depth int, acc *int) {
	local := *acc + depth
	if depth == 0 {
		ch <- local
		return
	}
	deepSend(ch, depth-1, &local)
}

func main() {
	results := make(chan int)
	for g := 0; g < 64; g++ {
		go func(g int) {
			root := g
			results <- down(&root, 5000)
		}(g)
	}
	sum := 0
	for g := 0; g < 64; g++ {
		sum += <-results
	}
	// each: 5000*5001/2 + g
	fmt.Println("64 goroutines x 5000 frames:", sum == 64*12502500+63*64/2)

	ch := make(chan int)
	start := 0
	go deepSend(ch, 20000, &start)
	fmt.Println("value sent from 20000 frames deep:", <-ch)
}
