package main

import (
	"fmt"
	"sync"
)

func panicText(f func()) (s string) {
	defer func() {
		println("in defer")
		if r := recover(); r != nil {
			println("recovered")
			s = fmt.Sprint(r)
		}
	}()
	println("calling f")
	f()
	return "no panic"
}

func waitGroup() {
	var wg sync.WaitGroup
	done := make(chan bool)
	for w := 0; w < 1; w++ {
		go func() { _ = wg; done <- true }()
	}
	var wg2 sync.WaitGroup
	fmt.Println(panicText(func() { wg2.Done() }))
}

func main() {
	waitGroup()
}
