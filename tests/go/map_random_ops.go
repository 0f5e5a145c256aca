// Random map operations (a fixed xorshift stream, so go and goro do the same
// ones) on int keys dense, negative, sparse and growing, with ranges that
// delete and update: results are order-independent checksums. Covers the
// array part of integer-keyed maps (runtime/map.cpp) against go.
package main

import (
	"fmt"
	"sort"
)

var seed uint64 = 88172645463325252

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func sum(m map[int]int) (int, int) {
	s, x := 0, 0
	for k, v := range m {
		s += k*31 + v
		x ^= k*7 + v
	}
	return s, x
}

func run(name string, span int, neg bool, ops int) {
	m := map[int]int{}
	for i := 0; i < ops; i++ {
		k := int(rnd() % uint64(span))
		if neg && rnd()%5 == 0 {
			k = -k
		}
		switch rnd() % 10 {
		case 0, 1, 2, 3:
			m[k] = i
		case 4, 5:
			delete(m, k)
		case 6:
			m[k] += 3
		case 7:
			if v, ok := m[k]; ok {
				m[k+1] = v
			}
		case 8:
			if i%997 == 0 {
				// range that deletes and inserts
				for kk := range m {
					if kk%3 == 0 {
						delete(m, kk)
					} else {
						m[kk] += 1
					}
				}
			}
		case 9:
			if i%4999 == 0 {
				for kk := range m {
					delete(m, kk)
				}
			}
		}
	}
	s, x := sum(m)
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	h := 0
	for _, k := range keys {
		h = h*31 + k + m[k]
	}
	fmt.Println(name, len(m), s, x, h)
}

func main() {
	run("dense-small", 100, false, 20000)
	run("dense", 5000, false, 200000)
	run("dense-neg", 5000, true, 200000)
	run("mid", 100000, false, 300000)
	run("sparse", 1<<40, false, 100000)
	run("grow", 1<<20, false, 1500000)
	m32 := map[int32]int{}
	for i := 0; i < 100000; i++ {
		k := int32(rnd()%70000) - 1000
		if rnd()%3 == 0 {
			delete(m32, k)
		} else {
			m32[k] = i
		}
	}
	t := 0
	for k, v := range m32 {
		t += int(k)*3 + v
	}
	fmt.Println("int32", len(m32), t)
	mu := map[uint]string{}
	for i := uint(0); i < 3000; i++ {
		mu[i*2] = fmt.Sprint(i)
	}
	fmt.Println(len(mu), mu[100], mu[101] == "", mu[5998])
}
