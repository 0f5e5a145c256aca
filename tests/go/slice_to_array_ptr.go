package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	defer func() { fmt.Println("recovered:", recover()) }()
	p := (*[4]int)(s)
	fmt.Println(p)
}

func init() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s)
	p[0] = 9
	var nilS []int
	q := (*[0]int)(nilS)
	r := (*[0]int)(s)
	fmt.Println(s[0], *p, q == nil, r != nil)
}
