// Package path/filepath (Unix): the lexical functions on a table of edge
// cases — Clean, Join, Split, SplitList, Base, Dir, Ext, IsAbs, Abs, Rel,
// Match, ToSlash, FromSlash, VolumeName, HasPrefix, the separators and
// ErrBadPattern — then Rel and Match on pseudo-random inputs (a fixed LCG).
package main

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
)

var paths = []string{
	"", "/", "//", "///", ".", "..", "./", "../", "/.", "/..", "/../", "//..",
	"./.", "././", "./..", "../..", "../../", "/../..", "a", "a/", "a//", "/a",
	"//a", "/a/", "a/b", "a//b", "a/./b", "a/../b", "a/../../b", "a/b/../..",
	"a/b/../../..", "/a/b/../../..", "a/b/c/../../d", "./a", "../a", ".a", "a.",
	"a..", "...", ".../a", "x/.y", ".git/", "a/b.c", "a/b.c/", "a.b/c",
	"a/b.tar.gz", ".bashrc", "dir/.bashrc", "a/.", "a/..", "/a/..", "abc/./../def",
	"/abc/def/../ghi/./jkl/", "//abc//def//", "a\\b", "C:\\x.y", "c:/x", "\\\\host\\share",
	"a:b", "é/ü.ö",
}

var joins = [][]string{
	{}, {""}, {"", ""}, {"a"}, {"a", ""}, {"", "a"}, {"a", "b"}, {"a/", "b"},
	{"a", "/b"}, {"/", "a"}, {"/", "/"}, {"a", "", "b"}, {"a", "..", "b"},
	{"a", "../..", "b"}, {"/a", "../../.."}, {".", "."}, {"a/b", "c/d", "../e"},
	{"", "", "/"}, {"x", "y/", "z//"}, {"C:", "a"}, {"//host", "share"},
}

var lists = []string{
	"", ":", "::", "a", "a:", ":a", "a:b", "a::b", "/usr/bin:/bin:", ":/usr/bin",
	"a b:c d", "a;b", "/x:/y:/z",
}

type pair struct{ a, b string }

var rels = []pair{
	{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "./a/b"},
	{"ab/cd", "ab/cde"}, {"ab/cd", "ab/c"}, {"a/b", "a/b/c/d"}, {"a/b", "a/b/../c"},
	{"a/b/../c", "a/b"}, {"a/b/c", "a/c/d"}, {"a/b", "c/d"}, {"a/b", "a/bc"},
	{"a/b", "a/b/c/../../../x"}, {".", "a/b"}, {".", "."}, {"a", "."}, {"", "a"},
	{"a", ""}, {"", ""}, {"..", "a"}, {"..", "../a"}, {"../a", "b"}, {"../a", "../b"},
	{"../..", ".."}, {"../..", "../../a"}, {"/a/b", "/a/b"}, {"/a/b/.", "/a/b"},
	{"/a/b", "/a/b/."}, {"/ab/cd", "/ab/cde"}, {"/ab/cd", "/ab/c"}, {"/a/b", "/a/b/c/d"},
	{"/a/b", "/a/b/../c"}, {"/a/b/../c", "/a/b"}, {"/a/b/c", "/a/c/d"}, {"/a/b", "/c/d"},
	{"/a/b", "/a/bc"}, {"/", "/"}, {"/", "/a/b"}, {"/a/b", "/"}, {"/", "a"},
	{"a", "/"}, {"/a", "b"}, {"a", "/b"}, {"/../a", "/a/b"}, {"//a", "/a/b/"},
	{"/a/b/c/d", "/a/x/y"}, {"x/../..", "a"}, {"a/..", "b"}, {"a", "a/../.."},
}

type matchCase struct{ pattern, name string }

