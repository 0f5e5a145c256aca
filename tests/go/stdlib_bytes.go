// Package bytes functions: searching, splitting, trimming, case mapping,
// on empty and nil slices, UTF-8 and invalid UTF-8; results' lengths and
// capacities (Split's pieces are capped), nil-ness, and aliasing.
package main

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"
)

func show(name string, b []byte) {
	fmt.Printf("%s: %q len=%d nil=%v\n", name, b, len(b), b == nil)
}

func showAll(name string, bs [][]byte) {
	fmt.Printf("%s: %d [", name, len(bs))
	for i, b := range bs {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Printf("%q/%d", b, cap(b))
	}
	fmt.Printf("] nil=%v\n", bs == nil)
}

func main() {
	var nilb []byte
	empty := []byte{}
	hello := []byte("hello, world")
	utf := []byte("héllo, 世界! ñ")
	bad := []byte("a\xffb\xc3\x28c\xe2\x82")

	fmt.Println("MinRead", bytes.MinRead)

	// Compare, Equal
	pairs := [][2][]byte{
		{nilb, empty}, {nilb, []byte("a")}, {[]byte("a"), nilb}, {[]byte("abc"), []byte("abd")},
		{[]byte("abc"), []byte("ab")}, {[]byte("ab"), []byte("abc")}, {[]byte("\xff"), []byte("\x01")},
		{hello, []byte("hello, world")},
	}
	for _, p := range pairs {
		fmt.Println("Compare", bytes.Compare(p[0], p[1]), "Equal", bytes.Equal(p[0], p[1]))
	}

	// EqualFold
	folds := [][2]string{{"Go", "GO"}, {"go", "gO"}, {"σ", "Σ"}, {"ς", "Σ"}, {"K", "\u212a"}, {"abc", "abcd"}, {"", ""}, {"\xff", "\xff"}, {"ß", "SS"}, {"ǅ", "ǆ"}}
	for _, f := range folds {
		fmt.Println("EqualFold", f[0], f[1], bytes.EqualFold([]byte(f[0]), []byte(f[1])))
	}

	// HasPrefix, HasSuffix
	fmt.Println(bytes.HasPrefix(hello, []byte("hell")), bytes.HasPrefix(hello, nil), bytes.HasPrefix(nilb, []byte("x")),
		bytes.HasSuffix(hello, []byte("world")), bytes.HasSuffix(hello, []byte("World")), bytes.HasSuffix(nilb, nilb))

	// Index family
	seps := []string{"", "o", "or", "world", "hello, world", "hello, world!", "xyz", "l"}
	for _, s := range seps {
		fmt.Println("Index", s, bytes.Index(hello, []byte(s)), bytes.LastIndex(hello, []byte(s)),
			bytes.Count(hello, []byte(s)), bytes.Contains(hello, []byte(s)))
	}
	fmt.Println(bytes.Index(nilb, nil), bytes.LastIndex(nilb, nil), bytes.Count(nilb, nil), bytes.Count(utf, nil), bytes.Count(bad, nil))
	fmt.Println(bytes.Index([]byte("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"), []byte("aab")),
		bytes.Count([]byte("aaaaaa"), []byte("aa")), bytes.LastIndex([]byte("abababab"), []byte("aba")))
	long := bytes.Repeat([]byte("abcdefghij"), 100)
	long = append(long, []byte("XYZabcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789")...)
	fmt.Println(bytes.Index(long, []byte("jklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0")), bytes.LastIndex(long, []byte("jabc")))
	for _, c := range []byte{'h', 'o', 'd', 'z', 0} {
		fmt.Println("IndexByte", c, bytes.IndexByte(hello, c), bytes.LastIndexByte(hello, c))
	}
	for _, r := range []rune{'l', 'é', '世', 'ñ', 'z', utf8.RuneError, -1, 0x110000, 0xD800} {
		fmt.Println("IndexRune", r, bytes.IndexRune(utf, r), bytes.IndexRune(bad, r), bytes.ContainsRune(utf, r))
	}
	anys := []string{"", "xyz", "lo", "界", "ñé", "\ufffd", "\xff", "z\xff", "!,", "abcdefghijklmnopqrstuvwxyz"}
	subjects := [][]byte{nilb, []byte("x"), []byte("\xff"), []byte("é"), utf, bad, hello, []byte("0123456789xyz")}
	for _, a := range anys {
		fmt.Printf("IndexAny %q:", a)
		for _, s := range subjects {
			fmt.Print(" ", bytes.IndexAny(s, a), "/", bytes.LastIndexAny(s, a), "/", bytes.ContainsAny(s, a))
		}
		fmt.Println()
	}
	isUpperOrSpace := func(r rune) bool { return unicode.IsUpper(r) || unicode.IsSpace(r) }
	for _, s := range []string{"", "abc", "abC d", "日本 語", "\xffA"} {
		fmt.Println("IndexFunc", s, bytes.IndexFunc([]byte(s), isUpperOrSpace), bytes.LastIndexFunc([]byte(s), isUpperOrSpace),
			bytes.IndexFunc([]byte(s), func(r rune) bool { return r == utf8.RuneError }))
	}

	// Split family
	showAll("Split", bytes.Split([]byte("a,b,,c,"), []byte(",")))
	showAll("Split empty sep", bytes.Split(utf, nil))
	showAll("Split bad", bytes.Split(bad, []byte("")))
	showAll("Split nil", bytes.Split(nilb, []byte(",")))
	showAll("Split nil nil", bytes.Split(nilb, nil))
	showAll("SplitN 0", bytes.SplitN(hello, []byte("o"), 0))
	showAll("SplitN 1", bytes.SplitN(hello, []byte("o"), 1))
	showAll("SplitN 2", bytes.SplitN(hello, []byte("o"), 2))
	showAll("SplitN -1", bytes.SplitN(hello, []byte("o"), -1))
	showAll("SplitN empty 3", bytes.SplitN(utf, nil, 3))
	showAll("SplitAfter", bytes.SplitAfter([]byte("a,b,,c,"), []byte(",")))
	showAll("SplitAfterN", bytes.SplitAfterN([]byte("a,b,,c,"), []byte(","), 3))
	showAll("SplitAfter empty", bytes.SplitAfter([]byte("ab"), nil))
	showAll("Fields", bytes.Fields([]byte("  foo bar\tbaz\n\v\f\r qux  ")))
	showAll("Fields utf", bytes.Fields([]byte("\u00a0héllo\u2003wörld\u3000 \xff \x85x")))
	showAll("Fields empty", bytes.Fields(nilb))
	showAll("Fields spaces", bytes.Fields([]byte("   ")))
	showAll("FieldsFunc", bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit))
	showAll("FieldsFunc all", bytes.FieldsFunc([]byte("123"), unicode.IsDigit))

	// Aliasing: appending to a Split piece must not overwrite the next piece.
	parts := bytes.Split([]byte("ab,cd,ef"), []byte(","))
	parts[0] = append(parts[0], 'X')
	showAll("after append", parts)
	fs := bytes.Fields([]byte("ab cd"))
	fs[0] = append(fs[0], 'Y')
	showAll("fields after append", fs)

	// Join, Repeat
	show("Join", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	show("Join nil", bytes.Join(nil, []byte(",")))
	show("Join one", bytes.Join([][]byte{[]byte("x")}, []byte(",")))
	show("Join empty pieces", bytes.Join([][]byte{nil, nil}, nil))
	show("Repeat", bytes.Repeat([]byte("ab"), 3))
	show("Repeat 0", bytes.Repeat([]byte("ab"), 0))
	show("Repeat nil", bytes.Repeat(nil, 5))
	fmt.Println(len(bytes.Repeat([]byte("0123456789"), 1000)))

	// Replace
	show("Replace", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	show("Replace -1", bytes.Replace([]byte("oink oink oink"), []byte("oink"), []byte("moo"), -1))
	show("Replace empty old", bytes.Replace([]byte("héllo"), nil, []byte("-"), -1))
	show("Replace empty old n", bytes.Replace([]byte("héllo"), nil, []byte("-"), 3))
	show("Replace 0", bytes.Replace([]byte("abc"), []byte("b"), []byte("x"), 0))
	show("Replace none", bytes.Replace([]byte("abc"), []byte("z"), []byte("x"), -1))
	show("Replace nil", bytes.Replace(nil, []byte("z"), []byte("x"), -1))
	show("ReplaceAll", bytes.ReplaceAll([]byte("a.b.c"), []byte("."), nil))
	orig := []byte("abc")
	r := bytes.Replace(orig, []byte("q"), []byte("x"), -1)
	r[0] = 'Z'
	show("Replace copies", orig)

	// Map, ToUpper, ToLower, ToTitle, Title
	rot := func(r rune) rune {
		switch {
		case r == 'a':
			return -1
		case r == 'b':
			return 'β'
		case r >= 'c' && r <= 'z':
			return r + 1
		}
		return r
	}
	show("Map", bytes.Map(rot, []byte("abcxyz héllo \xff")))
	show("Map nil", bytes.Map(rot, nil))
	show("Map invalid", bytes.Map(func(r rune) rune { return 0x110000 }, []byte("ab")))
	for _, s := range []string{"", "hello", "HeLLo, Wörld", "ǅǆǄ", "ß straße", "\xffabc", "ıi İI", "ⱥȺ"} {
		b := []byte(s)
		fmt.Printf("case %q: %q %q %q %q\n", s, bytes.ToUpper(b), bytes.ToLower(b), bytes.ToTitle(b), bytes.Title(b))
	}
	show("ToUpper nil", bytes.ToUpper(nil))
	show("ToLower empty", bytes.ToLower([]byte{}))
	show("ToUpperSpecial", bytes.ToUpperSpecial(unicode.TurkishCase, []byte("istanbul ı")))
	show("ToLowerSpecial", bytes.ToLowerSpecial(unicode.TurkishCase, []byte("İSTANBUL I")))
	show("ToValidUTF8", bytes.ToValidUTF8(bad, []byte("?")))
	show("ToValidUTF8 run", bytes.ToValidUTF8([]byte("a\xff\xfe\xfdb"), []byte("\ufffd")))

	// Trim family
	trims := []string{"", "   ", " \t hello \n ", "\u00a0 hé \u3000", "xxhixx", "\xffhi\xff"}
	for _, s := range trims {
		b := []byte(s)
		fmt.Printf("trim %q: %q %q %q %q %q\n", s, bytes.TrimSpace(b), bytes.Trim(b, "x\xff"), bytes.TrimLeft(b, " x"),
			bytes.TrimRight(b, "\u00a0\u3000 x"), bytes.TrimFunc(b, unicode.IsSpace))
	}
	show("TrimSpace spaces", bytes.TrimSpace([]byte("  \t ")))
	show("TrimSpace nil", bytes.TrimSpace(nil))
	show("Trim all", bytes.Trim([]byte("aaa"), "a"))
	show("Trim empty cutset", bytes.Trim([]byte("aaa"), ""))
	show("Trim nil", bytes.Trim(nil, "a"))
	show("TrimLeft all", bytes.TrimLeft([]byte("aaa"), "a"))
	show("TrimRight all", bytes.TrimRight([]byte("aaa"), "a"))
	show("TrimLeft utf", bytes.TrimLeft([]byte("ééàb"), "éà"))
	show("TrimRight utf", bytes.TrimRight([]byte("bééà"), "éà"))
	show("TrimFunc all", bytes.TrimFunc([]byte("123"), unicode.IsDigit))
	show("TrimLeftFunc all", bytes.TrimLeftFunc([]byte("123"), unicode.IsDigit))
	show("TrimRightFunc all", bytes.TrimRightFunc([]byte("123"), unicode.IsDigit))
	show("TrimPrefix", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")))
	show("TrimPrefix no", bytes.TrimPrefix([]byte("prefix-body"), []byte("body")))
	show("TrimSuffix", bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	show("TrimSuffix no", bytes.TrimSuffix([]byte("body.go"), []byte(".c")))
	show("TrimPrefix nil", bytes.TrimPrefix(nil, nil))

	// Cut
	for _, sep := range []string{"=", "k", "v", "", "x", "key=value"} {
		before, after, found := bytes.Cut([]byte("key=value"), []byte(sep))
		fmt.Printf("Cut %q: %q %q %v nil=%v\n", sep, before, after, found, after == nil)
	}

	// Runes
	fmt.Println(bytes.Runes(utf), bytes.Runes(bad), len(bytes.Runes(nil)))

	// Results that alias the input
	in := []byte("  abc  ")
	t := bytes.TrimSpace(in)
	t[0] = 'A'
	show("aliased", in)
}
