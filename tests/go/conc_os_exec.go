// os/exec and os.StartProcess: Output, CombinedOutput, Run and ExitError,
// Stdin from a Reader, StdoutPipe, StdinPipe, Dir and Env, LookPath errors,
// CommandContext's kill on timeout, and os.StartProcess + Wait directly.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

func main() {
	// Output: stdout only; ExitError with the captured stderr.
	out, err := exec.Command("sh", "-c", "echo hi; echo err >&2; exit 3").Output()
	fmt.Printf("Output: %q %v\n", out, err)
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Printf("ExitError: code=%d exited=%v success=%v stderr=%q\n", ee.ExitCode(), ee.Exited(), ee.Success(), ee.Stderr)
	}

	// CombinedOutput: both streams in one buffer.
	out, err = exec.Command("sh", "-c", "echo hi; echo err >&2; exit 3").CombinedOutput()
	fmt.Printf("CombinedOutput: %q %v\n", out, err)

	// Run with no streams: /dev/null (nothing written: on some machines it is a
	// regular file other tests read).
	err = exec.Command("sh", "-c", "exit 3").Run()
	fmt.Println("Run:", err)
	fmt.Println("true:", exec.Command("true").Run())
	cmd := exec.Command("false")
	err = cmd.Run()
	fmt.Println("false:", err, cmd.ProcessState.ExitCode(), cmd.ProcessState.Success())

	// Stdin from a Reader, through cat.
	cmd = exec.Command("cat")
	cmd.Stdin = strings.NewReader("line one\nline two\n")
	out, err = cmd.Output()
	fmt.Printf("cat: %q %v\n", out, err)

	// Stdout and Stderr to Writers.
	var so, se strings.Builder
	cmd = exec.Command("sh", "-c", "echo to-out; echo to-err >&2")
	cmd.Stdout, cmd.Stderr = &so, &se
	fmt.Println("writers:", cmd.Run(), strings.TrimSpace(so.String()), strings.TrimSpace(se.String()))

	// StdoutPipe.
	cmd = exec.Command("sh", "-c", "for i in 1 2 3; do echo line $i; done")
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		panic(err)
	}
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	sc := bufio.NewScanner(pipe)
	for sc.Scan() {
		fmt.Println("pipe:", sc.Text())
	}
	fmt.Println("pipe wait:", cmd.Wait())

	// StdinPipe.
	cmd = exec.Command("cat")
	in, _ := cmd.StdinPipe()
	var catOut strings.Builder
	cmd.Stdout = &catOut
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	io.WriteString(in, "written to stdin\n")
	in.Close()
	fmt.Printf("stdin pipe: %v %q\n", cmd.Wait(), catOut.String())

	// Dir and Env.
	cmd = exec.Command("sh", "-c", "pwd; echo $FOO; echo ${HOME:-nohome}")
	cmd.Dir = "/"
	cmd.Env = []string{"FOO=bar"}
	out, err = cmd.Output()
	fmt.Printf("dir/env: %q %v\n", out, err)

	// A missing directory.
	cmd = exec.Command("true")
	cmd.Dir = "/no/such/dir"
	fmt.Println("bad dir:", cmd.Run())

	// LookPath.
	_, err = exec.LookPath("nosuchcmd-goro")
	fmt.Println("LookPath:", err, errors.Is(err, exec.ErrNotFound))
	p, err := exec.LookPath("sh")
	fmt.Println("LookPath sh:", strings.HasSuffix(p, "/sh"), err)
	_, err = exec.LookPath("/no/such/prog")
	fmt.Println("LookPath abs:", err)
	cmd = exec.Command("nosuchcmd-goro", "arg")
	fmt.Println("String:", cmd.String())
	fmt.Println("Run missing:", cmd.Run())
	fmt.Println("Start missing path:", exec.Command("/no/such/prog").Run())

	// Wait errors.
	cmd = exec.Command("true")
	fmt.Println("Wait unstarted:", cmd.Wait())
	cmd.Run()
	fmt.Println("Wait twice:", cmd.Wait())

	// CommandContext: the process is killed when the context times out.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	cmd = exec.CommandContext(ctx, "sleep", "5")
	err = cmd.Run()
	fmt.Println("ctx:", err != nil, err, cmd.ProcessState.ExitCode() == -1, time.Since(start) < 3*time.Second)
	fmt.Println("ctx err:", ctx.Err())

	// A context done before Start.
	fmt.Println("ctx before start:", exec.CommandContext(ctx, "true").Run())

	// os.StartProcess and Wait directly, with the files of the parent.
	proc, err := os.StartProcess("/bin/sh", []string{"sh", "-c", "echo from child; exit 7"},
		&os.ProcAttr{Files: []*os.File{nil, os.Stdout, os.Stderr}})
	if err != nil {
		panic(err)
	}
	st, err := proc.Wait()
	fmt.Println("StartProcess:", st, err, st.ExitCode(), st.Exited(), st.Pid() == proc.Pid)
	fmt.Println("Kill after wait:", proc.Kill())
	_, err = os.StartProcess("/no/such/prog", []string{"x"}, &os.ProcAttr{})
	fmt.Println("StartProcess missing:", err, errors.Is(err, os.ErrNotExist))

	// Signals.
	proc, _ = os.StartProcess("/bin/sleep", []string{"sleep", "5"}, &os.ProcAttr{})
	fmt.Println("Signal:", proc.Signal(os.Interrupt))
	st, _ = proc.Wait()
	fmt.Println("interrupted:", st, st.ExitCode(), st.Exited(), st.Success())
	fmt.Println("signals:", os.Interrupt, os.Kill)
	proc.Release()
	fmt.Println("after Release:", proc.Kill())
}
