package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Celsius float64

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "ID#" + strconv.Itoa(int(i)) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int " + strconv.Itoa(x*2)
	case int8, int16, int32:
		return fmt.Sprintf("small int %v", x)
	case string:
		return "string of len " + strconv.Itoa(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case float64:
		return fmt.Sprintf("float64 %.1f", x)
	case Celsius:
		return fmt.Sprintf("celsius %.1f", float64(x))
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer: " + x.String()
	case func() int:
		return "func returning " + strconv.Itoa(x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func toInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case float64:
		return int(n), true
	case string:
		i, err := strconv.Atoi(n)
		return i, err == nil
	}
	return 0, false
}

func main() {
	inputs := []interface{}{
		nil, 21, int8(-3), int32(7), "hello", true, false, 2.5, Celsius(36.6),
		[]int{1, 2, 3}, errors.New("boom"), &MyErr{404}, ID(9), func() int { return 5 },
		[]string{"x"}, struct{}{}, uint(3),
	}
	for _, in := range inputs {
		fmt.Println(classify(in))
	}

	var v any = 42
	i := v.(int)
	fmt.Println(i + 1)
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := v.(float64)
	fmt.Println(f, ok)
	var st Stringer = ID(3)
	if id, ok := st.(ID); ok {
		fmt.Println("got ID", int(id), id)
	}
	var e error = &MyErr{500}
	if me, ok := e.(*MyErr); ok {
		fmt.Println("code", me.Code)
	}
	_, isStringer := e.(Stringer)
	fmt.Println(isStringer)

	for _, x := range []any{1, int64(2), 3.9, "44", "x", nil, []int{}} {
		n, ok := toInt(x)
		fmt.Print(n, ":", ok, " ")
	}
	fmt.Println()

	switch t := interface{}(ID(1)).(type) {
	case fmt.Stringer:
		fmt.Println("fmt.Stringer matched", t)
	}
	var nilAny any
	switch nilAny.(type) {
	case int:
		fmt.Println("int")
	default:
		fmt.Println("default for nil")
	}
}
