// os's errors are io/fs's, as in Go: %T is *fs.PathError, and errors.Is/As
// work with either package's names.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	_, err := os.Open("/nonexistent-goro-dir/file")
	fmt.Printf("%T\n%v\n", err, err)
	var pe *fs.PathError
	var ope *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Timeout())
	fmt.Println(errors.As(err, &ope), ope == pe)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.ErrNotExist == fs.ErrNotExist)
	fmt.Println(errors.Is(err, fs.ErrExist), fs.ErrClosed, os.ErrInvalid)
	e := &os.PathError{Op: "read", Path: "x", Err: fs.ErrPermission}
	fmt.Printf("%T %v %v\n", e, e, errors.Unwrap(e) == os.ErrPermission)
}
