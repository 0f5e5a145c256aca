package main

import (
	"errors"
	"fmt"
)

type Key struct {
	A int
	B string
}

type Shape interface{ Area() int }
type Sq struct{ s int }
type Rc struct{ w, h int }

func (s Sq) Area() int  { return s.s * s.s }
func (r *Rc) Area() int { return r.w * r.h }

var ErrNotFound = errors.New("not found")
var ErrNotFound2 = errors.New("not found")

func find(k int) error {
	if k < 0 {
		return ErrNotFound
	}
	return nil
}

func main() {
	var a, b any
	fmt.Println(a == b)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b) // different dynamic types
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = Key{1, "k"}, Key{1, "k"}
	fmt.Println(a == b)
	b = Key{2, "k"}
	fmt.Println(a == b, a != b)
	a = nil
	fmt.Println(a == nil, b == nil)
	a = 3.0
	fmt.Println(a == 3.0, a == 3)

	var s1, s2 Shape = Sq{2}, Sq{2}
	fmt.Println(s1 == s2)
	r := &Rc{1, 2}
	var s3, s4 Shape = r, r
	var s5 Shape = &Rc{1, 2}
	fmt.Println(s3 == s4, s3 == s5, s1 == s3)

	fmt.Println(find(-1) == ErrNotFound, find(-1) == ErrNotFound2, find(1) == nil)
	fmt.Println(ErrNotFound.Error() == ErrNotFound2.Error())

	// interface values as map keys
	m := map[any]string{}
	m[1] = "int 1"
	m[int8(1)] = "int8 1"
	m["1"] = "string 1"
	m[Key{1, "a"}] = "key"
	m[true] = "bool"
	fmt.Println(len(m), m[1], m[int8(1)], m["1"], m[Key{1, "a"}], m[true], m[2] == "")
	m[1] = "int one"
	fmt.Println(len(m), m[1])

	seen := map[Shape]int{}
	for _, sh := range []Shape{Sq{1}, Sq{2}, Sq{1}, r, r, s5} {
		seen[sh]++
	}
	fmt.Println(len(seen), seen[Sq{1}], seen[r], seen[s5])

	// comparing interface with concrete value
	var x any = Key{3, "z"}
	fmt.Println(x == Key{3, "z"}, x == any(Key{3, "y"}))
	var e1 error = ErrNotFound
	var e2 any = ErrNotFound
	fmt.Println(e1 == e2)
	arr1 := [2]any{1, "a"}
	arr2 := [2]any{1, "a"}
	fmt.Println(arr1 == arr2)
}
