// An assignment operation after a list of operands: gc's parser wants = or :=
// there (a syntax error, before any type checking).
package main

func main() {
	x, y := 1, 2
	x, y += 1, 2
}
