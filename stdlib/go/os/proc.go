// The process's identity (ids, host name, executable), environment expansion
// and the user's directories; SyscallError and the deadline errors.
package os

import "errors"

// ErrProcessDone indicates a Process has finished.
var ErrProcessDone = errors.New("os: process already finished")

// ErrNoDeadline is returned for an attempt to set a deadline on a file type
// that does not support deadlines (goro: every File).
var ErrNoDeadline = errors.New("file type does not support deadline")

// ErrDeadlineExceeded is returned for an expired deadline.
var ErrDeadlineExceeded error = &deadlineExceededError{}

type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether this error represents a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns, as an error, a new SyscallError with the given
// system call name and error details. If err is nil, NewSyscallError returns
// nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// IsTimeout reports whether err is known to report that a timeout occurred.
func IsTimeout(err error) bool {
	switch pe := err.(type) {
	case *PathError:
		err = pe.Err
	case *LinkError:
		err = pe.Err
	case *SyscallError:
		err = pe.Err
	}
	t, ok := err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// Getppid returns the process id of the caller's parent.
func Getppid() int

// Getuid returns the numeric user id of the caller.
func Getuid() int

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int

// Getgid returns the numeric group id of the caller.
func Getgid() int

// Getegid returns the numeric effective group id of the caller.
func Getegid() int

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int

// Getgroups returns a list of the numeric ids of groups that the caller
// belongs to.
func Getgroups() ([]int, error) {
	gids, errno := getgroups()
	if errno != 0 {
		return nil, NewSyscallError("getgroups", syscallErrno(errno))
	}
	return gids, nil
}

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	name, errno := hostname()
	if errno != 0 {
		return "", NewSyscallError("gethostname", syscallErrno(errno))
	}
	return name, nil
}

// Executable returns the path name for the executable that started the
// current process (goro: the goro binary that runs the program).
func Executable() (string, error) {
	p, err := Readlink("/proc/self/exe")
	if err != nil {
		return "", err
	}
	const deleted = " (deleted)"
	if len(p) > len(deleted) && p[len(p)-len(deleted):] == deleted {
		p = p[:len(p)-len(deleted)]
	}
	return p, nil
}

// Clearenv deletes all environment variables.
func Clearenv() { clearenv() }

// Expand replaces ${var} or $var in the string based on the mapping function.
// For example, os.ExpandEnv(s) is equivalent to os.Expand(s, os.Getenv).
func Expand(s string, mapping func(string) string) string {
	var out []byte
	start := 0 // s[start:] has not been copied to out yet
	for i := 0; i < len(s); i++ {
		if s[i] != '$' || i+1 >= len(s) {
			continue
		}
		if out == nil {
			out = make([]byte, 0, 2*len(s))
		}
		out = append(out, s[start:i]...)
		name, width := shellName(s[i+1:])
		switch {
		case name != "":
			out = append(out, mapping(name)...)
		case width == 0:
			out = append(out, '$') // no name follows: a literal $
		}
		// name == "" with width > 0: bad syntax, the characters are dropped
		i += width
		start = i + 1
	}
	if out == nil {
		return s
	}
	return string(out) + s[start:]
}

// ExpandEnv replaces ${var} or $var in the string according to the values of
// the current environment variables. References to undefined variables are
// replaced by the empty string.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// isShellSpecial: the one-character names $*, $#, $$, $@, $!, $?, $-, $0..$9.
func isShellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return '0' <= c && c <= '9'
}

func isNameByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName reads the variable name at the start of s (the text after a $):
// the name and how many bytes of s it spans. A bad ${...} gives "" and the
// bytes to drop.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // no closing brace
	}
	if isShellSpecial(s[0]) {
		return s[:1], 1
	}
	i := 0
	for i < len(s) && isNameByte(s[i]) {
		i++
	}
	return s[:i], i
}

// UserHomeDir returns the current user's home directory ($HOME).
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir returns the default root directory to use for user-specific
// cached data: $XDG_CACHE_HOME if non-empty, else $HOME/.cache.
func UserCacheDir() (string, error) { return xdgDir("XDG_CACHE_HOME", "/.cache") }

// UserConfigDir returns the default root directory to use for user-specific
// configuration data: $XDG_CONFIG_HOME if non-empty, else $HOME/.config.
func UserConfigDir() (string, error) { return xdgDir("XDG_CONFIG_HOME", "/.config") }

func xdgDir(env, sub string) (string, error) {
	dir := Getenv(env)
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $" + env + " nor $HOME are defined")
		}
		return dir + sub, nil
	}
	return dir, nil
}

// ---- natives (see stdlib/go/NATIVES.md)

func getgroups() (gids []int, errno int)
func hostname() (name string, errno int)
func clearenv()
