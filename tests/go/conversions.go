package main

import (
	"fmt"
	"strconv"
)

type Meters float64
type Feet float64
type ID uint16
type Bytes []byte
type Name string

func main() {
	// numeric conversions
	i := 300
	fmt.Println(int8(i), uint8(i), int16(i), float64(i)/7, float32(i)/7)
	var u uint32 = 4000000000
	fmt.Println(int32(u), int64(u), float64(u), uint16(u))
	f := -123.987
	fmt.Println(int(f), int8(f), uint32(int32(f)), int64(f*1000))
	big := 1e15 + 0.3
	fmt.Println(int64(big), float32(big), float64(float32(big)))
	var b byte = 'A'
	var r rune = rune(b) + 25
	fmt.Println(b, r, string(r), byte(r+1), rune(-1))

	// named types convert to and from their underlying types
	m := Meters(100)
	ft := Feet(m * 3.28084)
	fmt.Printf("%.2f %T %T\n", ft, m, ft)
	id := ID(65535)
	id++
	fmt.Println(id, uint16(id)+1)
	bs := Bytes("hey")
	bs[0] = 'H'
	fmt.Println(string(bs), []byte(bs), len(bs))
	n := Name("gopher")
	s := string(n) + "!"
	fmt.Println(s, Name(s) == n+"!")

	// string <-> numbers and bytes
	fmt.Println(string(rune(9731)), strconv.Itoa(9731), fmt.Sprint(9731))
	num := 1234567
	str := strconv.Itoa(num)
	back, _ := strconv.Atoi(str)
	fmt.Println(str, len(str), back == num)
	fmt.Println([]byte("é"), []rune("é"), string([]byte{0xc3, 0xa9}), string([]rune{233}))
	x, _ := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(x, int(x), strconv.FormatFloat(x/3, 'f', 4, 64))
	hex := fmt.Sprintf("%x", 48879)
	v, _ := strconv.ParseInt(hex, 16, 64)
	fmt.Println(hex, v, strconv.FormatInt(v, 2), strconv.Quote(hex))

	// conversions between slices of named element types
	type Celsius float64
	temps := []float64{20.5, 30}
	cs := make([]Celsius, len(temps))
	for i, t := range temps {
		cs[i] = Celsius(t)
	}
	fmt.Println(cs)

	// untyped constant conversions
	const c = 'a'
	fmt.Println(c, string(rune(c)), float64(c), int64(c)+1)
	const big2 = 1 << 40
	fmt.Println(big2/1024, float32(big2), uint64(big2))
	var i64 int64 = 1 << 62
	fmt.Println(float64(i64), int64(float64(i64)) == i64, uint8(i64>>56))
	bools := []bool{true, false}
	for _, bv := range bools {
		fmt.Print(strconv.FormatBool(bv), fmt.Sprintf("%v", bv), " ")
	}
	fmt.Println()
	var iface interface{} = ID(7)
	if idv, ok := iface.(ID); ok {
		fmt.Println(uint16(idv)*2, int(idv)-10)
	}
}
