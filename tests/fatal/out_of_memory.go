// fatal: fatal error: runtime: out of memory
// A slice Go's limits allow (8 TiB, under maxAlloc) but no heap holds: Go's
// fatal out of memory, which no recover sees (past maxAlloc it would be the
// "makeslice: len out of range" panic).
package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	n := 1 << 40
	s := make([]int, n)
	fmt.Println(len(s))
}
