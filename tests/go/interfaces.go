package main

import (
	"fmt"
	"math"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Circle struct{ R float64 }
type Square struct{ S float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }

func (s *Square) Area() float64      { return s.S * s.S }
func (s *Square) Perimeter() float64 { return 4 * s.S }
func (s *Square) Name() string       { return "square" }
func (s *Square) Grow(f float64)     { s.S *= f }

func (t Triangle) Area() float64 {
	p := t.Perimeter() / 2
	return math.Sqrt(p * (p - t.A) * (p - t.B) * (p - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

type Writer interface {
	Write(s string) int
}

type Buffer struct{ sb strings.Builder }

func (b *Buffer) Write(s string) int {
	b.sb.WriteString(s)
	return len(s)
}

type Upper struct{ w Writer }

func (u Upper) Write(s string) int { return u.w.Write(strings.ToUpper(s)) }

func describe(s Shape) string {
	name := "anonymous"
	if n, ok := s.(Named); ok {
		name = n.Name()
	}
	return fmt.Sprintf("%s area=%.2f perim=%.2f", name, s.Area(), s.Perimeter())
}

func total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	sq := &Square{2}
	shapes := []Shape{Circle{1}, sq, Triangle{3, 4, 5}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	sq.Grow(1.5)
	fmt.Println(describe(shapes[1]))
	fmt.Printf("total %.3f\n", total(shapes...))

	var ns NamedShape = Circle{2}
	var sh Shape = ns
	var nm Named = ns
	fmt.Println(nm.Name(), fmt.Sprintf("%.3f", sh.Area()))

	buf := &Buffer{}
	var w Writer = buf
	n := w.Write("hello ")
	w = Upper{buf}
	n += w.Write("world")
	fmt.Println(n, buf.sb.String())

	var empty interface{}
	fmt.Println(empty == nil, empty)
	empty = 42
	fmt.Println(empty, empty != nil)
	var anything any = "text"
	empty = anything
	fmt.Println(empty)

	// interface holding a nil pointer is not nil
	var nilSq *Square
	var s Shape = nilSq
	fmt.Println(nilSq == nil, s == nil, s != nil)
	s = nil
	fmt.Println(s == nil)

	values := []any{1, "two", 3.0, []int{4}, map[string]int{"five": 5}, nil, Circle{6}, true}
	for i, v := range values {
		fmt.Printf("%d: %v (%T)\n", i, v, v)
	}
	var err error
	fmt.Println(err == nil, err)
	err = fmt.Errorf("code %d", 7)
	fmt.Println(err, err.Error())
}
