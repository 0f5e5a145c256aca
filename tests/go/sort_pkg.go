package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, -1, 9, 3, 3, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "fig", "banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs, sort.StringsAreSorted(strs))
	fl := []float64{3.5, -1, 2.25, 0, 10}
	sort.Float64s(fl)
	fmt.Println(fl)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	sort.Sort(ByAge(people))
	fmt.Println(people[0].Age, people[2].Age, people[4])
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age < people[j].Age
		}
		return people[i].Name > people[j].Name
	})
	fmt.Println(people)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Println(strs)
	sort.Stable(ByAge(people))
	fmt.Println(people)

	sorted := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 4, 11, 12} {
		i := sort.SearchInts(sorted, x)
		j := sort.Search(len(sorted), func(k int) bool { return sorted[k] >= x })
		fmt.Print(x, "->", i, "/", j, " ")
	}
	fmt.Println()
	words := []string{"go", "is", "fun"}
	sort.Strings(words)
	fmt.Println(sort.SearchStrings(words, "go"), sort.SearchStrings(words, "zz"))
	// find first square >= 50
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))

	// sort by multiple keys: length then alphabetically
	ws := strings.Fields("the quick brown fox jumps over the lazy dog a an")
	sort.Slice(ws, func(i, j int) bool {
		if len(ws[i]) != len(ws[j]) {
			return len(ws[i]) < len(ws[j])
		}
		return ws[i] < ws[j]
	})
	fmt.Println(ws)
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Ints(big)
	ok := true
	for i := range big {
		if big[i] != i {
			ok = false
		}
	}
	fmt.Println("big sorted:", ok, big[:5], big[995:])
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	fmt.Println(is, is.Len(), is.Search(2))
}
