// A function value's type in a message has the parameter and result names of
// the function's declaration, as gc prints it.
package main

import (
	"fmt"
	"strings"
)

func named() (n int, err error) { return }
func one() (n int)              { return }
func vari(prefix string, xs ...int) {}
func blank(_ int, y string)    {}
func unnamed(int, string)      {}

func take(f func()) {}

func main() {
	take(named)
	take(one)
	take(vari)
	take(blank)
	take(unnamed)
	take(strings.ToUpper)
	take(func(a int) (b bool) { return })
	var x int = named
	fmt.Println(x)
}
