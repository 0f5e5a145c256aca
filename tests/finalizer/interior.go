// want: fatal error: runtime.SetFinalizer: pointer not at beginning of allocated block
package main

import "runtime"

type T struct {
	a [4]int
	p *int
}

func main() {
	t := &T{}
	runtime.SetFinalizer(&t.p, func(**int) {})
}
