// any and interface{} (byte and uint8) are spelled as each declaration wrote
// them, the callee's parameters in a call's "want" line included.
package main

import "fmt"

func f(a interface{}, b ...byte) {}
func g(a any, b []uint8, c ...interface{}) {}

func main() {
	_ = fmt.Sprintf()
	f()
	g(1)
	var x interface{} = 1
	var y any = 2
	var s string = x
	s = y
	_ = s
}
