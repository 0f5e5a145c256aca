// runtime.GOROOT: the root of the Go tree ($GOROOT, or the toolchain's).
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

func main() {
	g := runtime.GOROOT()
	fmt.Println(filepath.IsAbs(g))
	_, err := os.Stat(filepath.Join(g, "src", "runtime"))
	fmt.Println(err == nil)
}
