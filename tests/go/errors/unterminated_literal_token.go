// An unterminated string is still a literal token to gc's parser: "unexpected
// literal "abc", then the scanner's "newline in string".
package main

func main() {
	v"abc
}
