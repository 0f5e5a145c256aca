package main

import "fmt"

// A select's send case queued behind another sender, fired elsewhere: its
// sudog must leave the send queue only (it used to corrupt the receive queue
// and deadlock the last exchange).

func main() {
	c, d := make(chan int), make(chan int)
	done := make(chan bool)
	go func() { c <- 1 }()
	go func() {
		select {
		case c <- 2:
			fmt.Println("select sent")
		case <-d:
			fmt.Println("select got d")
		}
		done <- true
	}()
	d <- 0
	<-done
	fmt.Println("got", <-c)
	r := make(chan int)
	go func() { c <- 3 }()
	go func() { r <- <-c }()
	fmt.Println("got", <-r)
}
