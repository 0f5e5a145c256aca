package main

import (
	"errors"
	"fmt"
	"strings"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func stats(nums ...float64) (min, max, mean float64) {
	if len(nums) == 0 {
		return
	}
	min, max = nums[0], nums[0]
	sum := 0.0
	for _, n := range nums {
		if n < min {
			min = n
		}
		if n > max {
			max = n
		}
		sum += n
	}
	mean = sum / float64(len(nums))
	return
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func safeDiv(a, b int) (q int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q = a / b
	return
}

func apply(fs []func(int) int, v int) []int {
	out := make([]int, 0, len(fs))
	for _, f := range fs {
		out = append(out, f(v))
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func count(prefix string, xs ...int) string {
	return fmt.Sprintf("%s%d:%v:%t", prefix, len(xs), xs, xs == nil)
}

func swap(a, b string) (string, string) { return b, a }

func sumAll(first int, rest ...int) (total int) {
	total = first
	for _, r := range rest {
		total += r
	}
	return total
}

func double(x int) int { return x * 2 }
func inc(x int) int    { return x + 1 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	mn, mx, mean := stats(3, 1, 4, 1, 5, 9, 2, 6)
	fmt.Println(mn, mx, mean)
	fmt.Println(stats())
	fmt.Println(join(", ", "a", "b", "c"), join("-"))
	words := []string{"x", "y"}
	fmt.Println(join("+", words...))

	if v, err := safeDiv(10, 0); err != nil {
		fmt.Println("error:", err, v)
	}
	if v, err := safeDiv(10, 3); err == nil {
		fmt.Println("ok:", v)
	}

	fs := []func(int) int{double, inc, compose(double, inc), compose(inc, double)}
	fmt.Println(apply(fs, 5))

	fmt.Println(count("n"), count("n", 1, 2), count("n", []int{}...))
	a, b := swap("left", "right")
	fmt.Println(a, b)
	fmt.Println(sumAll(1), sumAll(1, 2, 3), sumAll(10, []int{20, 30}...))

	var fn func(int) int
	fmt.Println(fn == nil)
	fn = double
	fmt.Println(fn != nil, fn(21))

	ops := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"sub": func(a, b float64) float64 { return a - b },
		"mul": func(a, b float64) float64 { return a * b },
		"div": func(a, b float64) float64 { return a / b },
	}
	for _, name := range []string{"add", "sub", "mul", "div"} {
		fmt.Printf("%s(7, 2) = %g\n", name, ops[name](7, 2))
	}
	fmt.Println(func(s string) string { return strings.ToUpper(s) }("immediate"))
	fmt.Printf("%T\n", compose)
}
