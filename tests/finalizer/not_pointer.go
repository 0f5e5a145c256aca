// want: fatal error: runtime.SetFinalizer: first argument is int, not pointer
package main

import "runtime"

func main() {
	runtime.SetFinalizer(42, func(int) {})
}
