// Package bits implements bit counting and manipulation functions for the
// predeclared unsigned integer types (goro's version of Go's math/bits; same
// API and results, panics included).
//
// Functions in this package are written for goro's interpreter: they use a
// few straight-line shifts and masks (no tables, no loops over bits).
package bits

import "runtime"

const uintSize = 32 << (^uint(0) >> 63) // 32 or 64

// UintSize is the size of a uint in bits.
const UintSize = uintSize

// Masks: every other bit, pair of bits, nibble, byte and 16-bit half; 32 ones.
const (
	mask1  = 0x5555555555555555
	mask2  = 0x3333333333333333
	mask4  = 0x0f0f0f0f0f0f0f0f
	mask8  = 0x00ff00ff00ff00ff
	mask16 = 0x0000ffff0000ffff
	mask32 = 1<<32 - 1
)

// --- LeadingZeros ---

// LeadingZeros returns the number of leading zero bits in x; the result is
// UintSize for x == 0.
func LeadingZeros(x uint) int { return UintSize - Len(x) }

// LeadingZeros8 returns the number of leading zero bits in x; the result is 8
// for x == 0.
func LeadingZeros8(x uint8) int { return 8 - Len8(x) }

// LeadingZeros16 returns the number of leading zero bits in x; the result is
// 16 for x == 0.
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }

// LeadingZeros32 returns the number of leading zero bits in x; the result is
// 32 for x == 0.
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }

// LeadingZeros64 returns the number of leading zero bits in x; the result is
// 64 for x == 0.
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// --- TrailingZeros ---
//
// x & -x keeps the lowest set bit of x alone; its length less one is the
// number of zeros below it.

// TrailingZeros returns the number of trailing zero bits in x; the result is
// UintSize for x == 0.
func TrailingZeros(x uint) int {
	if UintSize == 32 {
		return TrailingZeros32(uint32(x))
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros8 returns the number of trailing zero bits in x; the result is
// 8 for x == 0.
func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return Len8(x&-x) - 1
}

// TrailingZeros16 returns the number of trailing zero bits in x; the result
// is 16 for x == 0.
func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return Len16(x&-x) - 1
}

// TrailingZeros32 returns the number of trailing zero bits in x; the result
// is 32 for x == 0.
func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return Len32(x&-x) - 1
}

// TrailingZeros64 returns the number of trailing zero bits in x; the result
// is 64 for x == 0.
func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	return Len64(x&-x) - 1
}

// --- OnesCount ---
//
// Counted in parallel: the bits of x are summed in pairs, the pairs' sums in
// nibbles, the nibbles' in bytes; a multiplication then adds all the bytes
// into the top one.

// OnesCount returns the number of one bits ("population count") in x.
func OnesCount(x uint) int {
	if UintSize == 32 {
		return OnesCount32(uint32(x))
	}
	return OnesCount64(uint64(x))
}

// OnesCount8 returns the number of one bits ("population count") in x.
func OnesCount8(x uint8) int {
	x -= x >> 1 & 0x55
	x = x>>2&0x33 + x&0x33
	return int(x>>4 + x&0x0f)
}

// OnesCount16 returns the number of one bits ("population count") in x.
func OnesCount16(x uint16) int {
	x -= x >> 1 & 0x5555
	x = x>>2&0x3333 + x&0x3333
	x = (x + x>>4) & 0x0f0f
	return int(x>>8 + x&0xff)
}

// OnesCount32 returns the number of one bits ("population count") in x.
func OnesCount32(x uint32) int {
	x -= x >> 1 & 0x55555555
	x = x>>2&0x33333333 + x&0x33333333
	x = (x + x>>4) & 0x0f0f0f0f
	return int(x * 0x01010101 >> 24)
}

// OnesCount64 returns the number of one bits ("population count") in x.
func OnesCount64(x uint64) int {
	x -= x >> 1 & mask1
	x = x>>2&mask2 + x&mask2
	x = (x + x>>4) & mask4
	return int(x * 0x0101010101010101 >> 56)
}

