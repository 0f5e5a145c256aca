// Maps whose integer keys are dense from 0 (goro keeps those in an array part,
// runtime/map.cpp): the same results as any map, checked against go.
package main

import (
	"fmt"
	"runtime"
	"sort"
)

type ID int32

func main() {
	// built in a scrambled order, read back, half deleted, ranged
	const n = 5003
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[(i*7919)%n] = i
	}
	hits, sum := 0, 0
	for i := -10; i < 2*n; i++ {
		if v, ok := m[i]; ok {
			hits++
			sum += v
		}
	}
	fmt.Println(len(m), hits, sum)
	for i := 0; i < n; i += 2 {
		delete(m, i)
	}
	cnt, x := 0, 0
	for k, v := range m {
		cnt++
		x += k ^ v
	}
	fmt.Println(len(m), cnt, x)

	// negative and huge keys beside the dense ones; zero values on insert
	m[-1] = 11
	m[1<<40] = 12
	m[4] += 5 // deleted above: starts from zero
	fmt.Println(len(m), m[-1], m[1<<40], m[4], m[5] == (5*1640)%n)

	// range that deletes what it has not reached and adds new keys
	d := map[int]bool{}
	for i := 0; i < 1000; i++ {
		d[i] = true
	}
	seen := map[int]int{}
	for k := range d {
		seen[k]++
		if k%2 == 0 {
			delete(d, k+1) // may or may not have been produced already
		}
		if k < 5 {
			d[10000+k] = true // may or may not be produced
		}
	}
	twice := 0
	for _, c := range seen {
		if c > 1 {
			twice++
		}
	}
	fmt.Println("produced twice:", twice, "evens left:", countEven(d))

	// 32-bit keys of a named type, string values (collected? no: still referenced)
	names := map[ID]string{}
	for i := ID(-50); i < 3000; i++ {
		names[i] = fmt.Sprint("id", i)
	}
	runtime.GC()
	fmt.Println(len(names), names[-50], names[0], names[2999], names[3000] == "")

	// a set, printed sorted by fmt
	set := map[uint]struct{}{}
	for i := uint(0); i < 40; i += 3 {
		set[i] = struct{}{}
	}
	fmt.Println(set)
	small := map[int]string{}
	for i := 0; i < 20; i++ {
		small[i] = string(rune('a' + i))
	}
	fmt.Println(small)

	// keys in key order are not the iteration order every time
	orders := map[string]bool{}
	for r := 0; r < 20; r++ {
		var ks []int
		for k := range small {
			ks = append(ks, k)
		}
		orders[fmt.Sprint(ks)] = true
		sort.Ints(ks)
		if len(ks) != 20 || ks[0] != 0 || ks[19] != 19 {
			fmt.Println("bad keys", ks)
		}
	}
	fmt.Println("several orders:", len(orders) > 1)
}

func countEven(d map[int]bool) int {
	c := 0
	for k := range d {
		if k%2 == 0 && k < 1000 {
			c++
		}
	}
	return c
}
