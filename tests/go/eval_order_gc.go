// The order of evaluation that the spec leaves open, as gc has it (its order
// pass): a statement's calls go first, each into a temporary, and so do the
// operands gc copies where they stand (slices, type assertions, append,
// copy, make, new, []byte(s), arguments converted to interface parameters
// that are local variables or values); in `a[i], b = f()` the left side's
// operands are read after f; a map literal stores its constant entries
// first, then the others one after the other.
package main

import "fmt"


type P struct{ a, b int }


var i int
var a = []int{0, 0, 0}
var m = map[int]int{}

func f() (int, int) { i = 2; return 7, 8 }
func g() int        { i = 1; return 9 }
func h() (int, bool) { i = 2; return 5, true }

type S struct{ x, y int }

var ps = &S{}

func newS() int { ps = &S{}; return 3 }
func pair() (int, int) { ps = &S{}; return 4, 5 }

func tupleAssign() {
	i = 0
	a[i], m[i] = f()
	fmt.Println(a, m, i)
	i = 0
	a = []int{0, 0, 0}
	a[i] = g()
	fmt.Println(a)
	i = 0
	a = []int{0, 0, 0}
	var ok bool
	a[i], ok = h()
	fmt.Println(a, ok)
	i = 0
	a = []int{0, 0, 0}
	mm := map[int]int{0: 5}
	a[i], ok = mm[g()]
	fmt.Println(a, ok)
	i = 0
	a = []int{0, 0, 0}
	var iface interface{} = 3
	a[i], ok = iface.(int)
	fmt.Println(a, ok, i)
	old := ps
	ps.x = newS()
	fmt.Println(old.x, ps.x)
	old = ps
	ps.x, ps.y = pair()
	fmt.Println(*old, *ps)
	ch := make(chan int, 1)
	ch <- 6
	i = 0
	a = []int{0, 0, 0}
	a[i], ok = <-ch
	fmt.Println(a, ok)
	i = 0
	a = []int{0, 0, 0}
	a[i] += g()
	fmt.Println(a, i)
	i = 0
	a = []int{0, 0, 0}
	a[i]++
	fmt.Println(a)
}

func ifaceArgs() {
	p := P{1, 2}
	f := func() int { p = P{10, 20}; return 0 }
	fmt.Println("struct iface", p, f())
	arr := [2]int{1, 2}
	g := func() int { arr = [2]int{9, 9}; return 0 }
	fmt.Println("array iface", arr, g())
	x := 5
	h := func() int { x = 6; return 0 }
	fmt.Println("int iface", x, h())
	str := "hello"
	k := func() int { str = "HELLO"; return 0 }
	fmt.Println("str iface", str, k())
	str = "hello"
	fmt.Println("str slice", str[1:3]+fmt.Sprint(k()))
	var i interface{} = 1
	m := func() int { i = 2; return 0 }
	fmt.Println("assert", i.(int)+m())
	i = P{1, 1}
	n := func() int { i = P{2, 2}; return 0 }
	fmt.Println("assert struct", i.(P).a+n())
	s := []int{1, 2}
	c := []int{0, 0}
	q := func() int { s = []int{7, 8}; return 0 }
	fmt.Println("copy", copy(c, s)+q(), c)
	s = []int{1, 2, 3}
	fmt.Println("slice", s[1:], q())
	var f32 float32 = 1.5
	r := func() int { f32 = 2.5; return 0 }
	fmt.Println("float32 iface", f32, r())
	b := true
	t := func() int { b = false; return 0 }
	fmt.Println("bool iface", b, t())
	var e error
	u := func() int { e = fmt.Errorf("x"); return 0 }
	fmt.Println("iface iface", e, u())
	pp := &P{1, 1}
	w := func() int { pp = &P{3, 3}; return 0 }
	fmt.Println("ptr iface", *pp, pp.a, w())
	var by byte = 'a'
	y := func() int { by = 'b'; return 0 }
	fmt.Println("byte iface", by, y())
	sl := []int{1}
	z := func() int { sl = []int{2}; return 0 }
	fmt.Println("slice iface", sl, z())
}

func mapLits() {
	x := 1
	f := func() int { x = 2; return 0 }
	m := map[string]int{"a": x, "b": f()}
	fmt.Println(m)
	k := 5
	m2 := map[int]int{k: 1, 5: 2}
	fmt.Println(m2)
}

func main() {
	tupleAssign()
	ifaceArgs()
	mapLits()
}
