// A panic in main while another goroutine waits (tests/gotraceback.sh).
package main

import "time"

func worker(c chan int) { <-c }

func main() {
	c := make(chan int)
	go worker(c)
	time.Sleep(10 * time.Millisecond)
	panic("boom")
}
