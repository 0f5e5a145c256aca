// for k, v := range m: the loop's variables get each entry (one pair for the
// whole loop, as Go 1.19's), whatever the body does to them: reassigning,
// taking an address, capturing in closures; value types of several shapes.
package main

import (
	"fmt"
	"sort"
)

type P struct {
	X, Y int
	S    string
}

func main() {
	m := map[int]int{1: 10, 2: 20, 3: 30}
	sum := 0
	for k, v := range m {
		k *= 100 // reassigned: the next entry is loaded fresh
		v++
		sum += k + v
	}
	fmt.Println("sum", sum)

	var fs []func() int
	keys := []int{}
	for k, v := range m {
		keys = append(keys, k)
		fs = append(fs, func() int { return v }) // one v for the whole loop (Go 1.19)
	}
	sort.Ints(keys)
	last := fs[0]()
	same := true
	for _, f := range fs {
		if f() != last {
			same = false
		}
	}
	fmt.Println(keys, "closures agree:", same)

	ptrs := map[*int]bool{}
	for _, v := range m {
		ptrs[&v] = true
	}
	fmt.Println("addresses of v:", len(ptrs))

	ps := map[string]P{"a": {1, 2, "x"}, "b": {3, 4, "y"}}
	names := []string{}
	tot := 0
	for name, p := range ps {
		p.X *= 10
		names = append(names, name+p.S)
		tot += p.X + p.Y
	}
	sort.Strings(names)
	fmt.Println(names, tot, ps["a"].X)

	is := map[string]interface{}{"i": 1, "s": "str", "f": 2.5}
	kinds := []string{}
	for k, v := range is {
		kinds = append(kinds, fmt.Sprintf("%s=%T", k, v))
	}
	sort.Strings(kinds)
	fmt.Println(kinds)

	n := 0
	for k := range m {
		n += k
	}
	for _, v := range m {
		n += v
	}
	fmt.Println("n", n)

	var k2, v2 int
	for k2, v2 = range map[int]int{7: 70} {
	}
	fmt.Println("assigned", k2, v2)
}
