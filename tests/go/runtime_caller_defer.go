// runtime.Caller from deferred calls: at a return (the line of the return, or
// of the closing brace when the function falls off its end) and during a
// panic (Go's runtime.gopanic frame sits between the deferred call and the
// panicking function, at the line of the panic: an explicit panic, as a
// runtime error has more of Go's runtime frames); below main.main,
// runtime.main and runtime.goexit; log's Lshortfile too.
package main

import (
	"fmt"
	"log"
	"os"
	"runtime"
	"strings"
)

func where(skip int) string {
	_, file, line, ok := runtime.Caller(skip)
	return fmt.Sprintf("%s:%d %v", file[strings.LastIndex(file, "/")+1:], line, ok)
}

func show(tag string) {
	fmt.Println(tag, "1:", where(2), "2:", where(3), "3:", where(4))
}

func early(x int) int {
	defer show("early")
	if x > 0 {
		return 1
	}
	return 2
}

func fallsOff() {
	defer func() {
		show("closure")
	}()
	fmt.Println("body")
}

func panics() {
	defer show("panic")
	panic("boom")
}

func panicsInClosure() {
	defer func() {
		show("panic closure")
	}()
	boom()
}

func boom() {
	panic(fmt.Errorf("deep"))
}

func logs(l *log.Logger) {
	defer l.Println("deferred log during a panic")
	defer l.Println("another")
	panic("again")
}

func protect(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	early(1)
	early(0)
	fallsOff()
	protect(panics)
	protect(panicsInClosure)
	l := log.New(os.Stdout, "", log.Lshortfile)
	protect(func() { logs(l) })
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine 1:", where(1), "2:", where(2), "3:", where(3))
		done <- true
	}()
	<-done
}
