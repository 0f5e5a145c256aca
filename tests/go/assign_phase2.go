// Multi-assignments check array indexes (and the nil pointer of an array
// reached through one) in the second phase, after the assignments to their
// left are done, as gc does; slices, maps and pointer fields already did.
package main

import "fmt"

var x int

func f() int { return 7 }

type S struct {
	arr [3]int
}

type T struct {
	pad  int
	arr  [3]int
	next *T
}

func run(name string, fn func()) {
	defer func() { fmt.Println(name, "recovered:", recover(), "x =", x) }()
	fn()
}

func main() {
	run("arr-call", func() {
		var a [3]int
		i := 5
		x, a[i] = f(), 2
	})
	run("arr-const-rhs", func() {
		var a [3]int
		i := 3
		x, a[i] = 21, 2
	})
	run("two-arrays", func() {
		var a, b [2]int
		i, j := 1, 2
		a[i], b[j] = 4, 5
		fmt.Println("unreached")
	})
	run("ptr-arr-nil", func() {
		var p *[2]int
		x, p[1] = 11, 3
	})
	run("ptr-arr-var", func() {
		var p *[2]int
		i := 0
		x, p[i] = 12, 3
	})
	run("nested", func() {
		var a [2][2]int
		i, j := 1, 5
		x, a[i][j] = 23, 1
	})
	run("struct-field-arr", func() {
		var s *S
		i := 1
		x, s.arr[i] = 25, 1
	})
	run("struct-off-nil", func() {
		var t *T
		i := 1
		x, t.arr[i] = 26, 1
	})
	run("struct-off-oob", func() {
		t := &T{}
		i := 3
		x, t.arr[i] = 27, 1
	})
	run("struct-off-ok", func() {
		t := &T{next: &T{}}
		i := 2
		x, t.next.arr[i], t.arr[0] = 28, 6, 7
		fmt.Println(t.arr, t.next.arr)
	})
	run("struct-local", func() {
		var v T
		i, j := 1, 2
		v.arr[i], v.arr[j], i = 3, 4, 0
		fmt.Println(v.arr, i)
	})
	run("ptr-reassigned", func() {
		p := &[2]int{}
		q := &[2]int{}
		i := 1
		p, p[i] = q, 5
		fmt.Println(*p, *q)
	})
	run("alias-index", func() {
		var a [3]int
		i := 0
		i, a[i] = 2, 9
		fmt.Println(a, i)
	})
	run("alias-whole", func() {
		var a, b [3]int
		b[2] = 8
		i := 1
		a, a[i] = b, 5
		fmt.Println(a)
	})
	run("alias-elem-then-read", func() {
		var a [3]int
		i := 1
		a[i], a[0] = 4, a[1]
		fmt.Println(a)
	})
	run("swap", func() {
		a := [4]int{1, 2, 3, 4}
		i, j := 0, 3
		a[i], a[j] = a[j], a[i]
		fmt.Println(a)
	})
	run("swap-ptr", func() {
		a := &[4]int{1, 2, 3, 4}
		i, j := 1, 2
		a[i], a[j] = a[j], a[i]
		fmt.Println(*a)
	})
	run("range", func() {
		var a [2]int
		i := 0
		for i, a[i] = range []int{7, 8, 9} {
		}
		fmt.Println(a, i)
	})
	run("range-oob", func() {
		var a [2]int
		i := 0
		for i, a[i] = range []int{7, 8, 9} {
		}
	})
	run("tuple-call", func() {
		var a [2]int
		i := 4
		two := func() (int, int) { return 31, 32 }
		x, a[i] = two()
	})
	run("comma-ok", func() {
		var a [2]bool
		m := map[int]int{1: 33}
		i := 2
		x, a[i] = m[1]
	})
}
