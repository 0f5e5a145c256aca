// want: fatal error: runtime.SetFinalizer: cannot pass *main.T to finalizer func(*int)
package main

import "runtime"

type T struct{ n int }

func main() {
	runtime.SetFinalizer(&T{}, func(*int) {})
}
