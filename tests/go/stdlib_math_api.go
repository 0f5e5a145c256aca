package main

import (
	"fmt"
	"math"
)

func bits(f float64) string {
	if f != f {
		return "NaN"
	}
	return fmt.Sprintf("%#016x", math.Float64bits(f))
}

func main() {
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 2, -2, 0.5, -0.5, 0.85, -0.85,
		math.Nextafter(0.85, 1), math.Nextafter(1, 0), math.Nextafter(-1, 0), 1 - 1e-16,
		5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e-10, 0.999999, 0.9999999999,
		math.NaN(), math.Inf(1), math.Inf(-1), 1.5, 0.1, 0.3, 0.7, 0.95}
	for i := 0; i < 400; i++ {
		xs = append(xs, float64(i)/200-1)
		xs = append(xs, 1-math.Pow(10, -float64(i)/25))
	}
	for _, x := range xs {
		fmt.Println(x, bits(math.Erfinv(x)), bits(math.Erfcinv(x)), bits(math.Erfcinv(x+1)))
	}
	fmt.Println(math.Erfinv(0.5), math.Erfcinv(0.5), math.Erfinv(-0.999), math.Erfcinv(1.999))
}
