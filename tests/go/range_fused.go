package main

// range over slices, arrays and pointers to arrays, and `i < len(s)` loops:
// one fused back-edge instruction per iteration (FORLOOPK), with Go's
// semantics kept (vm/compile_stmt.cpp rangeStmt, lenSlot).

import (
	"fmt"
	"runtime"
	"time"
)

type pair struct {
	a, b int
	s    string
}

func sum(s []int) (t int) {
	for _, v := range s {
		t += v
	}
	return
}

func keyModified() {
	// assigning the key in the body does not change the iteration
	s := []int{10, 20, 30, 40, 50}
	for i, v := range s {
		fmt.Print(i, ":", v, " ")
		i += 2
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range s {
		i++
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range s {
		if i == 1 {
			for i = 0; i < 3; i++ {
			}
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range s {
		p := &i
		*p += 100
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range s {
		ch := make(chan int, 1)
		ch <- 7
		select {
		case i = <-ch:
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range s {
		for i = range s[:2] {
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
}

func closures() {
	// Go 1.19: one variable for the whole loop
	var fs []func() int
	s := []int{1, 2, 3}
	for i, v := range s {
		fs = append(fs, func() int { return i*10 + v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := range s {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var vs []*int
	for _, v := range s {
		vs = append(vs, &v)
	}
	for _, p := range vs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	// a closure that modifies the key inside the loop
	for i := range s {
		inc := func() { i += 5 }
		inc()
		fmt.Print(i, " ")
	}
	fmt.Println()
}

func assignForm() {
	var i, v int
	s := []int{4, 5, 6}
	for i, v = range s {
	}
	fmt.Println("after:", i, v)
	i, v = -1, -1
	for i, v = range []int(nil) {
	}
	fmt.Println("after nil:", i, v)
	var arr [4]int
	for i = range arr {
	}
	fmt.Println("after array:", i)
	m := map[int]int{}
	for i, m[i] = range s {
	}
	fmt.Println("map:", len(m), m[0], m[1], m[2])
	xs := make([]int, 3)
	j := 0
	for j, xs[j] = range []int{7, 8, 9} {
	}
	fmt.Println(j, xs)
}

func modify() {
	s := []int{1, 2, 3}
	n := 0
	for i, v := range s {
		if i == 0 {
			s = append(s, 4, 5)
			s[1] = 20
		}
		n++
		fmt.Print(v, " ")
	}
	fmt.Println(n, len(s))
	s = []int{1, 2, 3, 4}
	for i, v := range s {
		if i == 0 {
			s[3] = 40 // same backing array: seen
			s = s[:1] // the range copy keeps its length
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	arr := [3]int{1, 2, 3}
	for i, v := range arr { // a copy
		arr[2] = 30
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(arr)
	arr = [3]int{1, 2, 3}
	for i, v := range &arr { // not a copy
		arr[2] = 30
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	var ap *[3]int
	c := 0
	for i := range ap { // only the key: len is constant, no dereference
		c += i
	}
	fmt.Println("nil *array keys:", c)
	var empty [0]int
	for range empty {
		fmt.Println("never")
	}
	for range []string{} {
		fmt.Println("never")
	}
	var ns []pair
	for i, v := range ns {
		fmt.Println("never", i, v)
	}
	calls := 0
	f := func() []int { calls++; return []int{1, 2, 3} }
	for range f() {
	}
	g := func() [2]int { calls++; return [2]int{} }
	for range g() {
	}
	fmt.Println("calls:", calls)
}

func control() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9}
	t := 0
	for _, v := range s {
		if v%2 == 0 {
			continue
		}
		if v > 7 {
			break
		}
		t += v
	}
	fmt.Println("odd sum:", t)
outer:
	for i, a := range s {
		for j, b := range s {
			if j > i {
				continue outer
			}
			if a*b > 20 {
				break outer
			}
			fmt.Print(a*b, " ")
		}
	}
	fmt.Println()
	k := 0
again:
	for i := range s[:3] {
		if i == 1 && k < 2 {
			k++
			goto again
		}
		fmt.Print(i, k, " ")
	}
	fmt.Println()
	for i := range s {
		if i == 2 {
			goto done
		}
		fmt.Print(i, " ")
	}
done:
	fmt.Println("goto out")
	// a range loop inside a switch and a select clause
	switch x := 3; x {
	case 3:
		for i := range s {
			if i == x {
				break
			}
			fmt.Print(i)
		}
	}
	fmt.Println()
}

func lenLoops() {
	s := []int{1, 2, 3, 4, 5}
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	fmt.Println(t)
	// the body shortens and grows s: len(s) is read each time
	for i := 0; i < len(s); i++ {
		if i == 1 {
			s = s[:3]
		}
		fmt.Print(s[i], " ")
	}
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		if len(s) < 6 {
			s = append(s, 10*i)
		}
		fmt.Print(s[i], " ")
	}
	fmt.Println(len(s), cap(s) >= len(s))
	str := "héllo"
	for i := 0; i < len(str); i++ {
		if i == 2 {
			str = str[:4]
		}
		fmt.Print(str[i], " ")
	}
	fmt.Println()
	// through a pointer: s's address is taken
	q := []int{1, 2, 3}
	p := &q
	for i := 0; i < len(q); i++ {
		if i == 0 {
			*p = append(*p, 4)
		}
		fmt.Print(q[i], " ")
	}
	fmt.Println()
	// captured by a closure
	w := []int{1, 2}
	grow := func() { w = append(w, len(w)+1) }
	for i := 0; i < len(w); i++ {
		if len(w) < 4 {
			grow()
		}
		fmt.Print(w[i], " ")
	}
	fmt.Println()
	for j := len(s) - 1; j >= 0 && len(s) > 0; j-- {
		fmt.Print(s[j], " ")
	}
	fmt.Println()
	for i := 0; i < cap(s[:0]); i++ {
	}
	var nilS []int
	for i := 0; i < len(nilS); i++ {
		fmt.Println("never")
	}
	r := 0
	for i := 0; len(s) > i; i += 2 {
		r += i
	}
	fmt.Println(r)
}

func gcInLoop() {
	// allocation in the body: the range copy's pointer stays live
	var keep [][]byte
	ps := make([]*pair, 200)
	for i := range ps {
		ps[i] = &pair{a: i, b: i * i, s: fmt.Sprint(i)}
	}
	total := 0
	for round := 0; round < 20; round++ {
		for i, p := range ps {
			b := make([]byte, 100+i)
			if i%50 == 0 {
				keep = append(keep, b)
			}
			total += p.a + p.b + len(p.s)
		}
		runtime.GC()
	}
	big := make([]pair, 100)
	for i := range big {
		big[i] = pair{i, -i, "x"}
	}
	for _, v := range big {
		_ = make([]int, 50)
		total += v.a + v.b + len(v.s)
	}
	fmt.Println(total, len(keep))
}

func spin(s []int, stop *bool) int {
	n := 0
	for !*stop {
		for _, v := range s {
			n += v
		}
	}
	return n
}

func preempt() {
	runtime.GOMAXPROCS(1)
	s := make([]int, 1000)
	stop := false
	done := make(chan bool)
	go func() {
		spin(s, &stop) // a tight range loop: only preemption lets main run again
		done <- true
	}()
	time.Sleep(20 * time.Millisecond)
	stop = true
	<-done
	fmt.Println("preempted")
}

func main() {
	fmt.Println(sum([]int{1, 2, 3}), sum(nil))
	keyModified()
	closures()
	assignForm()
	modify()
	control()
	lenLoops()
	gcInLoop()
	preempt()
}
