// Package regexp: matching semantics (leftmost-first and leftmost-longest),
// submatch positions, FindAll's empty-match rules, replacement templates,
// Split, case folding, anchors, word boundaries, Unicode classes and the rest
// of the API.
package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

var patterns = []string{
	``, `a`, `abc`, `a*`, `a+`, `a?`, `a*?`, `a+?`, `a??`, `(a*)*`, `(a*)+`, `(a|b)*`,
	`(a+)(b+)?`, `(a|ab)(c|bcd)(d*)`, `(a*)(b*)`, `(a*?)(a*)`, `x*`, `(x)?`,
	`a{2}`, `a{2,}`, `a{1,3}`, `a{0,2}?`, `(ab){2}`, `(a){2,3}`, `(?:a|b){3}`,
	`^a`, `a$`, `^$`, `^`, `$`, `(?m)^a`, `(?m)a$`, `(?m)^$`, `(?m)^\w+$`, `\Aa`, `a\z`,
	`\b`, `\B`, `\bab\b`, `\Bb\B`, `\w+`, `\W+`, `\d+`, `\D`, `\s+`, `\S+`,
	`.`, `.+`, `(?s).+`, `(?s:.)b`, `[abc]`, `[^abc]`, `[a-c]+`, `[^\n]+`, `[\d\s]+`,
	`[[:alpha:]]+`, `[[:^alpha:]]+`, `[[:punct:]]`, `[[:space:]]+`, `[]a]`, `[a-]+`, `[-a]`,
	`(?i)abc`, `(?i)[a-c]+`, `(?i)k`, `(?i)\w+`, `(?i)ß`, `(?i)σ`, `(?i:a)b`, `a(?i)b`, `(?i)[^k]`,
	`\pL+`, `\p{Lu}`, `\p{Ll}+`, `\PL+`, `\pN+`, `\p{Nd}`, `\pP`, `\pS`, `\pZ`, `\p{Greek}+`,
	`\p{Han}`, `\p{Cyrillic}+`, `\p{^Greek}+`, `\P{^Greek}`, `[\p{Greek}\d]+`, `(?i)\p{Lu}+`, `\p{Any}`,
	`\x41`, `\x{3b1}`, `\141`, `\0`, `\Qa.b\E+`, `\Q*`, `a\.b`, `\t`, `[\x{3b1}-\x{3c9}]+`,
	`(?P<first>\w+)\s(?P<last>\w+)`, `(?P<x>a)|(?P<x>b)`, `(a)|(b)|(c)`, `((a)|b)+`, `(a|(b))+`,
	`(?U)a+`, `(?U)a+?`, `(?U)(a+)(a*)`, `a|ab`, `ab|a`, `(a|ab)(b*)`, `(ab|a)(b*)`,
	`(?:(a)|b)*`, `(a?)*`, `(a?)+?`, `(|a)*`, `(|a)+`, `(a|)+`, `()`, `(()|a)+`,
	`é+`, `[é-ü]+`, `(?i)É`, `[^a]`, `.*?x`, `.*x`, `(?s).*`, `a.c`, `a.*?c`,
}

var inputs = []string{
	"", "a", "aa", "aaa", "ab", "abc", "abab", "baaab", "xabcx", "ABC aBc",
	"a\nb\n", "\nab\n\n", "hello world", "  foo_bar  42 ", "K\u212a k",
	"Straße STRASSE", "σς Σ", "αβγ ΔΕ", "日本語 abc", "ab-cd!?", "é ü Ö",
	"John Smith", "abcbcd", "a.b a.bb", "x\ty", "a\x00b", "abd",
}

func show(v interface{}) string {
	return fmt.Sprintf("%v", v)
}

func tables() {
	for _, p := range patterns {
		re := regexp.MustCompile(p)
		lre := regexp.MustCompile(p)
		lre.Longest()
		fmt.Printf("== %q n=%d\n", p, re.NumSubexp())
		for _, s := range inputs {
			a := re.FindAllStringSubmatchIndex(s, -1)
			b := lre.FindAllStringSubmatchIndex(s, -1)
			if a == nil && b == nil {
				continue
			}
			if show(a) == show(b) {
				fmt.Printf("  %q: %v\n", s, a)
			} else {
				fmt.Printf("  %q: %v longest %v\n", s, a, b)
			}
		}
	}
}

