// Package path implements utility routines for manipulating slash-separated
// paths (goro's version of Go's path package: same API, same results).
//
// The path package should only be used for paths separated by forward
// slashes, such as the paths in URLs. To manipulate operating system paths,
// use the path/filepath package.
package path

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
//  1. Replace multiple slashes with a single slash.
//  2. Eliminate each . path name element (the current directory).
//  3. Eliminate each inner .. path name element (the parent directory)
//     along with the non-.. element that precedes it.
//  4. Eliminate .. elements that begin a rooted path:
//     that is, replace "/.." by "/" at the beginning of a path.
//
// The returned path ends in a slash only if it is the root "/".
//
// If the result of this process is an empty string, Clean
// returns the string ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	n := len(path)
	rooted := path[0] == '/'
	c := cleaner{src: path}
	r := 0     // next byte of path to read
	floor := 0 // the result's first floor bytes are never taken back by ".."
	if rooted {
		c.put('/')
		r, floor = 1, 1
	}
	for r < n {
		switch {
		case path[r] == '/':
			r++ // an empty element
		case path[r] == '.' && (r+1 == n || path[r+1] == '/'):
			r++ // "."
		case path[r] == '.' && path[r+1] == '.' && (r+2 == n || path[r+2] == '/'):
			r += 2
			if c.w > floor {
				// drop the last element and the slash before it
				c.w--
				for c.w > floor && c.at(c.w) != '/' {
					c.w--
				}
			} else if !rooted {
				// nothing left to take back: keep the ".."
				if c.w > 0 {
					c.put('/')
				}
				c.put('.')
				c.put('.')
				floor = c.w
			}
		default:
			if c.w > floor || (!rooted && c.w > 0) {
				c.put('/')
			}
			for ; r < n && path[r] != '/'; r++ {
				c.put(path[r])
			}
		}
	}
	if c.w == 0 {
		return "."
	}
	return c.result()
}

// lastSlash returns the index of the last '/' in s, or -1.
func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

// Split splits path immediately following the final slash, separating it into
// a directory and file name component. If there is no slash in path, Split
// returns an empty dir and file set to path. The returned values have the
// property that path = dir+file.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// Join joins any number of path elements into a single path, separating them
// with slashes. Empty elements are ignored. The result is Cleaned. However, if
// the argument list is empty or all its elements are empty, Join returns an
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
			buf = append(buf, '/')
		}
		buf = append(buf, e...)
	}
	return Clean(string(buf))
}

// Ext returns the file name extension used by path. The extension is the
// suffix beginning at the final dot in the final slash-separated element of
// path; it is empty if there is no dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path. Trailing slashes are removed before
// extracting the last element. If the path is empty, Base returns ".". If the
// path consists entirely of slashes, Base returns "/".
func Base(path string) string {
	if path == "" {
		return "."
	}
	end := len(path)
	for end > 0 && path[end-1] == '/' {
		end--
	}
	if end == 0 {
		return "/"
	}
	path = path[:end]
	return path[lastSlash(path)+1:]
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, typically the path's
// directory. After dropping the final element using Split, the path is
// Cleaned and trailing slashes are removed. If the path is empty, Dir returns
// ".". If the path consists entirely of slashes followed by non-slash bytes,
// Dir returns a single slash. In any other case, the returned path does not
// end in a slash.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}
