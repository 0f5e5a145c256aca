// hello: startup time (process start, compile, print one line, exit).
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
