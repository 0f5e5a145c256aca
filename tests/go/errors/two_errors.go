package main

import "fmt"

func main() {
	var b string = 2
	fmt.Println(b + c)
}
