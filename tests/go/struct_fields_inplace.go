// Fields of struct variables held in frame slots are read in place (no copy
// into a temp), and struct literals that write every byte are not zeroed
// first: values must come out as Go's, including literals whose fields read
// the variable being assigned, narrow fields, padding, nested structs,
// float32 fields (whose register form differs from memory), and fields
// changed between reads.
package main

import "fmt"

type Vec struct{ X, Y, Z float64 }

func (a Vec) Add(b Vec) Vec       { return Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec) Scale(k float64) Vec { return Vec{a.X * k, a.Y * k, a.Z * k} }
func (a Vec) Dot(b Vec) float64   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }

type Narrow struct {
	A int32
	B int32
	C int16
	D int8
	E uint8
}

type Mixed struct {
	F  float32
	I  int64
	S  string
	In struct {
		B bool
		N int64
	}
}

type Pair struct{ A, B int }

func swap(p Pair) Pair { return Pair{p.B, p.A} }

func main() {
	v := Vec{1, 2, 3}
	for i := 0; i < 3; i++ {
		v = v.Add(Vec{1, 2, 3}.Scale(0.5))
	}
	fmt.Println(v, v.Dot(Vec{Z: 1, X: 2, Y: 3}))
	v = Vec{v.Z, v.X, v.Y} // reads the variable it assigns
	fmt.Println(v)
	p := Pair{1, 2}
	p = Pair{p.B, p.A + p.B}
	p = swap(p)
	fmt.Println(p, p == Pair{3, 2}, p.A*10+p.B)
	n := Narrow{-5, 7, -300, -1, 255}
	n2 := Narrow{A: n.B, B: n.A, C: n.C + 1, D: n.D * 2, E: n.E + 1}
	fmt.Println(n, n2, n2 == Narrow{7, -5, -299, -2, 0}, n.A+n2.B)
	var m Mixed
	m.F = 1.5
	m.I = int64(m.F * 4)
	m.S = fmt.Sprint(m.I)
	m.In.N = m.I + 1
	m.In.B = m.In.N > 6
	x := m.In.N*2 + m.I
	fmt.Println(m, x, m.F*2, m.In)
	keys := map[Pair]int{}
	for i := 0; i < 4; i++ {
		keys[Pair{i % 2, i / 2}]++
		keys[Pair{A: i % 2, B: i / 2}]++
	}
	fmt.Println(len(keys), keys[Pair{1, 1}])
	arr := [2]Vec{{1, 2, 3}, {4, 5, 6}}
	w := arr[1]
	w.X += w.Y * w.Z
	fmt.Println(w, arr[1].X, w.Dot(arr[0]))
}
