package main

import "fmt"

func cleanup() {
	if r := recover(); r != nil {
		fmt.Println("cleanup caught:", r)
		panic(fmt.Sprint("cleanup failed after: ", r))
	}
}

func main() {
	defer fmt.Println("main deferred print")
	defer cleanup()
	fmt.Println("working")
	panic("first failure")
}
