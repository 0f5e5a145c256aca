// Ping-pong: two goroutines hand a ball back and forth over unbuffered
// channels; each hand-off is a direct copy into the waiting receiver.
package main

import "fmt"

type ball struct{ hits int }

func player(name string, in <-chan *ball, out chan<- *ball, done chan<- string, max int) {
	for b := range in {
		b.hits++
		if b.hits >= max {
			done <- fmt.Sprintf("%s ends the rally at %d hits", name, b.hits)
			return
		}
		out <- b
	}
}

func main() {
	ping, pong := make(chan *ball), make(chan *ball)
	done := make(chan string)
	go player("ping", ping, pong, done, 100001)
	go player("pong", pong, ping, done, 100001)
	ping <- new(ball)
	fmt.Println(<-done)
}
