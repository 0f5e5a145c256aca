// One goroutine computing alone for about a fifth of a second: sysmon asks it to
// yield every 10 ms, and (as in Go) that alone does not put sysmon back on
// its 20 µs polling.
package main

import "fmt"

func main() {
	x := uint64(1)
	for i := 0; i < 60000000; i++ {
		x = x*6364136223846793005 + 1442695040888963407
	}
	fmt.Println(x != 0)
}
