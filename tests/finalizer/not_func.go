// want: fatal error: runtime.SetFinalizer: second argument is string, not a function
package main

import "runtime"

type T struct{ n int }

func main() {
	runtime.SetFinalizer(&T{}, "finalize")
}
