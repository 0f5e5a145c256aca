// An unrecovered panic of bytes.Buffer.Truncate (a string value).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("abc")
	b.Truncate(2)
	fmt.Println(b.String())
	b.Truncate(3)
	fmt.Println("not reached")
}
