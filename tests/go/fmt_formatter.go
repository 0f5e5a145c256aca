// A fmt.Formatter formats itself: its Format method gets the verb, the
// width, precision and flags through fmt.State, for every verb but %T and %p;
// a panic in it prints as fmt's %!v(PANIC=Format method: ...).
package main

import (
	"errors"
	"fmt"
	"strings"
)

type T struct{ n int }

func (t T) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "T(%c n=%d", c, t.n)
	if wok {
		fmt.Fprintf(f, " w=%d", w)
	}
	if pok {
		fmt.Fprintf(f, " p=%d", p)
	}
	for _, fl := range "-+# 0" {
		if f.Flag(int(fl)) {
			fmt.Fprintf(f, " %c", fl)
		}
	}
	f.Write([]byte(")"))
}

type P struct{}

func (*P) Format(f fmt.State, c rune) { fmt.Fprint(f, "ptr-formatted") }

type Bad struct{}

func (Bad) Format(f fmt.State, c rune) { panic("boom") }

type Err struct{}

func (Err) Error() string                    { return "plain error" }
func (Err) Format(f fmt.State, c rune)       { io := f; fmt.Fprintf(io, "formatted error %c", c) }

type Wrapper struct{ inner []T }

func main() {
	fmt.Println(T{1})
	fmt.Printf("%v|%+v|%#v|%d|%s|%x|%q\n", T{2}, T{3}, T{4}, T{5}, T{6}, T{7}, T{8})
	fmt.Printf("%-8.3v|%08d|% x|%+#v\n", T{9}, T{10}, T{11}, T{12})
	fmt.Printf("[%10v]\n", T{13})
	fmt.Println(&P{}, P{})
	fmt.Println(Bad{})
	fmt.Printf("%v %s\n", Err{}, Err{})
	err := fmt.Errorf("wrap: %w", Err{})
	fmt.Println(err, errors.Unwrap(err) != nil)
	fmt.Println(Wrapper{[]T{{1}, {2}}}, []any{T{3}, map[string]T{"k": {4}}})
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v", T{14})
	fmt.Println(sb.String(), fmt.Sprint(T{15}, T{16}), fmt.Sprintln(T{17}))
	var np *P
	fmt.Println(np)
	fmt.Printf("%T %p\n", T{}, nil)
}
