package main

import "fmt"

type state struct {
	depth int
	pad   [8]int
}

func recurse(s state) int {
	s.depth++
	return recurse(s) + 1
}

func main() {
	fmt.Println("starting infinite recursion")
	fmt.Println(recurse(state{}))
}
