// want: fatal error: runtime.SetFinalizer: cannot pass *main.T to finalizer func(fmt.Stringer)
package main

import (
	"fmt"
	"runtime"
)

type T struct{ n int }

func main() {
	runtime.SetFinalizer(&T{}, func(fmt.Stringer) {})
}
