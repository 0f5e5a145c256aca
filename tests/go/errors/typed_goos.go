package main

import "runtime"

type osName string

func main() {
	var n osName = runtime.GOOS // GOOS is a typed string constant
	var c osName = runtime.Compiler // Compiler is untyped: fine
	_, _ = n, c
}
