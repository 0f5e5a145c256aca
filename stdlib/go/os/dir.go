// More of File (ReadAt/WriteAt, Truncate, Chmod, Chown, Chdir, directory
// reading), links, permissions, temporary files and directories, SameFile
// and Pipe.
package os

import (
	"errors"
	"io"
)

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")
var errPatternHasSeparator = errors.New("pattern contains path separator")

// ReadAt reads len(b) bytes from the File starting at byte offset off. It
// returns the number of bytes read and the error, if any. ReadAt always
// returns a non-nil error when n < len(b). At end of file, that error is
// io.EOF.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, errno := pread(f.fd, b, off)
		if errno != 0 {
			err = f.wrapErr("read", errno)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// WriteAt writes len(b) bytes to the File starting at byte offset off. It
// returns the number of bytes written and an error, if any. WriteAt returns
// a non-nil error when n != len(b). If the file was opened with the O_APPEND
// flag, WriteAt returns an error.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, errno := pwrite(f.fd, b, off)
		if errno != 0 {
			err = f.wrapErr("write", errno)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Truncate changes the size of the file. It does not change the I/O offset.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if errno := ftruncate(f.fd, size); errno != 0 {
		return f.wrapErr("truncate", errno)
	}
	return nil
}

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	if errno := fchmod(f.fd, sysMode(mode)); errno != 0 {
		return f.wrapErr("chmod", errno)
	}
	return nil
}

// Chown changes the numeric uid and gid of the file.
func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	if errno := fchown(f.fd, uid, gid); errno != 0 {
		return f.wrapErr("chown", errno)
	}
	return nil
}

// Chdir changes the current working directory to the file, which must be a
// directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	if errno := fchdir(f.fd); errno != 0 {
		return f.wrapErr("chdir", errno)
	}
	return nil
}

// dirInfo: the names of an open directory (read in full, sorted, by the
// first ReadDir, Readdir or Readdirnames) and how many were returned.
type dirInfo struct {
	names []string
	pos   int
}

// nextNames returns the next n names (all the rest for n <= 0).
func (f *File) nextNames(n int) ([]string, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "readdirent", Path: f.name, Err: errors.New("use of closed file")}
	}
	if f.dir == nil {
		names, errno := readDirFd(f.fd)
		if errno != 0 {
			return nil, f.wrapErr("readdirent", errno)
		}
		f.dir = &dirInfo{names: names}
	}
	rest := f.dir.names[f.dir.pos:]
	if n > 0 {
		if len(rest) == 0 {
			return nil, io.EOF
		}
		if n < len(rest) {
			rest = rest[:n]
		}
	}
	f.dir.pos += len(rest)
	return rest, nil
}

// lstatAt lstats name in directory f, skipping (ok false) an entry removed
// since the directory was read.
func (f *File) lstatAt(name string) (fs *fileStat, ok bool, err error) {
	path := f.name + "/" + name
	size, mode, _, dev, ino, errno := stat(path, false)
	if errno == eNOENT {
		return nil, false, nil
	}
	if errno != 0 {
		return nil, false, pathErr("lstat", path, errno)
	}
	return newFileStat(name, size, mode, dev, ino), true, nil
}

// ReadDir reads the contents of the directory associated with the file f and
// returns a slice of DirEntry values (goro: in name order). If n > 0, it
// returns at most n entries, and io.EOF at the end of the directory; if n <=
// 0, all the remaining entries and a nil error.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, err := f.nextNames(n)
	entries := make([]DirEntry, 0, len(names))
	if err != nil {
		return entries, err
	}
	for _, name := range names {
		fs, ok, err := f.lstatAt(name)
		if err != nil {
			return entries, err
		}
		if ok {
			entries = append(entries, &dirEntry{dir: f.name, info: fs})
		}
	}
	return entries, nil
}

// Readdir is ReadDir giving FileInfo values (as Lstat's).
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, err := f.nextNames(n)
	infos := make([]FileInfo, 0, len(names))
	if err != nil {
		return infos, err
	}
	for _, name := range names {
		fs, ok, err := f.lstatAt(name)
		if err != nil {
			return infos, err
		}
		if ok {
			infos = append(infos, fs)
		}
	}
	return infos, nil
}

// Readdirnames is ReadDir giving only the names.
func (f *File) Readdirnames(n int) (names []string, err error) {
	names, err = f.nextNames(n)
	if names == nil {
		names = []string{}
	}
	return names, err
}

