package main

import (
	"errors"
	"fmt"
	"strings"
)

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Money struct {
	Cents int64
}

func (m Money) String() string {
	return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100)
}

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS<%d>", p.n) }

type Both struct{}

func (Both) String() string { return "as-string" }
func (Both) Error() string  { return "as-error" }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Matrix [][]int

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		sb.WriteString(fmt.Sprint(row))
		sb.WriteString(";")
	}
	return sb.String()
}

type Wrapper struct {
	L Level
	M Money
	P *PtrStringer
}

type GoStr struct{ v int }

func (g GoStr) GoString() string { return fmt.Sprintf("GoStr(%d)", g.v) }

func lookup(k string) error {
	if k != "ok" {
		return &NotFound{k}
	}
	return nil
}

func main() {
	fmt.Println(Level(0), Level(1), Level(7))
	fmt.Printf("%v %s %d %q %x\n", Level(1), Level(1), Level(1), Level(1), Level(1))
	m := Money{12345}
	fmt.Println(m, []Money{{5}, {250}}, map[string]Money{"x": {99}})
	fmt.Printf("%v|%+v|%s|%10v|%-10s|\n", m, m, m, m, m)
	fmt.Printf("%#v\n", m)

	ps := PtrStringer{3}
	fmt.Println(&ps, ps) // value does not have the method
	fmt.Printf("%v %+v\n", &ps, ps)

	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})

	err := lookup("k1")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(lookup("ok") == nil, lookup("ok"))
	w := Wrapper{1, Money{100}, &PtrStringer{9}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(Matrix{{1, 2}, {3, 4}})
	fmt.Println(fmt.Sprint(Level(0)) + "!")
	fmt.Printf("%#v %v\n", GoStr{4}, GoStr{4})
	var nf *NotFound
	fmt.Printf("%v %T\n", nf == nil, nf)
	errs := []error{errors.New("a"), &NotFound{"b"}, fmt.Errorf("c: %d", 3)}
	fmt.Println(errs)
	fmt.Printf("%v %d\n", []Level{0, 1, 2}, []Level{0, 1, 2})
	type inner struct {
		L  Level
		Ls []Level
	}
	fmt.Printf("%+v\n", inner{1, []Level{0}})
	levels := map[Level]int{0: 10, 1: 20}
	fmt.Println(levels)
	var st fmt.Stringer = Money{1}
	fmt.Println(st.String(), st)
}
