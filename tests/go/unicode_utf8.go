package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 _é\tΣ!世\n" {
		fmt.Printf("%q letter=%t digit=%t number=%t space=%t upper=%t lower=%t punct=%t\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Σ')), string(unicode.ToTitle('a')), unicode.ToUpper('1'))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'x'), unicode.In('ж', unicode.Cyrillic, unicode.Greek))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == utf8.RuneError, utf8.UTFMax, utf8.RuneSelf)

	s := "Hello, 世界! 🎉"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s))
	for _, r := range []rune{'a', 'é', '世', '🎉', -1, 0x10FFFF + 1} {
		fmt.Print(utf8.RuneLen(r), " ")
	}
	fmt.Println()
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c:%d ", r, size)
		i += size
	}
	fmt.Println()
	last, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", last, size)
	r, sz := utf8.DecodeRuneInString("")
	fmt.Println(r == utf8.RuneError, sz)
	r, sz = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, sz)
	r, sz = utf8.DecodeRune([]byte("€uro"))
	fmt.Println(string(r), sz)

	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'ß', '€', '😀'} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U -> % x (%d)\n", r, buf[:n], n)
	}
	fmt.Println(utf8.ValidString("ok\xc3"), utf8.Valid([]byte{0xe2, 0x82, 0xac}), utf8.ValidRune(0xD800), utf8.FullRune([]byte{0xe2, 0x82}))
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'))
	b := utf8.AppendRune(nil, '世')
	fmt.Println(b, string(b))

	// count categories in a text
	text := "Go 1.19 — 世界, hello WORLD!"
	var letters, digits, spaces, upper, other int
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		default:
			other++
		}
	}
	fmt.Println(letters, digits, spaces, upper, other)
	// title-case words manually
	out := []rune{}
	prevSpace := true
	for _, r := range "élan vital of go" {
		if prevSpace {
			r = unicode.ToUpper(r)
		}
		prevSpace = unicode.IsSpace(r)
		out = append(out, r)
	}
	fmt.Println(string(out))
}
