// Division and remainder by constants (compiled as multiplies by magic
// numbers): every integer type, signed and unsigned, edge values, op= forms
// on locals, map elements, fields and array elements.
package main

import (
	"fmt"
	"math"
)

type pt struct{ x, y int }

func main() {
	i64s := []int64{0, 1, -1, 7, -7, 9, -9, 10, -10, 11, -11, 99, -100, 1000002, 1000003, -1000004,
		math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1, 1 << 40, -(1 << 40) - 3}
	for _, x := range i64s {
		fmt.Println(x, x/2, x%2, x/3, x%3, x/7, x%7, x/10, x%10, x/16, x%16, x/641, x%641, x/1000003, x%1000003, x/(1<<30), x%(1<<30))
	}
	u64s := []uint64{0, 1, 7, 9, 10, 11, 99, 1000003, math.MaxUint64, math.MaxUint64 - 1, 1 << 63, 1<<63 - 1, 1<<32 + 5}
	for _, x := range u64s {
		fmt.Println(x, x/2, x%2, x/3, x%3, x/7, x%7, x/10, x%10, x/16, x%16, x/641, x%641, x/1000003, x%1000003, x/(1<<30), x%(1<<30))
	}
	for _, x := range []int8{-128, -127, -1, 0, 1, 127} {
		fmt.Println(x, x/2, x%2, x/3, x%3, x/7, x%7, x/10, x%10, x/127, x%127)
	}
	for _, x := range []uint8{0, 1, 9, 10, 200, 255} {
		fmt.Println(x, x/2, x%2, x/3, x%3, x/7, x%7, x/10, x%10, x/255, x%255)
	}
	for _, x := range []int16{-32768, -1, 32767} {
		fmt.Println(x, x/3, x%3, x/10, x%10, x/32767, x%32767)
	}
	for _, x := range []int32{math.MinInt32, -1, math.MaxInt32} {
		fmt.Println(x, x/3, x%3, x/10, x%10, x/1000003, x%1000003)
	}
	for _, x := range []uint32{0, 10, math.MaxUint32} {
		fmt.Println(x, x/3, x%3, x/10, x%10, x/1000003, x%1000003)
	}
	var ui uint = math.MaxUint
	var uip uintptr = 12345
	fmt.Println(ui/10, ui%10, uip/100, uip%100)

	// op= forms
	n := -123456789
	digits := ""
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		digits += string(rune('0' + d))
		n /= 10
	}
	fmt.Println(digits)
	m := map[string]int{"a": 100, "b": -100}
	m["a"] /= 7
	m["b"] %= 7
	m["c"] /= 3
	fmt.Println(m["a"], m["b"], m["c"], len(m))
	p := &pt{x: 1000, y: -999}
	p.x /= 9
	p.y %= 10
	arr := [3]uint16{65535, 1000, 7}
	arr[0] /= 10
	arr[1] %= 7
	arr[2] /= 8
	fmt.Println(*p, arr)
	// a constant divisor of 1 and -1 (not compiled as multiplies) and a constant dividend
	x := math.MinInt64
	one, mone := x/1, x/-1
	fmt.Println(one, mone, x%1, x%-1, 1000/(len(digits)+1))
	const c = 7
	var s uint64 = 1<<64 - 1
	fmt.Println(s/c, s%c, s/(c*c*c), -x/c)
}
