// args: a -h -- --help -x=1 b
// Everything after FILE is the program's, flags and `--` included, as with
// `go run FILE.go ARGS`: goro's own options end at FILE.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("%q\n", os.Args[1:])
}
