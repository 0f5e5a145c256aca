// A line directive with a bad line or column number is gc's error.
package main

//line foo.go:0
func main() {
}
