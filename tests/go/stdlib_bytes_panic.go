// An unrecovered bytes.ErrTooLarge: Buffer.Grow past any possible size panics
// inside growSlice's deferred recover, which re-panics with the error value.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.WriteString("data")
	fmt.Println("before", b.Len())
	b.Grow(int(^uint(0)>>1) - 100)
	fmt.Println("not reached")
}
