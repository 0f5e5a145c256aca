// sort.Slice is not stable: the order it leaves equal elements in must be
// Go 1.19's (pdqsort step for step), for every input shape pdqsort treats
// differently (short, sorted, reversed, many equal keys, patterns that make
// it break patterns or fall back to heapsort). SliceStable keeps input order.
package main

import (
	"fmt"
	"sort"
)

type item struct {
	key, id int
}

func check(name string, xs []item) {
	ys := append([]item(nil), xs...)
	sort.Slice(xs, func(a, b int) bool { return xs[a].key < xs[b].key })
	h := 0
	for _, x := range xs {
		h = h*31 + x.id
	}
	sort.SliceStable(ys, func(a, b int) bool { return ys[a].key < ys[b].key })
	hs := 0
	for _, y := range ys {
		hs = hs*31 + y.id
	}
	fmt.Println(name, len(xs), h, hs, sort.SliceIsSorted(xs, func(a, b int) bool { return xs[a].key < xs[b].key }))
	if len(xs) <= 20 {
		fmt.Println(" ", xs)
	}
}

func main() {
	gen := func(n int, f func(i int) int) []item {
		xs := make([]item, n)
		for i := range xs {
			xs[i] = item{f(i), i}
		}
		return xs
	}
	for _, n := range []int{0, 1, 5, 12, 13, 20, 50, 51, 200, 5000} {
		check(fmt.Sprint("random", n), gen(n, func(i int) int { return (i * 7919) % 17 }))
		check(fmt.Sprint("sorted", n), gen(n, func(i int) int { return i / 3 }))
		check(fmt.Sprint("reversed", n), gen(n, func(i int) int { return (n - i) / 2 }))
		check(fmt.Sprint("equal", n), gen(n, func(i int) int { return 4 }))
		check(fmt.Sprint("sawtooth", n), gen(n, func(i int) int { return i % 8 }))
		check(fmt.Sprint("organpipe", n), gen(n, func(i int) int {
			if i < n/2 {
				return i
			}
			return n - i
		}))
	}
	// a less that is not a strict weak order (still terminates, same as Go)
	xs := gen(300, func(i int) int { return i % 5 })
	sort.Slice(xs, func(a, b int) bool { return xs[a].key <= xs[b].key })
	h := 0
	for _, x := range xs {
		h = h*31 + x.id
	}
	fmt.Println("non-strict", h)
	strs := []string{"pear", "apple", "fig", "apple", "kiwi", "banana", "fig"}
	sort.Slice(strs, func(a, b int) bool { return len(strs[a]) < len(strs[b]) })
	fmt.Println(strs)
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(42, func(a, b int) bool { return false })
}
