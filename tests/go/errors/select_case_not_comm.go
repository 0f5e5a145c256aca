// A select case that is neither a send nor a receive: the parser's one error.
package main

func main() {
	select {
	case x := 1:
	}
}
