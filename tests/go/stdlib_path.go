// Package path: Clean, Join, Split, Base, Dir, Ext, IsAbs, Match and
// ErrBadPattern on a table of edge cases, then on pseudo-random paths and
// patterns (a fixed LCG, so the cases are the same under go and goro).
package main

import (
	"fmt"
	"path"
)

var paths = []string{
	"", "/", "//", "///", ".", "..", "./", "../", "/.", "/..", "/../", "//..",
	"./.", "././", "./..", "../..", "../../", "/../..", "a", "a/", "a//", "/a",
	"//a", "/a/", "a/b", "a//b", "a/./b", "a/../b", "a/../../b", "a/b/../..",
	"a/b/../../..", "/a/b/../../..", "a/b/c/../../d", "abc/def/../../..", "./a",
	"../a", ".a", "a.", "a..", "...", ".../a", "a/...", "/.../", "x/.y", ".git/",
	"a/b.c", "a/b.c/", "a.b/c", "a/b.tar.gz", "archive.tar.gz", ".bashrc",
	"dir/.bashrc", "a/.", "a/..", "/a/.", "/a/..", "a/./", "abc/./../def",
	"abc//def//ghi", "/abc/def/../ghi/./jkl/", "//abc//def//", "a b/c d",
	"é/ü.ö", "a\\b", "a\\..\\b", "\\/", "C:\\x.y", "a:b", "a\x00b/c",
}

var joins = [][]string{
	{}, {""}, {"", ""}, {"a"}, {"a", ""}, {"", "a"}, {"a", "b"}, {"a/", "b"},
	{"a", "/b"}, {"/", "a"}, {"/", "/"}, {"a", "", "b"}, {"a", "..", "b"},
	{"a", "../..", "b"}, {"/a", "../../.."}, {".", "."}, {".", ".."}, {"a/b", "c/d", "../e"},
	{"", "", "/"}, {"x", "y/", "z//"}, {"..", "a"}, {"a", "b", "c", "d", "e", "f"},
}

type matchCase struct{ pattern, name string }

var matches = []matchCase{
	{"", ""}, {"", "a"}, {"a", ""}, {"*", ""}, {"*", "abc"}, {"*", "a/b"},
	{"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"}, {"a*/b", "abc/b"}, {"a*/b", "a/c/b"},
	{"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
	{"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/fff"},
	{"a*b?c*x", "abxbbxdbxebxczzx"}, {"a*b?c*x", "abxbbxdbxebxczzy"},
	{"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"}, {"ab[^c]", "abc"},
	{"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"},
	{"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"},
	{"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"},
	{"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"},
	{"[\\-x]", "x"}, {"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"}, {"[-]", "-"},
	{"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"},
	{"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"},
	{"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"},
	{"*x", "xxx"}, {"[]", "a"}, {"[^]", "a"}, {"[a-]", "a"}, {"[a", "a"},
	{"x[a", "y"}, {"*[a", "b"}, {"a*[", "b"}, {"*\\", "a"}, {"a\\", "a"},
	{"[\xff]", "a"}, {"[a-\xff]", "a"}, {"\xff", "\xff"}, {"?", "\xff"}, {"[^a]", "\xff"},
	{"a/*/c", "a/b/c"}, {"a/*/c", "a/b/d/c"}, {"*/*", "a/b"}, {"*/*", "a/b/c"},
	{"/*", "/"}, {"/*", "/x"}, {"[/]", "/"}, {"a[/]b", "a/b"}, {"?", "/"},
	{"**", "ab"}, {"***x", "abx"}, {"*a*a", "aaa"}, {"*a", "ba/a"}, {"a*", "a/"},
	{"[[]", "["}, {"[*]", "*"}, {"[?]", "x"}, {"[^^]", "^"}, {"[^^]", "a"},
	{"[a-c", "b"}, {"[c-a]", "b"}, {"[a\\", "a"}, {"[\\", "a"}, {"[a-\\", "a"},
	{"x*[", "xyz"}, {"x*\\", "xyz"}, {"*a[", "xa"}, {"*a[", "xb"}, {"abc*[", "xyz"},
}

func main() {
	fmt.Println("== Clean / Base / Dir / Ext / IsAbs / Split")
	for _, p := range paths {
		d, f := path.Split(p)
		fmt.Printf("%q: Clean=%q Base=%q Dir=%q Ext=%q IsAbs=%v Split=%q,%q\n",
			p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), d, f)
		c := path.Clean(p)
		if path.Clean(c) != c {
			fmt.Println("  Clean not idempotent:", c)
		}
		if d+f != p {
			fmt.Println("  Split does not add up")
		}
	}

	fmt.Println("== Join")
	for _, j := range joins {
		fmt.Printf("Join(%q) = %q\n", j, path.Join(j...))
	}
	fmt.Printf("Join() = %q\n", path.Join())

	fmt.Println("== Match")
	for _, m := range matches {
		ok, err := path.Match(m.pattern, m.name)
		fmt.Printf("Match(%q, %q) = %v, %v (bad=%v)\n", m.pattern, m.name, ok, err, err == path.ErrBadPattern)
	}
	fmt.Println("ErrBadPattern:", path.ErrBadPattern)

	fmt.Println("== generated")
	gen()
}

// A fixed LCG (the same numbers under go and goro).
var seed uint32 = 12345

func next(n int) int {
	seed = seed*1103515245 + 12345
	return int(seed>>16) % n
}

var pathAtoms = []string{"/", "/", "/", ".", "..", "a", "b", "c.d", ".e", "é"}
var patAtoms = []string{"a", "b", "/", "*", "?", "[a-b]", "[^a]", "[/]", "\\", "[", "]", "-", "[\\]]", "**", "\\*", "[é-ü]"}
var nameAtoms = []string{"a", "b", "/", "-", "*", "]", "é", "ö"}

func build(atoms []string, max int) string {
	s := ""
	for k := next(max); k > 0; k-- {
		s += atoms[next(len(atoms))]
	}
	return s
}

func gen() {
	h := uint32(0)
	mix := func(s string) {
		for i := 0; i < len(s); i++ {
			h = h*31 + uint32(s[i])
		}
		h = h*31 + 1
	}
	for i := 0; i < 3000; i++ {
		p := build(pathAtoms, 9)
		q := build(pathAtoms, 6)
		d, f := path.Split(p)
		line := fmt.Sprintf("%q %q %q %q %q %v %q %q %q", p, path.Clean(p), path.Base(p), path.Dir(p),
			path.Ext(p), path.IsAbs(p), d, f, path.Join(p, q, "x"))
		mix(line)
		if i%100 == 0 {
			fmt.Println(line)
		}
	}
	fmt.Printf("paths hash %08x\n", h)
	h = 0
	count := [3]int{}
	for i := 0; i < 20000; i++ {
		pat := build(patAtoms, 6)
		name := build(nameAtoms, 6)
		ok, err := path.Match(pat, name)
		line := fmt.Sprintf("%q %q %v %v", pat, name, ok, err)
		mix(line)
		switch {
		case err != nil:
			count[2]++
		case ok:
			count[1]++
		default:
			count[0]++
		}
		if i%500 == 0 || (ok && i%20 == 0) {
			fmt.Println(line)
		}
	}
	fmt.Printf("match hash %08x no=%d yes=%d bad=%d\n", h, count[0], count[1], count[2])
}
