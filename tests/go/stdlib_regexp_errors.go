// Package regexp: the syntax errors of Compile and CompilePOSIX, with Go's
// error texts and offending-text rules.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

var perl = []string{
	"(a", "a)", ")", "((a)", "(a))", "a|b)", "(?:a", "x(?i:a",
	"*", "+", "?", "**", "a**", "a*?*", "a+*", "a??+", "a{2}{3}", "a{2}*", "a*{2}", "(*)", "a|*", "(?i)*", "^*", "$+", "\\b*",
	"a{1001}", "a{2,1}", "a{1,1001}", "a{1001,}", "a{99999999999}", "(?:a{1000}){1000}", "(?:a{100}){10}", "((a{10}){10}){11}", "a{1000}", "{", "a{", "a{1", "a{1,", "a{,2}", "a{01}", "a{1,02}", "x{2}{,3}",
	"[a", "[", "[]", "[^]", "[^", "[a-", "[z-a]", "[\\x7a-\\x61]", "[a-\\d]", "[\\d-z]", "[[:foo:]]", "[[:alpha:]", "[[:alpha]]", "[]a]", "[-a]", "[a-]", "[a-b-c]",
	"\\8", "\\1", "\\9a", "\\x", "\\xg1", "\\x1", "\\x{}", "\\x{110000}", "\\x{12", "\\x{g}", "\\Z", "\\C", "\\e", "\\_", "\\%", "a\\", "\\", "[a\\", "\\Q", "\\Qab\\E\\", "\\012", "\\0",
	"(?P<n>a)(?P<n>b)", "(?P<>a)", "(?P<n", "(?P<n!>a)", "(?P<n-x>a)", "(?<n>a)", "(?P=n)", "(?P", "(?P<", "(?P>a)",
	"(?i", "(?", "(?z)", "(?-)", "(?i-)", "(?--i)", "(?i-m:a)", "(?-s)", "(?imsU)", "(?i)(?-i)a", "(?:", "(?i:",
	"\\p", "\\pX", "\\p{Foo}", "\\p{Greek", "\\p{^Greek}", "\\P{^Greek}", "[\\p{Foo}]", "[\\pX]", "\\p{}", "\\pL", "\\p{L}", "\\p^L",
	"\xff", "[\xff]", "a\xffb", "(?P<n\xff>a)", "\\Q\xff\\E", "\\p{\xff}", "\\x{\xff}",
	"\\z\\A", "()", "(|)", "a||b", "(?i)", "a(?i)*", "((((a))))",
	strings.Repeat("(", 999) + "a" + strings.Repeat(")", 999),
	strings.Repeat("(?:", 1200) + "a" + strings.Repeat(")", 1200),
}

var posix = []string{
	"[a-b-c]", "[a-", "[a-b-]", "[-a-b]", "\\d", "a*?", "a**", "(?i)a", "^a", "\\b", "\\A", "\\z", "\\Qa\\E",
	"[[:alpha:]]", "\\pL", "a{,2}", "a{2}{3}", "(?P<n>a)", "[\\d]", "\\x41", "\\n",
}

func main() {
	for _, p := range perl {
		_, err := regexp.Compile(p)
		if len(p) > 60 {
			p = p[:60] + "..."
		}
		if err != nil && len(err.Error()) > 120 {
			fmt.Printf("%q: %s...\n", p, err.Error()[:120])
			continue
		}
		fmt.Printf("%q: %v\n", p, err)
	}
	for _, p := range posix {
		_, err := regexp.CompilePOSIX(p)
		fmt.Printf("POSIX %q: %v\n", p, err)
	}
	_, err := regexp.Compile(strings.Repeat("(", 1000) + "a" + strings.Repeat(")", 1000))
	fmt.Println(err != nil, strings.HasPrefix(err.Error(), "error parsing regexp: expression nests too deeply: `(((("))
	_, err = regexp.Compile(strings.Repeat("(?:a", 600) + strings.Repeat(")*", 600))
	fmt.Println(err != nil && strings.HasPrefix(err.Error(), "error parsing regexp: expression nests too deeply"))
	_, err = regexp.Compile(strings.Repeat("(?:a", 400) + strings.Repeat(")*", 400))
	fmt.Println(err)
	m, err := regexp.MatchString("a(b", "ab")
	fmt.Println(m, err)
}
