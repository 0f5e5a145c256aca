package main

import "fmt"

// Deferred calls run in a frame just above the frame that runs them (at a
// DEFERRETURN, or where a panic was raised). At every depth one of them lands
// at the very end of the goroutine's stack: the stack must grow first.

func catch(depth int, f func()) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered ", r, " at ", depth)
		}
	}()
	f()
	return "no panic"
}

func deferAt(depth int, out *int) {
	if depth > 0 {
		deferAt(depth-1, out)
		return
	}
	defer func(a, b, c, d int) { *out += a + b + c + d }(1, 2, 3, 4)
}

func panicAt(depth int) string {
	if depth > 0 {
		return panicAt(depth - 1)
	}
	return catch(depth, func() { panic(fmt.Sprint("p", depth)) })
}

func main() {
	total := 0
	for d := 0; d < 300; d++ {
		deferAt(d, &total)
	}
	fmt.Println("deferred sum:", total)
	ok := 0
	for d := 0; d < 300; d++ {
		done := make(chan string)
		go func(d int) { done <- panicAt(d) }(d)
		if s := <-done; s == fmt.Sprint("recovered p0 at 0") {
			ok++
		} else {
			fmt.Println("bad:", s)
		}
	}
	fmt.Println("recovered:", ok)
	// a recovered panic in an argument of a variadic call while another goroutine is parked
	block := make(chan bool)
	go func() { <-block }()
	fmt.Println(catch(0, func() { var a []int; _ = a[3] }))
	close(block)
}
