// math/bits: every exported function and constant on edge values (0, 1,
// powers of two and their neighbours, all ones), on values of a xorshift
// generator (printed, and folded into checksums), full-width arithmetic
// checked against itself (q*y + r == (hi, lo)), recovered panics of Div*
// and Rem*, and the functions called through func values.
package main

import (
	"fmt"
	"math/bits"
	"runtime"
)

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// sum folds results into a checksum (FNV-1a over 64-bit words).
type sum uint64

func (s *sum) add(vs ...uint64) {
	for _, v := range vs {
		*s ^= sum(v)
		*s *= 0x100000001b3
	}
}

func edges() []uint64 {
	return []uint64{
		0, 1, 2, 3, 4, 5, 7, 8, 0x0f, 0x10, 0x55, 0x7f, 0x80, 0x81, 0xaa, 0xfe, 0xff,
		0x100, 0x101, 0x1234, 0x7fff, 0x8000, 0x8001, 0xffff, 0x10000, 0x12345678,
		0x7fffffff, 0x80000000, 0x80000001, 0xffffffff, 0x100000000, 0x123456789abcdef0,
		0x7fffffffffffffff, 0x8000000000000000, 0x8000000000000001, 0xfffffffffffffffe,
		0xffffffffffffffff, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa, 0x0123456789abcdef,
		0xfedcba9876543210, 0xf0f0f0f0f0f0f0f0, 0x00ff00ff00ff00ff,
	}
}

func unary() {
	fmt.Println("UintSize", bits.UintSize, uint(bits.UintSize))
	const c = bits.UintSize * 2 // a constant
	fmt.Println("const", c)
	for _, v := range edges() {
		u, u32, u16, u8 := uint(v), uint32(v), uint16(v), uint8(v)
		fmt.Printf("%#x:\n", v)
		fmt.Printf("  LeadingZeros %d %d %d %d %d\n", bits.LeadingZeros(u), bits.LeadingZeros8(u8), bits.LeadingZeros16(u16), bits.LeadingZeros32(u32), bits.LeadingZeros64(v))
		fmt.Printf("  TrailingZeros %d %d %d %d %d\n", bits.TrailingZeros(u), bits.TrailingZeros8(u8), bits.TrailingZeros16(u16), bits.TrailingZeros32(u32), bits.TrailingZeros64(v))
		fmt.Printf("  OnesCount %d %d %d %d %d\n", bits.OnesCount(u), bits.OnesCount8(u8), bits.OnesCount16(u16), bits.OnesCount32(u32), bits.OnesCount64(v))
		fmt.Printf("  Len %d %d %d %d %d\n", bits.Len(u), bits.Len8(u8), bits.Len16(u16), bits.Len32(u32), bits.Len64(v))
		fmt.Printf("  Reverse %#x %#x %#x %#x %#x\n", bits.Reverse(u), bits.Reverse8(u8), bits.Reverse16(u16), bits.Reverse32(u32), bits.Reverse64(v))
		fmt.Printf("  ReverseBytes %#x %#x %#x %#x\n", bits.ReverseBytes(u), bits.ReverseBytes16(u16), bits.ReverseBytes32(u32), bits.ReverseBytes64(v))
	}
	// every power of two and its neighbours
	for i := 0; i < 64; i++ {
		p := uint64(1) << i
		fmt.Printf("2^%d: lz %d %d %d  tz %d %d  len %d %d %d  ones %d %d  rev %#x\n", i,
			bits.LeadingZeros64(p), bits.LeadingZeros64(p-1), bits.LeadingZeros64(p+1),
			bits.TrailingZeros64(p), bits.TrailingZeros64(^p),
			bits.Len64(p), bits.Len64(p-1), bits.Len64(p+1),
			bits.OnesCount64(p-1), bits.OnesCount64(^p),
			bits.Reverse64(p))
	}
	for i := 0; i < 32; i++ {
		p := uint32(1) << i
		fmt.Printf("32: 2^%d: lz %d tz %d len %d %d ones %d rev %#x revb %#x\n", i,
			bits.LeadingZeros32(p), bits.TrailingZeros32(p), bits.Len32(p), bits.Len32(p-1), bits.OnesCount32(p-1),
			bits.Reverse32(p), bits.ReverseBytes32(p))
	}
	// every 8-bit and 16-bit value, folded
	var s8, s16 sum
	for x := 0; x < 1<<8; x++ {
		b := uint8(x)
		s8.add(uint64(bits.LeadingZeros8(b)), uint64(bits.TrailingZeros8(b)), uint64(bits.OnesCount8(b)),
			uint64(bits.Len8(b)), uint64(bits.Reverse8(b)), uint64(bits.RotateLeft8(b, x)), uint64(bits.RotateLeft8(b, -x)))
	}
	for x := 0; x < 1<<16; x++ {
		h := uint16(x)
		s16.add(uint64(bits.LeadingZeros16(h)), uint64(bits.TrailingZeros16(h)), uint64(bits.OnesCount16(h)),
			uint64(bits.Len16(h)), uint64(bits.Reverse16(h)), uint64(bits.ReverseBytes16(h)),
			uint64(bits.RotateLeft16(h, x)), uint64(bits.RotateLeft16(h, -x)))
	}
	fmt.Printf("all 8-bit %#x, all 16-bit %#x\n", uint64(s8), uint64(s16))
	fmt.Println("Reverse8 table head", bits.Reverse8(1), bits.Reverse8(2), bits.Reverse8(3), bits.Reverse8(0x0f), bits.Reverse8(0xf0))
}

