// Compare-with-a-constant branches (JEQI/JNEI/JLTI/JLEI/JGTI/JGEI): the
// constant on either side, negative and boundary constants, narrow and
// unsigned operand types, switch cases; and loop back-edges (whose targets
// the interpreter caches) in nested loops, recursion and goroutines.
package main

import "fmt"

func classify(n int) string {
	if n < -1073741824 {
		return "below -2^30"
	}
	if n == -1073741824 {
		return "-2^30"
	}
	if n <= -1 {
		return "negative"
	}
	if 0 == n {
		return "zero"
	}
	if 7 > n {
		return "small"
	}
	if n >= 1073741824 {
		return "at least 2^30"
	}
	if 100 <= n {
		return "large"
	}
	if n != 50 {
		return "medium"
	}
	return "fifty"
}

// in branch context (if), each comparison is one compare-and-branch
func narrow(a int8, b uint8, c int32, d uint32, e uint64, f int64) string {
	r := ""
	if a < -100 {
		r += "1"
	} else {
		r += "0"
	}
	if a > 100 {
		r += "1"
	} else {
		r += "0"
	}
	if a == -128 {
		r += "1"
	} else {
		r += "0"
	}
	if -128 < a {
		r += "1"
	} else {
		r += "0"
	}
	if b > 200 {
		r += "1"
	} else {
		r += "0"
	}
	if b == 255 {
		r += "1"
	} else {
		r += "0"
	}
	if 0 < b {
		r += "1"
	} else {
		r += "0"
	}
	if b <= 0 {
		r += "1"
	} else {
		r += "0"
	}
	if c < -2000000000 {
		r += "1"
	} else {
		r += "0"
	}
	if c >= 1000000000 {
		r += "1"
	} else {
		r += "0"
	}
	if c != 0 {
		r += "1"
	} else {
		r += "0"
	}
	if d > 1000000000 {
		r += "1"
	} else {
		r += "0"
	}
	if d == 0 {
		r += "1"
	} else {
		r += "0"
	}
	if d < 7 {
		r += "1"
	} else {
		r += "0"
	}
	if e == 0 {
		r += "1"
	} else {
		r += "0"
	}
	if e != 5 {
		r += "1"
	} else {
		r += "0"
	}
	if e == 1<<30 {
		r += "1"
	} else {
		r += "0"
	}
	if f < -1 {
		r += "1"
	} else {
		r += "0"
	}
	if f > 1<<30 {
		r += "1"
	} else {
		r += "0"
	}
	if f == -1<<30 {
		r += "1"
	} else {
		r += "0"
	}
	if f >= -1073741824 {
		r += "1"
	} else {
		r += "0"
	}
	if -1073741824 >= f {
		r += "1"
	} else {
		r += "0"
	}
	return r
}

func kind(x int) string {
	switch x {
	case -3:
		return "minus three"
	case 0:
		return "zero"
	case 1, 2, 3:
		return "one to three"
	case 1 << 20:
		return "2^20"
	}
	switch {
	case x < -10:
		return "very negative"
	case x > 10:
		return "big"
	}
	return "other"
}

// recursion: the same loop instructions run in many frames at once
func tri(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
		if i == n/2 && n > 2 {
			s += tri(n / 2)
		}
	}
	return s
}

// nested loops and loops with other back-edge shapes
func nested() (int, int, int) {
	count, steps, evens := 0, 0, 0
	for i := 0; i < 30; i++ {
		for j := i; j > 0; j-- {
			count++
		}
		for k := 0; k < i; k += 3 {
			steps++
		}
		n := i
		for n != 1 && n > 0 {
			if n%2 == 0 {
				n /= 2
				evens++
			} else {
				n = 3*n + 1
			}
		}
	}
	m := 0
	for {
		m++
		if m >= 1000 {
			break
		}
	}
	return count, steps, evens + m
}

func main() {
	for _, n := range []int{-1 << 40, -1073741825, -1073741824, -5, -1, 0, 1, 6, 7, 50, 51, 99, 100, 1073741823, 1073741824, 1 << 62} {
		fmt.Println(n, classify(n))
	}
	fmt.Println(narrow(-128, 255, -2147483648, 4294967295, 1<<30, -1<<30))
	fmt.Println(narrow(127, 0, 2147483647, 0, 1<<64-1, 1<<62))
	fmt.Println(narrow(0, 1, 0, 6, 5, -1))
	for _, x := range []int{-100, -3, -1, 0, 2, 4, 11, 1 << 20} {
		fmt.Println(x, kind(x))
	}
	fmt.Println(tri(10), tri(100), tri(1000))
	fmt.Println(nested())

	// loops in goroutines: each goroutine's back-edges, interleaved
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func(g int) {
			s := 0
			for i := 0; i < 100000*(g+1); i++ {
				s += i & g
			}
			done <- s
		}(g)
	}
	total := 0
	for g := 0; g < 4; g++ {
		total += <-done
	}
	fmt.Println(total)
}
