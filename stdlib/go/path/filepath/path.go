// Package filepath implements utility routines for manipulating filename
// paths in a way compatible with the target operating system-defined file
// paths (goro's version of Go's path/filepath package for Unix: same API, same
// results; Separator is '/', ListSeparator ':').
//
// goro: there is no package io/fs, so WalkDir's function takes an os.DirEntry
// (Go's os.DirEntry is an alias of fs.DirEntry, so such a function is right
// for Go too) and SkipDir is this package's own error value (Go's is
// fs.SkipDir). EvalSymlinks is left out: goro's os has no Readlink.
package filepath

import (
	"errors"
	"os"
)

// Separator and ListSeparator are the OS-specific path separator and path
// list separator.
const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// cleaner builds Clean's result. Until the result first differs from the
// input it is just a prefix of src (buf stays nil and nothing is allocated);
// from then on the bytes go to buf. w is the length of the result so far.
type cleaner struct {
	src string
	buf []byte
	w   int
}

func (c *cleaner) at(i int) byte {
	if c.buf == nil {
		return c.src[i]
	}
	return c.buf[i]
}

func (c *cleaner) put(b byte) {
	if c.buf == nil {
		if c.w < len(c.src) && c.src[c.w] == b {
			c.w++
			return
		}
		// A clean path is never longer than the path it comes from.
		c.buf = make([]byte, len(c.src))
		copy(c.buf, c.src[:c.w])
	}
	c.buf[c.w] = b
	c.w++
}

func (c *cleaner) result() string {
	if c.buf == nil {
		return c.src[:c.w]
	}
	return string(c.buf[:c.w])
}

// Clean returns the shortest path name equivalent to path by purely lexical
// processing. It applies the following rules iteratively until no further
// processing can be done:
//
//  1. Replace multiple Separator elements with a single one.
//  2. Eliminate each . path name element (the current directory).
//  3. Eliminate each inner .. path name element (the parent directory)
//     along with the non-.. element that precedes it.
//  4. Eliminate .. elements that begin a rooted path:
//     that is, replace "/.." by "/" at the beginning of a path,
//     assuming Separator is '/'.
//
// The returned path ends in a slash only if it represents a root directory,
// such as "/" on Unix.
//
// If the result of this process is an empty string, Clean
// returns the string ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	n := len(path)
	rooted := path[0] == Separator
	c := cleaner{src: path}
	r := 0     // next byte of path to read
	floor := 0 // the result's first floor bytes are never taken back by ".."
	if rooted {
		c.put(Separator)
		r, floor = 1, 1
	}
	for r < n {
		switch {
		case path[r] == Separator:
			r++ // an empty element
		case path[r] == '.' && (r+1 == n || path[r+1] == Separator):
			r++ // "."
		case path[r] == '.' && path[r+1] == '.' && (r+2 == n || path[r+2] == Separator):
			r += 2
			if c.w > floor {
				// drop the last element and the slash before it
				c.w--
				for c.w > floor && c.at(c.w) != Separator {
					c.w--
				}
			} else if !rooted {
				// nothing left to take back: keep the ".."
				if c.w > 0 {
					c.put(Separator)
				}
				c.put('.')
				c.put('.')
				floor = c.w
			}
		default:
			if c.w > floor || (!rooted && c.w > 0) {
				c.put(Separator)
			}
			for ; r < n && path[r] != Separator; r++ {
				c.put(path[r])
			}
		}
	}
	if c.w == 0 {
		return "."
	}
	return c.result()
}

// lastSep returns the index of the last Separator in s, or -1.
func lastSep(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != Separator {
		i--
	}
	return i
}

// Split splits path immediately following the final Separator, separating it
// into a directory and file name component. If there is no Separator in path,
// Split returns an empty dir and file set to path. The returned values have
// the property that path = dir+file.
func Split(path string) (dir, file string) {
	i := lastSep(path)
	return path[:i+1], path[i+1:]
}

// Join joins any number of path elements into a single path, separating them
// with Separator. Empty elements are ignored. The result is Cleaned. However,
// if the argument list is empty or all its elements are empty, Join returns an
// empty string.
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem))
	for _, e := range elem {
		if e == "" {
			continue
		}
		if len(buf) > 0 {
			buf = append(buf, Separator)
		}
		buf = append(buf, e...)
	}
	return Clean(string(buf))
}

