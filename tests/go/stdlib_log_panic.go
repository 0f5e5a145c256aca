// log.Panic writes the message, then panics with it (a string); recovered
// and unrecovered.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %T %q\n", name, r, r)
	}()
	f()
}

func main() {
	var sb strings.Builder
	l := log.New(&sb, "L ", 0)
	try("Panic", func() { l.Panic("boom", 1, 2) })
	try("Panicf", func() { l.Panicf("boom %d", 3) })
	try("Panicln", func() { l.Panicln("boom", 4) })
	fmt.Printf("logged %q\n", sb.String())
	try("std Panic", func() {
		log.SetOutput(os.Stdout)
		log.SetFlags(0)
		log.Panic("std boom")
	})
	log.SetOutput(os.Stderr)
	log.Panicf("unrecovered %s", "panic")
}
