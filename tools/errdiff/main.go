// Command errdiff compares goro's compile errors with gc's on the
// `// errorcheck` programs of Go's test suite (a development tool, not a
// test: the two differ where goro's subset ends).
//
//	go run tools/errdiff/main.go [-v] GORO [FILE.go...]
//
// Without files it takes every $GOROOT/test/*.go and test/fixedbugs/*.go whose
// first line is `// errorcheck`. Each is copied with its package renamed to
// main (and an empty main added when it has none), then compiled by
// `go tool compile -complete` and run by `GORO run`; the `file:line:col:
// message` lines of both are compared. It prints one line per program that
// differs (-v: with both error lists) and a summary: identical, same first
// error, different.
//
// goro answers as `go run` does, so where the go command reports before the
// compiler (an import path it rejects or cannot find) goro has the go
// command's message and this comparison with the compiler differs.
package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"time"
)

var errLine = regexp.MustCompile(`^\s*\S+\.go:(\d+:\d+: .*)$`)

func main() {
	verbose := flag.Bool("v", false, "print both error lists of each differing program")
	flag.Parse()
	if flag.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: errdiff [-v] GORO [FILE.go...]")
		os.Exit(2)
	}
	goro, err := filepath.Abs(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "errdiff:", err)
		os.Exit(2)
	}
	files := flag.Args()[1:]
	if len(files) == 0 {
		files = errorcheckFiles()
	}
	dir, err := os.MkdirTemp("", "goro-errdiff-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "errdiff:", err)
		os.Exit(2)
	}
	defer os.RemoveAll(dir)

	same, first, differ := 0, 0, 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "errdiff:", err)
			continue
		}
		prog := regexp.MustCompile(`(?m)^package \w+`).ReplaceAll(src, []byte("package main"))
		if !regexp.MustCompile(`(?m)^func main\(\)`).Match(prog) {
			prog = append(prog, []byte("\nfunc main() {}\n")...)
		}
		file := filepath.Join(dir, filepath.Base(f))
		if err := os.WriteFile(file, prog, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "errdiff:", err)
			os.Exit(2)
		}
		// (-o into the temp directory: `-o /dev/null` replaces /dev/null)
		gc := errors(dir, "go", "tool", "compile", "-complete", "-o", filepath.Join(dir, "out.o"), file)
		if len(gc) == 0 {
			continue // gc accepts it once renamed: nothing to compare
		}
		gr := errors(dir, goro, "run", file)
		switch {
		case equal(gc, gr):
			same++
			continue
		case len(gr) > 0 && gc[0] == gr[0]:
			first++
			fmt.Printf("FIRST %s\n", filepath.Base(f))
		default:
			differ++
			fmt.Printf("DIFF  %s\n", filepath.Base(f))
		}
		if *verbose {
			fmt.Printf("  gc:\n    %s\n  goro:\n    %s\n", strings.Join(gc, "\n    "), strings.Join(gr, "\n    "))
		}
	}
	fmt.Printf("errdiff: %d identical, %d with the same first error, %d different\n", same, first, differ)
}

// errorcheckFiles lists Go's errorcheck programs.
func errorcheckFiles() []string {
	var out []string
	for _, d := range []string{"test", "test/fixedbugs"} {
		names, _ := filepath.Glob(filepath.Join(runtime.GOROOT(), d, "*.go"))
		sort.Strings(names)
		for _, n := range names {
			f, err := os.Open(n)
			if err != nil {
				continue
			}
			line, _ := bufio.NewReader(f).ReadString('\n')
			f.Close()
			if strings.TrimSpace(line) == "// errorcheck" {
				out = append(out, n)
			}
		}
	}
	return out
}

// errors runs a command and returns the `line:col: message` parts of its
// error lines (stdout and stderr together).
func errors(dir string, name string, args ...string) []string {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Stdin = nil
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	_ = cmd.Run()
	var out []string
	for _, l := range strings.Split(buf.String(), "\n") {
		if m := errLine.FindStringSubmatch(l); m != nil {
			out = append(out, m[1])
		}
	}
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
