// fatal: runtime: goroutine stack exceeds 1000000000-byte limit
// A String method that formats its own receiver recurses for ever through
// fmt: Go's stack overflow, not a crash of the VM's thread stack.
package main

import "fmt"

type T struct{ n int }

func (t T) String() string { return fmt.Sprintf("T(%v)", t) }

func main() {
	fmt.Println(T{1})
}
