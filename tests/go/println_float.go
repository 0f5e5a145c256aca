// println and panic print floats with Go's runtime printfloat (7 digits by
// its own rounding, not C's %e).
package main

import "math"

func main() {
	println(0.99999995, 1.00000005, 2.00000015, 1e300, 1e-300, -0.0, math.Copysign(0, -1), 5e-324, math.MaxFloat64)
	println(float32(0.1), 123456789.0, -1.5, math.Inf(1), math.Inf(-1), math.NaN())
	var f float32 = 16777217
	println(f, 1.0/3.0)
	panic(2.5e-7)
}
