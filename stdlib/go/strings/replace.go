package strings

import "io"

// Replacer replaces a list of strings with replacements.
type Replacer struct {
	oldnew   []string
	first    [256]bool // first bytes of the non-empty old strings
	hasEmpty bool      // an old string is empty
	kind     int       // which of Go's algorithms WriteString mirrors (kind* below)
}

// The algorithms Go picks in NewReplacer. Replace gives the same result with
// every one of them, but WriteString's calls to the writer differ, so
// WriteString follows the one Go would use.
const (
	kindGeneric    = iota // anything else: pieces and replacements, empty ones included
	kindSingle            // one pair whose old string is longer than a byte
	kindByte              // every old and new string is a single byte: chunks of 32 KiB
	kindByteString        // every old string is a single byte
)

// NewReplacer returns a new Replacer from a list of old, new string pairs.
// Replacements are performed in the order they appear in the target string,
// without overlapping matches. The old string comparisons are done in
// argument order.
//
// NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: append([]string(nil), oldnew...)}
	for i := 0; i < len(oldnew); i += 2 {
		if oldnew[i] == "" {
			r.hasEmpty = true
		} else {
			r.first[oldnew[i][0]] = true
		}
	}
	switch {
	case len(oldnew) == 2 && len(oldnew[0]) > 1:
		r.kind = kindSingle
	default:
		r.kind = kindByte
		for i := 0; i < len(oldnew); i += 2 {
			if len(oldnew[i]) != 1 {
				r.kind = kindGeneric
				break
			}
			if len(oldnew[i+1]) != 1 {
				r.kind = kindByteString
			}
		}
	}
	return r
}

// lookup returns the replacement of the first pair (in argument order) whose
// old string is a prefix of s; an empty old string is skipped if ignoreEmpty.
func (r *Replacer) lookup(s string, ignoreEmpty bool) (val string, keylen int, found bool) {
	for i := 0; i < len(r.oldnew); i += 2 {
		old := r.oldnew[i]
		if old == "" {
			if ignoreEmpty {
				continue
			}
			return r.oldnew[i+1], 0, true
		}
		if len(s) >= len(old) && s[:len(old)] == old {
			return r.oldnew[i+1], len(old), true
		}
	}
	return "", 0, false
}

// replace calls out with the pieces of the result in order.
func (r *Replacer) replace(s string, out func(string) error) (err error) {
	last := 0
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		if !r.hasEmpty && (i == len(s) || !r.first[s[i]]) {
			i++
			continue
		}
		val, keylen, match := r.lookup(s[i:], prevMatchEmpty)
		prevMatchEmpty = match && keylen == 0
		if match {
			if err = out(s[last:i]); err != nil {
				return
			}
			if err = out(val); err != nil {
				return
			}
			i += keylen
			last = i
			continue
		}
		i++
	}
	if last != len(s) {
		err = out(s[last:])
	}
	return
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	changed := false
	r.replace(s, func(p string) error {
		changed = true
		b = append(b, p...)
		return nil
	})
	if !changed {
		return s
	}
	return string(b)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	switch r.kind {
	case kindByte:
		return r.writeBytes(w, s)
	case kindByteString:
		return r.writeByteStrings(w, s)
	case kindSingle:
		return r.writeSingle(w, s)
	}
	err = r.replace(s, func(p string) error {
		m, werr := io.WriteString(w, p)
		n += m
		return werr
	})
	return
}

// writeBytes maps s byte by byte (the first pair for a byte wins) and writes
// the result in chunks of at most 32 KiB, each with one w.Write.
func (r *Replacer) writeBytes(w io.Writer, s string) (n int, err error) {
	var table [256]byte
	for i := range table {
		table[i] = byte(i)
	}
	for i := len(r.oldnew) - 2; i >= 0; i -= 2 {
		table[r.oldnew[i][0]] = r.oldnew[i+1][0]
	}
	size := 32 << 10
	if len(s) < size {
		size = len(s)
	}
	buf := make([]byte, size)
	for len(s) > 0 {
		k := copy(buf, s)
		s = s[k:]
		for i, c := range buf[:k] {
			buf[i] = table[c]
		}
		m, werr := w.Write(buf[:k])
		n += m
		if werr != nil {
			return n, werr
		}
	}
	return n, nil
}

// writeByteStrings writes the unreplaced runs of s as strings and each
// replacement (even an empty one) with its own w.Write.
func (r *Replacer) writeByteStrings(w io.Writer, s string) (n int, err error) {
	var repl [256]string
	var has [256]bool
	for i := len(r.oldnew) - 2; i >= 0; i -= 2 {
		c := r.oldnew[i][0]
		repl[c], has[c] = r.oldnew[i+1], true
	}
	last := 0
	for i := 0; i < len(s); i++ {
		if !has[s[i]] {
			continue
		}
		if last != i {
			m, werr := io.WriteString(w, s[last:i])
			n += m
			if werr != nil {
				return n, werr
			}
		}
		last = i + 1
		m, werr := w.Write([]byte(repl[s[i]]))
		n += m
		if werr != nil {
			return n, werr
		}
	}
	if last != len(s) {
		m, werr := io.WriteString(w, s[last:])
		n += m
		err = werr
	}
	return
}

// writeSingle writes, for each match of the one old string, the text before
// it and the new string, then the rest of s; empty pieces are written too.
func (r *Replacer) writeSingle(w io.Writer, s string) (n int, err error) {
	old, val := r.oldnew[0], r.oldnew[1]
	var m int
	for {
		j := Index(s, old)
		if j < 0 {
			break
		}
		m, err = io.WriteString(w, s[:j])
		n += m
		if err != nil {
			return
		}
		m, err = io.WriteString(w, val)
		n += m
		if err != nil {
			return
		}
		s = s[j+len(old):]
	}
	m, err = io.WriteString(w, s)
	n += m
	return
}
