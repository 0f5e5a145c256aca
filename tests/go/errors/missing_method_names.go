// A method of the wrong type: the have/want lines carry the parameter and
// result names of both declarations, as go/types prints them.
package main

import "io"

type I interface {
	M(a int, b string) (n int, err error)
	N()
}

type T struct{}

func (T) M(x int) {}
func (T) n()      {}

type W struct{}

func (W) Write(p []byte) int { return 0 }

func main() {
	var i I = T{}
	var w io.Writer = W{}
	_, _ = i, w
}
