// Errors about a composite literal's keys are reported at the key's ':'
// (gc's position of a key: value element).
package main

import "os"

type S struct{ X, Y, Z int }

var x = 1
var a = []int{x: 1}
var b = S{0, X: 1}
var c = S{Y: 3, Z: 2, Y: 3}
var d = S{os.File: 1}
var e = []string{
	1: "one",
	1: "dup",
}

func main() {}
