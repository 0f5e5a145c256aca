// fmt_matrix: Printf over a deterministic random matrix of verbs, flags,
// widths and precisions (literal and *), applied to values of every kind
// (ints of each size, floats incl. Inf/NaN/-0/denormals, strings with escapes,
// slices, maps, structs, Stringer, error), plus bad verbs and missing, extra and
// indexed arguments. No pointer values: their addresses differ from Go's.
package main

import (
	"errors"
	"fmt"
	"math"
)

type S struct {
	A int
	B string
	C []int
	D *int
	E map[string]int
	F float64
}

type St int

func (s St) String() string { return fmt.Sprintf("St(%d)", int(s)) }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

var seed uint64 = 88172645463325252

func rnd(n int) int {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return int(seed % uint64(n))
}

func main() {
	vals := []interface{}{
		0, 1, -1, 42, -12345, math.MaxInt64, math.MinInt64, uint8(200), uint64(math.MaxUint64), int8(-128),
		0.0, 1.0, -1.5, 3.14159265358979, 1e21, 1e20, 1e-7, 1e-5, 123456789.0, math.Inf(1), math.Inf(-1), math.NaN(),
		float32(1.5), float32(0.1), float32(3.4e38), -0.0, 2.5e-308, 5e-324,
		"", "hello", "héllo, 世界", "tab\there", "quote\"s", "\x00\x7f\xff",
		true, false, nil, 'x', '世',
		[]int{1, 2, 3}, []string{"a", "b"}, []byte("bytes"), [3]int{1, 2, 3}, []interface{}{1, "a", nil},
		map[string]int{"b": 2, "a": 1}, map[int]bool{3: true, 1: false},
		S{1, "s", []int{1}, nil, map[string]int{"k": 1}, 2.5}, &S{A: 2}, struct{}{}, struct{ X, Y int }{1, 2},
		St(5), &E{"boom"}, errors.New("plain"), uintptr(0x1234),
	}
	verbs := []string{"v", "+v", "#v", "T", "d", "s", "q", "x", "X", "o", "O", "b", "c", "U", "#U", "e", "E", "f", "F", "g", "G", "t", "#x", "#o", "#q", "x"}
	flags := []string{"", "-", "+", " ", "0", "#", "-0", "+0", " 0"}
	widths := []string{"", "1", "5", "12", "*"}
	precs := []string{"", ".0", ".2", ".5", ".*"}
	for i := 0; i < 4000; i++ {
		v := vals[rnd(len(vals))]
		f := "%" + flags[rnd(len(flags))] + widths[rnd(len(widths))] + precs[rnd(len(precs))] + verbs[rnd(len(verbs))]
		args := []interface{}{}
		if len(f) > 2 && (f[len(f)-2] == '*' || contains(f, "*")) {
			for j := 0; j < count(f, "*"); j++ {
				args = append(args, rnd(8)-1)
			}
		}
		args = append(args, v)
		fmt.Printf("%d %s [", i, f)
		fmt.Printf(f, args...)
		fmt.Println("]")
	}
	fmt.Println(fmt.Sprint(1, 2, "a", "b", 3, nil, 4.5), fmt.Sprintln("x", 1, 2))
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%.[2]*[1]f|\n", 3.14159, 2)
}

func contains(s, sub string) bool { return count(s, sub) > 0 }
func count(s, sub string) int {
	n := 0
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			n++
		}
	}
	return n
}
