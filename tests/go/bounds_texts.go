// Index and slice-bounds panic texts as Go's boundsError prints them: a
// negative signed bound is printed without the length it was not checked
// against; an index of an unsigned 64-bit type prints unsigned.
package main

import "fmt"

func try(what string, f func()) {
	defer func() {
		fmt.Printf("%-28s %v\n", what, recover())
	}()
	f()
}

type big struct{ a, b, c int64 }

func main() {
	s := []int{1, 2, 3}
	str := "abc"
	arr := [3]int{1, 2, 3}
	pa := &arr
	bs := []bool{true, false, true}
	structs := []big{{}, {}, {}}
	var u uint64 = 1<<64 - 1
	var uu uint = 1 << 63
	var up uintptr = 10
	n, m := -1, -9876543210
	four, two := 4, 2

	try("s[n]", func() { _ = s[n] })
	try("s[u]", func() { _ = s[u] })
	try("s[uu]=", func() { s[uu] = 1 })
	try("s[up]++", func() { s[up]++ })
	try("str[u]", func() { _ = str[u] })
	try("arr[u]", func() { _ = arr[u] })
	try("pa[u]", func() { _ = pa[u] })
	try("&structs[u]", func() { _ = &structs[u] })
	try("structs[u].b", func() { _ = structs[u].b })
	try("if bs[u]", func() {
		if bs[u] {
			fmt.Println("no")
		}
	})
	try("s[n:]", func() { _ = s[n:] })
	try("s[m:two]", func() { _ = s[m:two] })
	try("s[:n]", func() { _ = s[:n] })
	try("s[:four]", func() { _ = s[:four] })
	try("s[two:1]", func() { _ = s[two:1] })
	try("s[u:]", func() { _ = s[u:] })
	try("s[:u]", func() { _ = s[:u] })
	try("s[uu:uu]", func() { _ = s[uu:uu] })
	try("str[n:]", func() { _ = str[n:] })
	try("str[:u]", func() { _ = str[:u] })
	try("str[two:1]", func() { _ = str[two:1] })
	try("arr[n:]", func() { _ = arr[n:] })
	try("pa[:u]", func() { _ = pa[:u] })
	try("s[:0:n]", func() { _ = s[:0:n] })
	try("s[:0:u]", func() { _ = s[:0:u] })
	try("s[:n:two]", func() { _ = s[:n:two] })
	try("s[:u:two]", func() { _ = s[:u:two] })
	try("s[n:1:two]", func() { _ = s[n:1:two] })
	try("s[u:1:two]", func() { _ = s[u:1:two] })
	try("s[two:1:two]", func() { _ = s[two:1:two] })
	try("arr[:u:two]", func() { _ = arr[:u:two] })
	try("arr[:four:four]", func() { _ = arr[:four:four] })
	var s2 []int = s[n+1:]
	fmt.Println(len(s2), s[1:u-u+3])
	_ = s[u]
}
