package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Employee struct {
	Name string
	Dept string
	Pay  int
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	ages["bob"]++
	fmt.Println(len(ages), ages["bob"], ages["dave"])
	v, ok := ages["alice"]
	fmt.Println(v, ok)
	v, ok = ages["zed"]
	fmt.Println(v, ok)
	delete(ages, "alice")
	delete(ages, "nobody")
	fmt.Println(len(ages), ages)
	for _, k := range sortedKeys(ages) {
		fmt.Printf("%s=%d ", k, ages[k])
	}
	fmt.Println()

	// nil map: reads are fine
	var nm map[string]int
	fmt.Println(nm == nil, len(nm), nm["x"])
	_, ok = nm["x"]
	fmt.Println(ok)
	for k := range nm {
		fmt.Println("never", k)
	}
	delete(nm, "x")

	// struct keys and values
	grid := make(map[Point]string)
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "p"
	fmt.Println(grid[Point{1, 2}], len(grid), grid)

	emps := []Employee{
		{"ann", "eng", 100}, {"bo", "ops", 80}, {"cy", "eng", 120}, {"di", "ops", 90}, {"ed", "hr", 70},
	}
	byDept := map[string][]Employee{}
	payroll := map[string]int{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e)
		payroll[e.Dept] += e.Pay
	}
	for _, d := range sortedKeys(payroll) {
		names := []string{}
		for _, e := range byDept[d] {
			names = append(names, e.Name)
		}
		fmt.Println(d, payroll[d], names)
	}

	// map of maps
	graph := map[string]map[string]bool{}
	addEdge := func(a, b string) {
		if graph[a] == nil {
			graph[a] = map[string]bool{}
		}
		graph[a][b] = true
	}
	addEdge("a", "b")
	addEdge("a", "c")
	addEdge("b", "c")
	fmt.Println(graph, graph["a"]["c"], graph["c"]["a"])

	// struct values must be reassigned
	pm := map[string]Point{"p": {1, 1}}
	p := pm["p"]
	p.X = 5
	pm["p"] = p
	fmt.Println(pm)
	ptrm := map[string]*Point{"q": {2, 2}}
	ptrm["q"].Y = 9
	fmt.Println(*ptrm["q"])

	// maps are references
	m1 := map[int]int{1: 1}
	m2 := m1
	m2[2] = 2
	fmt.Println(len(m1), m1)

	// deleting during range is allowed
	nums := map[int]bool{}
	for i := 0; i < 20; i++ {
		nums[i] = true
	}
	for k := range nums {
		if k%3 != 0 {
			delete(nums, k)
		}
	}
	fmt.Println(len(nums), nums)

	// counting with byte and rune keys
	freq := map[rune]int{}
	for _, r := range "mississippi" {
		freq[r]++
	}
	fmt.Println(freq)
	fb := map[float64]string{1.5: "a", -2: "b", 0: "c"}
	fmt.Println(fb)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	big := make(map[int]int, 100)
	for i := 0; i < 1000; i++ {
		big[i%37] += i
	}
	fmt.Println(len(big), big[0], big[36])
}