// --- RotateLeft ---
//
// Only k mod the width counts (k's two's complement, so a negative k rotates
// right); a shift by the full width yields 0 in Go, which makes k == 0 work.

// RotateLeft returns the value of x rotated left by (k mod UintSize) bits.
// To rotate x right by k bits, call RotateLeft(x, -k).
//
// This function's execution time does not depend on the inputs.
func RotateLeft(x uint, k int) uint {
	s := uint(k) & (UintSize - 1)
	return x<<s | x>>(UintSize-s)
}

// RotateLeft8 returns the value of x rotated left by (k mod 8) bits.
// To rotate x right by k bits, call RotateLeft8(x, -k).
//
// This function's execution time does not depend on the inputs.
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

// RotateLeft16 returns the value of x rotated left by (k mod 16) bits.
// To rotate x right by k bits, call RotateLeft16(x, -k).
//
// This function's execution time does not depend on the inputs.
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

// RotateLeft32 returns the value of x rotated left by (k mod 32) bits.
// To rotate x right by k bits, call RotateLeft32(x, -k).
//
// This function's execution time does not depend on the inputs.
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

// RotateLeft64 returns the value of x rotated left by (k mod 64) bits.
// To rotate x right by k bits, call RotateLeft64(x, -k).
//
// This function's execution time does not depend on the inputs.
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// --- Reverse ---
//
// Neighbouring bits swap places, then neighbouring pairs, then nibbles; the
// bytes are then reversed as a whole.

// Reverse returns the value of x with its bits in reversed order.
func Reverse(x uint) uint {
	if UintSize == 32 {
		return uint(Reverse32(uint32(x)))
	}
	return uint(Reverse64(uint64(x)))
}

// Reverse8 returns the value of x with its bits in reversed order.
func Reverse8(x uint8) uint8 {
	x = x>>1&0x55 | x&0x55<<1
	x = x>>2&0x33 | x&0x33<<2
	return x>>4 | x<<4
}

// Reverse16 returns the value of x with its bits in reversed order.
func Reverse16(x uint16) uint16 {
	x = x>>1&0x5555 | x&0x5555<<1
	x = x>>2&0x3333 | x&0x3333<<2
	x = x>>4&0x0f0f | x&0x0f0f<<4
	return x>>8 | x<<8
}

// Reverse32 returns the value of x with its bits in reversed order.
func Reverse32(x uint32) uint32 {
	x = x>>1&0x55555555 | x&0x55555555<<1
	x = x>>2&0x33333333 | x&0x33333333<<2
	x = x>>4&0x0f0f0f0f | x&0x0f0f0f0f<<4
	return ReverseBytes32(x)
}

// Reverse64 returns the value of x with its bits in reversed order.
func Reverse64(x uint64) uint64 {
	x = x>>1&mask1 | x&mask1<<1
	x = x>>2&mask2 | x&mask2<<2
	x = x>>4&mask4 | x&mask4<<4
	return ReverseBytes64(x)
}

// --- ReverseBytes ---

// ReverseBytes returns the value of x with its bytes in reversed order.
//
// This function's execution time does not depend on the inputs.
func ReverseBytes(x uint) uint {
	if UintSize == 32 {
		return uint(ReverseBytes32(uint32(x)))
	}
	return uint(ReverseBytes64(uint64(x)))
}

// ReverseBytes16 returns the value of x with its bytes in reversed order.
//
// This function's execution time does not depend on the inputs.
func ReverseBytes16(x uint16) uint16 {
	return x>>8 | x<<8
}

// ReverseBytes32 returns the value of x with its bytes in reversed order.
//
// This function's execution time does not depend on the inputs.
func ReverseBytes32(x uint32) uint32 {
	x = x>>8&0x00ff00ff | x&0x00ff00ff<<8
	return x>>16 | x<<16
}

// ReverseBytes64 returns the value of x with its bytes in reversed order.
//
// This function's execution time does not depend on the inputs.
func ReverseBytes64(x uint64) uint64 {
	x = x>>8&mask8 | x&mask8<<8
	x = x>>16&mask16 | x&mask16<<16
	return x>>32 | x<<32
}

