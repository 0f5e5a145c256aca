// Untyped float constants past float64's (and long double's) range are exact,
// as in gc: only their uses must fit.
package main

import "fmt"

const (
	big  = 1e5000
	tiny = 1e-4999
	huge = big * 1e-10 // 1e4990
)

func main() {
	fmt.Println(big/1e4990, big > 1e4999, -big < 0, big*0)
	fmt.Println(tiny*1e4999, huge/1e4980, big*tiny)
	var f float32 = big / 1e4962
	var d float64 = huge / 1e4700
	fmt.Println(f, d)
	const third = 1e4999 / 3e4999
	fmt.Println(third)
}
