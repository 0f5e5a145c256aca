package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrEmpty = errors.New("empty input")
var ErrTooLong = errors.New("too long")

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string {
	return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error()
}

func (e *ParseError) Unwrap() error { return e.Err }

type TempErr struct{ Code int }

func (t TempErr) Error() string   { return fmt.Sprintf("temporary (%d)", t.Code) }
func (t TempErr) Temporary() bool { return true }

func check(s string) error {
	if s == "" {
		return ErrEmpty
	}
	if len(s) > 5 {
		return fmt.Errorf("check %q: %w", s, ErrTooLong)
	}
	return nil
}

func parseLine(n int, s string) error {
	if err := check(s); err != nil {
		return &ParseError{n, err}
	}
	if s == "temp" {
		return &ParseError{n, TempErr{503}}
	}
	return nil
}

func main() {
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e1), errors.Is(e1, e2))

	for i, in := range []string{"ok", "", "waytoolong", "temp"} {
		err := parseLine(i+1, in)
		fmt.Printf("%q -> %v\n", in, err)
		if err == nil {
			continue
		}
		fmt.Println("  is empty:", errors.Is(err, ErrEmpty), "is too long:", errors.Is(err, ErrTooLong))
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Println("  parse error at line", pe.Line)
		}
		var te TempErr
		if errors.As(err, &te) {
			fmt.Println("  temp code", te.Code, te.Temporary())
		}
		var tmp interface{ Temporary() bool }
		fmt.Println("  as interface:", errors.As(err, &tmp))
		u := errors.Unwrap(err)
		fmt.Println("  unwrap:", u, "twice:", errors.Unwrap(u))
	}

	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrEmpty))
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrEmpty), errors.Unwrap(errors.Unwrap(wrapped)) == ErrEmpty)
	notWrapped := fmt.Errorf("plain: %v", ErrEmpty)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrEmpty), errors.Unwrap(notWrapped) == nil)
	fmt.Println(errors.Unwrap(ErrEmpty) == nil, errors.Is(nil, ErrEmpty), errors.Is(nil, nil))

	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err, errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))

	errs := []error{nil, ErrEmpty, TempErr{1}, &ParseError{9, ErrTooLong}}
	for _, e := range errs {
		switch {
		case e == nil:
			fmt.Println("nil error")
		case errors.Is(e, ErrTooLong):
			fmt.Println("too long somewhere:", e)
		default:
			fmt.Printf("%T: %v\n", e, e)
		}
	}
	fmt.Printf("%v|%s|%q\n", ErrEmpty, ErrTooLong, ErrEmpty)
	fmt.Println(fmt.Errorf("%d items failed: %s", 3, "reason"))
}
