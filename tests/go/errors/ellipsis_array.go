// [...]T outside a composite literal: gc's checker error, or its syntax error
// where a parameter or field name is followed directly by [...] (the parser
// reads `name [` as the start of type arguments there).
package main

type A [...]int

var mult [3][...]byte = [3][5]byte{}

type S struct {
	a, b [...]int
}

func f([...]byte) {}

func main() {
	b := [...]byte("abc")
	_ = [...]int(4)
	c := [][...]int{{1}}
	_, _ = b, c
}
