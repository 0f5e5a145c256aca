package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	default:
		return ackermann(m-1, ackermann(m, n-1))
	}
}

var moves []string

func hanoi(n int, from, to, via string) int {
	if n == 0 {
		return 0
	}
	c := hanoi(n-1, from, via, to)
	if len(moves) < 10 {
		moves = append(moves, from+"->"+to)
	}
	c++
	c += hanoi(n-1, via, to, from)
	return c
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func permutations(prefix []byte, rest []byte, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, string(prefix))
		return
	}
	for i := 0; i < len(rest); i++ {
		next := append(append([]byte{}, rest[:i]...), rest[i+1:]...)
		permutations(append(prefix, rest[i]), next, out)
	}
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func power(base, exp int) int {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func flatten(depth int) []int {
	if depth == 0 {
		return []int{0}
	}
	sub := flatten(depth - 1)
	res := append([]int{depth}, sub...)
	return append(res, sub...)
}

func main() {
	for i := 0; i <= 25; i += 5 {
		fmt.Printf("fib(%d) = %d\n", i, fib(i))
	}
	fmt.Println("ackermann(2,3) =", ackermann(2, 3), "ackermann(3,3) =", ackermann(3, 3))
	n := hanoi(10, "A", "C", "B")
	fmt.Println("hanoi moves:", n, moves)
	fmt.Println(isEven(10), isOdd(7), isEven(7), isOdd(1000))
	var perms []string
	permutations(nil, []byte("abcd"), &perms)
	fmt.Println(len(perms), perms[:6], perms[len(perms)-1])
	fmt.Println(gcd(1071, 462), gcd(17, 5), power(3, 13), power(2, 62))
	fmt.Println(flatten(3))
}
