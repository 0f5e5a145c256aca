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
	"path"
)

// Separator and ListSeparator are the OS-specific path separator and path
// list separator.
const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// On Unix, with '/' as Separator, Clean, Split, Join, Ext, Base, IsAbs and
// Dir are package path's, as Go's give the same results for every input.

// Clean returns the shortest path name equivalent to path by purely lexical
// processing (path.Clean's rules).
func Clean(p string) string { return path.Clean(p) }

// Split splits path immediately following the final Separator, separating it
// into a directory and file name component (path = dir+file).
func Split(p string) (dir, file string) { return path.Split(p) }

// Join joins any number of path elements into a single path, separating them
// with Separator. Empty elements are ignored. The result is Cleaned; if every
// element is empty, Join returns "".
func Join(elem ...string) string { return path.Join(elem...) }

// Ext returns the file name extension used by path: the suffix beginning at
// the final dot in the final element; empty if there is no dot.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of path (trailing separators removed; "." for
// an empty path, "/" for one made of separators only).
func Base(p string) string { return path.Base(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// Dir returns all but the last element of path, Cleaned ("." for an empty
// path).
func Dir(p string) string { return path.Dir(p) }

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
