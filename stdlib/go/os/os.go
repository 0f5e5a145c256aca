// Package os provides a platform-independent interface to operating system
// functionality (goro's subset: Args, Exit, the environment, the standard
// files, and files and directories by name: file.go).
package os

import (
	"io"
	"io/fs"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Portable analogs of some common system call errors (io/fs's, as in Go).
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// File represents an open file descriptor.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool     // opened with O_APPEND (WriteAt refuses)
	dir        *dirInfo // ReadDir & co.'s state, once one of them ran
}

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// syscallErrno is a system error number (Go's syscall.Errno); its text is strerror's.
type syscallErrno uintptr

func (e syscallErrno) Error() string { return errnoString(int(e)) }

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) wrapErr(op string, errno int) error {
	return &PathError{Op: op, Path: f.name, Err: syscallErrno(errno)}
}

// Write writes len(b) bytes from b to the File. It returns the number of bytes
// written and an error, if any. Write returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, errno := write(f.fd, b)
	if n < 0 {
		n = 0
	}
	if errno != 0 {
		return n, f.wrapErr("write", errno)
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather than
// a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, errno := writeString(f.fd, s)
	if n < 0 {
		n = 0
	}
	if errno != 0 {
		return n, f.wrapErr("write", errno)
	}
	if n != len(s) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// Read reads up to len(b) bytes from the File and stores them in b. It returns
// the number of bytes read and any error encountered. At end of file, Read
// returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := read(f.fd, b)
	if errno != 0 {
		if n < 0 {
			n = 0
		}
		return n, f.wrapErr("read", errno)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if errno := closeFd(f.fd); errno != 0 {
		return f.wrapErr("close", errno)
	}
	return nil
}

// Sync commits the current contents of the file (for the standard files:
// flushes goro's output buffer).
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if f.fd <= 2 {
		flush(f.fd)
		return nil
	}
	if errno := fsync(f.fd); errno != 0 {
		return f.wrapErr("sync", errno)
	}
	return nil
}

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error. The program
// terminates immediately; deferred functions are not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := lookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key.
// If the variable is present the value (which may be empty) is returned and
// the boolean is true. Otherwise the returned value will be empty and the
// boolean will be false.
func LookupEnv(key string) (string, bool) {
	return lookupEnv(key)
}

// Getpid returns the process id of the caller.
func Getpid() int

// ---- natives (see stdlib/go/NATIVES.md)

// runtime_args returns the program's arguments (os.Args).
func runtime_args() []string

// write writes b to file descriptor fd; n bytes written, errno 0 or the error.
func write(fd int, b []byte) (n int, errno int)

// writeString is write for a string.
func writeString(fd int, s string) (n int, errno int)

// read reads up to len(b) bytes; n 0 with errno 0 means end of file.
func read(fd int, b []byte) (n int, errno int)

// closeFd closes fd; errno or 0.
func closeFd(fd int) int

// flush flushes goro's buffer for fd (1 and 2 are buffered).
func flush(fd int)

// lookupEnv is getenv.
func lookupEnv(key string) (value string, ok bool)

// errnoString is strerror(errno) as Go's syscall.Errno.Error spells it.
func errnoString(errno int) string
