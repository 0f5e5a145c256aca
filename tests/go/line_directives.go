// Line directives (gc's //line and /*line*/ comments) change the file and
// line that runtime.Caller, runtime.CallersFrames and tracebacks report.
package main

import (
	"fmt"
	"runtime"
)

func where() {
	_, f, l, _ := runtime.Caller(1)
	fmt.Println(f == "", f, l)
}

func frames() {
	pcs := make([]uintptr, 4)
	n := runtime.Callers(2, pcs)
	fs := runtime.CallersFrames(pcs[:n])
	fr, _ := fs.Next()
	fmt.Println(fr.Function, fr.File, fr.Line)
}

func main() {
//line gen.y:100
	where()
	where()
	frames()
//line :7
	where()
//line gen.y:50:3
	where()
//line :60:1
	where()
	/*line x.go:5:1*/ where()
	/*line :10*/ where(); /*line y.go:20*/ where(); /*line :30:1*/ where()
	where()
	func() {
		where()
		var a []int
		i := 5
		_ = a /*line z.go:999:1*/ [ /*line :1:1*/ i]
	}()
}
