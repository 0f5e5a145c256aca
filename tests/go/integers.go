package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	i8 = -128
	i8--
	fmt.Println(i8)
	var u8 uint8 = 255
	u8++
	fmt.Println(u8)
	u8 = 0
	u8--
	fmt.Println(u8)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println(u16)
	var i32 int32 = math.MaxInt32
	i32++
	fmt.Println(i32)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u32)
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println(i64, -i64)
	var u64 uint64 = math.MaxUint64
	u64 += 2
	fmt.Println(u64)
	var mul int32 = 123456789
	fmt.Println(mul*mul, int64(mul)*int64(mul))
	fmt.Println(math.MinInt64/int64(-1+0*int(u8)), math.MaxInt8, math.MinInt16, math.MaxUint32)

	// division and modulo truncate toward zero
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		fmt.Print(p[0]/p[1], " ", p[0]%p[1], "; ")
	}
	fmt.Println()
	var ua, ub uint = 7, 2
	fmt.Println(ua/ub, ua%ub, -ua/ub)

	// shifts
	x := 1
	fmt.Println(x<<10, x<<62, x<<63, x<<64, -8>>1, -1>>10)
	var s uint = 70
	fmt.Println(x<<s, uint64(1)<<(s-7), int8(1)<<6, uint8(1)<<7)
	var neg int8 = -128
	fmt.Println(neg>>1, neg>>7, uint8(neg)>>1)
	var sh32 int32 = 1
	fmt.Println(sh32<<31, sh32<<32, sh32<<33)

	// bit operations
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a)
	fmt.Printf("%b %b %b %b\n", a&b, a|b, a^b, a&^b)
	var m uint8 = 0b10110011
	fmt.Printf("%08b %08b %08b %d\n", ^m, m&^0x0f, m<<2, m>>3)
	fmt.Println(0x7fffffff, 0o755, 0xDEAD_BEEF, 1_000_000)

	// conversions truncate and sign-extend
	big := 0x1234_5678_9abc
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	n := -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n), int8(u8+200))
	var f = 3.99
	fmt.Println(int(f), int(-f), int64(1e18), uint8(int(f)))

	// hashing with wrap-around
	var h uint32 = 2166136261
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	var h64 uint64 = 14695981039346656037
	for _, c := range []byte("hello") {
		h64 ^= uint64(c)
		h64 *= 1099511628211
	}
	fmt.Println(h64)

	// compound assignment operators
	v := 100
	v += 5
	v -= 3
	v *= 2
	v /= 4
	v %= 7
	v <<= 3
	v >>= 1
	v |= 1
	v &= 0xff
	v ^= 0x10
	v &^= 0x4
	fmt.Println(v)
	var counter uint16
	for i := 0; i < 70000; i++ {
		counter++
	}
	fmt.Println(counter)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	var r rune = 'a'
	var by byte = 'b'
	fmt.Println(r+1, by+1, r-'a', by*3)
}
