package main

import "fmt"

var trace []string

func val(name string, v int) int {
	trace = append(trace, name)
	return v
}

func idx(name string, i int) int {
	trace = append(trace, "idx:"+name)
	return i
}

func getSlice(s []int) []int {
	trace = append(trace, "slice")
	return s
}

func flush(label string) {
	fmt.Println(label, trace)
	trace = nil
}

type counter struct{ n int }

func (c *counter) inc() int {
	c.n++
	return c.n
}

func pair() (int, int) {
	trace = append(trace, "pair")
	return 1, 2
}

func main() {
	// operands and call arguments are evaluated left to right
	x := val("a", 1) + val("b", 2)*val("c", 3)
	flush(fmt.Sprint("arith=", x))
	fmt.Println(val("p1", 1), val("p2", 2), val("p3", 3))
	flush("args")

	// assignment: index operands first, then right-hand side, then assign
	s := []int{0, 0, 0}
	getSlice(s)[idx("lhs", 1)] = val("rhs", 5)
	flush(fmt.Sprint("assign ", s))

	a, b := 1, 2
	a, b = b, a
	fmt.Println("swap", a, b)
	arr := []int{10, 20, 30}
	i := 0
	i, arr[i] = 1, 99 // arr[0] is set: index evaluated before assignment
	fmt.Println(i, arr)

	c := &counter{}
	r := []int{c.inc(), c.inc(), c.inc()}
	fmt.Println(r, c.n)
	m := map[string]int{"k": c.inc()}
	fmt.Println(m, c.n)

	// short-circuit skips evaluation
	ok := val("l", 0) == 1 && val("never", 1) == 1
	flush(fmt.Sprint("and ", ok))
	ok = val("l", 1) == 1 || val("never", 1) == 1
	flush(fmt.Sprint("or ", ok))

	// multi-value call as arguments
	add := func(x, y int) int { return x + y }
	fmt.Println(add(pair()))
	flush("multi")

	// op-assignment evaluates the index once
	t := []int{1, 2, 3}
	t[idx("once", 2)] += 10
	flush(fmt.Sprint("opassign ", t))

	// defer arguments evaluated immediately, in order
	func() {
		for k := 0; k < 3; k++ {
			defer func(n int) { trace = append(trace, fmt.Sprint("d", n)) }(val(fmt.Sprint("e", k), k))
		}
	}()
	flush("defer")

	// range expression evaluated once
	cnt := 0
	for range getSlice([]int{1, 2, 3}) {
		cnt++
	}
	flush(fmt.Sprint("range ", cnt))

	// composite literal element order
	type P struct{ A, B int }
	p := P{B: val("B", 2), A: val("A", 1)}
	flush(fmt.Sprint("literal ", p))
	// switch cases evaluated top to bottom until match
	switch val("tag", 2) {
	case val("c1", 1), val("c2", 2), val("c3", 3):
	}
	flush("switch")
}
