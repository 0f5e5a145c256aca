// Processes: StartProcess, Process (Wait, Signal, Kill, Release),
// FindProcess, ProcessState and the signals Interrupt and Kill — Go 1.19's
// os/exec.go, exec_posix.go and exec_unix.go on goro's natives
// (stdlib/exec_natives.cpp: posix_spawn, waitid/wait4, kill).
//
// goro: there is no package syscall. ProcAttr has no Sys field, the signals
// are values of an unexported type (Go's syscall.Signal), ProcessState.Sys
// returns the raw wait status as an int, and there are no UserTime,
// SystemTime or SysUsage.
package os

import "errors"

// Process stores the information about a process created by StartProcess.
type Process struct {
	Pid    int
	isdone uint32 // set (by the natives, under their lock) once the process is waited for
}

// ProcAttr holds the attributes that will be applied to a new process
// started by StartProcess.
type ProcAttr struct {
	// If Dir is non-empty, the child changes into the directory before
	// creating the process.
	Dir string
	// If Env is non-nil, it gives the environment variables for the
	// new process in the form returned by Environ.
	// If it is nil, the result of Environ will be used.
	Env []string
	// Files specifies the open files inherited by the new process. The
	// first three entries correspond to standard input, standard output, and
	// standard error. A nil entry corresponds to that file being closed when
	// the process starts.
	Files []*File
}

// A Signal represents an operating system signal.
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// sysSignal is Go's syscall.Signal: a signal number.
type sysSignal int

func (s sysSignal) Signal() {}

func (s sysSignal) String() string {
	if 0 <= s && int(s) < len(signalNames) && signalNames[s] != "" {
		return signalNames[s]
	}
	return "signal " + itoa(int(s))
}

// signalNames is Go's table for Linux (syscall/zerrors_linux_amd64.go).
var signalNames = [...]string{
	1:  "hangup",
	2:  "interrupt",
	3:  "quit",
	4:  "illegal instruction",
	5:  "trace/breakpoint trap",
	6:  "aborted",
	7:  "bus error",
	8:  "floating point exception",
	9:  "killed",
	10: "user defined signal 1",
	11: "segmentation fault",
	12: "user defined signal 2",
	13: "broken pipe",
	14: "alarm clock",
	15: "terminated",
	16: "stack fault",
	17: "child exited",
	18: "continued",
	19: "stopped (signal)",
	20: "stopped",
	21: "stopped (tty input)",
	22: "stopped (tty output)",
	23: "urgent I/O condition",
	24: "CPU time limit exceeded",
	25: "file size limit exceeded",
	26: "virtual timer expired",
	27: "profiling timer expired",
	28: "window changed",
	29: "I/O possible",
	30: "power failure",
	31: "bad system call",
}

// The only signal values guaranteed to be present in the os package on all
// systems are os.Interrupt (send the process an interrupt) and os.Kill (force
// the process to exit).
var (
	Interrupt Signal = sysSignal(2)
	Kill      Signal = sysSignal(9)
)

func itoa(v int) string {
	if v < 0 {
		return "-" + uitoa(uint64(-v))
	}
	return uitoa(uint64(v))
}

// StartProcess starts a new process with the program, arguments and
// attributes specified by name, argv and attr. The argv slice will become
// os.Args in the new process, so it normally starts with the program name.
//
// If there is an error, it will be of type *PathError.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	if attr == nil {
		attr = &ProcAttr{}
	}
	// Go double-checks the directory to make the error clearer.
	if attr.Dir != "" {
		if _, err := Stat(attr.Dir); err != nil {
			pe := err.(*PathError)
			pe.Op = "chdir"
			return nil, pe
		}
	}
	env := attr.Env
	if env == nil {
		env = Environ()
	}
	fds := make([]int, len(attr.Files))
	for i, f := range attr.Files {
		fds[i] = int(f.Fd()) // nil: -1, closed in the child
	}
	pid, errno := spawn(name, argv, env, attr.Dir, fds)
	if errno != 0 {
		return nil, &PathError{Op: "fork/exec", Path: name, Err: syscallErrno(errno)}
	}
	return &Process{Pid: pid}, nil
}

// FindProcess looks for a running process by its pid. On Unix systems it
// always succeeds and returns a Process for the given pid, regardless of
// whether the process exists.
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

