package main

import "fmt"

type Matrix struct{ r, c int }

func (m Matrix) Mul(o Matrix) Matrix {
	if m.c != o.r {
		panic(fmt.Sprintf("cannot multiply %dx%d by %dx%d", m.r, m.c, o.r, o.c))
	}
	return Matrix{m.r, o.c}
}

func main() {
	a := Matrix{2, 3}
	fmt.Println(a.Mul(Matrix{3, 4}))
	fmt.Println(a.Mul(Matrix{2, 2}))
}
