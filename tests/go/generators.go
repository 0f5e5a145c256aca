package main

import (
	"fmt"
	"strings"
)

// iterator built from closures: returns next() and a done flag
func rangeIter(start, end, step int) func() (int, bool) {
	cur := start
	return func() (int, bool) {
		if cur >= end {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func mapIter(next func() (int, bool), f func(int) int) func() (int, bool) {
	return func() (int, bool) {
		v, ok := next()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func filterIter(next func() (int, bool), keep func(int) bool) func() (int, bool) {
	return func() (int, bool) {
		for {
			v, ok := next()
			if !ok || keep(v) {
				return v, ok
			}
		}
	}
}

func collect(next func() (int, bool)) []int {
	var out []int
	for v, ok := next(); ok; v, ok = next() {
		out = append(out, v)
	}
	return out
}

// callback-style iteration with early stop
func walkWords(s string, yield func(i int, w string) bool) int {
	n := 0
	for i, w := range strings.Fields(s) {
		n++
		if !yield(i, w) {
			break
		}
	}
	return n
}

type Tally struct{ counts map[string]int }

func (t *Tally) Add(i int, w string) bool {
	t.counts[strings.ToLower(w)]++
	return w != "STOP"
}

func pipeline(stages ...func(string) string) func(string) string {
	return func(s string) string {
		for _, st := range stages {
			s = st(s)
		}
		return s
	}
}

func main() {
	evensSquared := mapIter(filterIter(rangeIter(0, 20, 1), func(v int) bool { return v%2 == 0 }), func(v int) int { return v * v })
	fmt.Println(collect(evensSquared))
	fmt.Println(collect(rangeIter(5, 30, 7)), collect(rangeIter(3, 3, 1)) == nil)

	primes := filterIter(rangeIter(2, 60, 1), func(n int) bool {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	})
	var first5 []int
	for i := 0; i < 5; i++ {
		v, _ := primes()
		first5 = append(first5, v)
	}
	fmt.Println(first5, collect(primes))

	t := &Tally{counts: map[string]int{}}
	n := walkWords("the cat and The dog STOP the end", t.Add) // method value as callback
	fmt.Println(n, t.counts)
	var found []string
	walkWords("alpha beta gamma delta epsilon", func(i int, w string) bool {
		if strings.Contains(w, "l") {
			found = append(found, fmt.Sprint(i, ":", w))
		}
		return true
	})
	fmt.Println(found)

	shout := pipeline(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hello pipeline  "))
	var ops []string
	trace := func(name string) func() {
		ops = append(ops, "enter "+name)
		return func() { ops = append(ops, "exit "+name) }
	}
	func() {
		defer trace("outer")()
		for i := 0; i < 2; i++ {
			func() {
				defer trace(fmt.Sprint("inner", i))()
			}()
		}
	}()
	fmt.Println(strings.Join(ops, " | "))
}
