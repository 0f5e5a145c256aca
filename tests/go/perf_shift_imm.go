// Shifts by constant counts (SHLI/SHRI_I/SHRI_U): every integer type,
// counts 0, 1, 7, 31, 32, 63 and 64 and more (no immediate form), arithmetic
// vs logical right shifts, narrow types wrapping after <<, and compound
// assignments on locals, slice elements and struct fields.
package main

import "fmt"

type pair struct{ lo, hi uint16 }

func ints(x int64) {
	fmt.Println(x<<0, x<<1, x<<7, x<<31, x<<32, x<<63, x<<64, x<<100)
	fmt.Println(x>>0, x>>1, x>>7, x>>31, x>>32, x>>63, x>>64, x>>100)
	u := uint64(x)
	fmt.Println(u<<1, u<<63, u>>1, u>>7, u>>63, u>>64)
}

func narrow(a int8, b uint8, c int16, d uint16, e int32, f uint32) {
	fmt.Println(a<<1, a<<7, a>>1, a>>7, a<<8)
	fmt.Println(b<<1, b<<7, b>>1, b>>7, b<<8)
	fmt.Println(c<<3, c<<15, c>>3, c>>15)
	fmt.Println(d<<3, d<<15, d>>3, d>>15)
	fmt.Println(e<<5, e<<31, e>>5, e>>31, e<<32)
	fmt.Println(f<<5, f<<31, f>>5, f>>31, f<<32)
}

func hash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
		h ^= h >> 13
		h += h << 3
	}
	return h
}

func main() {
	for _, x := range []int64{0, 1, -1, 5, -5, 1 << 40, -1 << 40, 1<<63 - 1, -1 << 63} {
		ints(x)
	}
	narrow(-128, 255, -32768, 65535, -2147483648, 4294967295)
	narrow(127, 1, 32767, 1, 2147483647, 1)
	narrow(-3, 200, -300, 40000, -70000, 3000000000)

	x := -1000
	x >>= 3
	y := 7
	y <<= 60
	z := uint8(0x81)
	z <<= 1
	w := int16(-2)
	w >>= 15
	fmt.Println(x, y, z, w)
	s := []int{3, -9, 1 << 62}
	for i := range s {
		s[i] <<= 1
		s[i] >>= 2
	}
	p := pair{0xffff, 0x8001}
	p.lo <<= 4
	p.hi >>= 15
	fmt.Println(s, p)
	fmt.Println(hash(""), hash("goro"), hash("a somewhat longer string"))
	n := 0
	for i := 0; i < 1000; i++ {
		n += (i * 2654435761 >> 7) & 0xff
	}
	fmt.Println(n)
}
