// Struct tags in type strings (%T, interface conversion panics) are quoted
// as strconv.Quote does: non-printable Unicode runes escaped.
package main

import "fmt"

func main() {
	var v struct {
		A int "x\u00a0y\u200bz"
	}
	fmt.Printf("%T\n", v)
	var w any = v
	_, ok := w.(struct {
		A int "x\u00a0y\u200bz"
	})
	fmt.Println(ok)
	var t struct {
		B string "\x7f\u2028 é\t"
	}
	fmt.Printf("%T\n", t)
	defer func() { fmt.Println(recover()) }()
	_ = w.(struct {
		A int "x\u00a0y"
	})
}
