// runtime.GOOS and runtime.GOARCH are typed string constants, Compiler an
// untyped one (usable in constant expressions and switch cases).
package main

import (
	"fmt"
	"runtime"
)

const onLinux = runtime.GOOS == "linux"

func archKnown() bool {
	switch runtime.GOARCH {
	case "amd64", "arm64":
		return true
	}
	return false
}

type osName string

func main() {
	var n = osName(runtime.GOOS)
	fmt.Println(runtime.GOOS, runtime.Compiler, onLinux, archKnown(), len(runtime.GOARCH) > 0)
	fmt.Printf("%T %v\n", n, n)
	if runtime.Compiler == "gccgo" {
		fmt.Println("gccgo")
	}
}
