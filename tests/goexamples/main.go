// Command goexamples runs the examples of Go's standard library under goro and
// checks each one's output the way `go test` does.
//
//	go run tests/goexamples/main.go [-v] [-keep DIR] GORO XFAIL PKG...
//
// For every package PKG (an import path under $GOROOT/src), the examples of its
// example*_test.go files that have an "Output:" comment and that go/doc can
// make into a whole program (doc.Example.Play: the example's body as main, with
// the file's imports and the declarations it uses) are written to a temporary
// directory and run with `GORO run`. The check is testing's: stdout with
// surrounding space trimmed equals the expected output trimmed ("Unordered
// output:" compares the sorted lines), and the exit status is 0.
//
// XFAIL lists expected failures, one `PKG.ExampleName  # reason` per line: such
// an example prints XFAIL, or XPASS when it passes (remove it then). Any other
// failure makes the exit status 1.
package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"go/doc"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

type example struct {
	id        string // PKG.ExampleName
	dir       string // the package's source directory
	program   []byte
	want      string
	unordered bool
}

func main() {
	verbose := flag.Bool("v", false, "print every example's result")
	keep := flag.String("keep", "", "write the programs to this directory (kept)")
	flag.Parse()
	if flag.NArg() < 3 {
		fmt.Fprintln(os.Stderr, "usage: goexamples [-v] [-keep DIR] GORO XFAIL PKG...")
		os.Exit(2)
	}
	goro, xfailFile, pkgs := flag.Arg(0), flag.Arg(1), flag.Args()[2:]
	if abs, err := filepath.Abs(goro); err == nil {
		goro = abs // (examples run in their package's directory)
	}
	xfail, err := readXfail(xfailFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "goexamples:", err)
		os.Exit(2)
	}
	dir := *keep
	if dir == "" {
		if dir, err = os.MkdirTemp("", "goro-goexamples-"); err != nil {
			fmt.Fprintln(os.Stderr, "goexamples:", err)
			os.Exit(2)
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "goexamples:", err)
		os.Exit(2)
	}

	var exs []example
	for _, pkg := range pkgs {
		e, err := examplesOf(pkg)
		if err != nil {
			fmt.Fprintln(os.Stderr, "goexamples:", err)
			os.Exit(2)
		}
		exs = append(exs, e...)
	}
	if len(exs) == 0 {
		fmt.Fprintln(os.Stderr, "goexamples: no examples found (is golang-1.19-src installed?)")
		os.Exit(2)
	}

	passed, failed, xfailed, xpassed := 0, 0, 0, 0
	seen := map[string]bool{}
	for _, ex := range exs {
		seen[ex.id] = true
		file := filepath.Join(dir, strings.ReplaceAll(ex.id, "/", "_")+".go")
		if err := os.WriteFile(file, ex.program, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "goexamples:", err)
			os.Exit(2)
		}
		why := run(goro, file, ex)
		reason, expected := xfail[ex.id]
		switch {
		case why == "" && expected:
			xpassed++
			fmt.Printf("XPASS %s (listed: %s)\n", ex.id, reason)
		case why == "":
			passed++
			if *verbose {
				fmt.Printf("PASS  %s\n", ex.id)
			}
		case expected:
			xfailed++
			if *verbose {
				fmt.Printf("XFAIL %s (%s)\n", ex.id, reason)
			}
		default:
			failed++
			fmt.Printf("FAIL  %s: %s\n", ex.id, why)
		}
	}
	for id := range xfail {
		if !seen[id] {
			fmt.Printf("goexamples: %s is listed in %s but is not an example here\n", id, xfailFile)
			failed++
		}
	}
	fmt.Printf("go examples: %d passed, %d failed, %d expected failures, %d unexpected passes\n",
		passed, failed, xfailed, xpassed)
	if failed > 0 {
		os.Exit(1)
	}
}

// examplesOf returns pkg's runnable examples that have an expected output.
func examplesOf(pkg string) ([]example, error) {
	src := filepath.Join(runtime.GOROOT(), "src", filepath.FromSlash(pkg))
	names, err := filepath.Glob(filepath.Join(src, "example*_test.go"))
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("%s: no example files in %s", pkg, src)
	}
	sort.Strings(names)
	var out []example
	for _, name := range names {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		if !strings.HasSuffix(f.Name.Name, "_test") {
			continue // internal test package: its examples use unexported names
		}
		for _, ex := range doc.Examples(f) {
			if ex.Play == nil || (ex.Output == "" && !ex.EmptyOutput) {
				continue
			}
			var buf bytes.Buffer
			if err := format.Node(&buf, fset, ex.Play); err != nil {
				return nil, fmt.Errorf("%s: Example%s: %v", name, ex.Name, err)
			}
			out = append(out, example{
				id:        pkg + ".Example" + ex.Name,
				dir:       src,
				program:   buf.Bytes(),
				want:      ex.Output,
				unordered: ex.Unordered,
			})
		}
	}
	return out, nil
}

// run runs one example under goro; it returns why it failed, or "".
func run(goro, file string, ex example) string {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, goro, "run", file)
	// As under go test: in the package's directory (testdata/), and with
	// Local in US Pacific time, which package time's tests force
	// (export_test.go) and its examples' outputs assume.
	cmd.Dir = ex.dir
	cmd.Env = append(os.Environ(), "TZ=America/Los_Angeles")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		return "timed out"
	}
	if err != nil {
		return fmt.Sprintf("%v; stderr: %s", err, firstLine(stderr.String()))
	}
	got := strings.TrimSpace(stdout.String())
	want := strings.TrimSpace(ex.want)
	if ex.unordered {
		got, want = sortLines(got), sortLines(want)
	}
	if got != want {
		return fmt.Sprintf("output differs\n--- got:\n%s\n--- want:\n%s", got, want)
	}
	return ""
}

func sortLines(s string) string {
	lines := strings.Split(s, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func readXfail(name string) (map[string]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, reason, _ := strings.Cut(line, "#")
		m[strings.TrimSpace(id)] = strings.TrimSpace(reason)
	}
	return m, sc.Err()
}
