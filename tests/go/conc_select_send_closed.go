package main

import "time"

func main() {
	c := make(chan int)
	d := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		close(c)
	}()
	select {
	case c <- 1:
		println("sent")
	case <-d:
		println("recv d")
	}
	println("after select")
}
