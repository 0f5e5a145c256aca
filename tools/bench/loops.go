// loops: three nested integer loops, wrap-around multiply/add/xor/shift on int.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 1000; i++ {
		for j := 0; j < 1000; j++ {
			x := i ^ j
			for k := 0; k < 200; k++ {
				sum = sum*31 + (x ^ k) + ((sum >> 7) & 0xffff)
			}
		}
	}
	fmt.Println(sum)
}