// --- Len ---
//
// A binary search for the top set bit: halve the width still to look at
// while counting what was shifted out; what remains is 0 or 1.

// Len returns the minimum number of bits required to represent x; the result
// is 0 for x == 0.
func Len(x uint) int {
	if UintSize == 32 {
		return Len32(uint32(x))
	}
	return Len64(uint64(x))
}

// Len8 returns the minimum number of bits required to represent x; the result
// is 0 for x == 0.
func Len8(x uint8) int {
	n := 0
	if x >= 1<<4 {
		x >>= 4
		n = 4
	}
	if x >= 1<<2 {
		x >>= 2
		n += 2
	}
	if x >= 1<<1 {
		x >>= 1
		n++
	}
	return n + int(x)
}

// Len16 returns the minimum number of bits required to represent x; the
// result is 0 for x == 0.
func Len16(x uint16) (n int) {
	if x >= 1<<8 {
		x >>= 8
		n = 8
	}
	return n + Len8(uint8(x))
}

// Len32 returns the minimum number of bits required to represent x; the
// result is 0 for x == 0.
func Len32(x uint32) (n int) {
	if x >= 1<<16 {
		x >>= 16
		n = 16
	}
	if x >= 1<<8 {
		x >>= 8
		n += 8
	}
	return n + Len8(uint8(x))
}

// Len64 returns the minimum number of bits required to represent x; the
// result is 0 for x == 0.
func Len64(x uint64) (n int) {
	if x >= 1<<32 {
		x >>= 32
		n = 32
	}
	if x >= 1<<16 {
		x >>= 16
		n += 16
	}
	if x >= 1<<8 {
		x >>= 8
		n += 8
	}
	return n + Len8(uint8(x))
}

// --- Add with carry ---

// Add returns the sum with carry of x, y and carry: sum = x + y + carry.
// The carry input must be 0 or 1; otherwise the behavior is undefined.
// The carryOut output is guaranteed to be 0 or 1.
//
// This function's execution time does not depend on the inputs.
func Add(x, y, carry uint) (sum, carryOut uint) {
	if UintSize == 32 {
		s, c := Add32(uint32(x), uint32(y), uint32(carry))
		return uint(s), uint(c)
	}
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 returns the sum with carry of x, y and carry: sum = x + y + carry.
// The carry input must be 0 or 1; otherwise the behavior is undefined.
// The carryOut output is guaranteed to be 0 or 1.
//
// This function's execution time does not depend on the inputs.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	// the exact sum in 64 bits: its upper half is the carry
	t := uint64(x) + uint64(y) + uint64(carry)
	return uint32(t), uint32(t >> 32)
}

// Add64 returns the sum with carry of x, y and carry: sum = x + y + carry.
// The carry input must be 0 or 1; otherwise the behavior is undefined.
// The carryOut output is guaranteed to be 0 or 1.
//
// This function's execution time does not depend on the inputs.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carryIn(carry)
	// The top bit carries out when both top bits of x and y are set, or when
	// one of them is and the carry from below cleared the sum's.
	carryOut = (x&y | (x|y)&^sum) >> 63
	return
}

// --- Subtract with borrow ---

// Sub returns the difference of x, y and borrow: diff = x - y - borrow.
// The borrow input must be 0 or 1; otherwise the behavior is undefined.
// The borrowOut output is guaranteed to be 0 or 1.
//
// This function's execution time does not depend on the inputs.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	if UintSize == 32 {
		d, b := Sub32(uint32(x), uint32(y), uint32(borrow))
		return uint(d), uint(b)
	}
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 returns the difference of x, y and borrow, diff = x - y - borrow.
// The borrow input must be 0 or 1; otherwise the behavior is undefined.
// The borrowOut output is guaranteed to be 0 or 1.
//
// This function's execution time does not depend on the inputs.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	// A borrow leaves the top bit when x's is clear and y's set, or when they
	// are equal and the borrow from below set the difference's.
	borrowOut = (^x&y | ^(x^y)&diff) >> 31
	return
}

