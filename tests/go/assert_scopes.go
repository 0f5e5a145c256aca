// Runtime error texts that name types: a failed assertion between two types
// spelled alike (local types of different functions, a package type) and a
// value method called through a nil pointer in an interface.
package main

import "fmt"

type T struct{}

type V int

func (V) M() {}

type I interface{ M() }

var X interface{}

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func f1() {
	type T struct{}
	X = T{}
}

func f2() {
	type T struct{ x int }
	_ = X.(T)
}

func main() {
	f1()
	try(f2)
	try(func() { _ = X.(T) })
	X = T{}
	try(f2)
	try(func() { _ = X.(V) })
	var p *V
	var i I = p
	try(i.M)
	try(func() { i.M() })
}
