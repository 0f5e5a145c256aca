package main

import (
	"errors"
	"fmt"
)

func safe(name string, f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprintf("%s: recovered %v", name, r)
		}
	}()
	f()
	return name + ": no panic"
}

type MyErr struct{ Op string }

func (e MyErr) Error() string { return "myerr in " + e.Op }

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func rethrow() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer got: ", r)
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-panic of [", r, "]"))
	}()
	panic("original")
}

func deferredRunsDuringPanic(log *[]string) {
	defer func() { *log = append(*log, "d1") }()
	defer func() { *log = append(*log, "d2") }()
	panic("x")
}

func recoverNotInDefer() interface{} {
	return recover()
}

func helperRecover() interface{} { return recover() }

func main() {
	fmt.Println(safe("ok", func() {}))
	fmt.Println(safe("string", func() { panic("boom") }))
	fmt.Println(safe("int", func() { panic(42) }))
	fmt.Println(safe("error", func() { panic(errors.New("err value")) }))
	fmt.Println(safe("custom", func() { panic(MyErr{"write"}) }))
	fmt.Println(safe("index", func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	}))
	fmt.Println(safe("slice", func() {
		s := []int{1, 2, 3}
		j := 1
		_ = s[2:j]
	}))
	fmt.Println(safe("nilmap", func() {
		var m map[string]int
		m["a"] = 1
	}))
	fmt.Println(safe("nilptr", func() {
		var p *MyErr
		fmt.Println(p.Op)
	}))
	fmt.Println(safe("assert", func() {
		var x interface{} = "str"
		_ = x.(int)
	}))
	fmt.Println(safe("assert2", func() {
		var x interface{}
		_ = x.(fmt.Stringer)
	}))
	fmt.Println(divide(10, 2))
	fmt.Println(divide(1, 0))
	fmt.Println(rethrow())
	var log []string
	func() {
		defer func() { recover(); log = append(log, "recovered") }()
		deferredRunsDuringPanic(&log)
	}()
	fmt.Println(log)
	fmt.Println(recoverNotInDefer())

	r := func() (v []interface{}) {
		defer func() { v = append(v, recover()) }()
		defer func() { v = append(v, helperRecover()) }() // not called directly by the deferred func: nil
		panic("direct")
	}()
	fmt.Println(r)

	// recovered error values keep their type
	func() {
		defer func() {
			r := recover()
			if e, ok := r.(error); ok {
				var me MyErr
				fmt.Println("is error:", e, errors.As(e, &me), me.Op)
			}
		}()
		panic(MyErr{"read"})
	}()
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println("runtime error text:", err.Error())
		}()
		var arr [4]int
		idx := -1
		arr[idx+5] = 1
	}()
	fmt.Println("main done")
}
