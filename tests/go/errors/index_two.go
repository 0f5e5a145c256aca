// A second index that parses as a type: gc's type checker rejects it.
package main

var x []int
var y int

func main() {
	_ = x[1, y]
}
