// bits.Div32 by zero, unrecovered: Go's runtime error "integer divide by
// zero", exit status 2, and the traceback through math/bits.Div32 at Go's
// line (goro's math/bits/bits.go panics on the same line as Go's).
package main

import (
	"fmt"
	"math/bits"
)

func quotient(hi, lo, y uint32) uint32 {
	q, _ := bits.Div32(hi, lo, y)
	return q
}

func main() {
	fmt.Println(quotient(1, 0, 3))
	var y uint32
	fmt.Println(quotient(0, 7, y))
	fmt.Println("not reached")
}
