// Writing nothing: nil and empty byte slices, empty strings, through os and
// fmt, to stdout and stderr.
package main

import (
	"fmt"
	"os"
)

func main() {
	n, err := os.Stdout.Write(nil)
	fmt.Println(n, err)
	n, err = os.Stdout.Write([]byte{})
	fmt.Println(n, err)
	n, err = os.Stdout.WriteString("")
	fmt.Println(n, err)
	n, err = os.Stderr.Write(nil)
	fmt.Println(n, err)
	fmt.Print("")
	fmt.Printf("")
	fmt.Fprint(os.Stderr, "")
	print("")
	fmt.Println("done")
}