var matches = []matchCase{
	{"", ""}, {"*", ""}, {"*", "abc"}, {"*", "a/b"}, {"a*/b", "abc/b"}, {"a*/b", "a/c/b"},
	{"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"},
	{"a*b?c*x", "abxbbxdbxebxczzx"}, {"ab[b-d]", "abc"}, {"ab[^b-d]", "abc"},
	{"a\\*b", "a*b"}, {"a?b", "a☺b"}, {"a???b", "a☺b"}, {"[a-ζ]*", "α"},
	{"a?b", "a/b"}, {"[\\]a]", "]"}, {"[x\\-]", "-"}, {"[]a]", "]"}, {"[-]", "-"},
	{"[x-]", "x"}, {"[-x]", "x"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"},
	{"[^", "a"}, {"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"},
	{"*x", "xxx"}, {"[]", "a"}, {"x[a", "y"}, {"*[a", "b"}, {"a*[", "b"}, {"*\\", "a"},
	{"[\xff]", "a"}, {"?", "\xff"}, {"a/*/c", "a/b/c"}, {"[/]", "/"}, {"?", "/"},
	{"x*[", "xyz"}, {"*a[", "xa"}, {"*a[", "xb"}, {"abc*[", "xyz"}, {"a[b-", "ab"},
}

func main() {
	fmt.Printf("Separator=%q ListSeparator=%q\n", filepath.Separator, filepath.ListSeparator)

	fmt.Println("== Clean / Base / Dir / Ext / IsAbs / Split / ToSlash / FromSlash / VolumeName")
	for _, p := range paths {
		d, f := filepath.Split(p)
		fmt.Printf("%q: Clean=%q Base=%q Dir=%q Ext=%q IsAbs=%v Split=%q,%q To=%q From=%q Vol=%q\n",
			p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p),
			filepath.IsAbs(p), d, f, filepath.ToSlash(p), filepath.FromSlash(p), filepath.VolumeName(p))
	}

	fmt.Println("== Join")
	for _, j := range joins {
		fmt.Printf("Join(%q) = %q\n", j, filepath.Join(j...))
	}

	fmt.Println("== SplitList")
	for _, l := range lists {
		s := filepath.SplitList(l)
		fmt.Printf("SplitList(%q) = %q len=%d nil=%v\n", l, s, len(s), s == nil)
	}

	fmt.Println("== HasPrefix")
	for _, p := range []pair{{"/a/b", "/a"}, {"/ab", "/a"}, {"a", "a/"}, {"", ""}, {"x", ""}} {
		fmt.Printf("HasPrefix(%q, %q) = %v\n", p.a, p.b, filepath.HasPrefix(p.a, p.b))
	}

	fmt.Println("== Abs")
	wd, err := os.Getwd()
	if err != nil {
		fmt.Println("Getwd:", err)
		return
	}
	for _, p := range []string{"/", "/a/../b/", "//x//", "", ".", "a", "a/../..", "./b/c/", "../x"} {
		a, err := filepath.Abs(p)
		fmt.Printf("Abs(%q): err=%v IsAbs=%v Clean=%v ==Join(wd)=%v\n", p, err,
			filepath.IsAbs(a), filepath.Clean(a) == a, a == filepath.Join(wd, p))
		if filepath.IsAbs(p) {
			fmt.Printf("  = %q\n", a)
		} else {
			// (relative to the working directory: the same wherever it is)
			rel, err := filepath.Rel(wd, a)
			fmt.Printf("  Rel(wd, Abs) = %q, %v\n", rel, err)
		}
	}

	fmt.Println("== Rel")
	for _, r := range rels {
		s, err := filepath.Rel(r.a, r.b)
		fmt.Printf("Rel(%q, %q) = %q, %v\n", r.a, r.b, s, err)
		if err == nil {
			if j := filepath.Join(r.a, s); j != filepath.Clean(r.b) {
				fmt.Println("  Join(base, rel) =", j)
			}
		}
	}

	fmt.Println("== Match")
	for _, m := range matches {
		ok, err := filepath.Match(m.pattern, m.name)
		ok2, err2 := path.Match(m.pattern, m.name)
		fmt.Printf("Match(%q, %q) = %v, %v (bad=%v) path.Match: %v, %v\n", m.pattern, m.name,
			ok, err, err == filepath.ErrBadPattern, ok2, err2)
	}
	fmt.Println("ErrBadPattern:", filepath.ErrBadPattern, filepath.ErrBadPattern == path.ErrBadPattern)
	fmt.Println("SkipDir:", filepath.SkipDir)

	gen()
}

// A fixed LCG (the same numbers under go and goro).
var seed uint32 = 777

func next(n int) int {
	seed = seed*1103515245 + 12345
	return int(seed>>16) % n
}

var relAtoms = []string{"/", "/", "a", "b", "..", ".", "ab"}
var patAtoms = []string{"a", "b", "/", "*", "?", "[a-b]", "[^a]", "\\", "[", "]", "-", "**", "\\*"}
var nameAtoms = []string{"a", "b", "/", "-", "*", "]"}

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
	errs := 0
	for i := 0; i < 10000; i++ {
		b := build(relAtoms, 7)
		t := build(relAtoms, 7)
		r, err := filepath.Rel(b, t)
		line := fmt.Sprintf("Rel(%q, %q) = %q, %v", b, t, r, err)
		mix(line)
		if err != nil {
			errs++
		} else if filepath.Join(b, r) != filepath.Clean(t) && !(b == "" && filepath.Clean(t) == ".") {
			fmt.Println("Join does not invert:", line)
		}
		if i%250 == 0 {
			fmt.Println(line)
		}
	}
	fmt.Printf("rel hash %08x errors=%d\n", h, errs)
	h = 0
	count := [3]int{}
	for i := 0; i < 20000; i++ {
		pat := build(patAtoms, 6)
		name := build(nameAtoms, 6)
		ok, err := filepath.Match(pat, name)
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
