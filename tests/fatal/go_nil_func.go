// fatal: fatal error: go of nil func value
// `go` of a nil func value is a fatal error in Go, not a panic: the
// deferred recover never sees it.
package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var f func()
	go f()
}
