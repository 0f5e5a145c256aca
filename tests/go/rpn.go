package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func balanced(s string) (bool, int) {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var stack []rune
	for i, r := range s {
		switch r {
		case '(', '[', '{':
			stack = append(stack, r)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[r] {
				return false, i
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		return false, len(s)
	}
	return true, -1
}

var errStack = errors.New("stack underflow")

func evalRPN(expr string) (result float64, err error) {
	var st []float64
	pop := func() float64 {
		if len(st) == 0 {
			panic(errStack)
		}
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", expr, r)
		}
	}()
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, a := pop(), pop()
			switch tok {
			case "+":
				st = append(st, a+b)
			case "-":
				st = append(st, a-b)
			case "*":
				st = append(st, a*b)
			case "/":
				st = append(st, a/b)
			}
		case "dup":
			v := pop()
			st = append(st, v, v)
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			st = append(st, v)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("eval %q: %d values left", expr, len(st))
	}
	return st[0], nil
}

// shunting-yard: infix to RPN
func toRPN(infix string) string {
	prec := map[string]int{"+": 1, "-": 1, "*": 2, "/": 2}
	var out, ops []string
	for _, tok := range strings.Fields(infix) {
		switch {
		case tok == "(":
			ops = append(ops, tok)
		case tok == ")":
			for len(ops) > 0 && ops[len(ops)-1] != "(" {
				out = append(out, ops[len(ops)-1])
				ops = ops[:len(ops)-1]
			}
			ops = ops[:len(ops)-1]
		case prec[tok] > 0:
			for len(ops) > 0 && prec[ops[len(ops)-1]] >= prec[tok] {
				out = append(out, ops[len(ops)-1])
				ops = ops[:len(ops)-1]
			}
			ops = append(ops, tok)
		default:
			out = append(out, tok)
		}
	}
	for i := len(ops) - 1; i >= 0; i-- {
		out = append(out, ops[i])
	}
	return strings.Join(out, " ")
}

func main() {
	for _, s := range []string{"([]{})", "([)]", "((", "", "{[()()]}x)", "a(b)c"} {
		ok, pos := balanced(s)
		fmt.Printf("%-12q balanced=%-5v pos=%d\n", s, ok, pos)
	}
	for _, e := range []string{"3 4 +", "5 1 2 + 4 * + 3 -", "2 dup *", "1 +", "1 2", "4 x *", "1 0 /"} {
		v, err := evalRPN(e)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s = %g\n", e, v)
	}
	for _, in := range []string{"3 + 4 * 2", "( 3 + 4 ) * 2", "10 / ( 5 - 3 ) - 1", "1 - 2 - 3"} {
		r := toRPN(in)
		v, _ := evalRPN(r)
		fmt.Printf("%-20s -> %-16s = %g\n", in, r, v)
	}
}
