package main

import "fmt"

func printSlice(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	var nilS []int
	printSlice("nil", nilS)
	fmt.Println(nilS == nil)
	empty := []int{}
	printSlice("empty", empty)
	fmt.Println(empty == nil)

	m := make([]int, 3)
	printSlice("make3", m)
	mc := make([]int, 2, 10)
	printSlice("make2,10", mc)

	// append within capacity shares the backing array
	a := mc[:2]
	b := append(a, 7)
	c := append(a, 8)
	printSlice("b", b)
	printSlice("c", c)
	fmt.Println(b[2] == c[2])

	// append to nil
	for i := 0; i < 5; i++ {
		nilS = append(nilS, i*i)
	}
	fmt.Println(nilS, len(nilS))

	// append slice...
	x := []int{1, 2}
	y := []int{3, 4, 5}
	x = append(x, y...)
	fmt.Println(x)
	x = append(x, x...)
	fmt.Println(x)
	x = append(x[:2], x[5:]...)
	fmt.Println(x)

	// copy
	dst := make([]int, 3)
	n := copy(dst, []int{9, 8, 7, 6, 5})
	fmt.Println(n, dst)
	n = copy(dst, []int{1})
	fmt.Println(n, dst)
	overlap := []int{1, 2, 3, 4, 5}
	copy(overlap[1:], overlap)
	fmt.Println(overlap)
	bs := make([]byte, 5)
	n = copy(bs, "hello world")
	fmt.Println(n, string(bs))

	// 2- and 3-index slicing
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s1 := base[2:5]
	printSlice("s1", s1)
	s2 := base[2:5:6]
	printSlice("s2", s2)
	s3 := s1[1:6]
	printSlice("s3", s3)
	s4 := base[:0]
	printSlice("s4", s4)
	s5 := base[8:]
	printSlice("s5", s5)

	// aliasing: writes through one slice are visible in another
	s1[0] = 200
	fmt.Println(base[2], s3[0])
	s2 = append(s2, 500) // fits: cap 4
	fmt.Println(base[5])
	s2 = append(s2, 600) // exceeds cap: new array
	s2[0] = -2
	fmt.Println(base[2], base[6], s2)

	// 2D slices
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid[2]))

	// slices of strings and structs
	names := []string{"b", "a"}
	names = append(names, "c")
	type P struct{ N int }
	ps := []P{{1}, {2}}
	for i := range ps {
		ps[i].N *= 10
	}
	for _, p := range ps {
		p.N = 0 // copy
	}
	fmt.Println(names, ps)
	arr := [5]int{1, 2, 3, 4, 5}
	as := arr[1:3]
	as = append(as, 99)
	fmt.Println(arr, as, cap(as))
	full := arr[1:3:3]
	full = append(full, 77)
	fmt.Println(arr, full)
}
