// The dynamic types of the runtime's panic values, as Go 1.19's: %T, runtime.Error,
// *runtime.TypeAssertionError and errors.As see runtime.boundsError,
// runtime.errorString, runtime.plainError and *runtime.TypeAssertionError.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type I interface{ M() }
type T struct{}

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRt := r.(runtime.Error)
		_, isTA := r.(*runtime.TypeAssertionError)
		err, _ := r.(error)
		var re runtime.Error
		as := errors.As(err, &re)
		fmt.Printf("%s: %T %v | runtime.Error=%v TypeAssertionError=%v As=%v\n", name, r, r, isRt, isTA, as)
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *T
	var a any = 3
	var e any = T{}
	var ch chan int
	zero := 0
	neg := -1
	try("index", func() { _ = s[5] })
	try("slice", func() { _ = s[1:neg+3] })
	try("nilmap", func() { m["a"] = 1 })
	try("divide", func() { fmt.Println(1 / zero) })
	try("nilderef", func() { fmt.Println(*p) })
	try("assert", func() { _ = a.(string) })
	try("assert-iface", func() { _ = e.(I) })
	try("assert-nil", func() { var n any; _ = n.(int) })
	try("closenil", func() { close(ch) })
	try("shift", func() { fmt.Println(1 << neg) })
	try("makeslice", func() { _ = make([]int, neg) })
	try("conv", func() { _ = (*[4]int)(s) })
	try("custom", func() { panic(fmt.Errorf("x")) })
}
