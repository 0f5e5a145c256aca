package main

import "fmt"

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

type Pair struct {
	A, B int
	Arr  [4]int
}

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int {
	x := v // escapes to heap
	return &x
}

func incAll(ps []*int) {
	for _, p := range ps {
		*p++
	}
}

func setDeep(pp **int, v int) { **pp = v }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)

	p := &x
	*p = 10
	fmt.Println(x, *p, p == &x)
	q := p
	*q += 5
	fmt.Println(x, *p == *q, p == q)

	n := new(int)
	fmt.Println(*n)
	*n = 42
	m := new(Pair)
	m.A = 1
	m.Arr[2] = 7
	fmt.Println(*n, *m)

	a, b := newInt(3), newInt(3)
	fmt.Println(*a == *b, a == b)
	*a = 4
	fmt.Println(*a, *b)

	ptrs := []*int{&x, &y, a}
	incAll(ptrs)
	fmt.Println(x, y, *a)

	pp := &p
	setDeep(pp, 99)
	fmt.Println(x, **pp)

	// pointers to struct fields and array elements
	pr := Pair{A: 1, B: 2}
	pa := &pr.A
	pe := &pr.Arr[3]
	*pa = 100
	*pe = 300
	fmt.Println(pr)
	arr := [5]int{1, 2, 3, 4, 5}
	for i := range arr {
		e := &arr[i]
		*e *= *e
	}
	fmt.Println(arr)
	parr := &arr
	parr[0] = -1 // auto deref for indexing
	fmt.Println(arr[0], len(parr), parr[4])
	for i, v := range parr {
		if i > 1 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	sl := []int{10, 20, 30}
	ps := &sl[1]
	sl[1] = 21
	fmt.Println(*ps)
	*ps = 22
	fmt.Println(sl)

	// tree built from pointers
	root := &Node{Val: 5}
	for _, v := range []int{3, 8, 1, 4, 9, 7} {
		cur := &root
		for *cur != nil {
			if v < (*cur).Val {
				cur = &(*cur).Left
			} else {
				cur = &(*cur).Right
			}
		}
		*cur = &Node{Val: v}
	}
	var walk func(*Node) []int
	walk = func(n *Node) []int {
		if n == nil {
			return nil
		}
		return append(append(walk(n.Left), n.Val), walk(n.Right)...)
	}
	fmt.Println(walk(root), root.Left.Right.Val, root.Right.Left.Val)

	var np *Node
	fmt.Println(np == nil, np)
	type T struct{ p *int }
	t := T{}
	fmt.Println(t.p == nil)
	t.p = &y
	*t.p = 1000
	fmt.Println(y)
}
