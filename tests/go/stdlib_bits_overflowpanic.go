// bits.Div32 with hi >= y, unrecovered: Go's runtime error "integer
// overflow" (a runtime.Error no operation of the language raises), exit
// status 2, and the traceback through math/bits.Div32 at Go's line.
// (No deferred call in main: goro then loses the traceback's frames, see
// REPRO_traceback_error_panic_after_defer.go.)
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	hi, lo, y := uint32(9), uint32(1), uint32(10)
	for {
		q, r := bits.Div32(hi, lo, y)
		fmt.Println(hi, lo, y, "->", q, r)
		y--
	}
}
