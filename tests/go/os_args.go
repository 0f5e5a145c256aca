// args: alpha beta 42 -v x=y
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	args := os.Args[1:]
	fmt.Println(len(os.Args), len(args))
	for i, a := range args {
		fmt.Printf("arg %d: %q\n", i, a)
	}
	sum := 0
	for _, a := range args {
		if n, err := strconv.Atoi(a); err == nil {
			sum += n
		}
	}
	fmt.Println("numeric sum:", sum)
	fmt.Println(strings.Join(args, "+"))
	fmt.Fprintln(os.Stderr, "arguments processed")
	if len(os.Args[0]) == 0 {
		fmt.Println("empty program name")
	}
}

func init() {
	fmt.Println("init runs before main; have", len(os.Args)-1, "args")
}
