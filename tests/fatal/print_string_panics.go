// fatal: fatal error: panic while printing panic value: type main.T
// A String method that panics with a non-string value while the runtime
// prints the panic value.
package main

type T int

type S struct{}

func (S) String() string { panic(T(3)) }

func main() {
	panic(S{})
}
