// m[k] and v, ok := m[k] for values of every one-word kind (int, int64,
// uint64, uintptr, float64, pointers, maps, channels, funcs) and narrower ones
// (int32, uint8, bool, float32), present and absent (the zero value).
package main

import "fmt"

type T struct{ n int }

func main() {
	ints := map[string]int{"a": -5}
	i64 := map[int]int64{1: -1 << 40}
	u64 := map[int]uint64{1: 1<<64 - 1}
	up := map[int]uintptr{1: 0xdead}
	f64 := map[int]float64{1: -2.5}
	ptrs := map[int]*T{1: {7}}
	maps := map[int]map[string]int{1: {"x": 9}}
	chans := map[int]chan int{1: make(chan int, 1)}
	funcs := map[int]func() int{1: func() int { return 42 }}
	i32 := map[int]int32{1: -7}
	u8 := map[int]uint8{1: 250}
	bools := map[int]bool{1: true}
	f32 := map[int]float32{1: 1.25}

	fmt.Println(ints["a"], ints["b"], i64[1], i64[2], u64[1], u64[2], up[1], up[2], f64[1], f64[2])
	fmt.Println(ptrs[1].n, ptrs[2] == nil, maps[1]["x"], maps[2] == nil, maps[2]["x"], chans[2] == nil, funcs[2] == nil)
	chans[1] <- 3
	fmt.Println(<-chans[1], funcs[1](), i32[1], i32[2], u8[1], u8[2], bools[1], bools[2], f32[1], f32[2])

	v1, ok1 := ints["a"]
	v2, ok2 := ints["zz"]
	p, okp := ptrs[1]
	q, okq := ptrs[3]
	f, okf := f64[1]
	g, okg := f64[9]
	fn, okfn := funcs[1]
	b, okb := bools[1]
	c, okc := u8[5]
	fmt.Println(v1, ok1, v2, ok2, p.n, okp, q == nil, okq, f, okf, g, okg, fn(), okfn, b, okb, c, okc)

	// into existing variables, and with the map and key from expressions
	var x int
	var ok bool
	x, ok = ints["a"]
	fmt.Println(x, ok)
	x, ok = map[int]int{3: 33}[1+2]
	fmt.Println(x, ok)
	sum := 0
	for k := 0; k < 5; k++ {
		if v, ok := i64[k]; ok {
			sum += int(v >> 30)
		}
	}
	fmt.Println(sum)
	var nilMap map[string]float64
	nv, nok := nilMap["q"]
	fmt.Println(nilMap["q"], nv, nok)
}
