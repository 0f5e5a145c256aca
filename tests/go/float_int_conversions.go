// Float-to-integer conversions out of range (implementation-defined in the
// spec) give what gc's amd64 code gives, and int64 to float32 rounds once.
package main

import (
	"fmt"
	"math"
)

//go:noinline
func id(x float64) float64 { return x }

//go:noinline
func id32(x float32) float32 { return x }

func main() {
	vals := []float64{0, -1.5, 1.5, 3e9, -3e9, 1e20, -1e20, 9.3e18, 1.8e19, 2e19, 255.9, 256.5, 65536.5, -129.5, math.NaN(), math.Inf(1), math.Inf(-1), 2147483648, -2147483649, 4294967296.5}
	for _, v := range vals {
		x := id(v)
		fmt.Println(v, int8(x), int16(x), int32(x), int64(x), uint8(x), uint16(x), uint32(x), uint64(x), int(x), uint(x))
		y := id32(float32(v))
		fmt.Println(" f32", int8(y), int16(y), int32(y), int64(y), uint8(y), uint16(y), uint32(y), uint64(y))
	}
	ns := []int64{1<<53 + 1<<29 + 1, -(1<<53 + 1<<29 + 1), 1<<62 + 1<<38 + 1}
	for _, n := range ns {
		fmt.Println(float32(n), float32(uint64(n)))
	}
}
