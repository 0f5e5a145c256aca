// `go 1`: gc reports it, takes it as the call 1() and type-checks that too.
package main

import "fmt"

func main() {
	go 1
}

func f() {
	var i int
	defer func() { fmt.Println() } // a function literal: checked, so i and fmt count as used
	go func() { _ = i }
}
