// strings and bytes search primitives (natives: memchr, memmem, memcmp) on
// every edge (empty inputs, separators longer than the input, overlapping
// matches, non-ASCII and NUL bytes), and Fields/FieldsFunc, whose results
// have a capacity equal to their length as Go's do.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, s := range []string{"", "   ", "a", " a ", "a b  c", "\t\n\v\f\r x\x85y\u00a0z \u2003w", "héllo wörld", "\xff \xfe a", "a\u3000b", "  lead", "trail  "} {
		f := strings.Fields(s)
		ff := strings.FieldsFunc(s, unicode.IsSpace)
		fmt.Printf("%q %d %d %q %d %d %v %v\n", f, len(f), cap(f), ff, len(ff), cap(ff), f == nil, ff == nil)
	}
	g := strings.FieldsFunc("a1b22c333", unicode.IsDigit)
	fmt.Println(g, len(g), cap(g))
	h := strings.Fields("x y z")
	h2 := append(h, "w")
	h[0] = "changed"
	fmt.Println(h, h2)
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""), strings.Index("ab", "abc"),
		strings.LastIndex("abcabc", "bc"), strings.LastIndex("aaaa", "aa"), strings.Count("aaaa", "aa"), strings.Count("", ""),
		strings.Count("héllo", ""), strings.IndexByte("héllo", 'l'), strings.LastIndexByte("héllo", 'l'), strings.Index("a\x00b", "\x00b"))
	bs := []byte("abcabcab\x00c")
	fmt.Println(bytes.Index(bs, []byte("ab")), bytes.Index(bs, nil), bytes.Index(nil, nil), bytes.Index(bs, []byte("\x00c")),
		bytes.LastIndex(bs, []byte("ab")), bytes.LastIndex(bs, nil), bytes.LastIndexByte(bs, 'c'), bytes.IndexByte(bs, 'z'),
		bytes.Count(bs, []byte("ab")), bytes.Count(bs, nil), bytes.Count([]byte("aaaa"), []byte("aa")),
		bytes.Equal(nil, []byte{}), bytes.Equal(bs, bs[:len(bs)-1]), bytes.Equal([]byte("x"), []byte("y")), bytes.Contains(bs, []byte("ca")))
	bf := bytes.Fields([]byte(" p q  r "))
	fmt.Printf("%q %d %d %d\n", bf, len(bf), cap(bf), cap(bf[0]))
	long := strings.Repeat("xy", 5000) + "z" + strings.Repeat("xy", 5000)
	fmt.Println(strings.Index(long, "yz"), strings.LastIndex(long, "xyx"), strings.Count(long, "xy"), strings.Count(long, "y"),
		strings.Contains(long, "zz"), strings.Index(long, "xyxyz"), strings.LastIndex(long, "zx"))
}
