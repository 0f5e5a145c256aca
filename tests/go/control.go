package main

import (
	"fmt"
	"strconv"
)

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	}
	return "F"
}

func parse(s string) string {
	if n, err := strconv.Atoi(s); err != nil {
		return "bad:" + s
	} else if n < 0 {
		return "negative " + strconv.Itoa(-n)
	} else {
		return "ok " + strconv.Itoa(n*2)
	}
}

func collatz(n int) (steps int) {
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	fmt.Println(parse("21"), "|", parse("-4"), "|", parse("x1"))

	// three-clause for
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 1 {
			continue
		}
		sum += i
	}
	fmt.Println("sum of evens", sum)

	// condition-only for
	n, steps := 27, 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz 27:", steps, collatz(97))

	// infinite for with break
	i := 0
	for {
		i++
		if i*i > 200 {
			break
		}
	}
	fmt.Println("first square over 200:", i, i*i)

	// multiple loop variables
	for lo, hi := 0, 10; lo < hi; lo, hi = lo+1, hi-2 {
		fmt.Print(lo, "-", hi, " ")
	}
	fmt.Println()

	// nested loops: multiplication table
	for r := 1; r <= 4; r++ {
		line := ""
		for c := 1; c <= 6; c++ {
			line += fmt.Sprintf("%3d", r*c)
		}
		fmt.Println(line)
	}

	// for with empty clauses
	j := 0
	for ; j < 3; {
		j++
	}
	for j < 5 {
		j++
	}
	fmt.Println("j =", j)

	// loop variable modified inside body
	for k := 0; k < 10; k++ {
		if k == 2 {
			k += 5
		}
		fmt.Print(k, " ")
	}
	fmt.Println()

	// boolean logic with short-circuit
	calls := 0
	check := func(v bool) bool {
		calls++
		return v
	}
	if check(false) && check(true) {
		fmt.Println("unreachable")
	}
	if check(true) || check(false) {
		fmt.Println("short circuit calls:", calls)
	}
	t, f := true, false
	fmt.Println(t && !f, t || f, !(t && f), t == !f, t != f)

	// FizzBuzz
	out := ""
	for x := 1; x <= 15; x++ {
		switch {
		case x%15 == 0:
			out += "FizzBuzz"
		case x%3 == 0:
			out += "Fizz"
		case x%5 == 0:
			out += "Buzz"
		default:
			out += strconv.Itoa(x)
		}
		out += " "
	}
	fmt.Println(out)
}
