// bits.Rem by zero, unrecovered: the traceback shows math/bits.Rem64 and
// math/bits.Rem (which calls it) at Go's lines, after a recovered panic of
// Rem32 and Rem64 (Rem never panics with "integer overflow").
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	var z32 uint32
	var z64 uint64
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bits.Rem32(1, 2, z32)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bits.Rem64(1, 2, z64)
	}()
	fmt.Println(bits.Rem(^uint(0), ^uint(0), 10), bits.Rem32(100, 100, 3), bits.Rem64(7, 7, 7))
	var y uint
	fmt.Println(bits.Rem(1, 2, y))
}
