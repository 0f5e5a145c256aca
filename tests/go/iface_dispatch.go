// Interface method calls and assertions over every receiver shape: pointer
// and value receivers, one-slot and multi-slot values, narrow integers,
// float32, zero-size types, pointer-shaped types (map, func, chan) with
// methods, methods promoted through embedded values and pointers, extra
// arguments after a multi-slot receiver, many types at one call site.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Namer interface {
	Name(prefix string, n int) string
}

type I8 int8
type F32 float32
type Empty struct{}
type Big struct {
	a, b, c int64
	s    string
}
type Small struct{ x int32 }
type M map[string]int
type Fn func(int) int
type Ch chan int
type Ptr struct{ v int }
type Inner struct{ tag string }
type Outer struct {
	Inner
	n int
}
type OuterP struct {
	*Inner
	k int
}
type Deep struct{ Outer }

func (v I8) Name(p string, n int) string    { return fmt.Sprint(p, "I8:", int(v)*n) }
func (v F32) Name(p string, n int) string   { return fmt.Sprint(p, "F32:", float32(v)*float32(n)) }
func (Empty) Name(p string, n int) string   { return fmt.Sprint(p, "Empty:", n) }
func (v Big) Name(p string, n int) string   { return fmt.Sprint(p, "Big:", v.a+v.b+v.c+int64(n), v.s) }
func (v Small) Name(p string, n int) string { return fmt.Sprint(p, "Small:", v.x, n) }
func (m M) Name(p string, n int) string     { return fmt.Sprint(p, "M:", m["k"]+n) }
func (f Fn) Name(p string, n int) string    { return fmt.Sprint(p, "Fn:", f(n)) }
func (c Ch) Name(p string, n int) string    { return fmt.Sprint(p, "Ch:", cap(c)+n) }
func (q *Ptr) Name(p string, n int) string  { q.v += n; return fmt.Sprint(p, "Ptr:", q.v) }
func (i Inner) Name(p string, n int) string { return fmt.Sprint(p, "Inner:", i.tag, n) }

type Sizer interface{ Size() int }

func (b Big) Size() int    { return 4 }
func (s *Small) Size() int { return int(s.x) }

func main() {
	vals := []Namer{I8(-3), F32(1.5), Empty{}, Big{1, 2, 3, "big"}, Small{7}, M{"k": 40}, Fn(func(x int) int { return x * x }),
		Ch(make(chan int, 5)), &Ptr{10}, Inner{"in"}, Outer{Inner{"out"}, 1}, OuterP{&Inner{"outp"}, 2}, Deep{Outer{Inner{"deep"}, 3}},
		&Big{4, 5, 6, "pbig"}, &Outer{Inner{"pout"}, 4}}
	for round := 0; round < 2; round++ {
		for i, v := range vals {
			fmt.Println(v.Name("#", i+round))
		}
	}
	f := vals[3].Name // a method value of a multi-slot receiver
	fmt.Println(f("mv", 1))
	total := 0
	for _, v := range vals {
		switch s := v.(type) {
		case Sizer:
			total += s.Size()
			fmt.Printf("%T is a Sizer: %d\n", v, s.Size())
		case fmt.Stringer:
			fmt.Println("never")
		default:
			_ = s
		}
		if _, ok := v.(error); ok {
			fmt.Println("never an error")
		}
	}
	fmt.Println("total", total)
	var sz any = &Small{9}
	fmt.Println(sz.(Sizer).Size())
	err := errors.New("boom")
	var e any = err
	if x, ok := e.(interface{ Error() string }); ok {
		fmt.Println("error:", x.Error())
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = e.(Sizer)
	}()
	var sb strings.Builder
	var w interface{ WriteString(string) (int, error) } = &sb
	for i := 0; i < 3; i++ {
		w.WriteString(fmt.Sprint(i))
	}
	fmt.Println(sb.String())
}
