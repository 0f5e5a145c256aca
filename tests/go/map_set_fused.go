// m[k] = v with 8-byte values of every kind (one MAPSET_64 op).
package main

import "fmt"

type P struct{ A, B int32 }

func main() {
	mf := map[string]float64{}
	mf["a"] = 1.5
	mf["a"] = mf["a"] * 2
	mp := map[int]*int{}
	x := 7
	mp[1] = &x
	ms := map[int]P{}
	ms[2] = P{-1, 2}
	ma := map[int][2]int32{}
	ma[3] = [2]int32{5, -6}
	mb := map[int][8]byte{}
	mb[4] = [8]byte{1, 2, 3, 4, 5, 6, 7, 8}
	mfn := map[string]func(int) int{}
	mfn["sq"] = func(i int) int { return i * i }
	mc := map[int]chan int{}
	mc[0] = make(chan int, 1)
	mc[0] <- 42
	mm := map[int]map[string]int{}
	mm[9] = map[string]int{"z": 26}
	mu := map[uint]uint{}
	mu[^uint(0)] = ^uint(0) - 1
	fmt.Println(mf, *mp[1], ms, ma, mb, mfn["sq"](9), <-mc[0], mm[9]["z"], mu)
	var nm map[int]int
	defer func() { fmt.Println("recovered:", recover()) }()
	nm[1] = 2
}
