// arith_matrix: integer and float arithmetic over random operands (small,
// negative, powers of two and their neighbours, full-range) in every integer
// width: wrap-around, shifts by counts at and past the width, signed division
// and remainder, unary minus, and-not, float<->int and float32 conversions.
// Results are folded into a hash, printed every 4000 rounds.
package main

import (
	"fmt"
	"math"
)

var seed uint64 = 88172645463325252

func r64() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func pick() uint64 {
	switch r64() % 6 {
	case 0:
		return r64() % 10
	case 1:
		return -(r64() % 10)
	case 2:
		return uint64(1) << (r64() % 64)
	case 3:
		return (uint64(1) << (r64() % 64)) - 1
	default:
		return r64()
	}
}

func main() {
	h := uint64(0)
	mix := func(v uint64) { h = h*1099511628211 ^ v }
	for i := 0; i < 40000; i++ {
		a, b := pick(), pick()
		s := uint(r64() % 70)
		// int64
		x, y := int64(a), int64(b)
		mix(uint64(x + y))
		mix(uint64(x - y))
		mix(uint64(x * y))
		if y != 0 && !(x == math.MinInt64 && y == -1) {
			mix(uint64(x / y))
			mix(uint64(x % y))
		}
		mix(uint64(x << s))
		mix(uint64(x >> s))
		mix(uint64(x &^ y))
		mix(uint64(^x))
		// int32
		x32, y32 := int32(a), int32(b)
		mix(uint64(x32 + y32))
		mix(uint64(x32 * y32))
		mix(uint64(x32 << s))
		mix(uint64(x32 >> s))
		if y32 != 0 && !(x32 == math.MinInt32 && y32 == -1) {
			mix(uint64(x32 / y32))
			mix(uint64(x32 % y32))
		}
		// int8/uint8/int16/uint16
		x8, y8 := int8(a), int8(b)
		mix(uint64(x8 * y8))
		mix(uint64(x8 << s))
		mix(uint64(x8 >> s))
		mix(uint64(-x8))
		if y8 != 0 && !(x8 == -128 && y8 == -1) {
			mix(uint64(x8 / y8))
			mix(uint64(x8 % y8))
		}
		u8, v8 := uint8(a), uint8(b)
		mix(uint64(u8 - v8))
		mix(uint64(u8 << s))
		mix(uint64(u8 >> s))
		if v8 != 0 {
			mix(uint64(u8 / v8))
			mix(uint64(u8 % v8))
		}
		u16, v16 := uint16(a), uint16(b)
		mix(uint64(u16 * v16))
		mix(uint64(u16 >> (s % 20)))
		i16 := int16(a)
		mix(uint64(i16 >> (s % 20)))
		mix(uint64(i16 * int16(b)))
		// uint64 / uint32
		if b != 0 {
			mix(a / b)
			mix(a % b)
		}
		u32, v32 := uint32(a), uint32(b)
		mix(uint64(u32 + v32))
		mix(uint64(u32 * v32))
		mix(uint64(u32 >> s))
		if v32 != 0 {
			mix(uint64(u32 / v32))
			mix(uint64(u32 % v32))
		}
		// floats
		f := float64(x) / 7.0
		g := float64(int32(b)) * 1.5
		mix(math.Float64bits(f + g))
		mix(math.Float64bits(f * g))
		mix(math.Float64bits(f / (g + 0.5)))
		if f > -9e18 && f < 9e18 {
			mix(uint64(int64(f)))
		}
		ff := float32(f)
		mix(uint64(math.Float32bits(ff * float32(g))))
		mix(uint64(math.Float32bits(float32(x32))))
		mix(math.Float64bits(float64(a)))
		mix(math.Float64bits(float64(uint32(a))))
		if f >= 0 && f < 1.8e19 {
			mix(uint64(f))
		}
		mix(uint64(int64(int8(x)) + int64(uint16(y))))
		if i%4000 == 0 {
			fmt.Println(i, h, x, y, s, x32, u8, f, ff)
		}
	}
	fmt.Println(h)
}
