// make's limits as Go 1.19 on amd64 has them: a channel of zero-size
// elements needs no buffer, so any capacity is fine; sizes past maxAlloc
// (2^48 bytes) panic with Go's texts.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	c := make(chan struct{}, 1<<48)
	fmt.Println(cap(c), len(c))
	c <- struct{}{}
	fmt.Println(len(c))
	n := 1 << 46
	try("chan int", func() { _ = make(chan int, n) })
	try("slice int", func() { _ = make([]int, n) })
	try("slice cap", func() { _ = make([]int, 1, n) })
	try("chan neg", func() { _ = make(chan int, n-n-1) })
	var s []struct{}
	s = append(s, make([]struct{}, 1<<50)...)
	fmt.Println(len(s))
}
