// The runtime gets the text of every panic value before it prints any,
// newest panic first (Go's preprintpanics): Error 2 is called before Error 1.
package main

import "fmt"

type E struct{ n int }

func (e E) Error() string { fmt.Println("Error called", e.n); return fmt.Sprint("E", e.n) }

func main() {
	defer func() {
		panic(E{2})
	}()
	panic(E{1})
}
