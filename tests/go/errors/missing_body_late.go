// "missing function body" is reported only when the program has no type
// errors, as gc finds it after type checking.
package main

func f() int

func g(x int) int

func main() {
	var s string = 1
	_ = f() + g(2)
	_ = s
}
