// log.Fatal writes the message to stderr, then exits with status 1 without
// running deferred calls.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not run")
	fmt.Println("before")
	var l = log.New(os.Stderr, "fatal: ", log.Lmsgprefix)
	l.Print("a regular line")
	log.SetFlags(0)
	log.SetPrefix("prog: ")
	log.Fatalf("cannot continue: %d %s", 42, "reasons")
	fmt.Println("after: must not run")
}
