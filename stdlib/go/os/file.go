// Files and directories by name: Open/Create/OpenFile, ReadFile/WriteFile,
// Stat, ReadDir, Mkdir(All), Remove(All), Rename, the working directory and
// the environment. Errors are *PathError wrapping the system error number,
// with Go's texts ("open x: no such file or directory"); errors.Is(err,
// ErrNotExist) and IsNotExist work as in Go.
//
// goro: FileInfo has no ModTime method. Its result type, time.Time, would make
// os (and so fmt, and every program) import package time, whose compilation
// costs ~15 ms of start-up; it comes back when packages are compiled lazily.
package os

import (
	"errors"
	"io"
)

// Flags to OpenFile (Linux values, as Go's syscall package has them).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Seek whence values.
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// PathSeparator and PathListSeparator are the OS-specific separators.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// DevNull is the name of the operating system's "null device".
const DevNull = "/dev/null"

// A FileMode represents a file's mode and permission bits (Go's io/fs.FileMode).
type FileMode uint32

// The defined file mode bits are the most significant bits of the FileMode.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: Unix character device, when ModeDevice is set
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file; nothing else is known about this file

	ModeType          = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm FileMode = 0777 // Unix permission bits
)

// String renders the mode as ls does: one letter per type bit set (in the
// order of the constants above), or '-', then rwx for the permission bits.
func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	var buf [32]byte
	n := 0
	for i := 0; i < len(letters); i++ {
		if m&(1<<uint(31-i)) != 0 {
			buf[n] = letters[i]
			n++
		}
	}
	if n == 0 {
		buf[n] = '-'
		n++
	}
	const rwx = "rwxrwxrwx"
	for i := 0; i < 9; i++ {
		if m&(1<<uint(8-i)) != 0 {
			buf[n] = rwx[i]
		} else {
			buf[n] = '-'
		}
		n++
	}
	return string(buf[:n])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits in m.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns the type bits in m.
func (m FileMode) Type() FileMode { return m & ModeType }

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string   // base name of the file
	Size() int64    // length in bytes for regular files; system-dependent for others
	Mode() FileMode // file mode bits
	IsDir() bool    // abbreviation for Mode().IsDir()
	Sys() any       // underlying data source (goro: nil)
}

type fileStat struct {
	name string
	size int64
	mode FileMode
	dev  uint64 // for SameFile
	ino  uint64
}

func (fs *fileStat) Name() string   { return fs.name }
func (fs *fileStat) Size() int64    { return fs.size }
func (fs *fileStat) Mode() FileMode { return fs.mode }
func (fs *fileStat) IsDir() bool    { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any       { return nil }

// A DirEntry is an entry read from a directory (Go's io/fs.DirEntry).
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

type dirEntry struct {
	dir  string // the directory it was read from
	info *fileStat
}

func (d *dirEntry) Name() string   { return d.info.name }
func (d *dirEntry) IsDir() bool    { return d.info.IsDir() }
func (d *dirEntry) Type() FileMode { return d.info.mode.Type() }

// Info looks the entry up again, as Go's does on Linux: an entry removed
// since the directory was read gives lstat's error.
func (d *dirEntry) Info() (FileInfo, error) {
	path := d.dir + "/" + d.info.name
	size, mode, _, dev, ino, errno := stat(path, false)
	if errno != 0 {
		return nil, pathErr("lstat", path, errno)
	}
	return newFileStat(d.info.name, size, mode, dev, ino), nil
}

// Linux errno values the package tests for.
const (
	ePERM     = 1
	eNOENT    = 2
	eACCES    = 13
	eEXIST    = 17
	eNOTDIR   = 20
	eNOTEMPTY = 39
)

// Is makes errors.Is(err, ErrNotExist) & co. true for the matching errnos.
func (e syscallErrno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eACCES || e == ePERM
	case ErrExist:
		return e == eEXIST || e == eNOTEMPTY
	case ErrNotExist:
		return e == eNOENT
	}
	return false
}

// underlyingErrorIs: err is target, or the error inside a *PathError or
// *LinkError is (one level only, as Go's IsNotExist and friends look).
func underlyingErrorIs(err, target error) bool {
	if err == target {
		return true
	}
	switch pe := err.(type) {
	case *PathError:
		err = pe.Err
	case *LinkError:
		err = pe.Err
	}
	if err == target {
		return true
	}
	e, ok := err.(syscallErrno)
	return ok && e.Is(target)
}

// IsExist reports whether err says that a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err says that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err says that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// LinkError records an error during a link, symlink or rename, and the paths
// that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

func pathErr(op, path string, errno int) error {
	return &PathError{Op: op, Path: path, Err: syscallErrno(errno)}
}

// OpenFile opens the named file with the given flag (O_RDONLY etc.); if the
// file does not exist and O_CREATE is given, it is created with mode perm
// (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := open(name, flag, uint32(perm.Perm()|perm&(ModeSetuid|ModeSetgid|ModeSticky)))
	if errno != 0 {
		return nil, pathErr("open", name, errno)
	}
	return &File{fd: fd, name: name, appendMode: flag&O_APPEND != 0}, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file (mode 0666 before umask) and
