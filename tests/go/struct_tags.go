// Struct tags are part of a struct type's identity (type assertions, type
// switches, %T) but not of convertibility.
package main

import "fmt"

type A struct {
	X int `json:"x"`
	y string "why\t\"quoted\""
}

type Plain struct {
	X int
	y string
}

func kind(v interface{}) string {
	switch v.(type) {
	case struct{ X int }:
		return "untagged"
	case struct {
		X int `k:"v"`
	}:
		return "tagged k:v"
	default:
		return "other"
	}
}

func main() {
	a := A{1, "s"}
	p := Plain(a) // conversion ignores tags
	fmt.Printf("%T %T %v\n", a, p, p)
	fmt.Printf("%T\n", struct {
		X int `json:"x"`
		y string "why"
	}{})
	var i interface{} = struct {
		X int `json:"x"`
	}{1}
	_, ok := i.(struct{ X int })
	fmt.Println(ok)
	fmt.Println(kind(struct{ X int }{}), kind(struct {
		X int `k:"v"`
	}{}), kind(i))
	q := (*struct{ X int })(&struct {
		X int `k:"v"`
	}{5}) // so does a conversion between unnamed pointer types
	fmt.Println(q.X)
	m := map[interface{}]int{}
	m[struct{ X int }{1}] = 1
	m[struct {
		X int `k:"v"`
	}{1}] = 2
	fmt.Println(len(m))
}
