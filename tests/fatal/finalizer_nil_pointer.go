// fatal: fatal error: runtime.SetFinalizer: pointer not in allocated block
// A nil pointer is in no allocated block: Go's SetFinalizer throws.
package main

import "runtime"

func main() {
	var p *int
	runtime.SetFinalizer(p, func(*int) {})
}
