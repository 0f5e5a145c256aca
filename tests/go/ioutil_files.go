// io/ioutil: ReadFile/WriteFile/ReadAll/ReadDir/NopCloser/Discard in a
// scratch directory under os.TempDir(), removed at the end.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"strconv"
	"strings"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "error:", err)
		os.Exit(1)
	}
}

// rel strips the scratch directory from an error text (its name has the pid).
func rel(dir string, err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "DIR")
}

func main() {
	dir := os.TempDir() + "/goro-ioutil-" + strconv.Itoa(os.Getpid())
	check("mkdir", os.MkdirAll(dir+"/sub/deeper", 0o755))
	defer func() {
		os.RemoveAll(dir)
		_, err := os.Stat(dir)
		fmt.Println("removed:", os.IsNotExist(err))
	}()

	// WriteFile / ReadFile.
	check("write a", ioutil.WriteFile(dir+"/a.txt", []byte("hello, ioutil\n"), 0o644))
	check("write b", ioutil.WriteFile(dir+"/b.bin", bytes.Repeat([]byte{0, 1, 2, 3}, 3000), 0o600))
	check("write empty", ioutil.WriteFile(dir+"/empty", nil, 0o644))
	data, err := ioutil.ReadFile(dir + "/a.txt")
	fmt.Printf("a.txt: %q %v\n", data, err)
	data, err = ioutil.ReadFile(dir + "/b.bin")
	fmt.Println("b.bin:", len(data), err, data[4095], data[11999])
	data, err = ioutil.ReadFile(dir + "/empty")
	fmt.Println("empty:", len(data), err)
	// WriteFile truncates.
	check("rewrite a", ioutil.WriteFile(dir+"/a.txt", []byte("short"), 0o644))
	data, err = ioutil.ReadFile(dir + "/a.txt")
	fmt.Printf("a.txt now: %q %v\n", data, err)
	// Errors.
	_, err = ioutil.ReadFile(dir + "/missing")
	fmt.Println("missing:", rel(dir, err), os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	_, err = ioutil.ReadFile(dir + "/sub")
	fmt.Println("read dir as file:", rel(dir, err))
	err = ioutil.WriteFile(dir+"/nodir/x", []byte("x"), 0o644)
	fmt.Println("write into missing dir:", rel(dir, err))
	var pe *os.PathError
	fmt.Println("is PathError:", errors.As(err, &pe), pe != nil && pe.Op == "open")

	// ReadDir: sorted by name, directories flagged, sizes.
	check("write z", ioutil.WriteFile(dir+"/Z-upper", []byte("zz"), 0o644))
	check("write sub", ioutil.WriteFile(dir+"/sub/inner.txt", []byte("inner"), 0o644))
	infos, err := ioutil.ReadDir(dir)
	fmt.Println("ReadDir:", len(infos), err)
	for _, fi := range infos {
		size := fi.Size()
		if fi.IsDir() {
			size = -1 // directory sizes depend on the file system
		}
		fmt.Printf("  %-8s dir=%-5v size=%-5d regular=%v perm=%v\n", fi.Name(), fi.IsDir(), size, fi.Mode().IsRegular(), fi.Mode().Perm()&0o700) // owner bits: the rest depend on the umask
	}
	infos, err = ioutil.ReadDir(dir + "/sub/deeper")
	fmt.Println("empty dir:", len(infos), infos != nil, err)
	infos, err = ioutil.ReadDir(dir + "/missing")
	fmt.Println("missing dir:", len(infos), infos == nil, rel(dir, err), os.IsNotExist(err))
	infos, err = ioutil.ReadDir(dir + "/a.txt")
	fmt.Println("file as dir:", len(infos), infos == nil, rel(dir, err))

	// ReadAll, NopCloser, Discard.
	all, err := ioutil.ReadAll(strings.NewReader(strings.Repeat("abc", 1000)))
	fmt.Println("ReadAll:", len(all), err, string(all[:6]))
	all, err = ioutil.ReadAll(io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Printf("ReadAll limited: %q %v\n", all, err)
	all, err = ioutil.ReadAll(&failAfter{data: "partial"})
	fmt.Printf("ReadAll failing: %q %v\n", all, err)
	f, err := os.Open(dir + "/sub/inner.txt")
	check("open", err)
	all, err = ioutil.ReadAll(f)
	f.Close()
	fmt.Printf("ReadAll file: %q %v\n", all, err)

	rc := ioutil.NopCloser(strings.NewReader("nop closer"))
	fmt.Println("Close:", rc.Close())
	all, _ = ioutil.ReadAll(rc)
	fmt.Printf("after Close: %q\n", all)
	fmt.Println("Close again:", rc.Close())

	n, err := ioutil.Discard.Write([]byte("into the void"))
	fmt.Println("Discard.Write:", n, err)
	n, err = fmt.Fprintf(ioutil.Discard, "%d %s", 42, "words")
	fmt.Println("Fprintf to Discard:", n, err)
	copied, err := io.Copy(ioutil.Discard, strings.NewReader(strings.Repeat("x", 100000)))
	fmt.Println("Copy to Discard:", copied, err)
	if sw, ok := ioutil.Discard.(io.StringWriter); ok {
		n, err = sw.WriteString("str")
		fmt.Println("WriteString:", n, err)
	}
	fmt.Println("same as io.Discard:", ioutil.Discard == io.Discard)
}

type failAfter struct {
	data string
	done bool
}

func (f *failAfter) Read(p []byte) (int, error) {
	if f.done {
		return 0, errors.New("read broke")
	}
	f.done = true
	return copy(p, f.data), nil
}