// Ext returns the file name extension used by path. The extension is the
// suffix beginning at the final dot in the final element of path; it is
// empty if there is no dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != Separator; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path. Trailing path separators are removed
// before extracting the last element. If the path is empty, Base returns ".".
// If the path consists entirely of separators, Base returns a single
// separator.
func Base(path string) string {
	if path == "" {
		return "."
	}
	end := len(path)
	for end > 0 && path[end-1] == Separator {
		end--
	}
	if end == 0 {
		return "/"
	}
	path = path[:end]
	return path[lastSep(path)+1:]
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == Separator
}

// Dir returns all but the last element of path, typically the path's
// directory. After dropping the final element, Dir calls Clean on the path
// and trailing slashes are removed. If the path is empty, Dir returns ".". If
// the path consists entirely of separators, Dir returns a single separator.
// The returned path does not end in a separator unless it is the root
// directory.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// SplitList splits a list of paths joined by the OS-specific ListSeparator,
// usually found in PATH or GOPATH environment variables. Unlike strings.Split,
// SplitList returns an empty slice when passed an empty string.
func SplitList(path string) []string {
	if path == "" {
		return []string{}
	}
	n := 1
	for i := 0; i < len(path); i++ {
		if path[i] == ListSeparator {
			n++
		}
	}
	list := make([]string, 0, n)
	start := 0
	for i := 0; i < len(path); i++ {
		if path[i] == ListSeparator {
			list = append(list, path[start:i])
			start = i + 1
		}
	}
	return append(list, path[start:])
}

// ToSlash returns the result of replacing each separator character in path
// with a slash ('/') character. Multiple separators are replaced by multiple
// slashes.
func ToSlash(path string) string {
	return path // Separator is '/'
}

// FromSlash returns the result of replacing each slash ('/') character in path
// with a separator character. Multiple slashes are replaced by multiple
// separators.
func FromSlash(path string) string {
	return path // Separator is '/'
}

// VolumeName returns leading volume name. Given "C:\foo\bar" it returns "C:"
// on Windows. Given "\\host\share\foo" it returns "\\host\share". On other
// platforms it returns "".
func VolumeName(path string) string {
	return ""
}

// HasPrefix exists for historical compatibility and should not be used.
//
// Deprecated: HasPrefix does not respect path boundaries and does not ignore
// case when required.
func HasPrefix(p, prefix string) bool {
	return len(p) >= len(prefix) && p[:len(prefix)] == prefix
}

// Abs returns an absolute representation of path. If the path is not absolute
// it will be joined with the current working directory to turn it into an
// absolute path. The absolute path name for a given file is not guaranteed to
// be unique. Abs calls Clean on the result.
func Abs(path string) (string, error) {
	if IsAbs(path) {
		return Clean(path), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, path), nil
}

// Rel returns a relative path that is lexically equivalent to targpath when
// joined to basepath with an intervening separator. That is,
// Join(basepath, Rel(basepath, targpath)) is equivalent to targpath itself.
// On success, the returned path will always be relative to basepath,
// even if basepath and targpath share no elements.
// An error is returned if targpath can't be made relative to basepath or if
// knowing the current working directory would be necessary to compute it.
// Rel calls Clean on the result.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// Skip the elements the two have in common: base[:b] and targ[:t] are
	// equal element for element; be and te end the elements after them.
	b, t := 0, 0
	var be, te int
	for {
		be, te = b, t
		for be < len(base) && base[be] != Separator {
			be++
		}
		for te < len(targ) && targ[te] != Separator {
			te++
		}
		if base[b:be] != targ[t:te] {
			break
		}
		if be < len(base) {
			be++
		}
		if te < len(targ) {
			te++
		}
		b, t = be, te
	}
	if base[b:be] == ".." {
		// what is above base is not known without the working directory
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b == len(base) {
		return targ[t:], nil
	}
	// one ".." for each element left in base, then the rest of targ
	ups := 1
	for i := b; i < len(base); i++ {
		if base[i] == Separator {
			ups++
		}
	}
	buf := make([]byte, 0, 3*ups+len(targ)-t)
	for i := 0; i < ups; i++ {
		if i > 0 {
			buf = append(buf, Separator)
		}
		buf = append(buf, '.', '.')
	}
	if t < len(targ) {
		buf = append(buf, Separator)
		buf = append(buf, targ[t:]...)
	}
	return string(buf), nil
}
