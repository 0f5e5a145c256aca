package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close of closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close of nil", func() {
		var c chan int
		close(c)
	})
	try("blocked sender sees close", func() {
		c := make(chan int)
		go func() { close(c) }()
		c <- 1
	})
	c := make(chan int)
	close(c)
	c <- 1
}
