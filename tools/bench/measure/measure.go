// measure: run a command once under a wall-clock cap and report its wall time
// and peak RSS, with less overhead than /usr/bin/time + timeout (one
// fork/exec, no shell). Used by tools/bench/run.sh when go is available.
//
//	measure -o RESULT -t CAP_SECONDS cmd args...
//
// The command inherits stdin/stdout/stderr. RESULT gets one line
// "exit_status wall_ns peak_rss_kib"; exit status is 124 on timeout
// (the whole process group is killed), 128+signal if killed by a signal.
// measure exits with the same status.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	out := flag.String("o", "", "result file")
	capSec := flag.Float64("t", 120, "wall-clock cap in seconds")
	flag.Parse()
	if flag.NArg() == 0 || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: measure -o RESULT [-t SECONDS] cmd args...")
		os.Exit(2)
	}
	cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.WriteFile(*out, []byte("127 0 0\n"), 0o644)
		os.Exit(127)
	}
	timedOut := false
	timer := time.AfterFunc(time.Duration(*capSec*float64(time.Second)), func() {
		timedOut = true
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	})
	cmd.Wait()
	wall := time.Since(t0)
	timer.Stop()
	st := cmd.ProcessState
	rc := st.ExitCode()
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		rc = 128 + int(ws.Signal())
	}
	if timedOut {
		rc = 124
	}
	var kib int64
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		kib = int64(ru.Maxrss) // KiB on Linux
	}
	os.WriteFile(*out, []byte(fmt.Sprintf("%d %d %d\n", rc, wall.Nanoseconds(), kib)), 0o644)
	os.Exit(rc)
}
