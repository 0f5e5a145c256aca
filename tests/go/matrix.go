package main

import (
	"fmt"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func New(r, c int) *Matrix {
	return &Matrix{r, c, make([]float64, r*c)}
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func FromRows(rows [][]float64) *Matrix {
	m := New(len(rows), len(rows[0]))
	for i, row := range rows {
		for j, v := range row {
			m.Set(i, j, v)
		}
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", m.rows, m.cols, o.rows, o.cols)
	}
	res := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var sum float64
			for k := 0; k < m.cols; k++ {
				sum += m.At(i, k) * o.At(k, j)
			}
			res.Set(i, j, sum)
		}
	}
	return res, nil
}

func (m *Matrix) Transpose() *Matrix {
	t := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix) Det() float64 {
	n := m.rows
	a := make([][]float64, n)
	for i := range a {
		a[i] = append([]float64(nil), m.data[i*n:(i+1)*n]...)
	}
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if abs(a[r][c]) > abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return 0
		}
		if p != c {
			a[p], a[c] = a[c], a[p]
			det = -det
		}
		det *= a[c][c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	return det
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%7.2f", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func main() {
	a := FromRows([][]float64{{1, 2, 3}, {4, 5, 6}})
	b := FromRows([][]float64{{7, 8}, {9, 10}, {11, 12}})
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("error:", err)
	fmt.Print(a.Transpose())
	id := Identity(3)
	same, _ := a.Mul(id)
	fmt.Println(same.String() == a.String())
	m := FromRows([][]float64{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}})
	fmt.Println("det:", m.Det(), "det(I):", id.Det())
	sq, _ := m.Mul(m)
	fmt.Print(sq)
	fmt.Printf("det(m^2) = %.4f\n", sq.Det())
	// integer matrix power via repeated multiplication: Fibonacci
	f := FromRows([][]float64{{1, 1}, {1, 0}})
	p := Identity(2)
	for i := 0; i < 30; i++ {
		p, _ = p.Mul(f)
	}
	fmt.Printf("fib(30) = %.0f\n", p.At(0, 1))
	big := New(20, 20)
	for i := 0; i < 20; i++ {
		for j := 0; j < 20; j++ {
			big.Set(i, j, float64((i*j)%7)-3)
		}
	}
	bb, _ := big.Mul(big.Transpose())
	trace := 0.0
	for i := 0; i < 20; i++ {
		trace += bb.At(i, i)
	}
	fmt.Println("trace:", trace, "corner:", bb.At(19, 19), bb.At(0, 19))
}
