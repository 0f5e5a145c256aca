// Package regexp: random small patterns over a tiny alphabet (a deterministic
// xorshift generator) matched against random inputs, leftmost-first and
// leftmost-longest: a hash of every FindAllStringSubmatchIndex result plus
// sample lines.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func intn(n int) int { return int(next() % uint64(n)) }

var atoms = []string{"a", "b", "a", "b", ".", "[ab]", "[^a]", "()", "^", "$", "\\b", "\\B", "(?i)A", "(?m:^)", "(?m:$)", "c"}
var atomsPOSIX = []string{"a", "b", "a", "b", ".", "[ab]", "[^a]", "()", "^", "$", "c", "[[:alpha:]]"}
var opsPOSIX = []string{"*", "+", "?", "{2}", "{1,2}", "{0,}", "{0,2}", "{2,}"}

var ops = []string{"*", "+", "?", "{2}", "{1,2}", "{0,}", "{0,2}", "*?", "+?", "??", "{2,}", "{1,3}?"}

var posix bool

func gen(depth int) string {
	at, op := atoms, ops
	if posix {
		at, op = atomsPOSIX, opsPOSIX
	}
	if depth <= 0 || intn(3) == 0 {
		return at[intn(len(at))]
	}
	switch intn(6) {
	case 0:
		return gen(depth-1) + gen(depth-1)
	case 1:
		return gen(depth-1) + "|" + gen(depth-1)
	case 2:
		return "(" + gen(depth-1) + ")" + op[intn(len(op))]
	case 3:
		if posix {
			return "(" + gen(depth-1) + "|a)" + op[intn(len(op))]
		}
		return "(?:" + gen(depth-1) + ")" + op[intn(len(op))]
	case 4:
		return "(" + gen(depth-1) + ")"
	}
	return gen(depth-1) + gen(depth-1) + gen(depth-1)
}

func input() string {
	const al = "aabbc\nA"
	n := intn(12)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(al[intn(len(al))])
	}
	return b.String()
}

var hash uint64 = 14695981039346656037

func mix(s string) {
	for i := 0; i < len(s); i++ {
		hash ^= uint64(s[i])
		hash *= 1099511628211
	}
}

func main() {
	errs := 0
	for i := 0; i < 3000; i++ {
		posix = i%4 == 3
		p := gen(4)
		var re, lre *regexp.Regexp
		var err error
		if posix {
			re, err = regexp.CompilePOSIX(p)
			lre = re
		} else {
			re, err = regexp.Compile(p)
			lre = regexp.MustCompile(p)
			lre.Longest()
		}
		if err != nil {
			errs++
			fmt.Printf("%d %q: %v\n", i, p, err)
			continue
		}
		for k := 0; k < 8; k++ {
			s := input()
			a := fmt.Sprint(re.FindAllStringSubmatchIndex(s, -1))
			b := fmt.Sprint(lre.FindAllStringSubmatchIndex(s, -1))
			r := re.ReplaceAllString(s, "<$1>")
			mix(fmt.Sprint(re.Split(s, -1), re.FindAllString(s, 2)))
			mix(p)
			mix(s)
			mix(a)
			mix(b)
			mix(r)
			if i%15 == 0 && k == 0 {
				fmt.Printf("%d %q %q: %s %s %q\n", i, p, s, a, b, r)
			}
		}
		if i%200 == 199 {
			fmt.Printf("hash after %d: %x\n", i+1, hash)
		}
	}
	fmt.Printf("errors %d, hash %x\n", errs, hash)
}
