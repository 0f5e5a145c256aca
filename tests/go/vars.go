package main

import "fmt"

var (
	total   = compute(3)
	base    = 10
	message string
	ratio   float64
	flag    bool
	ptr     *int
	list    []string
	table   map[string]int
)

var counter int

func compute(n int) int {
	counter++
	return base * n
}

func next() int {
	counter++
	return counter
}

func main() {
	fmt.Println("total:", total, "base:", base, "counter:", counter)
	fmt.Printf("%q %v %v %v %v %v\n", message, ratio, flag, ptr == nil, list == nil, table == nil)
	fmt.Println(len(list), len(table), table["missing"])

	var a, b, c = 1, "two", 3.0
	fmt.Println(a, b, c)
	var x, y int
	x, y = 5, 7
	x, y = y, x
	fmt.Println(x, y)

	i, j, k := next(), next(), next()
	fmt.Println(i, j, k)

	// := redeclares at least one new variable
	i, l := 100, 200
	fmt.Println(i, l)

	// shadowing in inner scopes
	v := 1
	{
		v := 2
		v++
		fmt.Println("inner v", v)
	}
	fmt.Println("outer v", v)
	if v := v * 10; v > 5 {
		fmt.Println("if v", v)
	} else {
		fmt.Println("else v", v)
	}
	for v := 0; v < 2; v++ {
		fmt.Println("loop v", v)
	}
	fmt.Println("after v", v)

	// zero values of composite types
	var arr [3]int
	var st struct {
		Name string
		Age  int
		Tags []string
	}
	fmt.Println(arr, st, st.Tags == nil)
	fmt.Printf("%+v\n", st)

	// assignment order: index expressions evaluated first
	s := []int{1, 2, 3}
	n := 0
	n, s[n] = 2, 9
	fmt.Println(n, s)
	s[0], s[1], s[2] = s[2], s[0], s[1]
	fmt.Println(s)

	var u8 uint8 = 200
	var i16 int16 = -300
	var f32 float32 = 0.1
	var r rune = '世'
	var bt byte = 'x'
	fmt.Println(u8, i16, f32, r, bt)
	fmt.Printf("%T %T %T %T %T\n", u8, i16, f32, r, bt)
	_ = ratio
}
