// append at the edge of int: zero-size elements let a slice reach MaxInt;
// Go's growslice arithmetic wraps there (a cap is still computed, or
// "growslice: cap out of range" when the length itself overflows).
package main

import "fmt"

type T struct{}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	const maxInt = int(^uint(0) >> 1)
	s := make([]T, maxInt)[1:] // len = cap = MaxInt-1
	s = append(s, T{})         // the doubled cap wraps: cap becomes the new length
	fmt.Println(len(s), cap(s) == maxInt)
	try(func() { _ = append(s, T{}) })
	try(func() { _ = append(s, make([]T, 1)...) })
	b := make([]int, 300, 300)
	for i := 0; i < 5; i++ {
		b = append(b, i)
		fmt.Println(len(b), cap(b))
	}
}
