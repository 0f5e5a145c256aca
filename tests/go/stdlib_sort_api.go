package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
)

type kv struct {
	k, v int
}

type byK []kv

func (b byK) Len() int           { return len(b) }
func (b byK) Less(i, j int) bool { return b[i].k < b[j].k }
func (b byK) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	r := rand.New(rand.NewSource(5))
	for _, n := range []int{0, 1, 5, 12, 13, 50, 200, 1000} {
		d := make([]kv, n)
		for i := range d {
			d[i] = kv{r.Intn(7), i}
		}
		e := append([]kv(nil), d...)
		f := append([]kv(nil), d...)
		sort.Sort(byK(d))
		sort.Slice(e, func(i, j int) bool { return e[i].k < e[j].k })
		sort.Stable(byK(f))
		h := 0
		for i := range d {
			h = h*31 + d[i].v*7 + e[i].v*3 + f[i].v
			h %= 1000000007
		}
		fmt.Println(n, h, sort.IsSorted(byK(d)), sort.SliceIsSorted(e, func(i, j int) bool { return e[i].k < e[j].k }))
		if n <= 13 {
			fmt.Println(d, e, f)
		}
		sort.Sort(sort.Reverse(byK(d)))
		if n <= 13 {
			fmt.Println(d)
		}
	}
	// already sorted / reversed / organ-pipe inputs (pdqsort patterns)
	for _, n := range []int{100, 1000} {
		a := make([]int, n)
		for i := range a {
			a[i] = n - i
		}
		b := make([]kv, n)
		for i := range b {
			b[i] = kv{i % 3, i}
		}
		sort.Sort(byK(b))
		sort.Ints(a)
		h := 0
		for _, x := range b {
			h = (h*31 + x.v) % 1000000007
		}
		fmt.Println(a[:5], sort.IntsAreSorted(a), h)
	}
	fl := []float64{3, math.NaN(), -1, math.Inf(1), math.Copysign(0, -1), 0, math.Inf(-1), math.NaN(), 2.5}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 2.5), sort.Float64Slice(fl).Search(0))
	ss := []string{"pear", "apple", "fig", "", "Apple", "apple"}
	sort.Strings(ss)
	fmt.Println(ss, sort.StringsAreSorted(ss), sort.SearchStrings(ss, "fig"), sort.StringSlice(ss).Search("zz"))
	is := sort.IntSlice{5, 2, 8, 2}
	is.Sort()
	fmt.Println(is, is.Len(), is.Less(0, 1), is.Search(8), sort.SearchInts(is, 3))
	fs := sort.Float64Slice{2, 1}
	fs.Swap(0, 1)
	fmt.Println(fs, fs.Less(0, 1))
	words := []string{"a", "c", "e", "g"}
	for _, t := range []string{"", "a", "b", "g", "h"} {
		i, found := sort.Find(len(words), func(i int) int { return strings.Compare(t, words[i]) })
		fmt.Println(t, i, found, sort.Search(len(words), func(i int) bool { return words[i] >= t }))
	}
	people := []kv{{3, 1}, {1, 2}, {3, 3}, {1, 4}, {2, 5}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].k < people[j].k })
	fmt.Println(people)
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
