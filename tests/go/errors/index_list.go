// x[i, j]: gc's parser reads a list there (an instantiation's, whose other
// elements are types): a second index that is a type or name is the type
// checker's "more than one index", anything else a syntax error.
package main

var x []int
var y, i, j int

func a() {
	_ = x[1, 2]
}

func c() {
	_ = x[i, j:]
}

func d() {
	_ = x[1 2]
}

func e() {
	_ = x[1:2 3]
}

func main() {
	_ = x[1:2, 3]
}
