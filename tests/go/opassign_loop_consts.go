// Op-assignments by constants inside loops (the constant is loaded once
// before the loop): every integer width, wrap-around, and negative operands.
package main

import "fmt"

func main() {
	var a int8 = 1
	var b uint8 = 1
	var c int16 = -7
	var d uint32 = 0xdeadbeef
	var e int64 = -1 << 62
	var f uint = 1<<64 - 1
	n := 123456789
	digits := 0
	for i := 0; i < 20; i++ {
		a *= 3
		b *= 7
		c *= -5
		c %= 1000
		d ^= 0x5555
		d &^= 0xf0
		d |= 0x10000
		e /= -3
		f /= 2
		f &= 0xfffffffffff
		if n > 0 {
			digits += n % 10
			n /= 10
		}
		fmt.Println(i, a, b, c, d, e, f, n, digits)
	}
	x := -17
	for j := 0; j < 3; j++ {
		x %= 5
		x *= -4
		x /= 3
	}
	fmt.Println(x)
}
