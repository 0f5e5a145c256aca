// fatal: fatal error: runtime: out of memory
// A recovered makechan panic, then a fatal out of memory: the traceback shows
// the make's frames (it walked frames the recovered call had left).
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	n := -1
	try(func() { _ = make(chan int, n) })
	m := 1 << 40
	try(func() { _ = make(chan int, m) })
}
