package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer deferred runs too")
	}()
	defer func() {
		panic("panic inside deferred call")
	}()
	fmt.Println("about to panic")
	panic("original panic")
}
