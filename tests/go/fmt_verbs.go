package main

import (
	"fmt"
	"os"
)

type Point struct {
	X, Y int
}

type Color int

const (
	Red Color = iota
	Green
)

func main() {
	// integers
	n := 255
	fmt.Printf("%d %b %o %x %X %#x %#o %c %q %U %#U\n", n, n, n, n, n, n, n, 65, 65, 0x1F600, 'G')
	fmt.Printf("%d %x %X\n", -42, -42, uint8(200))
	fmt.Printf("%v %v %v %v\n", int8(-5), uint16(7), int64(1)<<40, uint64(1)<<63)

	// strings and bytes
	s := "héllo\n\"x\""
	fmt.Printf("%s|%q|%x|%X|% x\n", "go", s, "hi", "hi", "hey")
	fmt.Printf("%v %s %q %x\n", []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"))
	fmt.Printf("%q %+q %#q %q\n", "日本", "日本", "back`tick", 'x')
	fmt.Printf("%c%c%c %q %q\n", 'G', 'o', '!', '\n', rune(0x263A))

	// booleans
	fmt.Printf("%t %v %t\n", true, false, 1 > 2)

	// floats
	f := 1234.5678
	fmt.Printf("%f %.1f %e %E %g %G %.3e %v\n", f, f, f, f, f, f, f, f)
	fmt.Printf("%v %v %v %v %v\n", 1e6, 1e21, 1e-4, 1e-5, 123456789.0)
	fmt.Printf("%g %g %.2g %.4g\n", 0.00001234, 1e100, 12345.0, 12345.0)

	// composite values
	p := Point{1, 2}
	pp := &p
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v %T\n", pp, pp, pp)
	sl := []int{1, 2, 3}
	fmt.Printf("%v %d %x %#v %T\n", sl, sl, sl, sl, sl)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Printf("%v %#v %T\n", m, m, m)
	arr := [3]string{"x", "y", "z"}
	fmt.Printf("%v %q %#v\n", arr, arr, arr)
	var ip *int
	var e error
	var nilSlice []string
	var nilMap map[int]bool
	fmt.Printf("%v %v %v %v %#v %#v\n", ip, e, nilSlice, nilMap, nilSlice, nilMap)
	fmt.Printf("%T %T %T %T %T\n", ip, e, nilSlice, 'x', nil)
	fmt.Printf("%v %#v %T\n", Green, Green, Green)
	fmt.Printf("%#v %#v %#v %#v\n", "str", 42, 3.0, true)
	var iface interface{} = p
	fmt.Printf("%v %+v %T\n", iface, iface, iface)
	nested := map[string][]Point{"line": {{0, 0}, {1, 1}}}
	fmt.Printf("%v %+v\n", nested, nested)
	anon := struct {
		Name string
		Tags []string
		Ptr  *Point
	}{"n", []string{"a"}, nil}
	fmt.Printf("%v %+v\n", anon, anon)

	// errors in formatting
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
	fmt.Printf("100%%\n")

	// Sprint family spacing rules
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, 4))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", 1, "y"))
	fmt.Print(fmt.Sprintln("x", 1, true))
	fmt.Print("a", "b", 1, 2, true, "\n")
	str := fmt.Sprintf("%05d|%-5d|%5s|%-5s|%.2s", 42, 42, "ab", "ab", "abcdef")
	fmt.Println(str, len(str))
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 9)
	fmt.Fprint(os.Stdout, "fprint", 5, "\n")
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprintf(os.Stderr, "err %q\n", "quoted")
	nb, err := fmt.Println("count me")
	fmt.Println(nb, err)
}
