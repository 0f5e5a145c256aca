package main

import (
	"fmt"
	"math/rand"
)

type fixed struct {
	vals []int64
	n    int
}

func (f *fixed) Int63() int64 { v := f.vals[f.n%len(f.vals)]; f.n++; return v }
func (f *fixed) Seed(int64)   {}

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 2000; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
	}
	for i := 0; i < 5; i++ {
		fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
	}
	// boundary strips and tails via a scripted source
	for _, v := range []int64{0, 1 << 31, 127 << 31, 128 << 31, 255 << 31, 256 << 31, 1<<63 - 1, 1 << 62, 0x7f << 55, 0xff << 55, 12345 << 31} {
		f := &fixed{vals: []int64{v, 1 << 61, 1 << 62, 3 << 61, 5, 1<<63 - 1}}
		a := rand.New(f)
		fmt.Println(a.NormFloat64(), f.n)
		f.n = 0
		fmt.Println(a.ExpFloat64(), f.n)
	}
	for _, p := range [][3]float64{{1.1, 1, 100}, {2, 1, 10}, {1.5, 3.5, 1e6}, {3, 10, 0}, {1.0001, 1, 1e18}} {
		z := rand.NewZipf(rand.New(rand.NewSource(3)), p[0], p[1], uint64(p[2]))
		for i := 0; i < 20; i++ {
			fmt.Print(z.Uint64(), " ")
		}
		fmt.Println()
	}
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	var z *rand.Zipf
	z.Uint64()
}
