package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	fmt.Println(strconv.IntSize, strconv.ErrRange, strconv.ErrSyntax)
	ints := []string{"", "0", "-0", "+0", "1", "-1", "+", "-", "127", "128", "-128", "-129", "255", "256",
		"0x7f", "0X80", "0b101", "0o17", "017", "0_1", "1_000", "1__0", "_1", "1_", "0x_1f", "0x", "0b", "0o",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "99999999999999999999999", "zz", "ZZ", "1a", "١", "12\xff",
		"4294967295", "4294967296", "-2147483648", "2147483648", "0xFFFFFFFFFFFFFFFFF"}
	for _, s := range ints {
		for _, base := range []int{0, 2, 10, 16, 36} {
			for _, bits := range []int{0, 8, 32, 64} {
				i, err := strconv.ParseInt(s, base, bits)
				u, err2 := strconv.ParseUint(s, base, bits)
				fmt.Printf("%q b%d s%d: %d %v | %d %v\n", s, base, bits, i, err, u, err2)
			}
		}
		a, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q)=%d %v\n", s, a, err)
	}
	for _, base := range []int{-1, 1, 37} {
		_, err := strconv.ParseInt("1", base, 64)
		_, err2 := strconv.ParseUint("1", base, 64)
		fmt.Println(err, err2)
	}
	for _, bits := range []int{-1, 65, 7} {
		i, err := strconv.ParseInt("1", 10, bits)
		u, err2 := strconv.ParseUint("1", 10, bits)
		fmt.Println(i, err, u, err2)
	}
	var ne *strconv.NumError
	_, err := strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrRange, errors.Is(err, strconv.ErrRange), ne.Unwrap())
	_, err = strconv.Atoi("x\"y\n")
	fmt.Println(err)
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", ""} {
		v, err := strconv.ParseBool(s)
		fmt.Println(v, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false), string(strconv.AppendBool([]byte("x:"), true)))
	for _, v := range []int64{0, 1, -1, 35, 36, -36, math.MaxInt64, math.MinInt64, 1 << 40} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			fmt.Print(strconv.FormatInt(v, base), " ", strconv.FormatUint(uint64(v), base), " ", string(strconv.AppendInt([]byte("<"), v, base)), " ", string(strconv.AppendUint(nil, uint64(v), base)), "; ")
		}
		fmt.Println(strconv.Itoa(int(v)))
	}
	try("FormatInt-base1", func() { strconv.FormatInt(1, 1) })
	try("FormatInt-base37", func() { strconv.FormatInt(1, 37) })
	try("FormatUint-base0", func() { strconv.FormatUint(1, 0) })
	try("AppendInt-base1", func() { strconv.AppendInt(nil, 1, 1) })
	try("AppendUint-base99", func() { strconv.AppendUint(nil, 1, 99) })

	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 123456789, 1e21, 1e20, 1e-7, 1e-6, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat32, math.MaxFloat32, 2.5, 3.5, 1.5e300, math.Inf(1), math.Inf(-1), math.NaN(), 100, 0.000123}
	for _, f := range floats {
		for _, fm := range []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X', 'q'} {
			for _, prec := range []int{-1, 0, 3, 20} {
				fmt.Print(strconv.FormatFloat(f, fm, prec, 64), " ", strconv.FormatFloat(f, fm, prec, 32), " ")
			}
		}
		fmt.Println(string(strconv.AppendFloat([]byte("f="), f, 'g', -1, 64)))
	}
	try("FormatFloat-bits", func() { strconv.FormatFloat(1, 'g', -1, 16) })
	try("AppendFloat-bits", func() { strconv.AppendFloat(nil, 1, 'g', -1, 0) })
	for _, s := range []string{"", "0", "-0", "1", "+1.5", "1e", "1e+", "1e308", "1e309", "-1e309", "1e-400", "4.9e-324", "2.4e-324",
		"0x1p-2", "0x1.8p1", "0x1", "0x1p", "0x.p1", "1_000.5", "0x_1p0", "inf", "+Inf", "-infinity", "INFINITY", "nan", "NaN", "-nan",
		"1e39", "3.4028235e38", "3.4028236e38", "1.5e-45", "1e-46", ".5", "5.", ".", "1..2", "0.1", " 1", "1 ", "1e1000000000000",
		"123456789012345678901234567890", "0x1p1024", "0x1.fffffffffffffp1023", "1_0", "1__0", "00012", "+.e1"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Printf("%q: %v %v | %v %v\n", s, f, err, g, err2)
	}

	qs := []string{"", "abc", "a\"b", "a'b", "a`b", "\\", "\a\b\f\n\r\t\v", "\x00\x01\x7f", "héllo", "\xff\xfe", "\u2028\u00a0\u200b",
		"\U0001F600", "\u0300", "\ufeff", "\U000e0001", "日本語", "\u061c\u00ad"}
	for _, s := range qs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s),
			string(strconv.AppendQuote([]byte("["), s)), string(strconv.AppendQuoteToASCII(nil, s)), string(strconv.AppendQuoteToGraphic(nil, s)))
	}
	// AppendQuote* reserve room for the quoted string when dst is too small.
	fmt.Println(cap(strconv.AppendQuote(nil, "hi")), cap(strconv.AppendQuoteToASCII(nil, "h\u00e9llo")), cap(strconv.AppendQuoteToGraphic(make([]byte, 1, 3), "abc")),
		cap(strconv.AppendQuote(make([]byte, 0, 5), "abc")), cap(strconv.AppendQuote(make([]byte, 2, 4), "")))
	rs := []rune{0, 'a', '\'', '"', '\\', '\n', 0x7f, 0xa0, 0x2028, 0x1F600, 0xD800, -1, 0x110000, 0xfffd, 0x0300, 0xe0001, 0x10ffff}
	for _, r := range rs {
		fmt.Println(r, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r),
			string(strconv.AppendQuoteRune(nil, r)), string(strconv.AppendQuoteRuneToASCII([]byte("x"), r)), string(strconv.AppendQuoteRuneToGraphic(nil, r)))
	}
	cnt, cntG := 0, 0
	for r := rune(0); r < 0x110000; r++ {
		if strconv.IsPrint(r) {
			cnt++
		}
		if strconv.IsGraphic(r) {
			cntG++
		}
	}
	fmt.Println("printable", cnt, cntG)
	us := []string{``, `"`, `""`, `"abc"`, `'a'`, `'ab'`, `''`, "`raw\\n`", "`a\rb`", "`a`b`", `"\n"`, `"\x41\101\u00e9\U0001F600"`,
		`"\400"`, `"\xZ"`, `"\uD800"`, `"\U00110000"`, `"\q"`, `'\''`, `'"'`, `"\'"`, `"'"`, `'\"'`, "\"a\nb\"", `"\xff"`, "\"\xff\"",
		"'\xff'", `'\xff'`, `'\377'`, `'\u12345'`, `"abc`, `abc"`, `'é'`, `"\a\b\f\n\r\t\v\\\""`, "`\xff`", `'\400'`, `"\0"`, `"\08"`}
	for _, s := range us {
		u, err := strconv.Unquote(s)
		p, err2 := strconv.QuotedPrefix(s + "tail")
		fmt.Printf("%q: %q %v | %q %v\n", s, u, err, p, err2)
	}
	for _, c := range []struct {
		s string
		q byte
	}{{``, '"'}, {`\n rest`, '"'}, {`"x`, '"'}, {`'x`, '\''}, {`'x`, '"'}, {`"x`, '\''}, {`\'`, '"'}, {`\'`, '\''}, {`\"`, '\''}, {`\"`, 0},
		{`é!`, '"'}, {"\xff!", '"'}, {`\x4`, '"'}, {`\777`, '"'}, {`\u00e9x`, '"'}, {`\Ud800`, '"'}, {`\U0010FFFF`, '`'}, {`\z`, '"'}, {"\n", '"'}, {`\`, '"'}} {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.q)
		fmt.Printf("%q %q: %d %v %q %v\n", c.s, c.q, v, mb, tail, err)
	}
}
