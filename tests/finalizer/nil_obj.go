// want: fatal error: runtime.SetFinalizer: first argument is nil
package main

import "runtime"

func main() {
	runtime.SetFinalizer(nil, func(int) {})
}
