package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit   { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius   { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Counter map[string]int

func (c Counter) Add(word string) { c[word]++ }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Path string

func (p Path) Parts() []string { return strings.Split(string(p), "/") }

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func main() {
	boiling := Celsius(100)
	body := Fahrenheit(98.6)
	fmt.Println(boiling, boiling.ToF(), body, body.ToC())
	fmt.Printf("%v %.2f %T\n", boiling, float64(body.ToC()), body)

	var l IntList
	for i := 1; i <= 5; i++ {
		l.Push(i * i)
	}
	fmt.Println(l, l.Sum(), len(l))
	plain := []int(l)
	plain[0] = 100
	fmt.Println(l[0], plain[0])

	c := Counter{}
	for _, w := range strings.Fields("a b a c b a") {
		c.Add(w)
	}
	fmt.Println(c, len(c))

	add := Op(func(a, b int) int { return a + b })
	mul := Op(func(a, b int) int { return a * b })
	fmt.Println(add.Apply(3, 4), mul.Apply(3, 4))

	p := Path("usr/local/bin")
	fmt.Println(p.Parts(), len(p.Parts()))

	fib := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = r.Mul(fib)
	}
	fmt.Println(r, r[0][1])

	type Local struct{ A, B int }
	type Other Local
	x := Local{1, 2}
	y := Other(x)
	fmt.Printf("%+v %+v %T %T\n", x, y, x, y)
	var temps = []Celsius{-40, 0, 37, 100}
	for _, t := range temps {
		fmt.Print(t.ToF(), " ")
	}
	fmt.Println()
}
