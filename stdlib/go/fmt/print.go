// Package fmt implements formatted I/O (goro's version of Go's fmt package).
//
// The formatting engine is C++ (stdlib/fmt_format.cpp, bound to the native
// functions Sprintf, Sprint and Sprintln below); this file holds the printing
// functions around it, written in Go.
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method, which
// defines the “native” format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which
// defines the Go syntax for that value (the %#v format).
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// The State a Formatter's Format method gets. The engine (C++,
// stdlib/fmt_format.cpp) calls callFormat by name (vm/check_live.cpp's
// kCalledByName) for an operand whose type has Format(State, rune), with the
// verb's width and precision (as Go's pp keeps them: the last ones set, with
// whether this verb has them) and its flags, and prints what Format wrote.
type fmtState struct {
	buf             []byte
	wid, prec       int
	hasWid, hasPrec bool
	flags           string
}

func (s *fmtState) Write(b []byte) (n int, err error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

func (s *fmtState) WriteString(str string) (n int, err error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *fmtState) Width() (wid int, ok bool) { return s.wid, s.hasWid }

func (s *fmtState) Precision() (prec int, ok bool) { return s.prec, s.hasPrec }

func (s *fmtState) Flag(c int) bool {
	for i := 0; i < len(s.flags); i++ {
		if int(s.flags[i]) == c {
			return true
		}
	}
	return false
}

func callFormat(f Formatter, verb rune, wid, prec int, hasWid, hasPrec bool, flags string) string {
	s := &fmtState{wid: wid, prec: prec, hasWid: hasWid, hasPrec: hasPrec, flags: flags}
	f.Format(s, verb)
	return string(s.buf)
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Sprint formats using the default formats for its operands and returns the
// resulting string. Spaces are added between operands when neither is a string.
func Sprint(a ...any) string

// Sprintln formats using the default formats for its operands and returns the
// resulting string. Spaces are always added between operands and a newline is appended.
func Sprintln(a ...any) string

// Fprintf formats according to a format specifier and writes to w.
// It returns the number of bytes written and any write error encountered.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Printf formats according to a format specifier and writes to standard output.
// It returns the number of bytes written and any write error encountered.
func Printf(format string, a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprintf(format, a...))
}

// Fprint formats using the default formats for its operands and writes to w.
// Spaces are added between operands when neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Print formats using the default formats for its operands and writes to
// standard output. Spaces are added between operands when neither is a string.
func Print(a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprint(a...))
}

// Fprintln formats using the default formats for its operands and writes to w.
// Spaces are always added between operands and a newline is appended.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Println formats using the default formats for its operands and writes to
// standard output. Spaces are always added between operands and a newline is appended.
func Println(a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprintln(a...))
}

// Appendf formats according to a format specifier, appends the result to the
// byte slice, and returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Append formats using the default formats for its operands, appends the
// result to the byte slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendln formats using the default formats for its operands, appends the
// result to the byte slice, and returns the updated slice.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

// ---- Errorf

// Errorf formats according to a format specifier and returns the string as a
// value that satisfies error.
//
// If the format specifier includes a %w verb with an error operand, the
// returned error will implement an Unwrap method returning the operand. It is
// invalid to include more than one %w verb or to supply it with an operand
// that does not implement the error interface. The %w verb is otherwise a
// synonym for %v.
func Errorf(format string, a ...any) error {
	f, wrapped := errorfFormat(format, a)
	s := Sprintf(f, a...)
	if wrapped == nil {
		return errors.New(s)
	}
	return &wrapError{s, wrapped}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// wrapEffect tells what fmt's printArg does with a %w operand v in Errorf:
// 0: a bad verb that leaves the wrapping state alone (nil and the predeclared
// scalar types, which fmt prints without looking for methods, and an empty
// []byte); 1: a bad verb that cancels wrapping (a non-empty []byte: fmt
// prints each element with %w, and an element that is not an error cancels);
// 2: fmt looks at v's methods (wrap if v is an error, else cancel).
func wrapEffect(v any) int {
	switch x := v.(type) {
	case nil, bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr,
		float32, float64, string:
		return 0
	case []byte:
		if len(x) == 0 {
			return 0
		}
		return 1
	}
	return 2
}

const fmtTooLarge = 1000000

// parsenum converts ASCII to integer; num is 0 (and isnum false) if no number present.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if num > fmtTooLarge || num < -fmtTooLarge {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

// argNumber parses an explicit argument index "[n]" at format[i:], as fmt's
// doPrintf does: the new argument number, the new index, whether an index was
// found, and whether it was a good one.
func argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found, good bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false, true
	}
	// parseArgNumber
	index, wid, ok := 0, 1, false
	if len(format)-i >= 3 {
		for j := i + 1; j < len(format); j++ {
			if format[j] == ']' {
				width, isnum, newj := parsenum(format, i+1, j)
				if !isnum || newj != j {
					index, wid, ok = 0, j-i+1, false
				} else {
					index, wid, ok = width-1, j-i+1, true
				}
				break
			}
		}
	}
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true, true
	}
	return argNum, i + wid, ok, false
}

