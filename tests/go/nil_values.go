package main

import (
	"errors"
	"fmt"
)

type T struct {
	name string
	next *T
}

func (t *T) Name() string {
	if t == nil {
		return "<nil T>"
	}
	return t.name
}

func (t *T) Len() int {
	n := 0
	for ; t != nil; t = t.next {
		n++
	}
	return n
}

type Namer interface{ Name() string }

func mayFail(fail bool) error {
	var e *myErr
	if fail {
		e = &myErr{"failed"}
	}
	if e == nil {
		return nil // return a true nil, not a typed nil
	}
	return e
}

type myErr struct{ s string }

func (e *myErr) Error() string { return e.s }

func returnsTypedNil() error {
	var e *myErr
	return e
}

func main() {
	var s []int
	var m map[string][]int
	var p *T
	var f func()
	var i interface{}
	var n Namer
	var ch []string
	fmt.Println(s == nil, m == nil, p == nil, f == nil, i == nil, n == nil)
	fmt.Println(len(s), cap(s), len(m), m["x"] == nil, len(m["x"]))
	s = append(s, 1)
	fmt.Println(s, s == nil)
	for range ch {
		fmt.Println("never")
	}
	fmt.Println(s[:0] == nil, s[0:0], ch[:] == nil, len(ch[0:0]))

	// nil receivers work for pointer methods that handle nil
	fmt.Println(p.Name(), p.Len())
	list := &T{"a", &T{"b", &T{"c", nil}}}
	fmt.Println(list.Name(), list.Len(), list.next.next.next.Name())
	n = p
	fmt.Println(n == nil, n.Name())

	// typed nil in interface
	fmt.Println(mayFail(false) == nil, mayFail(true) == nil, mayFail(true))
	err := returnsTypedNil()
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*myErr)(nil))
	var target *myErr
	fmt.Println(errors.As(mayFail(true), &target), target.s)

	// nil maps can be read, ranged, deleted from, and len'd
	delete(m, "k")
	v, ok := m["k"]
	fmt.Println(v, ok)
	// zero values of struct fields
	var t T
	fmt.Printf("%q %v\n", t.name, t.next)
	fmt.Printf("%v %v %v %v\n", s[:0], m, p, i)
	fmt.Printf("%#v %#v %#v\n", []int(nil), map[string]int(nil), (*T)(nil))

	// copy and append with nil
	n2 := copy(s, []int(nil))
	s2 := append([]int(nil), nil...)
	fmt.Println(n2, s2 == nil, len(append(s2, s2...)))
	var nilFuncs []func() int
	nilFuncs = append(nilFuncs, nil, func() int { return 7 })
	for _, fn := range nilFuncs {
		if fn != nil {
			fmt.Println("fn:", fn())
		} else {
			fmt.Println("nil fn")
		}
	}
	var pp **T
	pp = &p
	fmt.Println(*pp == nil, pp != nil)
	var ei, ej interface{}
	fmt.Println(ei == ej, ei == nil)
	ei = (*T)(nil)
	fmt.Println(ei == ej, ei == (*T)(nil))
}
