// Compile errors are reported at the positions line directives give (gc
// leaves out a column it does not know, and orders the errors by file name,
// line and column).
package main

import "fmt"

func main() {
//line foo.go:10
	x := 1
	fmt.Println("hi")
//line bar.go:20:5
	y := 2
	/*line baz.go:30:7*/ z := 3
//line :40
	w := 4
}
