// A type literal where an expression belongs: gc's parser takes any type as
// an operand and its type checker rejects it; goro's parser reports it, with
// gc's wording, at the type (one error per declaration, as its other syntax
// errors).
package main

func main() {
	x := []int
	_ = x
}

func g() {
	y := map[string][]chan<- int
	_ = y
}

func h() {
	z := [3]func(a int) string
	_ = z
}

func l() {
	var w = []interface{ M() }
	_ = w
}
