// Comma-ok forms that declare both variables (`v, ok := m[k]`, `v, ok :=
// x.(T)`) put the results straight into them, map keys and stored values
// that are variables of the right type are used in place: the values must be
// the same as through temps, whatever the types and aliasing.
package main

import "fmt"

type point struct{ x, y int }

type named int

func main() {
	m := map[int]int{1: 10, 2: 20}
	sum := 0
	for i := 0; i < 4; i++ {
		if v, ok := m[i]; ok {
			sum += v
		} else {
			fmt.Println("missing", i, v, ok)
		}
	}
	fmt.Println("sum", sum)

	// narrow, float, string, pointer, struct, interface and named values
	m8 := map[string]int8{"a": -3}
	a, okA := m8["a"]
	b, okB := m8["b"]
	fmt.Println(a, okA, b, okB)
	mf := map[int]float32{1: 1.5}
	f, okF := mf[1]
	fmt.Println(f, okF)
	ms := map[int]string{7: "seven"}
	s, okS := ms[7]
	s2, okS2 := ms[8]
	fmt.Printf("%q %v %q %v\n", s, okS, s2, okS2)
	p := &point{1, 2}
	mp := map[string]*point{"p": p}
	q, okQ := mp["p"]
	fmt.Println(q.x, q.y, okQ, q == p)
	mst := map[int]point{1: {3, 4}}
	pt, okP := mst[1]
	fmt.Println(pt, okP)
	mi := map[int]interface{}{1: "x", 2: nil}
	iv, okI := mi[1]
	nv, okN := mi[2]
	fmt.Println(iv, okI, nv, okN)
	mn := map[named]named{3: 9}
	var k3 named = 3
	nn, okNN := mn[k3]
	fmt.Println(nn, okNN)

	// the new v shadows an outer v used as the key
	v := 2
	{
		v, ok := m[v]
		fmt.Println(v, ok)
	}
	fmt.Println(v)

	// type assertions
	var x interface{} = 42
	n, okX := x.(int)
	str, okStr := x.(string)
	fmt.Printf("%d %v %q %v\n", n, okX, str, okStr)
	var e interface{} = point{5, 6}
	pp, okPP := e.(point)
	fmt.Println(pp, okPP)
	st, okSt := e.(fmt.Stringer)
	fmt.Println(st, okSt)

	// keys: a variable of the key's type in place, or converted (interface keys)
	mk := map[interface{}]string{}
	key := 5
	mk[key] = "five"
	k2 := "5"
	mk[k2] = "string five"
	ks, okK := mk[key]
	fmt.Println(ks, okK, len(mk))
	delete(mk, key)
	fmt.Println(len(mk), mk["5"])

	// stored values from variables: map, slice, pointer targets
	val := 100
	m[3] = val
	sl := []int{0, 0}
	sl[1] = val
	ptr := new(int)
	*ptr = val
	val = 1
	fmt.Println(m[3], sl, *ptr, val)

	// a key variable written by the same assignment: the old key is used
	kk := 1
	m[kk], kk = 111, 2
	fmt.Println(m[1], m[2], kk)
	kk, m[kk] = 3, 333
	fmt.Println(m[2], kk, m[3])
	// a value variable written after the store position was taken
	w := 7
	sl[0], w = w, 8
	fmt.Println(sl, w)

	// delete with a variable key, in a loop reusing the comma-ok variables
	for i := 0; i < 4; i++ {
		delete(m, i)
		got, present := m[i]
		fmt.Print(got, present, " ")
	}
	fmt.Println(len(m))
}
