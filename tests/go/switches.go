package main

import (
	"fmt"
	"strings"
)

func kind(r rune) string {
	switch {
	case r >= '0' && r <= '9':
		return "digit"
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return "letter"
	case r == ' ' || r == '\t':
		return "space"
	}
	return "other"
}

func weekday(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	default:
		return "invalid"
	}
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func classify(s string) string {
	switch l := len(s); {
	case l == 0:
		return "empty"
	case l < 4:
		return "short"
	default:
		return "long"
	}
}

func eval(cmd string) (res string) {
	switch parts := strings.Fields(cmd); parts[0] {
	case "add":
		return fmt.Sprint(len(parts)-1, " args to add")
	case "quit", "exit":
		return "bye"
	case "noop":
	default:
		res = "unknown " + parts[0]
	}
	return
}

func next() int {
	calls++
	return calls
}

var calls int

func main() {
	for _, r := range "a1 ?Z" {
		fmt.Print(kind(r), " ")
	}
	fmt.Println()
	for d := -1; d <= 7; d++ {
		fmt.Print(weekday(d), " ")
	}
	fmt.Println()
	for n := 0; n <= 4; n++ {
		fmt.Println(n, fall(n))
	}
	fmt.Println(classify(""), classify("abc"), classify("abcdef"))
	fmt.Printf("%q %q %q %q\n", eval("add 1 2"), eval("exit"), eval("noop"), eval("jump high"))

	// switch evaluates cases in order, lazily
	switch next() {
	case 5:
		fmt.Println("five")
	case next():
		fmt.Println("matched second call")
	case 1:
		fmt.Println("matched one, calls =", calls)
	}

	// break inside switch leaves the switch only
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Print("i=", i, " ")
		}
	}
	fmt.Println()

	x := 5
	switch {
	case x > 3:
		fmt.Println("x > 3")
		if x > 4 {
			break
		}
		fmt.Println("not printed")
	case x > 1:
		fmt.Println("not reached")
	}
	switch y := x * 2; y {
	case 10:
		fmt.Println("y is 10")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("golang!")
	}
	var v interface{} = 2.5
	switch v {
	case 2.5:
		fmt.Println("interface tag matched 2.5")
	case "x":
		fmt.Println("no")
	}
}