func rotate() {
	ks := []int{0, 1, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, -1, -3, -8, -9, -16, -17, -32, -33, -64, -65,
		1 << 40, -1 << 40, 1<<63 - 1, -1 << 63}
	vs := []uint64{0x0123456789abcdef, 1, 0x8000000000000001}
	for _, v := range vs {
		for _, k := range ks {
			fmt.Printf("RotateLeft(%#x, %d): %#x %#x %#x %#x %#x\n", v, k,
				bits.RotateLeft(uint(v), k), bits.RotateLeft8(uint8(v), k), bits.RotateLeft16(uint16(v), k),
				bits.RotateLeft32(uint32(v), k), bits.RotateLeft64(v, k))
		}
	}
	// rotating right by k undoes rotating left by k
	bad := 0
	for i := 0; i < 300; i++ {
		v := next()
		k := int(next()%200) - 100
		if bits.RotateLeft64(bits.RotateLeft64(v, k), -k) != v || bits.RotateLeft32(bits.RotateLeft32(uint32(v), k), -k) != uint32(v) ||
			bits.RotateLeft(bits.RotateLeft(uint(v), k), -k) != uint(v) {
			bad++
		}
	}
	fmt.Println("rotate round trips failed:", bad)
}

func random() {
	var s sum
	for i := 0; i < 400; i++ {
		v := next()
		switch i % 4 {
		case 1:
			v &= next() // sparse
		case 2:
			v |= next() // dense
		case 3:
			v >>= next() % 64
		}
		u, u32, u16, u8 := uint(v), uint32(v), uint16(v), uint8(v)
		k := int(next()%256) - 128
		r := []uint64{
			uint64(bits.LeadingZeros(u)), uint64(bits.LeadingZeros8(u8)), uint64(bits.LeadingZeros16(u16)), uint64(bits.LeadingZeros32(u32)), uint64(bits.LeadingZeros64(v)),
			uint64(bits.TrailingZeros(u)), uint64(bits.TrailingZeros8(u8)), uint64(bits.TrailingZeros16(u16)), uint64(bits.TrailingZeros32(u32)), uint64(bits.TrailingZeros64(v)),
			uint64(bits.OnesCount(u)), uint64(bits.OnesCount8(u8)), uint64(bits.OnesCount16(u16)), uint64(bits.OnesCount32(u32)), uint64(bits.OnesCount64(v)),
			uint64(bits.Len(u)), uint64(bits.Len8(u8)), uint64(bits.Len16(u16)), uint64(bits.Len32(u32)), uint64(bits.Len64(v)),
			uint64(bits.Reverse(u)), uint64(bits.Reverse8(u8)), uint64(bits.Reverse16(u16)), uint64(bits.Reverse32(u32)), bits.Reverse64(v),
			uint64(bits.ReverseBytes(u)), uint64(bits.ReverseBytes16(u16)), uint64(bits.ReverseBytes32(u32)), bits.ReverseBytes64(v),
			uint64(bits.RotateLeft(u, k)), uint64(bits.RotateLeft8(u8, k)), uint64(bits.RotateLeft16(u16, k)), uint64(bits.RotateLeft32(u32, k)), bits.RotateLeft64(v, k),
		}
		s.add(r...)
		if i%8 == 0 {
			fmt.Printf("rand %#x k=%d: %v\n", v, k, r)
		}
	}
	fmt.Printf("random unary checksum %#x\n", uint64(s))
}

