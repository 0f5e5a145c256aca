package main

import "fmt"

func worker(ch chan int) {
	defer fmt.Println("worker's deferred call runs")
	v := <-ch
	var arr []int
	_ = arr[v] // index out of range in a goroutine
}

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go worker(ch)
	fmt.Println("sending")
	ch <- 3
	<-done
}
