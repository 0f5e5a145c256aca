package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	n := 1 << 62
	m := -1
	try("makeslice len", func() { _ = make([]int, n) })
	try("makeslice neg", func() { _ = make([]int, m) })
	try("makeslice cap", func() { _ = make([]int, 1, m+1) })
	try("makemap neg", func() { _ = make(map[int]int, m) })
	try("makechan neg", func() { _ = make(chan int, m) })
	try("makechan big", func() { _ = make(chan int, n) })
	try("append big", func() {
		s := make([]struct{}, 1<<62)
		s = append(s, make([]struct{}, 1<<62)...)
		fmt.Println(len(s))
	})
	try("div zero", func() { z := 0; _ = 1 / z })
	try("nil map write", func() { var mm map[string]int; mm["a"] = 1 })
	try("type assert", func() { var i interface{} = 1; _ = i.(string) })
	try("slice bounds", func() { s := []int{1}; k := 5; _ = s[1:k] })
	try("string index", func() { s := "ab"; k := 5; _ = s[k] })
	try("shift neg", func() { s := -1; _ = 1 << s })
}
