// Package regexp: MustCompile of an invalid pattern panics with Go's text.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`a+b`)
	fmt.Println(re.MatchString("xaab"))
	regexp.MustCompile(`x(a|b`)
	fmt.Println("unreachable")
}
