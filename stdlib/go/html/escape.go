// Package html provides functions for escaping and unescaping HTML text
// (goro's version of Go's html package: same API, same results).
package html

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// EscapeString escapes special characters like "<" to become "&lt;". It
// escapes only five such characters: <, >, &, ' and ".
// UnescapeString(EscapeString(s)) == s always holds, but the converse isn't
// always true.
func EscapeString(s string) string {
	extra := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<', '>':
			extra += 3
		case '&', '\'', '"':
			extra += 4
		}
	}
	if extra == 0 {
		return s
	}
	b := make([]byte, 0, len(s)+extra)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '<':
			b = append(b, "&lt;"...)
		case '>':
			b = append(b, "&gt;"...)
		case '&':
			b = append(b, "&amp;"...)
		case '\'':
			b = append(b, "&#39;"...)
		case '"':
			b = append(b, "&#34;"...)
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// UnescapeString unescapes entities like "&lt;" to become "<". It unescapes a
// larger range of entities than EscapeString escapes. For example, "&aacute;"
// unescapes to "á", as does "&#225;" and "&#xE1;".
// UnescapeString(EscapeString(s)) == s always holds, but the converse isn't
// always true.
func UnescapeString(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	entitiesOnce.Do(loadEntities)
	b := make([]byte, 0, len(s))
	for i >= 0 {
		b = append(b, s[:i]...)
		s = s[i:]
		var n int
		b, n = unescapeReference(b, s)
		s = s[n:]
		i = strings.IndexByte(s, '&')
	}
	return string(append(b, s...))
}

// entities maps each name of entityTable (entity.go) to its value.
var (
	entities     map[string]string
	entitiesOnce sync.Once
)

func loadEntities() {
	m := make(map[string]string, 2300)
	t := entityTable
	for len(t) > 0 {
		sp := strings.IndexByte(t, ' ')
		name := t[:sp]
		t = t[sp+1:]
		sp = strings.IndexByte(t, ' ')
		m[name] = t[:sp]
		t = t[sp+1:]
	}
	entities = m
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// unescapeReference appends to b what the character reference at the start
// of s (s[0] == '&') stands for and returns the new b and how many bytes of s
// it used. Where s does not start with a reference, it appends the '&' alone.
func unescapeReference(b []byte, s string) ([]byte, int) {
	if len(s) > 1 && s[1] == '#' {
		return unescapeNumeric(b, s)
	}
	end := 1
	for end < len(s) && isAlnum(s[end]) {
		end++
	}
	if end < len(s) && s[end] == ';' {
		end++
	}
	name := s[1:end]
	if name == "" {
		return append(b, '&'), 1
	}
	if v, ok := entities[name]; ok {
		return append(b, v...), end
	}
	// The longest prefix that names a reference valid without a semicolon
	// (at least two characters long).
	j := len(name) - 1
	if j > longestEntityWithoutSemicolon {
		j = longestEntityWithoutSemicolon
	}
	for ; j > 1; j-- {
		if v, ok := entities[name[:j]]; ok {
			return append(b, v...), 1 + j
		}
	}
	return append(b, '&'), 1
}

// unescapeNumeric is unescapeReference for s starting with "&#": a decimal
// reference "&#123;" or a hexadecimal one "&#x7B;" (the semicolon optional).
// The value accumulates in a rune, wrapping around as Go's int32 arithmetic
// does. A reference is decoded only where its digits and semicolon, if any,
// reach past s[2] (so "&#x;" is one, "&#1x" is not).
func unescapeNumeric(b []byte, s string) ([]byte, int) {
	if len(s) <= 3 {
		return append(b, '&'), 1
	}
	pos := 2
	hex := s[2] == 'x' || s[2] == 'X'
	if hex {
		pos = 3
	}
	var x rune
	for ; pos < len(s); pos++ {
		c := s[pos]
		var d rune
		switch {
		case '0' <= c && c <= '9':
			d = rune(c - '0')
		case hex && 'a' <= c && c <= 'f':
			d = rune(c-'a') + 10
		case hex && 'A' <= c && c <= 'F':
			d = rune(c-'A') + 10
		default:
			d = -1
		}
		if d < 0 {
			break
		}
		if hex {
			x = x*16 + d
		} else {
			x = x*10 + d
		}
	}
	if pos < len(s) && s[pos] == ';' {
		pos++
	}
	if pos <= 3 {
		return append(b, '&'), 1
	}
	switch {
	case 0x80 <= x && x <= 0x9F:
		x = c1Replacement[x-0x80]
	case x == 0 || 0xD800 <= x && x <= 0xDFFF || x > 0x10FFFF:
		x = utf8.RuneError
	}
	return utf8.AppendRune(b, x), pos
}
