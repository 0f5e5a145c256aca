// An out-of-range index in a branch on a []bool element (JFIDX_8) panics
// with Go's message and the line of the index expression.
package main

import "fmt"

func scan(seen []bool, xs []int) int {
	n := 0
	for _, x := range xs {
		if !seen[x] {
			n++
		}
	}
	return n
}

func main() {
	seen := make([]bool, 4)
	seen[1] = true
	fmt.Println(scan(seen, []int{0, 1, 2, 3}))
	fmt.Println(scan(seen, []int{0, 1, 4}))
}