// errorfFormat walks format the way fmt's doPrintf does, tracking which
// operands the verbs consume, and applies Errorf's %w rules: the first %w
// whose operand is an error (and not of a basic type) is wrapped and printed
// as %v; a %w on any other non-basic operand, or a second one, is a bad verb
// and cancels the wrapping. It returns the format to give Sprintf (the
// directive that wrapped rewritten as %v, its '#' flags dropped as %w ignores
// them) and the wrapped error, or nil.
func errorfFormat(format string, a []any) (string, error) {
	var wrapped error
	wrapErrs := true
	wrapVerbAt, wrapStart := -1, -1
	end := len(format)
	argNum := 0
	afterIndex := false
	for i := 0; i < end; {
		goodArgNum := true
		for i < end && format[i] != '%' {
			i++
		}
		if i >= end {
			break
		}
		i++ // skip %
		start := i
		// flags
		for i < end {
			c := format[i]
			if c == '#' || c == '0' || c == '+' || c == '-' || c == ' ' {
				i++
				continue
			}
			break
		}
		verbAt := -1
		arg := -1
		if i < end && 'a' <= format[i] && format[i] <= 'z' && argNum < len(a) {
			// fast path: simple lower-case verb
			verbAt = i
			arg = argNum
			argNum++
			i++
		} else {
			var good bool
			argNum, i, afterIndex, good = argNumber(argNum, format, i, len(a))
			if !good {
				goodArgNum = false
			}
			if i < end && format[i] == '*' {
				i++
				if argNum < len(a) {
					argNum++
				}
				afterIndex = false
			} else {
				var widPresent bool
				_, widPresent, i = parsenum(format, i, end)
				if afterIndex && widPresent {
					goodArgNum = false
				}
			}
			if i+1 < end && format[i] == '.' {
				i++
				if afterIndex {
					goodArgNum = false
				}
				argNum, i, afterIndex, good = argNumber(argNum, format, i, len(a))
				if !good {
					goodArgNum = false
				}
				if i < end && format[i] == '*' {
					i++
					if argNum < len(a) {
						argNum++
					}
					afterIndex = false
				} else {
					_, _, i = parsenum(format, i, end)
				}
			}
			if !afterIndex {
				argNum, i, afterIndex, good = argNumber(argNum, format, i, len(a))
				if !good {
					goodArgNum = false
				}
			}
			if i >= end {
				break
			}
			verbAt = i
			c := format[i]
			if c >= 0x80 {
				// a non-ASCII verb: skip the whole UTF-8 sequence
				i++
				for i < end && format[i]&0xC0 == 0x80 {
					i++
				}
			} else {
				i++
			}
			switch {
			case c == '%':
				continue
			case !goodArgNum:
				continue
			case argNum >= len(a):
				continue
			}
			arg = argNum
			argNum++
		}
		if format[verbAt] != 'w' || arg < 0 {
			continue
		}
		v := a[arg]
		effect := wrapEffect(v)
		if effect == 0 {
			continue
		}
		err, ok := v.(error)
		if effect == 1 || !ok || !wrapErrs || wrapped != nil {
			wrapped = nil
			wrapErrs = false
			continue
		}
		wrapped = err
		wrapVerbAt, wrapStart = verbAt, start
	}
	if wrapVerbAt < 0 {
		return format, nil
	}
	// Rewrite the directive that was wrapped when fmt reached it (it prints
	// as %v even if a later bad %w cancelled the wrapping): drop its '#'
	// flags, %w -> %v.
	b := make([]byte, 0, len(format))
	for j := 0; j < len(format); j++ {
		switch {
		case j == wrapVerbAt:
			b = append(b, 'v')
		case j >= wrapStart && j < wrapVerbAt && format[j] == '#':
			// dropped
		default:
			b = append(b, format[j])
		}
	}
	return string(b), wrapped
}
