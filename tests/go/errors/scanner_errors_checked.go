package main

import "fmt"

// A file whose only parse errors are the scanner's is still type-checked
// (gc: only a "syntax error" stops before types2): all errors come sorted by
// position; a malformed literal is an invalid operand that says nothing more.
func main() {
	a€ := 1
	var s string = 2
	x := 08
	y := x + "text"
	z := 0o8 + "s"
	fmt.Println(y, z, 'ab')
	var unused int
}