// Sub64 returns the difference of x, y and borrow: diff = x - y - borrow.
// The borrow input must be 0 or 1; otherwise the behavior is undefined.
// The borrowOut output is guaranteed to be 0 or 1.
//
// This function's execution time does not depend on the inputs.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - carryIn(borrow)
	borrowOut = (^x&y | ^(x^y)&diff) >> 63
	return
}

// --- Full-width multiply ---

// Mul returns the full-width product of x and y: (hi, lo) = x * y
// with the product bits' upper half returned in hi and the lower
// half returned in lo.
//
// This function's execution time does not depend on the inputs.
func Mul(x, y uint) (hi, lo uint) {
	if UintSize == 32 {
		h, l := Mul32(uint32(x), uint32(y))
		return uint(h), uint(l)
	}
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 returns the 64-bit product of x and y: (hi, lo) = x * y
// with the product bits' upper half returned in hi and the lower
// half returned in lo.
//
// This function's execution time does not depend on the inputs.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 returns the 128-bit product of x and y: (hi, lo) = x * y
// with the product bits' upper half returned in hi and the lower
// half returned in lo.
//
// This function's execution time does not depend on the inputs.
func Mul64(x, y uint64) (hi, lo uint64) {
	// Schoolbook multiplication in 32-bit digits: x = a1:a0, y = b1:b0.
	a0, a1 := x&mask32, x>>32
	b0, b1 := y&mask32, y>>32
	low := a0 * b0
	mid1 := a1*b0 + low>>32 // < 2^64: (2^32-1)^2 + 2^32-1
	mid2 := a0*b1 + mid1&mask32
	hi = a1*b1 + mid1>>32 + mid2>>32
	lo = x * y
	return
}

// --- Full-width divide ---

// Div returns the quotient and remainder of (hi, lo) divided by y:
// quo = (hi, lo)/y, rem = (hi, lo)%y with the dividend bits' upper
// half in parameter hi and the lower half in parameter lo.
// Div panics for y == 0 (division by zero) or y <= hi (quotient overflow).
func Div(hi, lo, y uint) (quo, rem uint) {
	if UintSize == 32 {
		q, r := Div32(uint32(hi), uint32(lo), uint32(y))
		return uint(q), uint(r)
	}
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Tracebacks: Go shows the frames of Div32, Rem, Rem32 and Rem64 with the
// lines of its math/bits/bits.go (Div and Div64 are compiled inline into
// their callers, as machine instructions, and show no frame). The lines of
// this file that panic are Go's: 501 and 504 (Div32), 566 (Rem's call of
// Rem64), 573 (Rem32) and 586 (Rem64), so that goro's tracebacks read as
// Go's; keep them there (tests/go/stdlib_bits_*panic.go check them). goro's
// Div and Div64 do show their frames. (The panic values: see
// runtimeError.)

// Div32 returns the quotient and remainder of (hi, lo) divided by y:
// quo = (hi, lo)/y, rem = (hi, lo)%y with the dividend bits' upper
// half in parameter hi and the lower half in parameter lo.
// Div32 panics for y == 0 (division by zero) or y <= hi (quotient overflow).
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError)
	}
	n := uint64(hi)<<32 | uint64(lo)
	return uint32(n / uint64(y)), uint32(n % uint64(y))
}