// Release releases any resources associated with the Process p, rendering
// it unusable in the future.
func (p *Process) Release() error {
	if p == nil {
		return syscallErrno(22) // EINVAL
	}
	p.Pid = -1
	return nil
}

// Kill causes the Process to exit immediately. Kill does not wait until the
// Process has actually exited.
func (p *Process) Kill() error { return p.Signal(Kill) }

// Signal sends a signal to the Process.
func (p *Process) Signal(sig Signal) error {
	if p == nil {
		return errors.New("os: process not initialized")
	}
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.Pid == 0 {
		return errors.New("os: process not initialized")
	}
	s, ok := sig.(sysSignal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	switch errno := kill(p.Pid, int(s), &p.isdone); errno {
	case 0:
		return nil
	case -1, 3: // done, ESRCH
		return ErrProcessDone
	default:
		return NewSyscallError("kill", syscallErrno(errno))
	}
}

// Wait waits for the Process to exit, and then returns a ProcessState
// describing its status and an error, if any. On most operating systems, the
// Process must be a child of the current process or an error will be
// returned.
func (p *Process) Wait() (*ProcessState, error) {
	if p == nil {
		return nil, ErrInvalid
	}
	if p.Pid == -1 {
		return nil, syscallErrno(22) // EINVAL
	}
	// Block until the child is waitable (it stays a zombie, so Signal cannot
	// hit a reused pid), mark it done, then reap it.
	if errno := waitid(p.Pid, &p.isdone); errno != 0 && errno != 38 { // ENOSYS
		return nil, NewSyscallError("waitid", syscallErrno(errno))
	}
	pid, status, errno := wait4(p.Pid, &p.isdone)
	if errno != 0 {
		return nil, NewSyscallError("wait", syscallErrno(errno))
	}
	return &ProcessState{pid: pid, status: status}, nil
}

// ProcessState stores information about a process, as reported by Wait.
type ProcessState struct {
	pid    int // The process's id.
	status int // The raw wait status (Go's syscall.WaitStatus).
}

// Pid returns the process id of the exited process.
func (p *ProcessState) Pid() int { return p.pid }

func (p *ProcessState) exited() bool    { return p.status&0x7f == 0 }
func (p *ProcessState) signaled() bool  { return p.status&0x7f != 0x7f && p.status&0x7f != 0 }
func (p *ProcessState) stopped() bool   { return p.status&0xff == 0x7f }
func (p *ProcessState) continued() bool { return p.status == 0xffff }

// Exited reports whether the program has exited. On Unix systems this
// reports true if the program exited due to calling exit, but false if the
// program terminated due to a signal.
func (p *ProcessState) Exited() bool { return p.exited() }

// Success reports whether the program exited successfully, such as with exit
// status 0 on Unix.
func (p *ProcessState) Success() bool { return p.exited() && p.status>>8&0xff == 0 }

// Sys returns system-dependent exit information about the process (goro:
// the raw wait status, an int; Go: a syscall.WaitStatus).
func (p *ProcessState) Sys() any { return p.status }

// ExitCode returns the exit code of the exited process, or -1 if the process
// hasn't exited or was terminated by a signal.
func (p *ProcessState) ExitCode() int {
	if p == nil || !p.exited() {
		return -1
	}
	return p.status >> 8 & 0xff
}

func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	res := ""
	switch {
	case p.exited():
		res = "exit status " + itoa(p.status>>8&0xff)
	case p.signaled():
		res = "signal: " + sysSignal(p.status&0x7f).String()
	case p.stopped():
		res = "stop signal: " + sysSignal(p.status>>8&0xff).String()
		if p.status>>8&0xff == 5 && p.status>>16 != 0 { // SIGTRAP
			res += " (trap " + itoa(p.status>>16) + ")"
		}
	case p.continued():
		res = "continued"
	}
	if p.signaled() && p.status&0x80 != 0 {
		res += " (core dumped)"
	}
	return res
}

// ---- natives (see stdlib/go/NATIVES.md)

func spawn(name string, argv []string, env []string, dir string, fds []int) (pid int, errno int)
func waitid(pid int, done *uint32) int
func wait4(pid int, done *uint32) (wpid int, status int, errno int)
func kill(pid int, sig int, done *uint32) int
