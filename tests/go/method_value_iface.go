// Method values of interfaces holding pointers: the pointer is followed when
// the method value is called, not when it is made (later writes are seen; a
// nil pointer panics at the call), for value receivers, promoted methods,
// deferred calls, go statements and functions passed to the library.
package main

import (
	"fmt"
	"strings"
)

type V int

func (v V) Get() int { return int(v) }

func (v V) Rot(r rune) rune { return r + rune(v) }

type Inner struct{ n int }

func (in Inner) N() int { return in.n }

type Outer struct {
	*Inner
	tag string
}

type Getter interface{ Get() int }
type Rotter interface{ Rot(rune) rune }
type Ner interface{ N() int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	v := V(1)
	var g Getter = &v
	get := g.Get
	v = 2
	fmt.Println("later write seen:", get())

	var np *V
	g = np
	get = g.Get // no panic here
	fmt.Println("made a method value of a nil *V")
	try("call", func() { fmt.Println(get()) })

	o := &Outer{Inner: &Inner{n: 5}, tag: "x"}
	var n Ner = o
	nf := n.N
	o.Inner = &Inner{n: 7}
	fmt.Println("promoted:", nf())
	o.Inner = nil
	try("promoted nil", func() { fmt.Println(nf()) })

	v = 1
	var r Rotter = &v
	rot := r.Rot
	v = 2
	fmt.Println(strings.Map(rot, "HAL"))

	v = 10
	done := make(chan int)
	g = &v
	get = g.Get
	go func() { done <- get() }()
	fmt.Println("goroutine:", <-done)

	func() {
		v = 20
		defer func() { fmt.Println("deferred:", get()) }()
		defer fmt.Println("deferred arg evaluated now:", get())
		v = 30
	}()

	// a value in the interface (not a pointer): copied when the method value is made
	w := V(3)
	var gv Getter = w
	getv := gv.Get
	w = 4
	fmt.Println("value copy:", getv())
}
