// A slice expression's position in messages is its '[' (gc's syntax tree
// position, which StartPos keeps).
package main

func main() {
	var s []int
	var x int = s[1:2]
	s[1:2] = nil
	y := "abc"[1:]
	var z int = y[0:1]
	_, _ = x, z
}
