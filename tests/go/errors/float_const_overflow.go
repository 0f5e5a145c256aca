// A float constant past a float type's range: gc's "(overflows)", with the
// constant printed exactly even past the long double range.
package main

const big = 1e5000

func main() {
	x := 1e4940
	var y float64 = -2.5e5000
	var z float32 = big / 1e4961
	_, _, _ = x, y, z
}