func posix() {
	fmt.Println("== POSIX")
	for _, p := range []string{`a|ab`, `(a|ab)(c|bcd)(d*)`, `(a*)(a*)`, `(a+|b+)*`, `^a$`, `[^b]+`, `.+`, `(ab|a)(bc|c)?`, `x*`} {
		re := regexp.MustCompilePOSIX(p)
		for _, s := range []string{"abcd", "aab\nab", "a\nb", "abc", "ab"} {
			fmt.Printf("%q %q: %v\n", p, s, re.FindAllStringSubmatchIndex(s, -1))
		}
	}
}

func replace() {
	fmt.Println("== Replace")
	type rc struct{ pat, src, repl string }
	for _, c := range []rc{
		{`a(x*)b`, "-ab-axxb-", "T"},
		{`a(x*)b`, "-ab-axxb-", "$1"},
		{`a(x*)b`, "-ab-axxb-", "$1W"},
		{`a(x*)b`, "-ab-axxb-", "${1}W"},
		{`a(?P<x>x*)b`, "-ab-axxb-", "[$x]"},
		{`a(?P<x>x*)b`, "-ab-axxb-", "[${x}]"},
		{`a(x*)b`, "-ab-axxb-", "$$1"},
		{`a(x*)b`, "-ab-axxb-", "$"},
		{`a(x*)b`, "-ab-axxb-", "${1"},
		{`a(x*)b`, "-ab-axxb-", "$2|$10|$01|$0"},
		{`x*`, "abc", "-"},
		{`a*`, "baaac", "-"},
		{`a*?`, "baaac", "-"},
		{`b*`, "abc", "X"},
		{``, "abc", "-"},
		{`(\w+)\s(\w+)`, "hello world foo bar", "$2 $1"},
		{`(?m)^`, "a\nb\nc", "> "},
		{`(?m)$`, "a\nb\n", ";"},
		{`\b`, "ab cd", "|"},
		{`é`, "café é", "e"},
		{`(a)|(b)`, "abc", "[$1,$2]"},
	} {
		re := regexp.MustCompile(c.pat)
		fmt.Printf("%q %q %q: %q %q\n", c.pat, c.src, c.repl,
			re.ReplaceAllString(c.src, c.repl), re.ReplaceAllLiteralString(c.src, c.repl))
		fmt.Printf("  bytes: %q %q\n", re.ReplaceAll([]byte(c.src), []byte(c.repl)),
			re.ReplaceAllLiteral([]byte(c.src), []byte(c.repl)))
	}
	re := regexp.MustCompile(`[aeiou]+`)
	fmt.Println(re.ReplaceAllStringFunc("the quick brown fox", strings.ToUpper))
	fmt.Printf("%s\n", re.ReplaceAllFunc([]byte("seaside"), func(b []byte) []byte {
		return []byte(fmt.Sprint(len(b)))
	}))
	re2 := regexp.MustCompile(`(?P<key>\w+)=(?P<val>\w+)`)
	var dst []byte
	src := "a=1, bb=22 ccc=333"
	for _, m := range re2.FindAllStringSubmatchIndex(src, -1) {
		dst = re2.ExpandString(dst, "$val<-$key;${1}x$2 ", src, m)
	}
	fmt.Printf("%q\n", dst)
	fmt.Printf("%q\n", re2.Expand(nil, []byte("[$key]"), []byte(src), re2.FindSubmatchIndex([]byte(src))))
}

func split() {
	fmt.Println("== Split")
	for _, c := range []struct{ pat, s string }{
		{`a`, "banana"}, {`a*`, "banana"}, {``, "abc"}, {`,\s*`, "a, b,c,   d"},
		{`x`, ""}, {``, ""}, {`b`, "abba"}, {`$`, "ab"}, {`^`, "ab"}, {`a*`, "aaa"},
		{`z+`, "zazbzz"}, {`\s+`, "  lead and trail  "},
	} {
		re := regexp.MustCompile(c.pat)
		for _, n := range []int{-1, 0, 1, 2, 3, 10} {
			fmt.Printf("%q %q %d: %q\n", c.pat, c.s, n, re.Split(c.s, n))
		}
	}
}

