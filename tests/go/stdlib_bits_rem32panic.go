// bits.Rem32 by zero, unrecovered, after quotients that would overflow
// (Rem32 never panics on those): the traceback shows math/bits.Rem32 at
// Go's line and the caller's frames.
package main

import (
	"fmt"
	"math/bits"
)

func rem(hi, lo, y uint32) uint32 { return bits.Rem32(hi, lo, y) }

func main() {
	fmt.Println(rem(5, 6, 7))
	for i := uint32(3); ; i-- {
		fmt.Println(i, rem(0xffffffff, 0xffffffff, i))
	}
}
