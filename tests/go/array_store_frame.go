// Stores into arrays in the frame (STARRF_8/STARRF_64 and the general path):
// element kinds, index kinds and Go's bounds panics.
package main

import "fmt"

func run(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
}

func main() {
	var b [4]byte
	var bs [3]bool
	var i8 [3]int8
	var f [2]float64
	var p [2]*int
	var u [3]uint64
	var s [2]string
	x := 300
	for i := 0; i < 4; i++ {
		b[i] = byte(x + i)
	}
	for i := range bs {
		bs[i] = i%2 == 0
		i8[i] = int8(-100 * i)
	}
	j := 1
	f[j] = 2.5
	p[j] = &x
	u[j+1] = ^uint64(0)
	s[j] = "s"
	fmt.Println(b, bs, i8, f, *p[1], u, s)
	run("int index", func() {
		var a [3]byte
		k := 3
		a[k] = 1
	})
	run("uint index", func() {
		var a [3]int
		var k uint = 7
		a[k] = 1
	})
	run("negative", func() {
		var a [3]int
		k := -1
		a[k] = 1
	})
	run("uint8 index", func() {
		var a [3]int
		var k uint8 = 200
		a[k] = 1
	})
}
