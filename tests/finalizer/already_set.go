// want: fatal error: runtime.SetFinalizer: finalizer already set
package main

import (
	"fmt"
	"runtime"
)

type T struct{ n int }

func main() {
	t := &T{1}
	runtime.SetFinalizer(t, func(*T) {})
	fmt.Println("set once")
	runtime.SetFinalizer(t, func(*T) {})
	fmt.Println("unreachable")
}