func arith() {
	ev := []uint64{0, 1, 2, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0x7fffffffffffffff, 0x8000000000000000, 0xfffffffffffffffe, 0xffffffffffffffff}
	for _, x := range ev {
		for _, y := range ev {
			for c := uint64(0); c < 2; c++ {
				s, co := bits.Add64(x, y, c)
				d, bo := bits.Sub64(x, y, c)
				s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
				d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
				su, cou := bits.Add(uint(x), uint(y), uint(c))
				du, bou := bits.Sub(uint(x), uint(y), uint(c))
				fmt.Printf("%#x %#x %d: add %#x %d | %#x %d | %#x %d  sub %#x %d | %#x %d | %#x %d\n", x, y, c,
					s, co, s32, co32, su, cou, d, bo, d32, bo32, du, bou)
			}
			h, l := bits.Mul64(x, y)
			h32, l32 := bits.Mul32(uint32(x), uint32(y))
			hu, lu := bits.Mul(uint(x), uint(y))
			fmt.Printf("%#x * %#x = %#x:%#x | %#x:%#x | %#x:%#x\n", x, y, h, l, h32, l32, hu, lu)
		}
	}
	// division where it does not panic: hi < y
	for _, y := range ev {
		if y == 0 {
			continue
		}
		for _, hi := range []uint64{0, 1, y / 2, y - 1} {
			if hi >= y {
				continue
			}
			for _, lo := range []uint64{0, 1, y, 0x8000000000000000, 0xffffffffffffffff} {
				q, r := bits.Div64(hi, lo, y)
				qu, ru := bits.Div(uint(hi), uint(lo), uint(y))
				fmt.Printf("Div64(%#x, %#x, %#x) = %#x, %#x | %#x, %#x  Rem64 %#x Rem %#x\n", hi, lo, y, q, r, qu, ru,
					bits.Rem64(hi, lo, y), bits.Rem(uint(hi), uint(lo), uint(y)))
				if y>>32 == 0 {
					q32, r32 := bits.Div32(uint32(hi), uint32(lo), uint32(y))
					fmt.Printf("  Div32(%#x, %#x, %#x) = %#x, %#x  Rem32 %#x\n", uint32(hi), uint32(lo), uint32(y), q32, r32,
						bits.Rem32(uint32(hi), uint32(lo), uint32(y)))
				}
			}
		}
	}
	// Rem on dividends whose quotient would overflow (no panic)
	fmt.Println("Rem big:", bits.Rem64(0xffffffffffffffff, 0xffffffffffffffff, 7), bits.Rem64(10, 3, 10), bits.Rem64(1<<63, 5, 3),
		bits.Rem32(0xffffffff, 0xffffffff, 7), bits.Rem32(10, 3, 10), bits.Rem(100, 100, 100), bits.Rem(0xffffffffffffffff, 0, 0xfffffffffffffffe))

	// random: (hi, lo) = x*y + r with r < y; Div64 must give back y... and x.
	var s sum
	bad := 0
	for i := 0; i < 500; i++ {
		x, y := next(), next()
		switch i % 5 {
		case 1:
			y >>= next() % 64
		case 2:
			x >>= next() % 64
		case 3:
			y = y>>32 | 1<<63
		case 4:
			y = 0xffffffff00000000 | y&0xffff
		}
		if y == 0 {
			y = 1
		}
		r := next() % y
		hi, lo := bits.Mul64(x, y)
		var c uint64
		lo, c = bits.Add64(lo, r, 0)
		hi += c
		if hi >= y {
			hi %= y
		}
		q, rem := bits.Div64(hi, lo, y)
		// check: q*y + rem == (hi, lo)
		ph, pl := bits.Mul64(q, y)
		pl, c = bits.Add64(pl, rem, 0)
		ph, _ = bits.Add64(ph, 0, c)
		if ph != hi || pl != lo || rem >= y || bits.Rem64(hi, lo, y) != rem {
			bad++
		}
		d, b := bits.Sub64(x, y, uint64(i&1))
		s.add(q, rem, d, b)
		a32, c32 := bits.Add32(uint32(x), uint32(y), uint32(i&1))
		d32, b32 := bits.Sub32(uint32(x), uint32(y), uint32(i&1))
		m1, m2 := bits.Mul32(uint32(x), uint32(y))
		y32 := uint32(y) | 1
		q32, r32 := bits.Div32(uint32(hi)%y32, uint32(lo), y32)
		s.add(uint64(a32), uint64(c32), uint64(d32), uint64(b32), uint64(m1), uint64(m2), uint64(q32), uint64(r32),
			uint64(bits.Rem32(uint32(hi), uint32(lo), y32)))
		if i%25 == 0 {
			fmt.Printf("div %#x:%#x / %#x = %#x rem %#x\n", hi, lo, y, q, rem)
		}
	}
	fmt.Printf("random arith checksum %#x, failed checks %d\n", uint64(s), bad)
}

