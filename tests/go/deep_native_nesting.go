// Natives that recurse or call back into Go nest C++ frames on the M's
// thread stack as deep as the program nests values: Go allows all of this
// (goroutine stacks grow to 1 GB), so goro's M threads have big stacks.
package main

import "fmt"

type Node struct {
	v    int
	next *Node
}

// fmt calls String, which calls fmt: 5000 levels.
func (n *Node) String() string {
	if n.next == nil {
		return fmt.Sprint(n.v)
	}
	return fmt.Sprintf("%d->%v", n.v, n.next)
}

type Link struct {
	V    int
	Next interface{}
}

func build(n int) interface{} {
	var list interface{}
	for i := 0; i < n; i++ {
		list = Link{V: i % 10, Next: list}
	}
	return list
}

func main() {
	var head *Node
	for i := 0; i < 5000; i++ {
		head = &Node{i, head}
	}
	fmt.Println(len(head.String()))

	done := make(chan int)
	go func() { done <- len(head.String()) }() // (on another M as well)
	fmt.Println(<-done)

	// fmt's own recursion: 60000 nested slices
	var v interface{} = 1
	for i := 0; i < 60000; i++ {
		v = []interface{}{v}
	}
	fmt.Println(len(fmt.Sprint(v)))

	// interface comparison and hashing of 60000-deep values
	a, b := build(60000), build(60000)
	fmt.Println(a == b)
	m := map[interface{}]int{}
	m[a] = 1
	m[b]++
	fmt.Println(len(m), m[a])
}
