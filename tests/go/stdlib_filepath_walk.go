// path/filepath on a real file tree: Walk and WalkDir (lexical order,
// SkipDir for a directory and for a file, an error from the callback, a
// missing root, a file root, entries removed during the walk) and Glob. The
// tree is made in a fresh directory under os.TempDir(), which is also the
// working directory while the tests run, so that every path printed is
// relative; it is removed at the end.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func makeTree() {
	for _, d := range []string{"tree/b/d", "tree/skip/y", "tree/empty"} {
		must(os.MkdirAll(d, 0755))
	}
	files := []string{"tree/a.txt", "tree/b/c.go", "tree/b/d/e.txt", "tree/b/.hidden",
		"tree/b/f.txt", "tree/skip/x.txt", "tree/skip/y/z", "tree/z.txt", "tree/m.go"}
	for i, f := range files {
		must(os.WriteFile(f, []byte(f[:i+1]), 0644))
	}
}

func show(path string, info os.FileInfo, err error) {
	if info == nil {
		fmt.Printf("  %s info=nil err=%v\n", path, err)
		return
	}
	size := ""
	if !info.IsDir() {
		size = " size=" + strconv.FormatInt(info.Size(), 10)
	}
	fmt.Printf("  %s name=%s dir=%v type=%v%s err=%v\n", path, info.Name(), info.IsDir(), info.Mode().Type(), size, err)
}

func walk(title, root string, fn filepath.WalkFunc) {
	fmt.Printf("Walk %s (%q)\n", title, root)
	err := filepath.Walk(root, fn)
	fmt.Printf("  => %v\n", err)
}

// noInfo: showDir does not call d.Info (goro's DirEntry.Info does not fail
// for an entry removed since its directory was read; Go's does).
var noInfo bool

func showDir(path string, d os.DirEntry, err error) {
	if d == nil {
		fmt.Printf("  %s d=nil err=%v\n", path, err)
		return
	}
	if noInfo {
		fmt.Printf("  %s name=%s dir=%v type=%v err=%v\n", path, d.Name(), d.IsDir(), d.Type(), err)
		return
	}
	info, ierr := d.Info()
	size := ""
	if ierr == nil && !d.IsDir() {
		size = " size=" + strconv.FormatInt(info.Size(), 10)
	}
	fmt.Printf("  %s name=%s dir=%v type=%v%s info=%v err=%v\n", path, d.Name(), d.IsDir(), d.Type(), size,
		ierr == nil && info.Name() == d.Name(), err)
}

func walkDir(title, root string, fn func(string, os.DirEntry, error) error) {
	fmt.Printf("WalkDir %s (%q)\n", title, root)
	err := filepath.WalkDir(root, fn)
	fmt.Printf("  => %v\n", err)
}

func glob(pattern string) {
	m, err := filepath.Glob(pattern)
	fmt.Printf("Glob(%q) = %q nil=%v err=%v\n", pattern, m, m == nil, err)
}

var errStop = errors.New("stop here")

