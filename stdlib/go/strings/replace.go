package strings

import "io"

// Replacer replaces a list of strings with replacements.
type Replacer struct {
	oldnew   []string
	first    [256]bool // first bytes of the non-empty old strings
	hasEmpty bool      // an old string is empty
}

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
	err = r.replace(s, func(p string) error {
		if p == "" {
			return nil
		}
		m, werr := io.WriteString(w, p)
		n += m
		return werr
	})
	return
}
