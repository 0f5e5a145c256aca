// In `a[i] = v` the array index (and the nil check of an array pointer) is
// checked after v is evaluated, as gc does; in `a[i] op= v` before.
package main

import "fmt"

type T struct{ arr [3]int }

func run(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	x, y := 1, 0
	run("array", func() {
		var a [3]int
		i := 5
		a[i] = x / y
	})
	run("slice", func() {
		s := make([]int, 3)
		i := 5
		s[i] = x / y
	})
	run("op-assign", func() {
		var a [3]int
		i := 5
		a[i] += x / y
	})
	run("nil struct pointer", func() {
		var p *T
		p.arr[1] = x / y
	})
	run("nil array pointer", func() {
		var p *[3]int
		p[1] = x / y
	})
	run("nil array pointer, variable index", func() {
		var p *[3]int
		i := 1
		p[i] = x / y
	})
	run("nil pointer", func() {
		var p *int
		*p = x / y
	})
	run("array ok", func() {
		var a [3]int
		i := 2
		a[i] = x + 1
		b := [4]byte{}
		b[i+1] = byte(x + 64)
		fmt.Println(a, b)
	})
	run("big element", func() {
		var a [2][8]int
		i := 2
		var v [8]int
		a[i] = v
	})
}
