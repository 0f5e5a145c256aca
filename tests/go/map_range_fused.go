// Range over maps: 8-byte keys and values into the loop's variables (one
// MAPNEXT2_64 op), the general path, writes while ranging, nil maps.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]float64{1: 1.5, 2: 2.5, 3: -1}
	sk, sv := 0, 0.0
	for k, v := range m {
		sk += k
		sv += v
	}
	for k := range m {
		sk += k
	}
	for _, v := range m {
		sv += v
	}
	fmt.Println(sk, sv)
	ms := map[string]*int{}
	x := 5
	ms["a"] = &x
	for k, v := range ms { // 16-byte key: the general path
		fmt.Println(k, *v)
	}
	mp := map[*int]uint64{&x: 7}
	for k, v := range mp {
		fmt.Println(*k, v)
	}
	// deletes and inserts while ranging
	big := map[int]int{}
	for i := 0; i < 100; i++ {
		big[i] = i * i
	}
	seen := 0
	for k, v := range big {
		if v != k*k {
			panic("bad")
		}
		delete(big, k^1)
		seen++
	}
	fmt.Println(seen <= 100, len(big) <= 100)
	var keys []int
	for k, v := range map[int]int{3: 9, 1: 1, 2: 4} {
		keys = append(keys, k*100+v)
	}
	sort.Ints(keys)
	fmt.Println(keys)
	var nilm map[int]int
	for k, v := range nilm {
		fmt.Println(k, v)
	}
	// closure captures: not register variables
	var fs []func() int
	for k, v := range map[int]int{1: 2} {
		fs = append(fs, func() int { return k + v })
	}
	fmt.Println(fs[0]())
	// labeled break/continue
outer:
	for k, v := range map[int]int{1: 1, 2: 2, 3: 3} {
		for range []int{1} {
			if k == v {
				continue outer
			}
		}
		break
	}
	fmt.Println("done")
}
