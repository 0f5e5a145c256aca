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

	// a method value itself as the goroutine: the receiver is read as it starts
	v = 40
	var r2 Rotter = &v
	out := make(chan rune)
	rot2 := r2.Rot
	v = 41
	go func(f func(rune) rune) { out <- f('A') }(rot2)
	fmt.Println("goroutine rot:", string(<-out))
	g = &v
	sendGet := func(ch chan int) { ch <- g.Get() }
	go sendGet(done)
	fmt.Println("goroutine via func:", <-done)
	gv2 := g.Get
	v = 42
	go func() { fmt.Println("go statement on a method value:", gv2()); done <- 0 }()
	<-done
	var counter V
	var gc Getter = &counter
	incr := gc.Get
	counter = 7
	go incr() // a method value as the go statement's function
	go func() { done <- 1 }()
	<-done

	// a nil pointer read by a deferred method value while a panic runs: the
	// new panic replaces it for the frame's other deferred calls
	func() {
		defer func() { fmt.Println("recovered in the end:", recover()) }()
		g = np
		f := g.Get
		defer f()
		panic("first")
	}()

	// a value in the interface (not a pointer): copied when the method value is made
	w := V(3)
	var gv Getter = w
	getv := gv.Get
	w = 4
	fmt.Println("value copy:", getv())
}
