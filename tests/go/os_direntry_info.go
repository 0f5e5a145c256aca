// os.DirEntry.Info looks the entry up when called (Go on Linux: lstat), so
// for an entry removed since os.ReadDir it fails with lstat's error, and the
// other entries give their current information.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	// (in a fresh directory under the temporary one; names stay relative)
	old, _ := os.Getwd()
	base := os.TempDir() + "/goro_direntry_" + strconv.Itoa(os.Getpid())
	os.MkdirAll(base, 0755)
	os.Chdir(base)
	defer os.RemoveAll(base)
	defer os.Chdir(old)
	os.RemoveAll("goro_direntry_dir")
	os.Mkdir("goro_direntry_dir", 0755)
	os.WriteFile("goro_direntry_dir/f", []byte("x"), 0644)
	os.WriteFile("goro_direntry_dir/g", []byte("x"), 0644)
	entries, _ := os.ReadDir("goro_direntry_dir")
	os.Remove("goro_direntry_dir/f")
	os.WriteFile("goro_direntry_dir/g", []byte("xyz"), 0644)
	for _, e := range entries {
		info, err := e.Info()
		if info != nil {
			fmt.Printf("%s: info=%s size=%d dir=%v err=%v\n", e.Name(), info.Name(), info.Size(), info.IsDir(), err)
		} else {
			fmt.Printf("%s: info=<nil> err=%v\n", e.Name(), err)
		}
	}
	os.RemoveAll("goro_direntry_dir")
}
