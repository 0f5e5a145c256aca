// After a syntax error, gc's parser reports nothing at the end of the file
// (here the missing } of main).
package main

func f() {
	x := 1 +
}

func main() {
