package main

import "fmt"

func appendStuff(b []byte) []byte {
	return append(b, 'x')
}

type pt struct{ x, y int }

func sum(a, b, c, d int) int { return a + b + c + d }

func main() {
	var b []byte
	if len(b) == 0 {
		var buf [64]byte
		b = buf[:0]
	}
	b = appendStuff(b)
	b = appendStuff(b)
	fmt.Println(len(b), string(b))

	var p *pt
	{
		q := pt{1, 2}
		p = &q
	}
	fmt.Println(sum(10, 20, 30, 40), *p)

	var ps []*int
	var last *int
	for i := 0; i < 3; i++ {
		x := i * 10
		if i == 0 {
			last = &x
		}
		ps = append(ps, &x)
	}
	fmt.Println(*last, *ps[0], *ps[1], *ps[2])

	var arrs [][]int
	for i := 0; i < 3; i++ {
		var a [4]int
		a[0] = i
		arrs = append(arrs, a[:])
	}
	fmt.Println(arrs)
	var s []int
	switch len(arrs) {
	case 3:
		var a [3]int
		a[1] = 7
		s = a[:]
	}
	fmt.Println(sum(1, 2, 3, 4), s)
}
