package main

import "fmt"

func asInt(v interface{}) int {
	return v.(int)
}

func main() {
	vals := []interface{}{1, 2, "three", 4}
	total := 0
	for _, v := range vals {
		total += asInt(v)
		fmt.Println("total so far", total)
	}
}