// opens it for reading and writing.
func Create(name string) (*File, error) { return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666) }

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if st, err := f.Stat(); err == nil && st.Size() > 0 && st.Size() < 1<<40 {
		size = int(st.Size()) + 1
	}
	data := make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it with perm (before
// umask) if necessary, truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

func newFileStat(name string, size int64, sysMode uint32, dev, ino uint64) *fileStat {
	mode := FileMode(sysMode & 0777)
	switch sysMode & 0170000 {
	case 0060000:
		mode |= ModeDevice
	case 0020000:
		mode |= ModeDevice | ModeCharDevice
	case 0040000:
		mode |= ModeDir
	case 0010000:
		mode |= ModeNamedPipe
	case 0120000:
		mode |= ModeSymlink
	case 0140000:
		mode |= ModeSocket
	}
	if sysMode&04000 != 0 {
		mode |= ModeSetuid
	}
	if sysMode&02000 != 0 {
		mode |= ModeSetgid
	}
	if sysMode&01000 != 0 {
		mode |= ModeSticky
	}
	return &fileStat{name: basename(name), size: size, mode: mode, dev: dev, ino: ino}
}

func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns a FileInfo describing the named file (following symbolic links).
func Stat(name string) (FileInfo, error) {
	size, mode, _, dev, ino, errno := stat(name, true)
	if errno != 0 {
		return nil, pathErr("stat", name, errno)
	}
	return newFileStat(name, size, mode, dev, ino), nil
}

// Lstat is Stat without following a final symbolic link.
func Lstat(name string) (FileInfo, error) {
	size, mode, _, dev, ino, errno := stat(name, false)
	if errno != 0 {
		return nil, pathErr("lstat", name, errno)
	}
	return newFileStat(name, size, mode, dev, ino), nil
}

// Stat returns the FileInfo describing the open file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	size, mode, _, dev, ino, errno := fstat(f.fd)
	if errno != 0 {
		return nil, f.wrapErr("stat", errno)
	}
	return newFileStat(f.name, size, mode, dev, ino), nil
}

// Seek sets the offset for the next Read or Write to offset, interpreted by
// whence: 0 from the start, 1 from the current offset, 2 from the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	off, errno := seek(f.fd, offset, whence)
	if errno != 0 {
		return 0, f.wrapErr("seek", errno)
	}
	return off, nil
}

// ReadDir reads the named directory and returns its entries sorted by name.
func ReadDir(name string) ([]DirEntry, error) {
	names, errno := readDirNames(name)
	if errno != 0 {
		return nil, pathErr("open", name, errno)
	}
	entries := make([]DirEntry, 0, len(names))
	for _, n := range names {
		size, mode, _, dev, ino, errno := stat(name+"/"+n, false)
		if errno == eNOENT {
			continue // removed since the directory was read
		}
		if errno != 0 {
			return entries, pathErr("lstat", name+"/"+n, errno)
		}
		entries = append(entries, &dirEntry{dir: name, info: newFileStat(n, size, mode, dev, ino)})
	}
	return entries, nil
}

// Mkdir creates a directory with the given permission bits (before umask).
func Mkdir(name string, perm FileMode) error {
	if errno := mkdir(name, uint32(perm.Perm())); errno != 0 {
		return pathErr("mkdir", name, errno)
	}
	return nil
}

// MkdirAll creates a directory and any parents that do not exist yet; nil if
// path is already a directory.
func MkdirAll(path string, perm FileMode) error {
	if st, err := Stat(path); err == nil {
		if st.IsDir() {
			return nil
		}
		return pathErr("mkdir", path, eNOTDIR)
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		if st, err1 := Lstat(path); err1 == nil && st.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := unlink(name)
	if e == 0 {
		return nil
	}
	e1 := rmdir(name)
	if e1 == 0 {
		return nil
	}
	if e1 != eNOTDIR {
		e = e1 // a directory: rmdir's error says more
	}
	return pathErr("remove", name, e)
}

// RemoveAll removes path and everything it contains; nil if path does not exist.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if errno := removeAll(path); errno != 0 && errno != eNOENT {
		return pathErr("unlinkat", path, errno)
	}
	return nil
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if errno := rename(oldpath, newpath); errno != 0 {
		return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: syscallErrno(errno)}
	}
	return nil
}

// Getwd returns the current directory.
func Getwd() (dir string, err error) {
	dir, errno := getwd()
	if errno != 0 {
		return "", pathErr("getwd", ".", errno)
	}
	return dir, nil
}

// Chdir changes the current working directory.
func Chdir(dir string) error {
	if errno := chdir(dir); errno != 0 {
		return pathErr("chdir", dir, errno)
	}
	return nil
}

// TempDir returns $TMPDIR, or /tmp.
func TempDir() string {
	if d := Getenv("TMPDIR"); d != "" {
		return d
	}
	return "/tmp"
}

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if key == "" || indexByte(key, '=') >= 0 || indexByte(key, 0) >= 0 || indexByte(value, 0) >= 0 {
		return errors.New("setenv: invalid argument")
	}
	setenv(key, value)
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

// Environ returns a copy of the environment, as "key=value" strings.
func Environ() []string { return environ() }

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// ---- natives (see stdlib/go/NATIVES.md)

func open(name string, flag int, perm uint32) (fd int, errno int)
func stat(name string, follow bool) (size int64, mode uint32, mtime int64, dev, ino uint64, errno int)
func fstat(fd int) (size int64, mode uint32, mtime int64, dev, ino uint64, errno int)
func seek(fd int, offset int64, whence int) (off int64, errno int)
func readDirNames(name string) (names []string, errno int)
func mkdir(name string, perm uint32) int
func unlink(name string) int
func rmdir(name string) int
func removeAll(path string) int
func rename(from, to string) int
func getwd() (dir string, errno int)
func chdir(dir string) int
func setenv(key, value string)
func unsetenv(key string)
func environ() []string