// try runs f and prints what it panicked with.
func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(name, "no panic")
			return
		}
		re, ok := r.(runtime.Error)
		fmt.Printf("%s: panic %v (runtime.Error %v: %q)\n", name, r, ok, re.Error())
	}()
	f()
}

func panics() {
	var z uint64
	var z32 uint32
	var zu uint
	try("Div64 by 0", func() { bits.Div64(0, 1, z) })
	try("Div64 by 0, hi > 0", func() { bits.Div64(5, 1, z) })
	try("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("Div64 overflow max", func() { bits.Div64(^uint64(0), 0, ^uint64(0)-1) })
	try("Div32 by 0", func() { bits.Div32(0, 1, z32) })
	try("Div32 by 0, hi > 0", func() { bits.Div32(3, 1, z32) })
	try("Div32 overflow", func() { bits.Div32(7, 1, 7) })
	try("Div by 0", func() { bits.Div(0, 1, zu) })
	try("Div overflow", func() { bits.Div(9, 1, 3) })
	try("Rem64 by 0", func() { bits.Rem64(5, 1, z) })
	try("Rem32 by 0", func() { bits.Rem32(5, 1, z32) })
	try("Rem by 0", func() { bits.Rem(0, 1, zu) })
	try("Div64 ok", func() { fmt.Println(bits.Div64(4, 1, 5)) })
	// the panic values compare as Go's: the same error every time, and a
	// bits division by zero panics with the runtime's own error
	catch := func(f func()) (r any) {
		defer func() { r = recover() }()
		f()
		return nil
	}
	one := uint64(1)
	e1 := catch(func() { bits.Div64(0, 1, z) })
	e2 := catch(func() { bits.Div32(0, 1, z32) })
	e3 := catch(func() { _ = one / z })
	o1 := catch(func() { bits.Div64(2, 1, 1) })
	o2 := catch(func() { bits.Div32(2, 1, 1) })
	fmt.Println("same divide errors:", e1 == e2, e1 == e3, "same overflow errors:", o1 == o2, "differ:", e1 == o1)
	err, ok := o1.(error)
	fmt.Println("overflow is an error:", ok, err)
}

func funcValues() {
	counts := []func(uint64) int{bits.LeadingZeros64, bits.TrailingZeros64, bits.OnesCount64, bits.Len64}
	for _, f := range counts {
		fmt.Print(f(0x00f0000000000100), " ")
	}
	fmt.Println()
	mul := bits.Mul64
	add := bits.Add64
	div := bits.Div64
	h, l := mul(1<<40, 1<<40)
	s, c := add(^uint64(0), 1, 0)
	q, r := div(1, 0, 3)
	fmt.Println(h, l, s, c, q, r)
	defer func() { fmt.Println("recovered via func value:", recover()) }()
	var y uint64
	div(0, 0, y)
}

func main() {
	unary()
	rotate()
	random()
	arith()
	panics()
	funcValues()
}
