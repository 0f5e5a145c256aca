// runtime.Caller(skip): the file and line of the call skip frames up, from
// plain functions, methods, closures, deferred calls and goroutines. (The
// frames below the program's own — Go's runtime.main and goexit — are not
// asked for: goro has none.)
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where(skip int) string {
	_, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "?"
	}
	return fmt.Sprintf("%s:%d abs=%v", file[strings.LastIndex(file, "/")+1:], line, strings.HasPrefix(file, "/"))
}

type T struct{}

func (T) method() string   { return where(0) }
func (*T) pmethod() string { return where(0) }

func nested() string { return deeper() }
func deeper() string {
	return where(1) // nested's line
}

func main() {
	fmt.Println(where(0))
	fmt.Println(T{}.method(), (&T{}).pmethod())
	fmt.Println(nested())
	f := func() string { return where(0) }
	fmt.Println(f())
	func() {
		defer func() { fmt.Println("deferred:", where(0)) }()
	}()
	done := make(chan string)
	go func() { done <- where(0) }()
	fmt.Println("goroutine:", <-done)
	pc, _, _, ok := runtime.Caller(0)
	fmt.Println(pc != 0, ok)
	for i := 0; i < 2; i++ {
		fmt.Println("loop:", where(0))
	}
}
