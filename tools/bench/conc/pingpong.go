// pingpong: 1M messages over unbuffered channels between two goroutines
// (500k sends each way: scheduler hand-off, channel fast path).
package main

import "fmt"

func main() {
	const n = 1000000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < n/2; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	<-pong
	fmt.Println(n, sum)
}
