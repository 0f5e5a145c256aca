// runtime.Stack and runtime/debug's Stack, PrintStack and settings. The
// tracebacks are printed normalised to what goro and Go share: a frame's
// function name without its arguments (Go prints their words) and its base
// file name and line without the "+0x.." offset; goroutine ids other than
// main's (Go's runtime has goroutines of its own) as N. debug.PrintStack
// writes to stderr, compared by the golden runner after its own
// normalisation.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"
)

func normalize(s string) string {
	var out []string
	for _, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		switch {
		case strings.HasPrefix(l, "goroutine "):
			if !strings.HasPrefix(l, "goroutine 1 ") {
				l = "goroutine N" + l[strings.Index(l, " ["):]
			}
		case strings.HasPrefix(l, "\t"):
			l = strings.TrimPrefix(l, "\t")
			if i := strings.Index(l, " +0x"); i >= 0 {
				l = l[:i]
			}
			l = "\t" + l[strings.LastIndex(l, "/")+1:]
		case strings.HasSuffix(l, ")"):
			depth := 0
			for i := len(l) - 1; i >= 0; i-- {
				if l[i] == ')' {
					depth++
				} else if l[i] == '(' {
					depth--
					if depth == 0 {
						l = l[:i]
						break
					}
				}
			}
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

func stack(all bool) string {
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, all)
	return normalize(string(buf[:n]))
}

type T struct{ depth int }

//go:noinline
func (t *T) Walk() string {
	if t.depth > 0 {
		t.depth--
		return t.Walk()
	}
	f := func() string { return stack(false) }
	return f()
}

//go:noinline
func level1() string { return level2(7) }

//go:noinline
func level2(x int) string {
	t := &T{depth: x % 3}
	return t.Walk()
}

//go:noinline
func deferred() (s string) {
	defer func() {
		recover()
		s = normalize(string(debug.Stack()))
	}()
	var m map[string]int
	m["x"] = 1 // panics: assignment to entry in nil map
	return ""
}

//go:noinline
func printStack() {
	debug.PrintStack()
}

//go:noinline
func recurse(n int) string {
	if n == 0 {
		return stack(false)
	}
	return recurse(n - 1)
}

func recv(c chan int) { <-c }

func send(c chan int) { c <- 1 }

func sel(a, b chan int) {
	select {
	case <-a:
	case b <- 1:
	}
}

func forever() { select {} }

func main() {
	fmt.Println("== runtime.Stack from nested calls")
	fmt.Println(level1())

	fmt.Println("== debug.Stack in a deferred call during a panic")
	fmt.Println(deferred())

	fmt.Println("== debug.PrintStack (stderr)")
	printStack()

	fmt.Println("== truncated to the buffer")
	small := make([]byte, 22)
	n := runtime.Stack(small, false)
	fmt.Printf("%d %q\n", n, small[:n])
	fmt.Println(runtime.Stack(nil, true))

	fmt.Println("== more than 100 frames")
	lines := strings.Split(recurse(150), "\n")
	fmt.Println(len(lines), lines[len(lines)-1])

	fmt.Println("== every goroutine")
	c1, c2, c3, c4 := make(chan int), make(chan int), make(chan int), make(chan int)
	go recv(c1)
	go send(c2)
	go sel(c3, c4)
	go forever()
	time.Sleep(50 * time.Millisecond) // (they block)
	fmt.Println(stack(true))
	fmt.Println("== the goroutines' state after all: unchanged")
	<-c2
	c1 <- 1
	c3 <- 1

	fmt.Println("== runtime/debug settings")
	fmt.Println(debug.SetGCPercent(-1), debug.SetGCPercent(50), debug.SetGCPercent(100))
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1000000000))
	debug.FreeOSMemory()
	os.Stdout.WriteString("done\n")
}
