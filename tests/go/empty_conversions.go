package main

import "fmt"

func main() {
	b := []byte("")
	fmt.Println(b == nil, len(b))
	var s string
	c := []byte(s)
	fmt.Println(c == nil)
	r := []rune("")
	fmt.Println(r == nil)
}
