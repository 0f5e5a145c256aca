// byte and uint8 (rune and int32) are one type; gc's messages spell each
// variable's type as its declaration wrote it.
package main

import "fmt"

func f(b []byte, n ...rune) uint8 { return b[0] }

var g []uint8

func main() {
	var x uint8 = 3
	var r rune = 'a'
	var y byte = "x"
	var s string = r
	var i int32 = x
	var m map[byte][]int32
	var p *uint8
	i = p
	m = g
	var q *int32 = &x
	fmt.Println(f("abc"), i, s, y, m, q)
	var h func(a uint8, b ...int32) = f
	_ = h
}
