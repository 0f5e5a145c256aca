package main

import "fmt"

type acc struct {
	sum   int
	depth int
	path  [4]int
}

// passes a pointer to a caller's local down 100000 frames
func walk(n int, parent *acc, local *int) int {
	if n == 0 {
		*local += 1
		return parent.sum
	}
	var mine acc
	mine.sum = parent.sum + n
	mine.depth = parent.depth + 1
	mine.path = parent.path
	mine.path[n%4]++
	counter := 0
	r := walk(n-1, &mine, &counter)
	if counter != 1 && n > 1 {
		panic("counter lost")
	}
	*local += 1
	if mine.depth != parent.depth+1 || mine.sum != parent.sum+n {
		panic("frame corrupted")
	}
	if n == 100000 {
		fmt.Println("top path", mine.path)
	}
	return r
}

func sumTo(n int) int {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func depthWithArray(n int) int {
	var buf [64]int
	for i := range buf {
		buf[i] = n
	}
	if n == 0 {
		return 0
	}
	res := depthWithArray(n - 1)
	for i := range buf {
		if buf[i] != n {
			panic("array clobbered")
		}
	}
	return res + buf[63]%2
}

type node struct {
	next *node
	val  int
}

func build(n int, head *node) *node {
	if n == 0 {
		return head
	}
	return build(n-1, &node{head, n})
}

func length(l *node) int {
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func main() {
	root := acc{}
	top := 0
	fmt.Println("walk:", walk(100000, &root, &top), top)
	fmt.Println("sumTo:", sumTo(200000))
	fmt.Println("depthWithArray:", depthWithArray(20000))
	l := build(100000, nil)
	fmt.Println("list:", length(l), l.val, l.next.val)
	var mutual func(int) int
	mutual = func(n int) int {
		if n == 0 {
			return 0
		}
		x := n
		p := &x
		r := mutual(n - 1)
		return r + *p - n + 1
	}
	fmt.Println("closure depth:", mutual(150000))
}
