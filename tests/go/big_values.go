// Arrays and structs bigger than a frame's temps (goro keeps them in heap
// objects and copies memory to memory): copies, comparison, range over a
// copy, map elements, interfaces, pointers.
package main

import "fmt"

type Grid struct {
	name  string
	cells [300][300]int32
}

func main() {
	var a [70000]int
	for i := range a {
		a[i] = i
	}
	b := a // a copy
	b[0] = -1
	fmt.Println(a[0], b[0], a == b, a != b)
	b[0] = 0
	fmt.Println(a == b, a != b, a == [70000]int{}, b != [70000]int{1})

	// range over an array value ranges over a copy made once
	var big [1 << 20]byte
	big[7] = 3
	n, seen := 0, 0
	for i, c := range big {
		if i == 0 {
			big[7] = 200 // not seen: the copy was taken before
		}
		n += int(c)
		seen++
	}
	fmt.Println(n, seen, big[7])

	// map elements of a big type: stored, read in place, zero when missing
	m := map[string][70000]int{}
	m["x"] = a
	a[5] = 500 // m["x"] holds its own copy
	m["lit"] = [70000]int{1, 2, 3}
	fmt.Println(len(m), m["x"][5], m["lit"][2], m["none"][69999], m["x"] == b)
	y := m["x"]
	y[1] = 99
	fmt.Println(y[1], m["x"][1])

	// structs holding big arrays
	var g1, g2 Grid
	g1.name, g2.name = "g", "g"
	g1.cells[299][299] = 7
	fmt.Println(g1 == g2, g1.cells[299][299])
	g2 = g1
	fmt.Println(g1 == g2)
	grids := map[int]Grid{1: g1}
	fmt.Println(grids[1].cells[299][299], grids[2].name == "")

	// through interfaces and pointers
	var x interface{} = a
	back := x.([70000]int)
	fmt.Println(back[5], x == interface{}(a))
	p := &a
	c := *p
	p[6] = 600
	fmt.Println(c[6], a[6])
}

func init() {
	// comma-ok reads of big map elements, into new, existing, blank and map targets
	m := map[int][70000]int{1: {0: 10, 69999: 11}}
	v, ok := m[1]
	w, ok2 := m[2]
	fmt.Println(v[0], v[69999], ok, w[0], ok2)
	var u [70000]int
	u[3] = 3
	u, ok = m[1]
	fmt.Println(u[3], u[0], ok)
	_, ok = m[3]
	fmt.Println(ok)
	other := map[string][70000]int{}
	other["copy"], ok = m[1]
	fmt.Println(other["copy"][69999], ok, len(other))
}
