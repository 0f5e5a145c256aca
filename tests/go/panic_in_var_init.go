// A panic in a package variable's initialiser: the traceback shows gc's
// main.init, the function that runs them, at the variable's line.
package main

import "fmt"

var table = build(3)

var x = compute()

func build(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i * i
	}
	return s
}

func compute() int {
	if len(table) == 3 {
		panic(fmt.Sprintf("init failed: %v", table))
	}
	return 1
}

func main() {
	fmt.Println(x)
}
