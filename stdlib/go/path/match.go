package path

import (
	"errors"
	"unicode/utf8"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern.
// The pattern syntax is:
//
//	pattern:
//		{ term }
//	term:
//		'*'         matches any sequence of non-/ characters
//		'?'         matches any single non-/ character
//		'[' [ '^' ] { character-range } ']'
//		            character class (must be non-empty)
//		c           matches character c (c != '*', '?', '\\', '[')
//		'\\' c      matches character c
//
//	character-range:
//		c           matches character c (c != '\\', '-', ']')
//		'\\' c      matches character c
//		lo '-' hi   matches character c for lo <= c <= hi
//
// Match requires pattern to match all of name, not just a substring.
// The only possible returned error is ErrBadPattern, when pattern
// is malformed.
//
// goro: the pattern is taken chunk by chunk (a chunk: the stars before it and
// the text up to the next star outside a class); after a star a chunk matches
// at the first place it can (the last chunk: at the first place that ends
// name), without going back, exactly as Go does, and a pattern whose match
// fails is still checked for syntax errors to its end.
func Match(pattern, name string) (matched bool, err error) {
	for pattern != "" {
		star, chunk, rest := nextChunk(pattern)
		pattern = rest
		last := pattern == ""
		if star && chunk == "" {
			// a trailing star takes the rest of name, unless it holds a '/'
			return lastSlash(name) < 0, nil
		}
		t, ok, err := matchChunk(chunk, name)
		if ok && (t == "" || !last) {
			name = t
			continue
		}
		if err != nil {
			return false, err
		}
		found := false
		if star {
			// let the star take 1, 2, ... more bytes (never a '/')
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				t, ok, err := matchChunk(chunk, name[i+1:])
				if ok {
					if last && t != "" {
						continue
					}
					name = t
					found = true
					break
				}
				if err != nil {
					return false, err
				}
			}
		}
		if !found {
			// no match; but a syntax error later in the pattern still counts
			for pattern != "" {
				_, chunk, pattern = nextChunk(pattern)
				if _, _, err := matchChunk(chunk, ""); err != nil {
					return false, err
				}
			}
			return false, nil
		}
	}
	return name == "", nil
}

// nextChunk splits off the leading stars of pattern (star: were there any)
// and the chunk after them, up to the next star that is not inside a
// character class.
func nextChunk(pattern string) (star bool, chunk, rest string) {
	for pattern != "" && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '*' && !inClass {
			break
		}
		switch c {
		case '\\':
			// (a '\\' at the very end is matchChunk's syntax error)
			if i+1 < len(pattern) {
				i++
			}
		case '[':
			inClass = true
		case ']':
			inClass = false
		}
	}
	return star, pattern[:i], pattern[i:]
}

// matchChunk matches the star-free chunk against the start of s and returns
// what is left of s. Once the match has failed it goes on through the chunk,
// reading no more of s, so that a malformed chunk always gives ErrBadPattern.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for chunk != "" {
		if s == "" {
			failed = true
		}
		c := chunk[0]
		switch c {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := false
			if chunk != "" && chunk[0] == '^' {
				negated = true
				chunk = chunk[1:]
			}
			in := false
			for k := 0; ; k++ {
				if k > 0 && chunk != "" && chunk[0] == ']' {
					chunk = chunk[1:]
					break
				}
				lo, after, err := classChar(chunk)
				if err != nil {
					return "", false, err
				}
				hi := lo
				if after[0] == '-' {
					hi, after, err = classChar(after[1:])
					if err != nil {
						return "", false, err
					}
				}
				chunk = after
				if lo <= r && r <= hi {
					in = true
				}
			}
			if in == negated {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		default:
			if c == '\\' {
				chunk = chunk[1:]
				if chunk == "" {
					return "", false, ErrBadPattern
				}
			}
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// classChar reads one (possibly escaped) character of a character class. The
// class must go on after it (at least its closing ']'), so an empty rest is a
// syntax error too.
func classChar(chunk string) (r rune, rest string, err error) {
	if chunk == "" || chunk[0] == '-' || chunk[0] == ']' {
		return 0, "", ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if chunk == "" {
			return 0, "", ErrBadPattern
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		return 0, "", ErrBadPattern
	}
	rest = chunk[n:]
	if rest == "" {
		return 0, "", ErrBadPattern
	}
	return r, rest, nil
}
