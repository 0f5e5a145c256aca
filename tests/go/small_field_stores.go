// A value whose size is not a multiple of 8 bytes ([3]byte, struct{p, q
// byte}, [3]int16) stored into a field of a struct kept in the frame writes
// its own bytes only, whatever the store: a call's result, a comma-ok form,
// a range variable, a channel receive (it overwrote the next field).
package main

import "fmt"



type U struct {
	x struct{ p, q byte }
	y [3]int16
	z int16
}


type T struct {
	a [3]byte
	b [5]byte
}

func f() [3]byte { return [3]byte{9, 9, 9} }

func reset(t *T) { t.b = [5]byte{1, 2, 3, 4, 5} }

func stores() {
	var t T
	t.b = [5]byte{1, 2, 3, 4, 5}
	t.a = f()
	fmt.Println("call", t)
	m := map[int][3]byte{1: {9, 9, 9}}
	t.b = [5]byte{1, 2, 3, 4, 5}
	t.a = m[1]
	fmt.Println("map", t)
	var i interface{} = [3]byte{9, 9, 9}
	t.b = [5]byte{1, 2, 3, 4, 5}
	t.a = i.([3]byte)
	fmt.Println("assert", t)
	s := [][3]byte{{9, 9, 9}}
	t.b = [5]byte{1, 2, 3, 4, 5}
	for _, t.a = range s {
	}
	fmt.Println("range", t)
	t.b = [5]byte{1, 2, 3, 4, 5}
	t.a, _ = m[1]
	fmt.Println("map2", t)
	c := make(chan [3]byte, 1)
	c <- [3]byte{9, 9, 9}
	t.b = [5]byte{1, 2, 3, 4, 5}
	t.a, _ = <-c
	fmt.Println("recv2", t)
	c <- [3]byte{9, 9, 9}
	t.b = [5]byte{1, 2, 3, 4, 5}
	for t.a = range c {
		break
	}
	fmt.Println("rangechan", t)
}

func loads() {
	var t T
	t.b = [5]byte{1, 2, 3, 4, 5}
	t.a = [3]byte{9, 9, 9}
	x := t.a
	fmt.Println(x == [3]byte{9, 9, 9}, t.a == [3]byte{9, 9, 9}, t)
	m := map[[3]byte]int{}
	m[t.a]++
	m[[3]byte{9, 9, 9}]++
	fmt.Println(len(m), m)
	var i interface{} = t.a
	fmt.Println(i == interface{}([3]byte{9, 9, 9}), i)
	var u U
	u.z = -1
	u.y = [3]int16{1, 2, 3}
	u.x.p, u.x.q = 7, 8
	v := u.x
	w := u.y
	fmt.Println(u, v, w, v == struct{ p, q byte }{7, 8}, w == [3]int16{1, 2, 3})
	arr := [2]T{}
	arr[1].b = [5]byte{5, 5, 5, 5, 5}
	arr[1].a = t.a
	fmt.Println(arr)
}

func main() {
	stores()
	loads()
}
