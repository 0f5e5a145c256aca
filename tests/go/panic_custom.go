package main

import "fmt"

func validate(age int) {
	if age < 0 {
		panic("invalid age: negative")
	}
	fmt.Println("age ok:", age)
}

func main() {
	defer fmt.Println("deferred in main runs before the crash")
	validate(30)
	validate(-1)
	fmt.Println("unreachable")
}