// Div64 returns the quotient and remainder of (hi, lo) divided by y:
// quo = (hi, lo)/y, rem = (hi, lo)%y with the dividend bits' upper
// half in parameter hi and the lower half in parameter lo.
// Div64 panics for y == 0 (division by zero) or y <= hi (quotient overflow).
//
// (Its panics are on the lines of Go's Div64, 518 and 521, where Go's
// traceback shows them when Div64 is called through a func value, not
// compiled inline.)
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		// a real division by zero: the runtime's "integer divide by zero"
		quo = hi / y
	}
	if y <= hi {
		panic(overflowError)
	}
	if hi == 0 {
		return lo / y, lo % y
	}
	// Long division in 32-bit digits (Knuth's algorithm D, base 2^32): y
	// shifted until its top bit is set, and the dividend with it (top:d1:d0,
	// top < y), make each digit's estimate at most 2 too large.
	s := uint(LeadingZeros64(y))
	y <<= s
	yh, yl := y>>32, y&mask32
	top := hi<<s | lo>>(64-s) // (a shift by 64 yields 0)
	lo <<= s
	q1, r := divDigit(top, lo>>32, y, yh, yl)
	q0, r := divDigit(r, lo&mask32, y, yh, yl)
	return q1<<32 | q0, r >> s
}

// divDigit divides u*2^32 + d by y = yh*2^32 + yl, whose top bit is set,
// where u < y and d < 2^32: the quotient q fits in 32 bits. The estimate
// u/yh is never too small and at most 2 too large; the loop corrects it by
// testing q*y > u*2^32 + d in 32-bit digits, with rh = u - q*yh the
// remainder of the estimate.
func divDigit(u, d, y, yh, yl uint64) (q, r uint64) {
	q = u / yh
	rh := u - q*yh
	// q*y > u*2^32 + d: q is too large (q > 2^32-1 is, since u < y).
	for q > mask32 || q*yl > rh<<32|d {
		q--
		rh += yh
		if rh > mask32 {
			break // q*yl < 2^64 <= rh*2^32: q is right
		}
	}
	// the remainder is < y: wrapping arithmetic gets it exactly
	return q, u<<32 + d - q*y
}

// Rem returns the remainder of (hi, lo) divided by y. Rem panics for
// y == 0 (division by zero) but, unlike Div, it doesn't panic on a
// quotient overflow.
func Rem(hi, lo, y uint) uint {
	if UintSize == 32 {
		return uint(Rem32(uint32(hi), uint32(lo), uint32(y)))
	}
	return uint(Rem64(uint64(hi), uint64(lo), uint64(y)))
}

// Rem32 returns the remainder of (hi, lo) divided by y. Rem32 panics
// for y == 0 (division by zero) but, unlike Div32, it doesn't panic
// on a quotient overflow.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

// Rem64 returns the remainder of (hi, lo) divided by y. Rem64 panics
// for y == 0 (division by zero) but, unlike Div64, it doesn't panic
// on a quotient overflow.
func Rem64(hi, lo, y uint64) uint64 {
	// (hi*2^64 + lo) mod y = ((hi mod y)*2^64 + lo) mod y, and hi mod y < y
	// makes the quotient fit: Div64 does not panic. A y of 0 panics here, in
	// hi%y, where Go's Rem64 panics (with the runtime's "integer divide by
	// zero" and no frame of Div64: see Div32's comment). Go's Rem, Rem32 and
	// Rem64 never raise "integer overflow": neither do these, whatever hi
	// is.
	_, r := Div64(hi%y, lo, y)
	return r
}

// runtimeError is the type of the panic value of a quotient that does not
// fit its result (Div, Div32, Div64): Go raises its runtime error "integer
// overflow", which no operation of the language raises, so the package has
// its own runtime.Error with Go's text. (Division by zero is a real division
// by zero: the runtime's own error.)
type runtimeError string

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

// RuntimeError makes runtimeError a runtime.Error.
func (e runtimeError) RuntimeError() {}

var overflowError = runtimeError("integer overflow")

// carryIn is the carry (or borrow) that Add64 and Sub64 add (subtract) for
// their argument c. Go documents only 0 and 1; for others, Go's results are
// those of the instructions it compiles the functions to: on amd64 (NEGL,
// then ADCQ or SBBQ) the carry is 1 when the low 32 bits of c are not all 0,
// on arm64 (ADDS or NEGS, then ADCS or SBCS) when c is not 0.
func carryIn(c uint64) uint64 {
	if uint32(c) != 0 || runtime.GOARCH != "amd64" && c != 0 {
		return 1
	}
	return 0
}
