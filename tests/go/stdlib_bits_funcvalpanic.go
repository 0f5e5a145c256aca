// bits.Div64 called through a func value, with hi >= y, unrecovered: Go
// calls its Div64 as a function (not compiled inline, as direct calls are)
// and its traceback shows math/bits.Div64 at the line of the panic, which
// goro's math/bits/bits.go raises on the same line.
package main

import (
	"fmt"
	"math/bits"
)

var ops = map[string]func(hi, lo, y uint64) (uint64, uint64){
	"div": bits.Div64,
}

func main() {
	div := ops["div"]
	fmt.Println(div(1, 2, 3))
	fmt.Println(div(3, 2, 1))
}
