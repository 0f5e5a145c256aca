package filepath

import (
	"errors"
	"os"
	"sort"
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
//		'*'         matches any sequence of non-Separator characters
//		'?'         matches any single non-Separator character
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
// fails is not checked for syntax errors past the chunk where it failed
// (path.Match does check, as Go 1.19's does).
func Match(pattern, name string) (matched bool, err error) {
	for pattern != "" {
		star, chunk, rest := nextChunk(pattern)
		pattern = rest
		last := pattern == ""
		if star && chunk == "" {
			// a trailing star takes the rest of name, unless it holds a Separator
			return !hasSep(name), nil
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
			// let the star take 1, 2, ... more bytes (never a Separator)
			for i := 0; i < len(name) && name[i] != Separator; i++ {
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
			// goro: unlike path.Match, Go 1.19's filepath.Match does not look
			// for syntax errors in the rest of the pattern once the match
			// has failed.
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
				if s[0] == Separator {
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

// Glob recurses at most this deep into the directory part of a pattern (each
// level one more '/' with a meta character before it).
const maxGlobDepth = 10000

// Glob returns the names of all files matching pattern or nil if there is no
// matching file. The syntax of patterns is the same as in Match. The pattern
// may describe hierarchical names such as /usr/*/bin/ed (assuming the
// Separator is '/').
//
// Glob ignores file system errors such as I/O errors reading directories.
// The only possible returned error is ErrBadPattern, when pattern
// is malformed.
func Glob(pattern string) (matches []string, err error) {
	return glob(pattern, 0)
}

func glob(pattern string, depth int) ([]string, error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if depth == maxGlobDepth {
		return nil, ErrBadPattern
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case string(Separator):
		// the root stays as it is
	default:
		dir = dir[:len(dir)-1] // without the trailing separator
	}
	if !hasMeta(dir) {
		return globDir(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern // (it would recurse forever)
	}
	dirs, err := glob(dir, depth+1)
	if err != nil {
		return nil, err
	}
	var matches []string
	for _, d := range dirs {
		matches, err = globDir(d, file, matches)
		if err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// globDir appends to matches the names in directory dir that match pattern
// (joined to dir). A dir that is not a directory that can be read adds
// nothing.
func globDir(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	entries, _ := os.ReadDir(dir)
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	sort.Strings(names)
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

// hasMeta reports whether path contains any of the characters Match treats
// specially.
func hasMeta(path string) bool {
	for i := 0; i < len(path); i++ {
		switch path[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}

// hasSep reports whether s holds a Separator.
func hasSep(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == Separator {
			return true
		}
	}
	return false
}
