package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name string
	Qty  int
}

func main() {
	nums := []int{10, 20, 30}
	for i, v := range nums {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for i := range nums {
		nums[i] *= 2
	}
	fmt.Println(nums)
	for range nums {
		fmt.Print(".")
	}
	fmt.Println()
	for _, v := range nums {
		v++ // copy
		_ = v
	}
	fmt.Println(nums)

	// range over array (copy) vs pointer to array
	arr := [3]string{"a", "b", "c"}
	for i, v := range arr {
		arr[2] = "changed"
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	arr2 := [3]string{"a", "b", "c"}
	for i, v := range &arr2 {
		arr2[2] = "changed"
		fmt.Print(i, v, " ")
	}
	fmt.Println()

	// range evaluates the slice once; appends are not seen
	s := []int{1, 2, 3}
	for _, v := range s {
		if v == 1 {
			s = append(s, 4)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	// but element modifications are seen
	s2 := []int{1, 2, 3}
	for i, v := range s2 {
		if i == 0 {
			s2[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// strings by rune
	for i, r := range "aé😀b" {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println()
	count := 0
	for range "héllo" {
		count++
	}
	fmt.Println("runes:", count)

	// maps: print in sorted key order
	stock := map[string]int{"pear": 3, "apple": 5, "fig": 0, "kiwi": 12}
	keys := make([]string, 0)
	for k := range stock {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, stock[k])
	}
	fmt.Println()
	total := 0
	for _, v := range stock {
		total += v
	}
	fmt.Println("total", total)
	var items []Item
	for k, v := range stock {
		items = append(items, Item{k, v})
	}
	sort.Slice(items, func(i, j int) bool {
		if items[i].Qty != items[j].Qty {
			return items[i].Qty > items[j].Qty
		}
		return items[i].Name < items[j].Name
	})
	fmt.Println(items)

	// range over nil slice and nil map
	var ns []int
	var nm map[int]int
	for range ns {
		fmt.Println("never")
	}
	for range nm {
		fmt.Println("never")
	}
	// range over struct slice with index to modify
	inv := []Item{{"x", 1}, {"y", 2}}
	for i := range inv {
		inv[i].Qty *= 100
	}
	fmt.Println(inv)
	matrix := [][]int{{1, 2}, {3, 4}, {5, 6}}
	for r, row := range matrix {
		for c := range row {
			row[c] += r
		}
	}
	fmt.Println(matrix)
	var last int
	for last = range []int{7, 8, 9} {
	}
	fmt.Println("last index", last)
	bs := []byte("hi")
	for i, b := range bs {
		fmt.Print(i, ":", b, " ")
	}
	fmt.Println()
}
