// An unrecovered panic whose value has an Error method, raised two calls
// below main after main deferred a call: the deferred call runs, then the
// panic prints with its Error text and the traceback shows the panic site's
// frames, although Error runs (with a large frame) on the stack those frames
// occupied.
package main

import "fmt"

type E struct{ msg string }

func (e E) Error() string {
	var scratch [64]int
	for i := range scratch {
		scratch[i] = i * 7
	}
	return e.msg + fmt.Sprint(scratch[63])
}

func inner(hi, y int) int {
	if y <= hi {
		panic(E{"boom "})
	}
	return hi
}

func outer(n int) int {
	return inner(n, n) + 1
}

func main() {
	defer fmt.Println("deferred")
	q := outer(9)
	fmt.Println(q)
}
