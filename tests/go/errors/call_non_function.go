package main

import "fmt"

func main() {
	limit := 10
	fmt.Println(limit(5))
}
