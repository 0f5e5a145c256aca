package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "error:", err)
	}
}

func main() {
	base, err := os.MkdirTemp("", "goro-os-api-"+strconv.Itoa(os.Getpid())+"-*")
	check("mkdirtemp", err)
	check("chdir", os.Chdir(base))
	defer os.RemoveAll(base)
	fmt.Println(strings.HasPrefix(base, os.TempDir()), strings.Contains(base, "goro-os-api-"))
	st, err := os.Stat(base)
	fmt.Println(err, st.IsDir(), st.Mode().Perm())

	// identity
	fmt.Println(os.Getpid() > 0, os.Getppid() > 0, os.Getppid() != os.Getpid())
	fmt.Println(os.Getuid() >= 0, os.Geteuid() >= 0, os.Getgid() >= 0, os.Getegid() >= 0)
	fmt.Println(os.Getpagesize()%4096 == 0)
	_, err = os.Getgroups()
	fmt.Println(err)
	h, err := os.Hostname()
	fmt.Println(h != "", err)
	exe, err := os.Executable()
	fmt.Println(strings.HasPrefix(exe, "/"), err)
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'), os.PathSeparator, os.PathListSeparator, os.DevNull)

	// environment
	os.Setenv("GORO_A", "alpha")
	os.Setenv("GORO_EMPTY", "")
	v, ok := os.LookupEnv("GORO_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("GORO_NOPE")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	for _, s := range []string{
		"$GORO_A", "${GORO_A}x", "$GORO_Ax", "pre $GORO_A post", "$", "a$", "$$", "$1 $@ $* $#",
		"${}", "${GORO_A", "${1}", "${@}", "$-x", "${GORO_A}${GORO_A}", "no vars", "$ space", "$!x", "${a b}", "$GORO_EMPTY|",
	} {
		fmt.Printf("%q -> %q\n", s, os.ExpandEnv(s))
	}
	fmt.Println(os.Expand("$a ${b} $c1 ${*}", func(k string) string { return "<" + k + ">" }))
	found := false
	for _, kv := range os.Environ() {
		if kv == "GORO_A=alpha" {
			found = true
		}
	}
	fmt.Println(found)
	check("unsetenv", os.Unsetenv("GORO_A"))
	_, ok = os.LookupEnv("GORO_A")
	fmt.Println(ok)
	os.Setenv("HOME", "/home/gopher")
	os.Setenv("XDG_CACHE_HOME", "")
	os.Setenv("XDG_CONFIG_HOME", "rel")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	os.Setenv("XDG_CACHE_HOME", "/xdg/cache")
	fmt.Println(os.UserCacheDir())
	os.Unsetenv("XDG_CONFIG_HOME")
	fmt.Println(os.UserConfigDir())
	tmp := os.TempDir()
	path := os.Getenv("PATH")
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("HOME") == "")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	fmt.Println(os.TempDir())
	os.Setenv("TMPDIR", tmp)
	os.Setenv("PATH", path)

	// errors
	fmt.Println(os.ErrInvalid, os.ErrPermission, os.ErrExist, os.ErrNotExist, os.ErrClosed)
	fmt.Println(os.ErrNoDeadline, os.ErrDeadlineExceeded, os.ErrProcessDone)
	fmt.Println(os.IsTimeout(os.ErrDeadlineExceeded), os.IsTimeout(errors.New("x")))
	se := os.NewSyscallError("pipe2", os.ErrInvalid)
	fmt.Println(se, errors.Is(se, os.ErrInvalid), os.NewSyscallError("x", nil) == nil)
	fmt.Println(os.IsTimeout(os.NewSyscallError("read", os.ErrDeadlineExceeded)))
	var sep *os.SyscallError
	fmt.Println(errors.As(se, &sep), sep.Syscall)

	// files: WriteAt, ReadAt, Truncate, Seek, Sync, Name, Fd
	f, err := os.Create("data.txt")
	check("create", err)
	fmt.Println(f.Name(), f.Fd() > 2)
	n, err := f.WriteString("hello, world\n")
	fmt.Println(n, err)
	n, err = f.WriteAt([]byte("HELLO"), 0)
	fmt.Println(n, err)
	n, err = f.WriteAt([]byte("!"), 20)
	fmt.Println(n, err)
	n, err = f.WriteAt([]byte("x"), -1)
	fmt.Println(n, err)
	fmt.Println(f.Sync())
	buf := make([]byte, 8)
	n, err = f.ReadAt(buf, 7)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = f.ReadAt(buf, 18)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = f.ReadAt(buf, 100)
	fmt.Println(n, err)
	n, err = f.ReadAt(buf, -5)
	fmt.Println(n, err)
	off, err := f.Seek(0, io.SeekCurrent)
	fmt.Println(off, err)
	fmt.Println(f.Truncate(5))
	st, _ = f.Stat()
	fmt.Println(st.Size())
	fmt.Println(f.Truncate(-1))
	off, err = f.Seek(-1, io.SeekStart)
	fmt.Println(off, err)
	fmt.Println(f.Chmod(0600))
	st, _ = os.Stat("data.txt")
	fmt.Println(st.Mode())
	check("close", f.Close())
	n, err = f.ReadAt(buf, 0)
	fmt.Println(n, err)
	n, err = f.WriteAt(buf, 0)
	fmt.Println(n, err)
	fmt.Println(f.Truncate(0))
	fmt.Println(f.Sync())
	fmt.Println(f.Chmod(0600))
	_, err = f.ReadDir(-1)
	fmt.Println(err)
	_, err = f.Seek(0, 0)
	fmt.Println(err)

	af, err := os.OpenFile("data.txt", os.O_WRONLY|os.O_APPEND, 0)
	check("open", err)
	n, err = af.WriteAt([]byte("x"), 0)
	fmt.Println(n, err)
	n, err = af.WriteString(" there")
	fmt.Println(n, err)
	af.Close()
	b, err := os.ReadFile("data.txt")
	fmt.Printf("%q %v\n", b, err)

	// Truncate, Chmod by name
	fmt.Println(os.Truncate("data.txt", 3))
	b, _ = os.ReadFile("data.txt")
	fmt.Printf("%q\n", b)
	fmt.Println(os.Truncate("data.txt", 6))
	b, _ = os.ReadFile("data.txt")
	fmt.Printf("%q\n", b)
	fmt.Println(os.Truncate("missing.txt", 0))
	fmt.Println(os.Chmod("data.txt", 0640|os.ModeSticky))
	st, _ = os.Stat("data.txt")
	fmt.Println(st.Mode())
	fmt.Println(os.Chmod("data.txt", 0644))
	fmt.Println(os.Chmod("missing.txt", 0644))
	fmt.Println(os.Chown("missing.txt", -1, -1), os.Lchown("missing.txt", -1, -1))
	fmt.Println(os.Chown("data.txt", -1, -1))

	// links
	fmt.Println(os.Symlink("data.txt", "sym"))
	fmt.Println(os.Symlink("data.txt", "sym"))
	fmt.Println(os.Link("data.txt", "hard"))
	fmt.Println(os.Link("missing.txt", "hard2"))
	fmt.Println(os.Readlink("sym"))
	fmt.Println(os.Readlink("data.txt"))
	fmt.Println(os.Readlink("missing"))
	st1, _ := os.Stat("data.txt")
	st2, _ := os.Stat("sym")
	st3, _ := os.Lstat("sym")
	st4, _ := os.Stat("hard")
	st5, _ := os.Stat(".")
	fmt.Println(os.SameFile(st1, st2), os.SameFile(st1, st3), os.SameFile(st1, st4), os.SameFile(st1, st5))
	fmt.Println(st3.Mode()&os.ModeSymlink != 0)
	_, err = os.Lstat("sym")
	fmt.Println(os.IsExist(os.Symlink("x", "sym")), os.IsNotExist(err))

	// directories
	check("mkdir", os.MkdirAll("dir/sub", 0755))
	for _, name := range []string{"dir/c", "dir/a", "dir/b"} {
		check("write", os.WriteFile(name, []byte(name), 0644))
	}
	d, err := os.Open("dir")
	check("open dir", err)
	ents, err := d.ReadDir(2)
	fmt.Println(len(ents), err)
	seen := []string{}
	for _, e := range ents {
		seen = append(seen, e.Name())
	}
	ents, err = d.ReadDir(0)
	fmt.Println(len(ents), err)
	for _, e := range ents {
		seen = append(seen, e.Name())
	}
	sort.Strings(seen)
	fmt.Println(seen)
	for _, name := range seen {
		fi, err := os.Lstat("dir/" + name)
		check("lstat", err)
		fmt.Println(name, fi.IsDir(), fi.Mode().Type())
	}
	ents, err = d.ReadDir(0)
	fmt.Println(len(ents), err)
	ents, err = d.ReadDir(1)
	fmt.Println(len(ents), err)
	d.Close()
	d, _ = os.Open("dir")
	names, err := d.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names, err)
	names, err = d.Readdirnames(3)
	fmt.Println(names, err, names == nil)
	d.Close()
	d, _ = os.Open("dir")
	infos, err := d.Readdir(-1)
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	for _, fi := range infos {
		if fi.IsDir() {
			fmt.Println(fi.Name(), fi.IsDir())
		} else {
			fmt.Println(fi.Name(), fi.Size(), fi.IsDir())
		}
	}
	fmt.Println(err)
	infos, err = d.Readdir(1)
	fmt.Println(len(infos), err)
	d.Close()
	f, _ = os.Open("data.txt")
	_, err = f.ReadDir(-1)
	fmt.Println(err)
	_, err = f.Readdirnames(1)
	fmt.Println(err)
	f.Close()

	// File.Chdir
	d, _ = os.Open("dir/sub")
	fmt.Println(d.Chdir())
	wd, _ := os.Getwd()
	fmt.Println(strings.HasSuffix(wd, "/dir/sub"))
	check("chdir", os.Chdir(base))
	f, _ = os.Open("data.txt")
	fmt.Println(f.Chdir())
	f.Close()
	d.Close()

	// temporary files and directories
	tf, err := os.CreateTemp("", "x*.txt")
	check("createtemp", err)
	fmt.Println(strings.HasPrefix(tf.Name(), os.TempDir()), strings.HasSuffix(tf.Name(), ".txt"))
	st, _ = tf.Stat()
	fmt.Println(st.Mode())
	tf.Close()
	os.Remove(tf.Name())
	tf, err = os.CreateTemp("dir", "tmp")
	check("createtemp", err)
	fmt.Println(strings.HasPrefix(tf.Name(), "dir/tmp"), len(tf.Name()) > len("dir/tmp"))
	tf.Close()
	tf, err = os.CreateTemp("dir/", "a*b*c")
	check("createtemp", err)
	fmt.Println(strings.HasPrefix(tf.Name(), "dir/a*b"), strings.HasSuffix(tf.Name(), "c"))
	tf.Close()
	_, err = os.CreateTemp("dir", "a/b")
	fmt.Println(err)
	_, err = os.CreateTemp("nodir", "x")
	fmt.Println(strings.HasPrefix(err.Error(), "open nodir/x"), os.IsNotExist(err))
	td, err := os.MkdirTemp("dir", "t-*-d")
	check("mkdirtemp", err)
	fmt.Println(strings.HasPrefix(td, "dir/t-"), strings.HasSuffix(td, "-d"))
	st, _ = os.Stat(td)
	fmt.Println(st.Mode())
	_, err = os.MkdirTemp("dir", "a/b")
	fmt.Println(err)
	_, err = os.MkdirTemp("nodir", "x")
	fmt.Println(err)

	// os.Pipe
	r, w, err := os.Pipe()
	check("pipe", err)
	fmt.Println(r.Name(), w.Name())
	go func() {
		w.Write([]byte("through the pipe"))
		w.Close()
	}()
	b, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", b, err)
	r.Close()

	check("chdir", os.Chdir(os.TempDir()))
	check("removeall", os.RemoveAll(base))
	_, err = os.Stat(base)
	fmt.Println(os.IsNotExist(err))
}
