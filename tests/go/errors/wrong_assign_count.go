package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := strconv.Atoi("12")
	x, y := 1
	fmt.Println(n, x, y)
}
