package main

import (
	"fmt"
	"sort"
	"strings"
)

func counter() (func() int, func()) {
	c := 0
	inc := func() int {
		c++
		return c
	}
	reset := func() { c = 0 }
	return inc, reset
}

func memoize(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type Button struct {
	handlers []func(string) string
}

func (b *Button) On(h func(string) string) { b.handlers = append(b.handlers, h) }

func (b *Button) Click(ev string) []string {
	var out []string
	for _, h := range b.handlers {
		out = append(out, h(ev))
	}
	return out
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	// captured by reference: mutation visible both ways
	x := 10
	show := func() int { return x }
	x = 20
	fmt.Println(show())
	setX := func(v int) { x = v }
	setX(33)
	fmt.Println(x, show())

	calls := 0
	var slowSquare func(int) int
	slowSquare = func(n int) int {
		calls++
		return n * n
	}
	fast := memoize(slowSquare)
	fmt.Println(fast(4), fast(4), fast(5), fast(4), calls)

	// recursive closure
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10), fact(20))

	a1, a2 := adder(100), adder(0)
	fmt.Println(a1(1), a1(2), a2(5), a1(3), a2(5))

	g := fibGen()
	var fibs []int
	for i := 0; i < 12; i++ {
		fibs = append(fibs, g())
	}
	fmt.Println(fibs)

	// closures created in a loop, each with its own variable
	var fs []func() string
	for i := 0; i < 3; i++ {
		j := i * i
		fs = append(fs, func() string { return fmt.Sprint("f", j) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	btn := &Button{}
	clicks := 0
	btn.On(func(e string) string { clicks++; return "log:" + e })
	btn.On(strings.ToUpper)
	btn.On(func(e string) string { clicks += 10; return fmt.Sprint(len(e)) })
	fmt.Println(btn.Click("press"), clicks)
	fmt.Println(btn.Click("go"), clicks)

	words := []string{"banana", "Apple", "cherry", "apple", "Banana"}
	key := func(i int) string { return strings.ToLower(words[i]) }
	sort.SliceStable(words, func(i, j int) bool { return key(i) < key(j) })
	fmt.Println(words)

	total := 0
	func() {
		defer func() { total += 100 }()
		total = 5
	}()
	fmt.Println(total)
}
