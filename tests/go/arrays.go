package main

import "fmt"

type Grid [3][3]int

func modify(a [4]int) [4]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[4]int) {
	a[0] = 100
}

func (g Grid) Transpose() Grid {
	var t Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			t[j][i] = g[i][j]
		}
	}
	return t
}

func sum(a [4]int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func main() {
	var zero [4]int
	a := [4]int{1, 2, 3, 4}
	b := a
	b[1] = 20
	fmt.Println(zero, a, b, a == b, a == [4]int{1, 2, 3, 4})

	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a, sum(a), len(a), cap(a))

	d := [...]string{"x", "y", "z"}
	e := [...]int{5: 1, 2, 0: 7}
	fmt.Println(d, len(d), e, len(e))

	g := Grid{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	t := g.Transpose()
	fmt.Println(g)
	fmt.Println(t)
	row := g[1]
	row[0] = 40
	fmt.Println(g[1], row)

	// arrays in structs and maps are values
	type Rec struct {
		Vals [3]int
	}
	r1 := Rec{[3]int{1, 1, 1}}
	r2 := r1
	r2.Vals[0] = 9
	fmt.Println(r1, r2)
	m := map[string][2]int{"a": {1, 2}}
	v := m["a"]
	v[0] = 50
	fmt.Println(m["a"], v)
	m["a"] = v
	fmt.Println(m)

	// array of arrays iteration, range copies the array
	arr := [3]int{1, 2, 3}
	for i, x := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range saw", x)
		}
	}
	fmt.Println(arr)

	// slices of an array share storage
	s := arr[:]
	s[0] = -1
	fmt.Println(arr[0], len(s), cap(s))
	s2 := arr[1:2]
	fmt.Println(s2, len(s2), cap(s2))

	var counts [26]int
	for _, ch := range "the quick brown fox jumps over the lazy dog" {
		if ch >= 'a' && ch <= 'z' {
			counts[ch-'a']++
		}
	}
	fmt.Println(counts)
	var bools [3]bool
	var strs [2]string
	var floats [2]float64
	fmt.Printf("%v %q %v\n", bools, strs, floats)
	keys := map[[2]int]string{{1, 2}: "a", {2, 1}: "b"}
	fmt.Println(keys[[2]int{2, 1}], len(keys))
	big := [1000]int{}
	for i := range big {
		big[i] = i
	}
	cp := big
	cp[999] = 0
	fmt.Println(big[999], cp[999], big == cp)
}
