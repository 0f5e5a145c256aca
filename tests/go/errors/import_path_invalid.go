// An invalid import path is reported once, by itself (gc), not also as a
// package that cannot be found.
package main

import (
	""
	"fmt"
)

func main() {
	fmt.Println("unreached")
}
