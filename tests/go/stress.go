package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type rec struct {
	id    int
	key   string
	score float64
}

func main() {
	// a large map with string keys
	m := make(map[string]int)
	for i := 0; i < 200000; i++ {
		m["k"+strconv.Itoa(i%50000)] += i
	}
	fmt.Println(len(m), m["k0"], m["k49999"])
	for i := 0; i < 50000; i += 2 {
		delete(m, "k"+strconv.Itoa(i))
	}
	fmt.Println(len(m), m["k1"], m["k2"])

	// a million-element slice
	s := make([]int, 0)
	for i := 0; i < 1000000; i++ {
		s = append(s, i^(i>>3))
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	fmt.Println(len(s), sum)

	// many small allocations
	type node struct {
		v    int
		next *node
	}
	var head *node
	for i := 0; i < 300000; i++ {
		head = &node{i, head}
		if i%3 == 0 {
			head = head.next
		}
	}
	cnt := 0
	for n := head; n != nil; n = n.next {
		cnt++
	}
	fmt.Println("list", cnt)

	// string building
	var sb strings.Builder
	for i := 0; i < 100000; i++ {
		sb.WriteString(strconv.Itoa(i % 10))
	}
	str := sb.String()
	fmt.Println(len(str), strings.Count(str, "7"), str[:20])
	cat := ""
	for i := 0; i < 2000; i++ {
		cat += "ab"
	}
	fmt.Println(len(cat))

	// sorting structs
	recs := make([]rec, 50000)
	for i := range recs {
		recs[i] = rec{i, fmt.Sprintf("key%05d", (i*7919)%50000), float64((i*31)%1000) / 10}
	}
	sort.Slice(recs, func(a, b int) bool {
		if recs[a].score != recs[b].score {
			return recs[a].score > recs[b].score
		}
		return recs[a].key < recs[b].key
	})
	fmt.Println(recs[0], recs[1], recs[49999])

	// 2D grid dynamic programming: longest common subsequence
	a := strings.Repeat("ACGTTGCA", 120)
	b := strings.Repeat("TGCATCGA", 110)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
			} else if prev[j] >= cur[j-1] {
				cur[j] = prev[j]
			} else {
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	fmt.Println("lcs", prev[len(b)])
	// map with struct keys and int keys
	type pt struct{ x, y int }
	grid := map[pt]bool{}
	x, y := 0, 0
	var r uint64 = 1
	for i := 0; i < 100000; i++ {
		r = r*6364136223846793005 + 1442695040888963407
		switch r >> 62 {
		case 0:
			x++
		case 1:
			x--
		case 2:
			y++
		default:
			y--
		}
		grid[pt{x, y}] = true
	}
	fmt.Println("visited", len(grid), x, y)
}
