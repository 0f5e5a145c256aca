package main

import "fmt"

func main() {
	var n int
	n = "forty-two"
	fmt.Println(n)
}
