package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Contains(t, "fox"), strings.Contains(t, "cat"), strings.ContainsRune(t, 'q'), strings.ContainsAny(t, "xyz"))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.Index(t, "zzz"), strings.IndexByte(t, 'q'), strings.IndexRune(t, 'b'))
	fmt.Println(strings.HasPrefix(t, "The"), strings.HasSuffix(t, "dog"), strings.Count(t, "o"), strings.Count("five", ""))
	fmt.Println(strings.ToUpper(t))
	fmt.Println(strings.ToLower("MiXeD CaSe ÄÖÜ"))
	words := strings.Fields(t)
	fmt.Println(len(words), words)
	fmt.Println(strings.Join(words, "_"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 10))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Title("hello world"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3"))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333d", unicode.IsDigit))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexByte("golang", 'g'), strings.IndexFunc("abc1", unicode.IsDigit))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found)
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.ToTitle("go"), strings.TrimLeft("  x", " "))

	var sb strings.Builder
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "item%d", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.WriteString("fresh")
	fmt.Println(sb.String())

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	lines := strings.Split("name: goro\nversion: 1\n\nkind: vm", "\n")
	for i, l := range lines {
		if l == "" {
			continue
		}
		kv := strings.SplitN(l, ":", 2)
		fmt.Printf("%d %s=%s\n", i, strings.TrimSpace(kv[0]), strings.TrimSpace(kv[1]))
	}
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("", ""), strings.LastIndex("go gopher", "go"))
}
