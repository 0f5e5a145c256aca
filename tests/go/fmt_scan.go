// fmt's scanning: Sscan/Sscanf/Sscanln into basic and named types, verbs,
// errors with Go's texts, overflow, Fscan from a bufio.Reader, and Scan/Scanln
// from stdin (empty here: EOF; tests/stdin_scan.sh feeds it).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type Celsius float64
type ID uint16
type Name string
type Blob []byte
type Flag bool

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("12 34 hello 2.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscanf("x=7 y=-3 name:bob", "x=%d y=%d name:%s", &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	var c Celsius
	var id ID
	var nm Name
	var bl Blob
	var fl Flag
	n, err = fmt.Sscan("36.6 65535 alice bytes true", &c, &id, &nm, &bl, &fl)
	fmt.Println(n, err, c, id, nm, string(bl), fl)
	n, err = fmt.Sscan("70000", &id)
	fmt.Println(n, err, id)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", a)
	fmt.Println(n, err)
	var m map[string]int
	n, err = fmt.Sscan("5", &m)
	fmt.Println(n, err)
	var r rune
	var x int
	n, err = fmt.Sscanf("Z ff 0x1f", "%c %x %v", &r, &x, &a)
	fmt.Println(n, err, string(r), x, a)
	var q string
	n, err = fmt.Sscanf(`"quoted str"`, "%q", &q)
	fmt.Println(n, err, q)
	var i8 int8
	n, err = fmt.Sscan("200", &i8)
	fmt.Println(n, err, i8)
	var f32 float32
	n, err = fmt.Sscan("1e40", &f32)
	fmt.Println(n, err, f32)

	rd := bufio.NewReader(strings.NewReader("3\n10 20 30\n"))
	var k int
	fmt.Fscan(rd, &k)
	sum := 0
	for i := 0; i < k; i++ {
		var v int
		fmt.Fscan(rd, &v)
		sum += v
	}
	fmt.Println("sum", sum)

	var total, cnt int
	for {
		var v int
		_, err := fmt.Scan(&v)
		if err != nil {
			fmt.Println("stdin:", err)
			break
		}
		total += v
		cnt++
	}
	fmt.Println(cnt, total)
	var w string
	fmt.Println(fmt.Scanln(&w))
	_ = os.Stdin
}
