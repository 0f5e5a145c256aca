// x[i,] is x[i]: gc accepts the comma (its parser reads an index list).
package main

import "fmt"

func main() {
	s := []int{10, 20, 30}
	m := map[string]int{"a": 1}
	fmt.Println(s[1,], m["a",], "xyz"[2,])
	s[0,] = 5
	fmt.Println(s)
}
