// Branches on an element of a []bool (JTIDX_8/JFIDX_8): `if s[i]`,
// `if !s[i]`, inside && / ||, in loop conditions, on named bool and slice
// types, a sieve, and an out-of-range index recovered with Go's message.
package main

import "fmt"

type flag bool
type flags []flag

func sieve(n int) []int {
	composite := make([]bool, n)
	var primes []int
	for i := 2; i < n; i++ {
		if !composite[i] {
			primes = append(primes, i)
			for j := i * i; j < n; j += i {
				composite[j] = true
			}
		}
	}
	return primes
}

func pick(s []bool, t flags, i, j int) string {
	r := ""
	if s[i] {
		r += "s"
	}
	if !s[j] {
		r += "!s"
	}
	if s[i] && !s[j] {
		r += "&"
	}
	if s[i] || s[j] {
		r += "|"
	}
	if t[i] {
		r += "t"
	}
	if !(t[j] || flag(s[j])) {
		r += "n"
	}
	return r
}

func firstFalse(s []bool) int {
	i := 0
	for i < len(s) && s[i] {
		i++
	}
	return i
}

func probe(s []bool, i int) (r string) {
	defer func() {
		if e := recover(); e != nil {
			r = fmt.Sprint("recovered: ", e)
		}
	}()
	if s[i] {
		return "true"
	}
	return "false"
}

func main() {
	p := sieve(100)
	fmt.Println(len(p), p)
	s := []bool{true, false, true}
	t := flags{false, true, true}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			fmt.Print(pick(s, t, i, j), " ")
		}
	}
	fmt.Println()
	fmt.Println(firstFalse([]bool{true, true, false, true}), firstFalse([]bool{true}), firstFalse(nil))
	fmt.Println(probe(s, 2), probe(s, 1))
	fmt.Println(probe(s, 3))
	fmt.Println(probe(s, -1))
	fmt.Println(probe(nil, 0))
	sub := s[1:2]
	fmt.Println(probe(sub, 0), probe(sub, 1))
}
