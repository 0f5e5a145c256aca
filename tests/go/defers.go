package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func argsEvaluatedAtDefer() {
	x := 1
	defer fmt.Println("deferred sees x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
}

func double(n int) (result int) {
	defer func() { result *= 2 }()
	return n + 1
}

func tripleErr() (n int, err error) {
	defer func() {
		if err != nil {
			n = -1
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return 5, errors.New("inner")
}

type Resource struct {
	name string
	log  *[]string
}

func open(name string, log *[]string) *Resource {
	*log = append(*log, "open "+name)
	return &Resource{name, log}
}

func (r *Resource) Close() {
	*r.log = append(*r.log, "close "+r.name)
}

func work(log *[]string) {
	a := open("a", log)
	defer a.Close()
	b := open("b", log)
	defer b.Close()
	*log = append(*log, "working")
}

func deferMethodValue() {
	r := &Resource{name: "first", log: new([]string)}
	defer r.Close() // receiver evaluated now
	log := r.log
	r = &Resource{name: "second", log: log}
	defer func() { fmt.Println(*log) }()
}

func counter() (c int) {
	for i := 0; i < 3; i++ {
		defer func(d int) { c += d }(i * 10)
	}
	return 1
}

func nested() {
	defer fmt.Println("outer defer 1")
	func() {
		defer fmt.Println("inner defer")
		fmt.Println("inner body")
	}()
	defer fmt.Println("outer defer 2")
	fmt.Println("outer body")
}

func main() {
	order()
	fmt.Println()
	argsEvaluatedAtDefer()
	fmt.Println(double(4))
	fmt.Println(tripleErr())
	var log []string
	work(&log)
	fmt.Println(log)
	deferMethodValue()
	fmt.Println(counter())
	nested()
	var fn func()
	fn = func() { fmt.Println("deferred function value") }
	defer fn()
	fn = func() { fmt.Println("never this one") }
	defer fmt.Println("main's last defer runs first")
}