func api() {
	fmt.Println("== API")
	re := regexp.MustCompile(`(?P<word>\w+)(\d)?(?P<word>!)?`)
	fmt.Println(re.String(), re.NumSubexp(), fmt.Sprintf("%q", re.SubexpNames()))
	fmt.Println(re.SubexpIndex("word"), re.SubexpIndex(""), re.SubexpIndex("nope"))
	b := []byte("hi there5 ok!")
	fmt.Printf("%q %v\n", re.Find(b), re.FindIndex(b))
	fmt.Printf("%q %v\n", re.FindSubmatch(b), re.FindSubmatchIndex(b))
	fmt.Printf("%q %v\n", re.FindString("hi there"), re.FindStringIndex("  hi"))
	fmt.Printf("%q %v\n", re.FindStringSubmatch("go9"), re.FindStringSubmatchIndex("go9"))
	fmt.Printf("%q\n", re.FindAll(b, -1))
	fmt.Printf("%q\n", re.FindAll(b, 2))
	fmt.Printf("%v\n", re.FindAllIndex(b, -1))
	fmt.Printf("%q\n", re.FindAllString("a b c d", 3))
	fmt.Printf("%v\n", re.FindAllStringIndex("a b c d", 0))
	fmt.Printf("%q\n", re.FindAllSubmatch(b, -1))
	fmt.Printf("%v\n", re.FindAllSubmatchIndex(b, -1))
	fmt.Printf("%q\n", re.FindAllStringSubmatch("x1 y! z", -1))
	fmt.Println(re.FindAllStringSubmatch("!!", -1) == nil, re.Find([]byte("--")) == nil, re.FindStringSubmatch("") == nil)
	fmt.Println(re.Match(b), re.MatchString("---"), re.MatchReader(strings.NewReader("é!a")))
	fmt.Println(re.FindReaderIndex(strings.NewReader("éé ab")), re.FindReaderSubmatchIndex(bytes.NewReader([]byte("-- x9"))))
	m, err := regexp.MatchString(`^\d+$`, "12345")
	fmt.Println(m, err)
	m, err = regexp.Match(`^\d+$`, []byte("12a45"))
	fmt.Println(m, err)
	m, err = regexp.MatchString(`(`, "x")
	fmt.Println(m, err)
	m, err = regexp.MatchReader(`b+`, strings.NewReader("abbc"))
	fmt.Println(m, err)
	for _, s := range []string{"", "abc", `a.b*c+d?(e)[f]{g}|h^i$j\k`, "日本.語"} {
		q := regexp.QuoteMeta(s)
		fmt.Printf("%q %v\n", q, regexp.MustCompile(q).MatchString(s))
	}
	for _, p := range []string{"abc", "abc+", "^abc", "^abc$", "(abc)", "abc|abd", "[a]bc", "(?i)abc", "a(?i)bc",
		"ab*", `\Qa.b\E`, "(?:ab)c", "", "ab{2}", "abc$", "x|y", "(?i)12"} {
		pre, complete := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("prefix %q: %q %v\n", p, pre, complete)
	}
	c := re.Copy()
	c.Longest()
	fmt.Println(c.FindString("abc9!"), re.FindString("abc9!"))
	lz := regexp.MustCompile(`a+?`)
	lz.Longest()
	fmt.Println(lz.FindString("aaa"))
	// invalid UTF-8 in the input
	bad := "a\xffb\xc3"
	fmt.Println(regexp.MustCompile(`.`).FindAllStringIndex(bad, -1))
	fmt.Println(regexp.MustCompile(`\x{FFFD}`).FindAllStringIndex(bad, -1))
	fmt.Println(regexp.MustCompile(`[^a]`).FindAllStringIndex(bad, -1))
}

func linear() {
	// patterns that take exponential time in a backtracking matcher
	s := strings.Repeat("a", 30)
	fmt.Println(regexp.MustCompile(`(a*)*b`).MatchString(s))
	fmt.Println(regexp.MustCompile(`(a|aa)+$`).FindStringSubmatchIndex(s))
	fmt.Println(regexp.MustCompile(`(x+x+)+y`).MatchString(strings.Repeat("x", 40)))
	long := strings.Repeat("lorem ipsum dolor sit amet ", 60) + "needle"
	fmt.Println(regexp.MustCompile(`ne+dle`).FindStringIndex(long), len(regexp.MustCompile(`\w+`).FindAllString(long, -1)))
}

func main() {
	tables()
	posix()
	replace()
	split()
	api()
	linear()
}
