package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Println(math.Sqrt(16), math.Sqrt(2), math.Sqrt(-1), math.Cbrt(-8))
	fmt.Println(math.Abs(-7.5), math.Abs(7.5), math.Abs(math.Inf(-1)))
	fmt.Println(math.Floor(2.7), math.Floor(-2.7), math.Ceil(2.1), math.Ceil(-2.1))
	fmt.Println(math.Trunc(2.7), math.Trunc(-2.7), math.Round(2.5), math.Round(-0.5), math.Round(0.49999999999999994), math.RoundToEven(2.5))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -2), math.Pow(9, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, 0), math.Pow(10, 15))
	fmt.Println(math.Max(1, 2), math.Min(1, 2), math.Max(-0.0, 0), math.Max(math.NaN(), 1), math.Min(math.Inf(-1), 0))
	fmt.Println(math.Mod(10, 3), math.Mod(-10, 3), math.Mod(5.5, 2), math.Remainder(10, 3))
	fmt.Println(math.Hypot(5, 12), math.Signbit(-1), math.Copysign(3, -1), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 0), math.IsInf(1e308, 1))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)

	// transcendental results printed with limited precision
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(1), math.Acos(0), math.Atan(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Atan2(1, -1), math.Atan2(-1, -1), math.Atan2(0, -1))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Exp(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Printf("%.6f %.6f %.6f\n", math.Log1p(0.5), math.Expm1(0.5), math.Exp2(3.5))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1))
	fmt.Println(math.Log(0), math.Log(-1), math.Exp(1000), math.Exp(-1000))

	// numeric algorithms
	newton := func(x float64) float64 {
		z := 1.0
		for i := 0; i < 20; i++ {
			z -= (z*z - x) / (2 * z)
		}
		return z
	}
	fmt.Printf("%.10f %.10f\n", newton(2), newton(10))
	area := func(r float64) float64 { return math.Pi * r * r }
	fmt.Printf("%.4f %.4f\n", area(1), area(2.5))
	dist := func(x1, y1, x2, y2 float64) float64 { return math.Hypot(x2-x1, y2-y1) }
	fmt.Println(dist(0, 0, 3, 4), dist(1, 1, 4, 5))
	// compound interest
	bal := 1000.0
	for y := 1; y <= 5; y++ {
		bal *= 1.05
		fmt.Printf("year %d: %.2f\n", y, bal)
	}
	fmt.Println(math.Floor(bal*100) / 100)
	var deg []string
	for d := 0; d <= 180; d += 45 {
		deg = append(deg, fmt.Sprintf("%.3f", math.Sin(float64(d)*math.Pi/180)))
	}
	fmt.Println(deg)
}