// sysMode: the permission, setuid, setgid and sticky bits of mode as chmod's.
func sysMode(mode FileMode) uint32 {
	m := uint32(mode.Perm())
	if mode&ModeSetuid != 0 {
		m |= 04000
	}
	if mode&ModeSetgid != 0 {
		m |= 02000
	}
	if mode&ModeSticky != 0 {
		m |= 01000
	}
	return m
}

// Chmod changes the mode of the named file to mode. If the file is a
// symbolic link, it changes the mode of the link's target.
func Chmod(name string, mode FileMode) error {
	if errno := chmod(name, sysMode(mode)); errno != 0 {
		return pathErr("chmod", name, errno)
	}
	return nil
}

// Chown changes the numeric uid and gid of the named file (a symbolic link's
// target). A uid or gid of -1 means to not change that value.
func Chown(name string, uid, gid int) error {
	if errno := chown(name, uid, gid, true); errno != 0 {
		return pathErr("chown", name, errno)
	}
	return nil
}

// Lchown is Chown for the link itself when name is a symbolic link.
func Lchown(name string, uid, gid int) error {
	if errno := chown(name, uid, gid, false); errno != 0 {
		return pathErr("lchown", name, errno)
	}
	return nil
}

// Truncate changes the size of the named file. If the file is a symbolic
// link, it changes the size of the link's target.
func Truncate(name string, size int64) error {
	if errno := truncate(name, size); errno != 0 {
		return pathErr("truncate", name, errno)
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	target, errno := readlink(name)
	if errno != 0 {
		return "", pathErr("readlink", name, errno)
	}
	return target, nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if errno := symlink(oldname, newname); errno != 0 {
		return &LinkError{Op: "symlink", Old: oldname, New: newname, Err: syscallErrno(errno)}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	if errno := link(oldname, newname); errno != 0 {
		return &LinkError{Op: "link", Old: oldname, New: newname, Err: syscallErrno(errno)}
	}
	return nil
}

// SameFile reports whether fi1 and fi2 describe the same file (the same
// device and inode). It returns false for FileInfos not made by this package.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return a.dev == b.dev && a.ino == b.ino
}

// Pipe returns a connected pair of Files; reads from r return bytes written
// to w.
func Pipe() (r *File, w *File, err error) {
	rfd, wfd, errno := pipe()
	if errno != 0 {
		return nil, nil, NewSyscallError("pipe2", syscallErrno(errno))
	}
	return &File{fd: rfd, name: "|0"}, &File{fd: wfd, name: "|1"}, nil
}

// tempPattern splits pattern at its last "*" into prefix and suffix.
func tempPattern(op, pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == PathSeparator {
			return "", "", &PathError{Op: op, Path: pattern, Err: errPatternHasSeparator}
		}
	}
	prefix = pattern
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	return prefix, suffix, nil
}

func tempPrefix(dir, prefix string) string {
	if len(dir) > 0 && dir[len(dir)-1] == PathSeparator {
		return dir + prefix
	}
	return dir + "/" + prefix
}

func nextRandom() string {
	return uitoa(uint64(fastrand()))
}

func uitoa(v uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(b[i:])
}

// CreateTemp creates a new temporary file in the directory dir (TempDir() if
// dir is ""), opens it for reading and writing, and returns the File. Its
// name is pattern with a random string in place of the last "*" (or appended
// when there is none).
func CreateTemp(dir, pattern string) (*File, error) {
	prefix, suffix, err := tempPattern("createtemp", pattern)
	if err != nil {
		return nil, err
	}
	if dir == "" {
		dir = TempDir()
	}
	prefix = tempPrefix(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// MkdirTemp creates a new temporary directory in the directory dir (TempDir()
// if dir is "") and returns its path; its name is made from pattern as
// CreateTemp's. The directory has mode 0700 (before umask).
func MkdirTemp(dir, pattern string) (string, error) {
	prefix, suffix, err := tempPattern("mkdirtemp", pattern)
	if err != nil {
		return "", err
	}
	if dir == "" {
		dir = TempDir()
	}
	prefix = tempPrefix(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

// ---- natives (see stdlib/go/NATIVES.md)

func pread(fd int, b []byte, off int64) (n int, errno int)
func pwrite(fd int, b []byte, off int64) (n int, errno int)
func ftruncate(fd int, size int64) int
func truncate(name string, size int64) int
func fchmod(fd int, mode uint32) int
func chmod(name string, mode uint32) int
func fchown(fd int, uid, gid int) int
func chown(name string, uid, gid int, follow bool) int
func fchdir(fd int) int
func fsync(fd int) int
func readDirFd(fd int) (names []string, errno int)
func readlink(name string) (target string, errno int)
func symlink(oldname, newname string) int
func link(oldname, newname string) int
func pipe() (r, w int, errno int)
func fastrand() uint32
