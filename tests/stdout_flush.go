// Prints, then sleeps: the line must reach stdout while the program sleeps
// (tests/stdout_flush.sh kills it then).
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	fmt.Println("started")
	os.Stdout.WriteString("still running\n")
	time.Sleep(60 * time.Second)
	fmt.Println("not reached")
}