func main() {
	base := filepath.Join(os.TempDir(), "goro_filepath_walk_"+strconv.Itoa(os.Getpid()))
	must(os.RemoveAll(base))
	must(os.MkdirAll(base, 0755))
	old, err := os.Getwd()
	must(err)
	must(os.Chdir(base))
	defer func() {
		must(os.Chdir(old))
		must(os.RemoveAll(base))
		_, err := os.Lstat(base)
		fmt.Println("removed:", os.IsNotExist(err))
	}()
	makeTree()

	all := func(path string, info os.FileInfo, err error) error {
		show(path, info, err)
		return nil
	}
	walk("all", "tree", all)
	walk("trailing slash", "tree/", all)
	walk("unclean root", "./tree/../tree/b", all)
	walk("file root", "tree/a.txt", all)
	walk("missing root", "nosuch", all)
	walk("missing root, error returned", "nosuch/x", func(path string, info os.FileInfo, err error) error {
		show(path, info, err)
		return err
	})
	walk("SkipDir at root", "tree", func(path string, info os.FileInfo, err error) error {
		show(path, info, err)
		return filepath.SkipDir
	})
	walk("SkipDir for tree/skip and tree/empty", "tree", func(path string, info os.FileInfo, err error) error {
		show(path, info, err)
		if path == "tree/skip" || path == "tree/empty" {
			return filepath.SkipDir
		}
		return nil
	})
	walk("SkipDir for file tree/b/c.go", "tree", func(path string, info os.FileInfo, err error) error {
		show(path, info, err)
		if path == "tree/b/c.go" {
			return filepath.SkipDir
		}
		return nil
	})
	walk("error at tree/b/d", "tree", func(path string, info os.FileInfo, err error) error {
		show(path, info, err)
		if path == "tree/b/d" {
			return errStop
		}
		return nil
	})
	walk("error at file tree/skip/x.txt", "tree", func(path string, info os.FileInfo, err error) error {
		show(path, info, err)
		if path == "tree/skip/x.txt" {
			return errStop
		}
		return nil
	})
	walk("removing tree/z.txt and tree/b/d during the walk", "tree", func(path string, info os.FileInfo, err error) error {
		show(path, info, err)
		if path == "tree/m.go" {
			must(os.Remove("tree/z.txt"))
		}
		if path == "tree/b/c.go" {
			must(os.RemoveAll("tree/b/d"))
		}
		return nil
	})
	makeTree()
	must(os.Chdir("tree"))
	walk("dot", ".", func(path string, info os.FileInfo, err error) error {
		fmt.Printf("  %s %s\n", path, info.Name())
		return nil
	})
	must(os.Chdir(".."))
	abs, err := filepath.Abs("tree/b")
	must(err)
	fmt.Println("Walk absolute root")
	err = filepath.Walk(abs, func(path string, info os.FileInfo, err error) error {
		rel, rerr := filepath.Rel(base, path)
		fmt.Printf("  %s %s %v\n", rel, info.Name(), rerr)
		return err
	})
	fmt.Printf("  => %v\n", err)

	allDir := func(path string, d os.DirEntry, err error) error {
		showDir(path, d, err)
		return nil
	}
	walkDir("all", "tree", allDir)
	walkDir("trailing slash", "tree/", allDir)
	walkDir("unclean root", "./tree/../tree/b", allDir)
	walkDir("file root", "tree/a.txt", allDir)
	walkDir("missing root", "nosuch", allDir)
	walkDir("missing root, error returned", "nosuch", func(path string, d os.DirEntry, err error) error {
		showDir(path, d, err)
		return err
	})
	walkDir("SkipDir at root", "tree", func(path string, d os.DirEntry, err error) error {
		showDir(path, d, err)
		return filepath.SkipDir
	})
	walkDir("SkipDir for tree/skip and tree/empty", "tree", func(path string, d os.DirEntry, err error) error {
		showDir(path, d, err)
		if path == "tree/skip" || path == "tree/empty" {
			return filepath.SkipDir
		}
		return nil
	})
	walkDir("SkipDir for file tree/b/c.go", "tree", func(path string, d os.DirEntry, err error) error {
		showDir(path, d, err)
		if path == "tree/b/c.go" {
			return filepath.SkipDir
		}
		return nil
	})
	walkDir("error at tree/b/d", "tree", func(path string, d os.DirEntry, err error) error {
		showDir(path, d, err)
		if path == "tree/b/d" {
			return errStop
		}
		return nil
	})
	noInfo = true
	walkDir("removing tree/b/d during the walk (second call returns nil)", "tree", func(path string, d os.DirEntry, err error) error {
		showDir(path, d, err)
		if path == "tree/b/c.go" {
			must(os.RemoveAll("tree/b/d"))
		}
		return nil
	})
	makeTree()
	walkDir("removing tree/b/d during the walk (second call returns SkipDir)", "tree", func(path string, d os.DirEntry, err error) error {
		showDir(path, d, err)
		if path == "tree/b/c.go" {
			must(os.RemoveAll("tree/b/d"))
		}
		if err != nil {
			return filepath.SkipDir
		}
		return nil
	})
	makeTree()
	walkDir("removing tree/b/d during the walk (second call returns its error)", "tree", func(path string, d os.DirEntry, err error) error {
		showDir(path, d, err)
		if path == "tree/b/c.go" {
			must(os.RemoveAll("tree/b/d"))
		}
		return err
	})
	noInfo = false
	makeTree()
	n := 0
	walkDir("counting", ".", func(path string, d os.DirEntry, err error) error {
		n++
		return err
	})
	fmt.Println("  entries:", n)

	for _, p := range []string{
		"tree/*", "tree/*.txt", "tree/*/*", "tree/*/*/*", "tree/[a-c]*", "tree/?.go",
		"tree/b/.*", "tree/b/*", "tree/nosuch/*", "tree/a.txt", "tree/nosuch", "tree/[",
		"tree/*/[", "tree/[/*", "*/b", "./tree/*.go", "tree//*.txt", "tree/a.txt/*",
		"tree/*/*.txt", "tree/\\*", "tree/\\a.txt", "tree/[^a-m]*", "*", "tree", "",
		"tree/", "tree/*/", "t*/s*/y/*", "tree/b/d/e.txt", "tree/[ab]*/[cd]*",
	} {
		glob(p)
	}
	m, err := filepath.Glob(filepath.Join(base, "tree", "*", "*.txt"))
	fmt.Println("absolute Glob:", len(m), err)
	for _, f := range m {
		rel, err := filepath.Rel(base, f)
		fmt.Println(" ", rel, err)
	}
}
