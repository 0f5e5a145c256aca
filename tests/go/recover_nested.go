// Nested panics and recover: a panic raised and recovered inside a deferred
// call that an older panic is running leaves the older panic going (its
// remaining deferred calls run, and one of them may recover it); a newer
// panic that unwinds out of that deferred call aborts the older one.
// `defer recover()` recovers only when the function that deferred it is
// itself a deferred call run by the panic (Go's recover1.go test5/test6).
package main

import "fmt"

func rec(tag string) {
	fmt.Println(tag, "recovered:", recover())
}

func inner() {
	defer rec("inner")
	panic("second")
}

// second is recovered inside inner (run by the first panic's unwinding):
// the first panic goes on and main's next deferred call recovers it
func case1() {
	defer rec("case1")
	defer inner()
	panic("first")
}

// the same with a deferred literal
func case2() {
	defer rec("case2")
	defer func() {
		defer rec("literal")
		panic(2)
	}()
	panic(1)
}

// the newer panic escapes the deferred call: the older one is aborted and
// the recover below sees only the newer
func case3() {
	defer rec("case3")
	defer func() {
		panic("newer")
	}()
	panic("older")
}

// three levels
func case4() {
	defer rec("case4 outer")
	defer func() {
		defer func() {
			defer rec("level3")
			panic("c")
		}()
		panic("b")
	}()
	panic("a")
}

// defer recover() inside a deferred function recovers the panic ...
func case5() {
	defer func() { fmt.Println("after case5's defer recover():", recover()) }()
	defer func() {
		defer recover()
	}()
	panic("five")
}

// ... but deferred directly by the panicking function it does not
func case6() {
	defer func() { fmt.Println("case6 outer:", recover()) }()
	defer recover()
	panic("six")
}

// a recovered panic inside a deferred call made by a normal return
func case7() (r string) {
	defer func() {
		defer func() { r = fmt.Sprint("case7 got ", recover()) }()
		panic("during normal return")
	}()
	return "unchanged"
}

func main() {
	case1()
	case2()
	case3()
	case4()
	case5()
	case6()
	fmt.Println(case7())
	// finally an unrecovered nested panic: Go prints the aborted one too
	defer func() {
		panic("last")
	}()
	panic("first of the last")
}
