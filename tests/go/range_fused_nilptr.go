package main

// ranging over a nil pointer to an array with a value variable panics on
// the first element's load; the key-only loop before it does not dereference
import "fmt"

func main() {
	var p *[3]int
	n := 0
	for i := range p {
		n += i
	}
	fmt.Println("keys:", n)
	defer func() {
		fmt.Println("recovered:", recover())
		var q *[2]string
		for i, v := range q {
			fmt.Println(i, v)
		}
	}()
	for i, v := range p {
		fmt.Println(i, v)
	}
}
