package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	var ints []int
	for i := 0; i < 10; i++ {
		ints = append(ints, r.Intn(100))
	}
	fmt.Println(ints)
	fmt.Println(r.Int63(), r.Int31(), r.Uint32(), r.Int())
	fmt.Println(r.Int63n(1000000), r.Int31n(10))
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float64())
	fmt.Println(r.Perm(8))
	deck := []string{"A", "B", "C", "D", "E", "F"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)

	// same seed, same sequence
	a := rand.New(rand.NewSource(7))
	b := rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 1000; i++ {
		if a.Int63() != b.Int63() {
			same = false
		}
	}
	fmt.Println("same sequence:", same)

	// top-level functions after Seed(1)
	rand.Seed(1)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Intn(1000))
	fmt.Printf("%.6f\n", rand.Float64())

	// histogram of dice rolls
	d := rand.New(rand.NewSource(2024))
	var counts [6]int
	for i := 0; i < 6000; i++ {
		counts[d.Intn(6)]++
	}
	fmt.Println(counts)
	// Monte Carlo estimate of pi
	mc := rand.New(rand.NewSource(1))
	inside := 0
	const n = 100000
	for i := 0; i < n; i++ {
		x, y := mc.Float64(), mc.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.4f (%d inside)\n", 4*float64(inside)/n, inside)
}
