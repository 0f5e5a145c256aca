package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(3.0/2, 1e21, 1e-7, 100.0, 1e20, 123456789.0, 0.000001, 1e6)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, 1.0/3.0, 2.0/3.0, -0.5)
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32), f32*3, float32(1)/3)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero, -zero)
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, math.IsNaN(nan), math.IsInf(1/zero, 1))
	fmt.Println(math.Inf(1), math.Inf(-1), math.Inf(1) > math.MaxFloat64)
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero, negZero == 0, math.Signbit(negZero), 1/negZero)

	// float to int conversion truncates toward zero
	for _, v := range []float64{2.5, -2.5, 2.9999, -0.9, 1e10} {
		fmt.Print(int64(v), " ")
	}
	fmt.Println()
	fmt.Println(float64(7)/2, float64(7/2), float32(16777217), float64(1<<53+1))

	// accumulated error
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0, math.Abs(sum-1.0) < 1e-9)
	var s32 float32
	for i := 0; i < 10; i++ {
		s32 += 0.1
	}
	fmt.Println(s32)

	fmt.Printf("%f %.2f %8.3f|%-8.2f|%e %E %g %G\n", math.Pi, math.Pi, math.Pi, math.E, 123456.789, 0.000123, 1e-10, 2.5e30)
	fmt.Printf("%v %v %v %v\n", 1e100, 1.5e-300, float32(1e10), float32(3.4e38))
	fmt.Printf("%g %g %g %g %g\n", 100000.0, 1000000.0, 1e21, 1e20, 0.0001)
	fmt.Printf("%.3g %.10g %.0f %.1f %.1f\n", math.Pi, math.Pi, 2.5, 0.05, 0.25)
	fmt.Printf("%6.2f|%-6.1f|%+.1f|% .1f|%06.2f\n", 3.14159, 2.0, 3.0, 4.0, -1.5)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.5), math.Round(2.5))
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(2, 0.5), math.Abs(-3.2), math.Mod(7.5, 2))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Hypot(3, 4), math.Cbrt(27))

	// comparisons and mixed ops
	a, b := 1.5, 2.25
	fmt.Println(a < b, a*b, b/a, a-b, -a, a+b)
	var x float32 = 1.1
	y := float64(x)
	fmt.Println(y, x == 1.1, y == 1.1)
	vals := []float64{3.5, -1.25, 0, 1e3, 2.0 / 3}
	maxV := vals[0]
	for _, v := range vals {
		if v > maxV {
			maxV = v
		}
	}
	fmt.Println(maxV, vals)
	fmt.Println(float32(0.1)+float32(0.2), float32(1.0)/float32(3.0)*3)
	fmt.Println(5e-324, 4.9e-324/2, math.MaxFloat64*float64(len(vals)))
}
