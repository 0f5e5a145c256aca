package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(9876543210))
	for _, s := range []string{"42", "-7", "+3", "0", "abc", "1.5", "", " 1", "9223372036854775807", "9223372036854775808"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"0x1f", 0, 64}, {"0b101", 0, 64}, {"0o17", 0, 64}, {"300", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"1_000", 0, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	for _, s := range []string{"3.14", "-0.5", "1e10", "1E-3", "inf", "-Inf", "NaN", "abc", "1e400", ".5", "0x1p-2"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, _ := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32)
	for _, b := range []string{"true", "1", "F", "yes"} {
		v, err := strconv.ParseBool(b)
		fmt.Println(b, v, err)
	}
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36), strconv.FormatUint(1<<63, 10))
	for _, f := range []float64{3.14159, 1e21, 1e-7, 100, 0.1, 2.0 / 3} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'f', 2, 64),
			strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'g', 4, 32))
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(strconv.Quote("hello \"world\"\n\ttab é 日本 \x00\x7f"))
	fmt.Println(strconv.QuoteToASCII("é日本"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf))
	total := 0
	for _, s := range []string{"10", "20", "x", "30"} {
		if n, err := strconv.Atoi(s); err == nil {
			total += n
		} else {
			fmt.Println("skip:", err)
		}
	}
	fmt.Println("total", total)
}
