// Signed division and remainder by constants: truncation toward zero, the
// sign of a remainder, every signed width, negative and huge divisors, MinInt
// dividends, op-assignments through memory, 1 and -1 (MinInt / -1 wraps),
// and a variable 0 that still panics. (Multiplying by the divisor's magic
// number, as gc does, was measured slower than the interpreter's divide on
// this project's machines and is not done.)
package main

import (
	"fmt"
	"math"
)

type celsius int16

func main() {
	xs := []int64{0, 1, -1, 6, -6, 7, -7, 99, -99, 1000003, -1000003, math.MaxInt64, math.MinInt64,
		math.MaxInt64 - 1, math.MinInt64 + 1, 1 << 40, -(1 << 40) - 3}
	for _, x := range xs {
		fmt.Println(x, x/2, x%2, x/3, x%3, x/-3, x%-3, x/10, x%10, x/7919, x%7919, x/-1000003, x%-1000003,
			x/1, x%1, x/-1, x%-1, x/math.MaxInt64, x%math.MaxInt64, x/math.MinInt64, x%math.MinInt64,
			x/(1<<62), x%(1<<62))
	}
	for _, v := range []int{5, -5, 123456789, -987654321, math.MinInt, math.MaxInt} {
		fmt.Println(v/16, v%16, v/-16, v%-16, v/1000, v%1000)
		w := v
		w /= 9
		u := v
		u %= -9
		fmt.Println(w, u)
	}
	for _, b := range []int8{127, -128, -7, 7, 0} {
		fmt.Println(b/3, b%3, b/-128, b%-128, b/127, b%127, b/-1, b%-1)
	}
	for _, h := range []int16{32767, -32768, -1000} {
		fmt.Println(h/100, h%100, h/-7, h%-7)
	}
	for _, w := range []int32{math.MaxInt32, math.MinInt32, -12345} {
		fmt.Println(w/1000, w%1000, w/-3, w%-3, w/65536, w%65536)
	}
	t := celsius(-40)
	fmt.Println(t/9, t%9, (t*9)/5+32)
	// op-assignments through memory: slice elements, fields, map entries
	s := []int{100, -100}
	s[0] /= 7
	s[1] %= 7
	type acc struct{ n int64 }
	a := &acc{-99}
	a.n /= 4
	m := map[string]int{"k": 250}
	m["k"] /= 8
	m["z"] %= 3
	fmt.Println(s, a.n, m)
	// digits of a number, the usual loop
	n, digits := 9876543210, ""
	for n > 0 {
		digits = string(rune('0'+n%10)) + digits
		n /= 10
	}
	fmt.Println(digits)
	// a variable divisor of zero still panics
	defer func() { fmt.Println("recovered:", recover()) }()
	zero := 0
	fmt.Println(xs[3] / int64(zero))
}
