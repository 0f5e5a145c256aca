package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = iota * iota
	_
	x2
	x3 = "skip"
	x4
	x5 = iota + 100
)

const Pi = 3.14159265358979323846
const Big = 1 << 100
const Huge = Big * Big
const typedInt int64 = 1<<40 + 7
const greeting = "hello, " + "world"
const ch = 'a' + 1
const mask uint8 = 0xF0

func (d Weekday) String() string {
	names := [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

func main() {
	fmt.Println(Sunday, Monday, Saturday, Weekday(9))
	fmt.Println(int(Sunday), int(Wednesday), int(Saturday))
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x2, x3, x4, x5)
	fmt.Println(Big>>98, Huge>>199, Big/(1<<90))
	fmt.Println(typedInt, greeting, ch, string(rune(ch)))
	fmt.Println(mask, ^mask, mask>>4, mask&^0x30)

	// untyped constants adapt to context
	var f32 float32 = Pi
	var f64 float64 = Pi
	var i int = int(f64 * 1000)
	fmt.Println(f32, f64, i)
	fmt.Printf("%.20f\n", f64)
	fmt.Println(7/2, 7.0/2, 7/2.0, 1/3*3, 1/3.0*3)
	fmt.Println(10%3, -10%3, 10%-3, -7/2)

	const third = 1.0 / 3
	fmt.Println(third*3 == 1, third)
	const maxU64 = 1<<64 - 1
	fmt.Println(uint64(maxU64), maxU64>>32)
	const shifted = 'z' - 'a'
	fmt.Println(shifted, 'A'+shifted)
	var r rune = 'A' + shifted
	fmt.Println(r, string(r))

	// typed constant expressions
	const w Weekday = Friday + 1
	fmt.Println(w, w-Monday)
	fmt.Printf("%T %T %T %T %T\n", KB, Pi, ch, greeting, w)
	var days []Weekday
	for d := Sunday; d <= Saturday; d++ {
		if d%2 == 0 {
			days = append(days, d)
		}
	}
	fmt.Println(days, len(days))
	fmt.Printf("%v %d %s\n", Tuesday, Tuesday, Tuesday)
}
