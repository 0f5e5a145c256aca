// Order of evaluation within a statement as gc does it: calls (and channel
// receives, len, cap) first, left to right, then the other operands: variable
// reads, indexing and its bounds check, map reads, conversions.
package main

import "fmt"

var out []int

func build(n int) int {
	if n > 0 {
		out = append(out, build(n-1)) // out is read after build returns
	}
	return n * 10
}

var cnt int

func bump() int { cnt += 100; return 1 }

type S struct{ v int }

func (s *S) inc() int { s.v++; return s.v }

var s = []int{1, 2, 3}
var b = []byte("abc")
var m = map[string]int{"k": 1}
var x = 1
var p = &x

type T struct{ f int }

var t = &T{1}

func fs() int        { s = append(s, 9); return 0 }
func fb() string     { b[0] = 'z'; return "" }
func fm() int        { m["k"] = 50; return 0 }
func fx() int        { x = 7; return 0 }
func ft() int        { t.f = 8; return 0 }
func g(a, c int) int { return a*100 + c }

type I interface{ M() int }
type Y struct{}

func (Y) M() int { x = 11; return 0 }

func two() (int, int) { x = 13; return 1, 2 }

var n int

func f() int { n++; fmt.Println("f called", n); return n }

var trail []byte

func h(c byte) bool { trail = append(trail, c); return false }

func try(name string, fn func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	fn()
}

func main() {
	build(4)
	fmt.Println(out)
	y := cnt + bump()
	fmt.Println(y)
	mm := map[string]int{}
	mm["a"] = len(mm) + func() int { mm["b"] = 1; return 0 }()
	fmt.Println(len(mm), mm["a"])
	sv := &S{}
	fmt.Println(sv.v + sv.inc())
	arr := []int{1, 2, 3}
	fmt.Println(arr[0] + func() int { arr[0] = 100; return 0 }())

	fmt.Println("len(s)+fs():", len(s)+fs())
	fmt.Println("string(b)+fb():", string(b)+fb())
	fmt.Println("m[k]+fm():", m["k"]+fm())
	x = 1
	fmt.Println("*p+fx():", *p+fx())
	fmt.Println("t.f+ft():", t.f+ft())
	x = 1
	fmt.Println("g(x, fx()):", g(x, fx()))
	x = 1
	fmt.Println("lit:", []int{x, fx()})
	x = 1
	ret := func() (int, int) { return x, fx() }
	fmt.Println(ret())
	x = 1
	k := "a"
	m2 := map[string]int{}
	m2[k] = func() int { k = "b"; return 1 }()
	fmt.Println("m2:", m2)
	x = 1
	var i I = Y{}
	fmt.Println("x+i.M():", x+i.M())
	x = 1
	fn := fx
	fmt.Println("x+fn():", x+fn())
	x = 1
	fmt.Println("x > 0 && fx() == 0:", x > 0 && fx() == 0, x)
	x = 1
	z := []int{x}
	z = append(z, x, fx())
	fmt.Println("append:", z)
	x = 1
	a1, a2 := x, fx()
	fmt.Println("a1, a2 := x, fx():", a1, a2)
	x = 1
	var ar [2]int
	ar[x-1] = func() int { x = 2; return 5 }()
	fmt.Println("ar:", ar)
	x = 1
	ch := make(chan int, 1)
	ch <- 4
	fmt.Println("x + <-ch:", x+<-ch+fx())
	x = 1
	fmt.Println("q:", x+func() int { a, _ := two(); return a }())
	x = 1
	x += fx()
	fmt.Println("x += fx():", x)
	x = 1
	s2 := []int{0, 0, 0}
	s2[x] = func() int { x = 2; return 9 }()
	fmt.Println("s2:", s2)
	x = 1
	if x < func() int { x = 5; return 3 }() {
		fmt.Println("if: x read after the call")
	}
	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	fmt.Println(<-buf, <-buf, len(buf))
	// && and || keep their place among the calls
	_, _ = false || h(1), h(2)
	_, _ = true && h(3), h(4)
	fmt.Println(trail)

	// index panics come after the calls of the statement
	var a [3]int
	var at [3]T
	var aa [3][3]int
	var np *[3]int
	q := &a
	ii, jj := 5, 1
	try("a[i] = f()", func() { a[ii] = f() })
	try("q[i] = f()", func() { q[ii] = f() })
	try("p[j] = f()", func() { np[jj] = f() })
	try("a[i] += f()", func() { a[ii] += f() })
	try("at[i].f = f()", func() { at[ii].f = f() })
	try("aa[i][j] = f()", func() { aa[ii][jj] = f() })
	try("aa[j][i] = f()", func() { aa[jj][ii] = f() })
	try("a[i], n = f(), f()", func() { a[ii], n = f(), f() })
	try("x := a[i] + f()", func() { y := a[ii] + f(); _ = y })
	try("a[f()+4] = f()", func() { a[f()+4] = f() })
	try("p[j] += f()", func() { np[jj] += f() })
	try("at[i] = T{f()}", func() { at[ii] = T{f()} })
	kk := 1
	try("a[k] = g()", func() { a[kk] = func() int { kk = 7; return 9 }() })
	stmts()
}

// the other statements: declarations, switch, send, ++, for, range, go, defer
func stmts() {
	x = 1
	var y = x + fx()
	fmt.Println("var:", y)
	x = 1
	var y1, y2 = x, fx() // each value in turn
	fmt.Println("var2:", y1, y2)
	x = 1
	switch x + fx() {
	case 7:
		fmt.Println("switch: 7")
	default:
		fmt.Println("switch: other")
	}
	x = 1
	switch {
	case x+fx() == 7:
		fmt.Println("case: 7")
	default:
		fmt.Println("case: other")
	}
	x = 1
	ch := make(chan int, 1)
	ch <- x + fx()
	fmt.Println("send:", <-ch)
	x = 1
	a := []int{0, 0, 0, 0, 0, 0, 0, 0}
	a[x+fx()]++
	fmt.Println("incdec:", a)
	x = 1
	func() {
		defer fmt.Println("defer:", x, fx()) // deferred arguments in turn
	}()
	x = 1
	for i := 0; i < x+fx(); i++ {
		fmt.Println("for cond iteration", i, x)
		if i > 8 {
			break
		}
		x = 1
	}
	x = 1
	for _, v := range []int{x, fx()} {
		fmt.Println("range:", v)
	}
	x = 1
	done := make(chan bool)
	go func(a, b int) { fmt.Println("go:", a, b); done <- true }(x, fx())
	<-done
}
