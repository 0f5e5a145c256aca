package filepath

import (
	"errors"
	"os"
	"sort"
)

// SkipDir is used as a return value from WalkFuncs (and WalkDir's functions)
// to indicate that the directory named in the call is to be skipped. It is not
// returned as an error by any function.
//
// goro: Go's filepath.SkipDir is fs.SkipDir; goro has no io/fs, so the value
// lives here (its text is the same).
var SkipDir error = errors.New("skip this directory")

// WalkFunc is the type of the function called by Walk to visit each file or
// directory.
//
// The path argument contains the argument to Walk as a prefix. That is, if
// Walk is called with root argument "dir" and finds a file named "a" in that
// directory, the walk function will be called with argument "dir/a".
//
// The directory and file are joined with Join, which may clean the directory
// name: if Walk is called with the root argument "x/../dir" and finds a file
// named "a" in that directory, the walk function will be called with argument
// "dir/a", not "x/../dir/a".
//
// The info argument is the os.FileInfo for the named path.
//
// The error result returned by the function controls how Walk continues. If
// the function returns the special value SkipDir, Walk skips the current
// directory (path if info.IsDir() is true, otherwise path's parent
// directory). Otherwise, if the function returns a non-nil error, Walk stops
// entirely and returns that error.
//
// The err argument reports an error related to path, signaling that Walk
// will not walk into that directory. The function can decide how to handle
// that error; as described earlier, returning the error will cause Walk to
// stop walking the entire tree.
//
// Walk calls the function with a non-nil err argument in two cases.
//
// First, if an os.Lstat on the root directory or any directory or file in
// the tree fails, Walk calls the function with path set to that directory or
// file's path, info set to nil, and err set to the error from os.Lstat.
//
// Second, if a directory's entries cannot be read, Walk calls the function
// with path set to the directory's path, info, set to an os.FileInfo
// describing the directory, and err set to the error from reading it.
type WalkFunc func(path string, info os.FileInfo, err error) error

// Walk walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root.
//
// All errors that arise visiting files and directories are filtered by fn:
// see the WalkFunc documentation for details.
//
// The files are walked in lexical order, which makes the output deterministic
// but requires Walk to read an entire directory into memory before proceeding
// to walk that directory.
//
// Walk does not follow symbolic links.
//
// Walk is less efficient than WalkDir, introduced in Go 1.16, which avoids
// calling os.Lstat on every visited file or directory.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

// walk visits path (info: its Lstat) and, for a directory, what is below it.
// A SkipDir it returns for a file means: skip the rest of the directory the
// file is in.
func walk(path string, info os.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(path, info, nil)
	}
	names, readErr := dirNames(path)
	if err := fn(path, info, readErr); err != nil || readErr != nil {
		return err
	}
	for _, name := range names {
		child := Join(path, name)
		childInfo, err := os.Lstat(child)
		if err != nil {
			if err := fn(child, nil, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(child, childInfo, fn); err != nil {
			if err == SkipDir && childInfo.IsDir() {
				continue // that directory is skipped, the walk goes on
			}
			return err
		}
	}
	return nil
}

// dirNames returns the names in directory dir, sorted.
func dirNames(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	sort.Strings(names)
	return names, nil
}

// WalkDir walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root.
//
// All errors that arise visiting files and directories are filtered by fn:
// fn is first called for a directory with err == nil, before its entries are
// read (returning SkipDir skips it); if they cannot be read fn is called for
// it a second time with that error. If os.Lstat on root fails, fn is called
// with a nil os.DirEntry and the error. A SkipDir returned for a file skips
// the rest of its directory; any other non-nil error stops the walk and is
// WalkDir's result.
//
// The files are walked in lexical order, which makes the output deterministic
// but requires WalkDir to read an entire directory into memory before
// proceeding to walk that directory.
//
// WalkDir does not follow symbolic links.
//
// goro: fn's type is Go's fs.WalkDirFunc written out with os.DirEntry (which
// Go's os aliases to fs.DirEntry).
func WalkDir(root string, fn func(path string, d os.DirEntry, err error) error) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, &statDirEntry{info: info}, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

// walkDir visits path (d: its entry) and, for a directory, what is below it.
// A SkipDir it returns means: skip the rest of path's directory.
func walkDir(path string, d os.DirEntry, fn func(path string, d os.DirEntry, err error) error) error {
	err := fn(path, d, nil)
	if !d.IsDir() {
		return err
	}
	if err != nil {
		if err == SkipDir {
			return nil // just this directory is skipped
		}
		return err
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		// the second call, with the error
		if err := fn(path, d, err); err != nil {
			if err == SkipDir {
				return nil
			}
			return err
		}
		entries = nil
	}
	for _, e := range entries {
		if err := walkDir(Join(path, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// statDirEntry is the os.DirEntry of WalkDir's root, made from its Lstat.
type statDirEntry struct {
	info os.FileInfo
}

func (d *statDirEntry) Name() string               { return d.info.Name() }
func (d *statDirEntry) IsDir() bool                { return d.info.IsDir() }
func (d *statDirEntry) Type() os.FileMode          { return d.info.Mode().Type() }
func (d *statDirEntry) Info() (os.FileInfo, error) { return d.info, nil }
