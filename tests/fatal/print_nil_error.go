// fatal: fatal error: panic while printing panic value: type runtime.errorString
// A nil *E in an error: its Error method dereferences nil while the runtime
// prints the panic value.
package main

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func main() {
	var p *E
	var err error = p
	panic(err)
}
