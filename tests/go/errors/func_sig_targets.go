// The target function type of an argument or a var declaration is spelled as
// declared, with its parameter and result names (go/types keeps them).
package main

import (
	"sort"
	"strings"
)

type H struct{}

func (H) On(name string, cb func(ev string, n int) error) {}

func take(cb func(x int) bool, rest ...func(y int)) {}

func f(s string) bool { return s == "" }

var g func(a, b int) int = f

func main() {
	take(f)
	take(func(int) bool { return true }, f)
	H{}.On("x", f)
	var h func(x int) (ok bool) = strings.ToUpper
	sort.Slice([]int{}, f)
	func(cb func(k string)) {}(f)
	_ = h
}
