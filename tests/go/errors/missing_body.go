// A function declared without a body in package main (no assembly in goro):
// gc's "missing function body", for each of them.
package main

func f() int

func (T) m()

type T struct{}

func main() {
	_ = f()
}
