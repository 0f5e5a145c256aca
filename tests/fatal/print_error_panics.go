// fatal: fatal error: panic while printing panic value: inner
// An Error method that panics while the runtime prints the panic value.
package main

type E struct{}

func (E) Error() string { panic("inner") }

func main() {
	panic(E{})
}
