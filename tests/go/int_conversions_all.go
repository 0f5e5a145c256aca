// Integer conversions between every pair of integer types, on edge values,
// through variables (not constants), after arithmetic that leaves the range.
package main

import "fmt"

func from_int8(x int8) {
	fmt.Println("int8", x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	y := x + x + 1
	fmt.Println("  2x+1", y, int8(y), int16(y), int32(y), int64(y), int(y), uint8(y), uint16(y), uint32(y), uint64(y), uint(y), uintptr(y))
}

func from_int16(x int16) {
	fmt.Println("int16", x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	y := x + x + 1
	fmt.Println("  2x+1", y, int8(y), int16(y), int32(y), int64(y), int(y), uint8(y), uint16(y), uint32(y), uint64(y), uint(y), uintptr(y))
}

func from_int32(x int32) {
	fmt.Println("int32", x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	y := x + x + 1
	fmt.Println("  2x+1", y, int8(y), int16(y), int32(y), int64(y), int(y), uint8(y), uint16(y), uint32(y), uint64(y), uint(y), uintptr(y))
}

func from_int64(x int64) {
	fmt.Println("int64", x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	y := x + x + 1
	fmt.Println("  2x+1", y, int8(y), int16(y), int32(y), int64(y), int(y), uint8(y), uint16(y), uint32(y), uint64(y), uint(y), uintptr(y))
}

func from_int(x int) {
	fmt.Println("int", x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	y := x + x + 1
	fmt.Println("  2x+1", y, int8(y), int16(y), int32(y), int64(y), int(y), uint8(y), uint16(y), uint32(y), uint64(y), uint(y), uintptr(y))
}

func from_uint8(x uint8) {
	fmt.Println("uint8", x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	y := x + x + 1
	fmt.Println("  2x+1", y, int8(y), int16(y), int32(y), int64(y), int(y), uint8(y), uint16(y), uint32(y), uint64(y), uint(y), uintptr(y))
}

func from_uint16(x uint16) {
	fmt.Println("uint16", x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	y := x + x + 1
	fmt.Println("  2x+1", y, int8(y), int16(y), int32(y), int64(y), int(y), uint8(y), uint16(y), uint32(y), uint64(y), uint(y), uintptr(y))
}

func from_uint32(x uint32) {
	fmt.Println("uint32", x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	y := x + x + 1
	fmt.Println("  2x+1", y, int8(y), int16(y), int32(y), int64(y), int(y), uint8(y), uint16(y), uint32(y), uint64(y), uint(y), uintptr(y))
}

func from_uint64(x uint64) {
	fmt.Println("uint64", x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	y := x + x + 1
	fmt.Println("  2x+1", y, int8(y), int16(y), int32(y), int64(y), int(y), uint8(y), uint16(y), uint32(y), uint64(y), uint(y), uintptr(y))
}

func from_uint(x uint) {
	fmt.Println("uint", x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	y := x + x + 1
	fmt.Println("  2x+1", y, int8(y), int16(y), int32(y), int64(y), int(y), uint8(y), uint16(y), uint32(y), uint64(y), uint(y), uintptr(y))
}

func from_uintptr(x uintptr) {
	fmt.Println("uintptr", x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	y := x + x + 1
	fmt.Println("  2x+1", y, int8(y), int16(y), int32(y), int64(y), int(y), uint8(y), uint16(y), uint32(y), uint64(y), uint(y), uintptr(y))
}

func main() {
	from_int8(-128)
	from_int8(-1)
	from_int8(0)
	from_int8(1)
	from_int8(127)
	from_int16(-32768)
	from_int16(-129)
	from_int16(-1)
	from_int16(255)
	from_int16(32767)
	from_int32(-2147483648)
	from_int32(-32769)
	from_int32(-1)
	from_int32(65535)
	from_int32(2147483647)
	from_int64(-9223372036854775808)
	from_int64(-2147483649)
	from_int64(-1)
	from_int64(4294967295)
	from_int64(9223372036854775807)
	from_int(-9223372036854775808)
	from_int(-1)
	from_int(128)
	from_int(70000)
	from_int(9223372036854775807)
	from_uint8(0)
	from_uint8(1)
	from_uint8(127)
	from_uint8(128)
	from_uint8(255)
	from_uint16(0)
	from_uint16(128)
	from_uint16(255)
	from_uint16(32768)
	from_uint16(65535)
	from_uint32(0)
	from_uint32(255)
	from_uint32(32768)
	from_uint32(2147483648)
	from_uint32(4294967295)
	from_uint64(0)
	from_uint64(255)
	from_uint64(2147483648)
	from_uint64(9223372036854775808)
	from_uint64(18446744073709551615)
	from_uint(0)
	from_uint(65536)
	from_uint(4294967296)
	from_uint(9223372036854775809)
	from_uint(18446744073709551615)
	from_uintptr(0)
	from_uintptr(200)
	from_uintptr(65535)
	from_uintptr(4294967295)
	from_uintptr(18446744073709551615)
	var b byte = 200
	c := byte('0' + int(b)%10)
	r := rune(b) + 1000
	fmt.Println(c, r, int8(r), uint8(r), string(rune(b)))
}
