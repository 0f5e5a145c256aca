// Files and directories through package os: create, write (bufio), read
// (bufio.Scanner), seek, stat, append, ReadDir, MkdirAll, Rename, Remove(All),
// Getwd/Chdir, the environment; errors with Go's texts and errors.Is /
// os.IsNotExist / os.IsExist. Paths are printed relative to the test's
// directory (DIR).
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

var dir string

// show prints values with the test directory's path as DIR.
func show(a ...any) {
	fmt.Println(strings.ReplaceAll(fmt.Sprint(a...), dir, "DIR"))
}

func check(err error) {
	if err != nil {
		show("error: ", err)
	}
}

func main() {
	dir = fmt.Sprintf("%s/goro_files_test_%d", os.TempDir(), os.Getpid())
	check(os.RemoveAll(dir))
	check(os.MkdirAll(dir+"/a/b", 0755))
	check(os.MkdirAll(dir+"/a/b", 0755))
	check(os.WriteFile(dir+"/a/hello.txt", []byte("hello\nworld\n"), 0644))
	data, err := os.ReadFile(dir + "/a/hello.txt")
	fmt.Printf("%q %v\n", data, err)

	f, err := os.Create(dir + "/lines.txt")
	check(err)
	w := bufio.NewWriter(f)
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	check(w.Flush())
	check(f.Close())
	check(f.Close())

	f, err = os.Open(dir + "/lines.txt")
	check(err)
	sc := bufio.NewScanner(f)
	n, last := 0, ""
	for sc.Scan() {
		n++
		last = sc.Text()
	}
	fmt.Println(n, last, sc.Err())
	off, err := f.Seek(-9, io.SeekEnd)
	fmt.Println(off, err)
	buf := make([]byte, 20)
	k, err := f.Read(buf)
	fmt.Printf("%q %v\n", buf[:k], err)
	k, err = f.Read(buf)
	fmt.Println(k, err)
	st, err := f.Stat()
	fmt.Println(st.Name(), st.Size(), st.Mode()&^0077, st.IsDir(), err) // (group and other bits: umask)
	f.Close()

	f, err = os.OpenFile(dir+"/lines.txt", os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	f.WriteString("appended\n")
	f.Close()
	data, _ = os.ReadFile(dir + "/lines.txt")
	fmt.Println(len(data), strings.HasSuffix(string(data), "appended\n"))

	_, err = os.Open(dir + "/missing.txt")
	show(err)
	fmt.Println(os.IsNotExist(err), errors.Is(err, os.ErrNotExist), os.IsExist(err))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
	_, err = os.OpenFile(dir+"/lines.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	show(err, " ", os.IsExist(err))
	err = os.Mkdir(dir+"/a", 0755)
	show(err, " ", os.IsExist(err), " ", errors.Is(err, os.ErrExist))

	st, err = os.Stat(dir + "/a")
	fmt.Println(st.Name(), st.IsDir(), st.Mode().IsDir(), st.Mode()&os.ModeType == os.ModeDir, err)
	fmt.Println(os.FileMode(0644), os.FileMode(0755)|os.ModeDir, os.ModeSymlink|0777, os.FileMode(0))
	entries, err := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e.Type())
	}
	fmt.Println(err)
	_, err = os.ReadDir(dir + "/nope")
	show(err)

	check(os.Rename(dir+"/lines.txt", dir+"/a/moved.txt"))
	err = os.Rename(dir+"/nope", dir+"/x")
	show(err)
	fmt.Println(os.Remove(dir + "/a/moved.txt"))
	err = os.Remove(dir + "/a")
	show(err)
	err = os.Remove(dir + "/nope")
	show(err, " ", os.IsNotExist(err))

	wd, err := os.Getwd()
	check(err)
	check(os.Chdir(dir))
	wd2, _ := os.Getwd()
	fmt.Println(wd2 == dir)
	check(os.Chdir(wd))
	show(os.Chdir(dir + "/nope"))

	check(os.Setenv("GORO_TEST_VAR", "v1"))
	fmt.Println(os.Getenv("GORO_TEST_VAR"))
	found := false
	for _, kv := range os.Environ() {
		if kv == "GORO_TEST_VAR=v1" {
			found = true
		}
	}
	fmt.Println(found)
	check(os.Unsetenv("GORO_TEST_VAR"))
	_, ok := os.LookupEnv("GORO_TEST_VAR")
	fmt.Println(ok)
	fmt.Println(os.Setenv("", "x"))

	check(os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.RemoveAll(dir))
}
