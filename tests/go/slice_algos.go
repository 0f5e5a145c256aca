package main

import (
	"fmt"
	"strings"
)

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func filter(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func uniq(s []string) []string {
	seen := make(map[string]bool)
	var out []string
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func chunk(s []int, n int) [][]int {
	var out [][]int
	for len(s) > n {
		out = append(out, s[:n:n])
		s = s[n:]
	}
	return append(out, s)
}

func rotate(s []int, k int) []int {
	k %= len(s)
	return append(append([]int{}, s[k:]...), s[:k]...)
}

func bubbleSort(s []int) (swaps int) {
	for i := 0; i < len(s); i++ {
		for j := 0; j < len(s)-1-i; j++ {
			if s[j] > s[j+1] {
				s[j], s[j+1] = s[j+1], s[j]
				swaps++
			}
		}
	}
	return
}

func binarySearch(s []int, x int) int {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := (lo + hi) / 2
		if s[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(s) && s[lo] == x {
		return lo
	}
	return -1
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	reverse(s)
	fmt.Println(s)
	evens := filter(s, func(v int) bool { return v%2 == 0 })
	fmt.Println(evens, s) // filter reuses storage
	t := []int{10, 20, 30}
	t = insert(t, 1, 15)
	t = insert(t, 0, 5)
	t = insert(t, len(t), 35)
	fmt.Println(t)
	t = remove(t, 2)
	fmt.Println(t, len(t))
	fmt.Println(uniq(strings.Fields("a b a c b d a e")))
	fmt.Println(chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(rotate([]int{1, 2, 3, 4, 5}, 2), rotate([]int{1, 2, 3}, 4))
	data := []int{5, 2, 9, 1, 5, 6, 3, 8, 7, 4}
	fmt.Println(bubbleSort(data), data)
	for _, x := range []int{1, 5, 9, 10, 0} {
		fmt.Print(binarySearch(data, x), " ")
	}
	fmt.Println()

	// stack and queue
	var stack []string
	for _, w := range []string{"a", "b", "c"} {
		stack = append(stack, w)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top)
	}
	fmt.Println()
	queue := []int{1}
	var order []int
	for len(queue) > 0 && len(order) < 10 {
		head := queue[0]
		queue = queue[1:]
		order = append(order, head)
		queue = append(queue, head*2, head*2+1)
	}
	fmt.Println(order)

	// matrix as slice of slices, sharing rows
	rows := [][]int{{1, 2}, {3, 4}}
	alias := rows[0]
	alias[1] = 20
	rows = append(rows, alias)
	rows[2][0] = 10
	fmt.Println(rows)

	// byte slices
	buf := []byte("hello")
	buf = append(buf, " world"...)
	buf[0] = 'H'
	fmt.Println(string(buf), len(buf))
	var total int
	for _, row := range [][]int{{1, 2, 3}, {4, 5}, {}, {6}} {
		for _, v := range row {
			total += v
		}
	}
	fmt.Println(total)
}
