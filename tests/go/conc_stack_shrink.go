package main

import "fmt"

// Goroutines grow their stacks deep, come back up holding pointers into
// their own frames (a slice of a local array, a pointer to a local), and
// then park on channels and in select: a G that parks using under a quarter
// of its stack gets a smaller one (tests/stack_shrink.sh checks the shrink
// counter), and every value sent, received and pointed to must be right.

type node struct {
	depth int
	up    *node
}

func deep(n int, up *node) int {
	me := node{n, up}
	if n == 0 {
		sum := 0
		for p := &me; p != nil; p = p.up {
			sum += p.depth
		}
		return sum
	}
	return deep(n-1, &me)
}

func worker(id int, in <-chan int, out chan<- [4]int, quit <-chan bool) {
	var local [8]int
	count := 0
	s := local[:]
	p := &count
	for round := 0; ; round++ {
		s[round%8] = deep(2000+id, nil) // grows the stack to tens of KiB
		*p += id
		select {
		case v := <-in: // parks here with a big, mostly unused stack
			out <- [4]int{id, v, s[round%8], *p}
		case <-quit:
			return
		}
	}
}

func main() {
	const n = 8
	in := make(chan int)
	out := make(chan [4]int)
	quit := make(chan bool)
	for i := 0; i < n; i++ {
		go worker(i, in, out, quit)
	}
	bad := 0
	for round := 0; round < 5; round++ {
		for i := 0; i < n; i++ {
			in <- round*100 + i
		}
		for i := 0; i < n; i++ {
			r := <-out
			id := r[0]
			want := (2000 + id) * (2001 + id) / 2
			if r[2] != want || r[3] != id*(round+1) || r[1]/100 != round {
				bad++
				fmt.Println("bad", r)
			}
		}
	}
	close(quit)
	// a receive from 3000 frames deep, after the stack has shrunk and grown again
	c := make(chan int)
	go func() { c <- deep(10, nil) }()
	var rec func(int) int
	rec = func(d int) int {
		if d == 0 {
			return <-c
		}
		return rec(d-1) + 0
	}
	fmt.Println("deep receive:", rec(3000))
	fmt.Println("bad results:", bad)
}
