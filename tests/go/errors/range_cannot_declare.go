// A range clause declaring something that is not a name: types2's "cannot declare".
package main

func main() {
	x := []int{}
	for i.j := range x {
	}
}
