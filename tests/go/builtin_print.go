package main

import "fmt"

type T struct{ a int }

func main() {
	// print and println write to standard error
	println("hello from println")
	println(1, -2, "three", true, false)
	println(3.5, -0.25, 1e21, 100.0)
	println('x', byte(65), uint64(18446744073709551615), int8(-8))
	print("no", "spaces", 1, 2, "\n")
	print(1, " ", 2.5, "\n")
	println()
	var f32 float32 = 1.5
	println(f32, float32(0.1))
	var nilp *T
	println(nilp == nil, len("abc"), cap(make([]int, 2, 5)))
	s := []int{1, 2, 3}
	println(len(s), s[1])
	println("mixed", 42, 'a', 2.0)

	// interleaving with fmt to stdout
	fmt.Println("stdout line 1")
	println("stderr line")
	fmt.Println("stdout line 2")

	// builtins
	m := make(map[string]int)
	m["a"] = 1
	delete(m, "a")
	p := new(T)
	p.a = len(m) + cap(s) + copy(s, []int{9})
	fmt.Println(p.a, s)
	var x [5]int
	fmt.Println(len(x), cap(x), len(x[1:3]), cap(x[1:3]))
	fmt.Println(len("héllo"), len([]rune("héllo")))
	const c = len("constant")
	var arr [c]byte
	fmt.Println(c, len(arr))
	fmt.Println(append([]string(nil), "a"), len(append([]int{}, 1, 2, 3)))
}
