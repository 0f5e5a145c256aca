// m[k] op= v and m[k]++ take one map lookup (like gc): the element is read
// and written in place. Covers absent keys (zero value), every op kind,
// wrap-around, strings and floats, a right-hand side that grows the map
// (evaluated before the lookup), a negative shift count (gc inserts the key
// before panicking), division by zero (the key stays absent), nil maps.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func grow(m map[string]int, n int) int {
	for i := 0; i < n; i++ {
		m[fmt.Sprint("g", i)] = i
	}
	return 5
}

func show(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d ", k, m[k])
	}
	return b.String()
}

func main() {
	words := strings.Fields("the cat and the dog and the bird")
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println(show(counts))

	m := map[string]int{"a": 10}
	m["a"] += 5
	m["a"] -= 3
	m["a"] *= 4
	m["a"] |= 1
	m["a"] &= 0x3d
	m["a"] ^= 0xff
	m["a"] &^= 0x0f
	m["a"] <<= 2
	m["a"] >>= 1
	m["a"] %= 1000
	m["a"] /= 3
	m["b"] -= 7 // absent: starts from 0
	m["c"]--
	fmt.Println(show(m))

	bytes := map[int]uint8{1: 250}
	for i := 0; i < 10; i++ {
		bytes[1]++
	}
	bytes[2] += 200
	bytes[2] += 100
	fmt.Println(bytes[1], bytes[2])

	i8 := map[bool]int8{}
	i8[true] -= 127
	i8[true] -= 2
	i8[true]--
	fmt.Println(i8[true])

	s := map[int]string{}
	s[1] += "x"
	s[1] += "yz"
	s[2] += ""
	fmt.Println(s[1], len(s[2]), len(s))

	f := map[string]float64{"x": 0.5}
	f["x"] += 0.25
	f["x"] *= 2
	f["y"]++
	f["y"] /= 3
	g := map[int]float32{}
	g[0] += 1.1
	g[0] += 2.2
	fmt.Println(f["x"], f["y"], g[0])

	// the right-hand side grows the map (a rehash) before the lookup
	big := map[string]int{"k": 1}
	big["k"] += grow(big, 1000)
	fmt.Println(big["k"], len(big))
	big["new"] += grow(big, 3000)
	fmt.Println(big["new"], len(big))

	// shift counts of several types; a negative count panics after the key
	// was inserted (as gc does); a division by zero before
	u := map[string]uint64{"u": 1}
	var sh uint = 63
	u["u"] <<= sh
	u["v"] >>= 3
	fmt.Println(u["u"], len(u))
	p := map[string]int{}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		n := -1
		p["neg"] <<= n
	}()
	_, ok := p["neg"]
	fmt.Println(len(p), ok)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		z := 0
		p["div"] /= z
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		z := 0
		p["rem"] %= z
	}()
	_, ok = p["div"]
	_, ok2 := p["rem"]
	fmt.Println(len(p), ok, ok2)

	var nilMap map[string]int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilMap["x"]++
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilMap["x"] += 2
	}()

	// struct keys, an index expression as the key (evaluated once)
	type pt struct{ x, y int }
	grid := map[pt]int{}
	calls := 0
	key := func(x int) pt { calls++; return pt{x, x} }
	for i := 0; i < 6; i++ {
		grid[key(i%3)] += i
	}
	fmt.Println(grid[pt{0, 0}], grid[pt{1, 1}], grid[pt{2, 2}], calls)
}
