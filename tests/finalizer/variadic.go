// want: fatal error: runtime.SetFinalizer: cannot pass *main.T to finalizer func(...*main.T) because dotdotdot
package main

import "runtime"

type T struct{ n int }

func main() {
	runtime.SetFinalizer(&T{}, func(...*T) {})
}
