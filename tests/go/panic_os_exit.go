package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("this deferred call must not run")
	fmt.Println("exiting with status 3")
	fmt.Fprintln(os.Stderr, "error: something went wrong")
	func() {
		defer fmt.Println("nor this one")
		os.Exit(3)
	}()
	fmt.Println("unreachable")
}
