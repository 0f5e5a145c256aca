package main

import "fmt"

func window(s []int, lo, hi int) []int {
	return s[lo:hi]
}

func main() {
	s := make([]int, 3, 5)
	fmt.Println(window(s, 1, 5))
	fmt.Println(window(s, 0, 6))
}
