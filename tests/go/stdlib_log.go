// Package log: Logger, flags, prefixes, the newline rule, Output, the
// standard logger, and timestamps checked by shape (never printed).
package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"time"
)

type point struct{ X, Y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func show(sb *strings.Builder) {
	fmt.Printf("%q\n", sb.String())
	sb.Reset()
}

func isDigits(s string) bool {
	if len(s) == 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// dateOK: "YYYY/MM/DD"
func dateOK(s string) bool {
	return len(s) == 10 && s[4] == '/' && s[7] == '/' && isDigits(s[0:4]) && isDigits(s[5:7]) && isDigits(s[8:10])
}

// clockOK: "HH:MM:SS"
func clockOK(s string) bool {
	return len(s) == 8 && s[2] == ':' && s[5] == ':' && isDigits(s[0:2]) && isDigits(s[3:5]) && isDigits(s[6:8])
}

func verdict(name string, ok bool) {
	if ok {
		fmt.Println(name, "ok")
	} else {
		fmt.Println(name, "BAD")
	}
}

func logAt(l *log.Logger) {
	l.Print("in logAt")
}

func main() {
	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)

	var sb strings.Builder
	l := log.New(&sb, "", 0)
	l.Print("hello")
	show(&sb)
	l.Print("a", "b", 1, 2, "c", 3.5, nil)
	show(&sb)
	l.Print("ends with newline\n")
	show(&sb)
	l.Print("two newlines\n\n")
	show(&sb)
	l.Print()
	show(&sb)
	l.Print("")
	show(&sb)
	l.Println("x", 1, true, point{1, 2})
	show(&sb)
	l.Println()
	show(&sb)
	l.Printf("%d-%s-%v", 7, "seven", []int{7})
	show(&sb)
	l.Printf("with newline %d\n", 8)
	show(&sb)
	l.Printf("")
	show(&sb)
	l.Printf("%!")
	show(&sb)
	l.Print(errors.New("an error"))
	show(&sb)

	// prefixes
	l.SetPrefix("[app] ")
	fmt.Printf("prefix %q flags %d\n", l.Prefix(), l.Flags())
	l.Print("prefixed")
	show(&sb)
	l.SetFlags(log.Lmsgprefix)
	fmt.Printf("prefix %q flags %d\n", l.Prefix(), l.Flags())
	l.Print("msgprefix")
	show(&sb)
	l.Println("multi\nline")
	show(&sb)
	l.SetPrefix("")
	l.Print("no prefix")
	show(&sb)

	// Output
	l2 := log.New(&sb, "out: ", 0)
	err := l2.Output(1, "direct")
	show(&sb)
	fmt.Println("Output err:", err)
	l2.Output(2, "already\n")
	show(&sb)

	// Writer
	fmt.Println("writer is sb:", l2.Writer() == io.Writer(&sb))

	// Discard
	d := log.New(io.Discard, "d", log.LstdFlags)
	d.Print("nothing")
	d.Printf("nothing %d", 1)
	d.Println("nothing")
	fmt.Println("discard writer:", d.Writer() == io.Discard)

	// SetOutput to stdout
	l2.SetOutput(os.Stdout)
	l2.Print("to stdout")
	l2.Printf("to stdout %d", 2)
	l2.Println("to stdout", 3)
	l3 := log.New(os.Stdout, "PFX|", log.Lmsgprefix)
	l3.Print("msgprefix on stdout")

	// timestamps, checked by shape
	ts := log.New(&sb, "", log.LstdFlags)
	ts.Print("msg")
	s := sb.String()
	sb.Reset()
	verdict("LstdFlags", len(s) == 24 && dateOK(s[0:10]) && s[10] == ' ' && clockOK(s[11:19]) && s[19:] == " msg\n")

	ts.SetFlags(log.Ltime | log.Lmicroseconds)
	ts.Print("m")
	s = sb.String()
	sb.Reset()
	verdict("Lmicroseconds", len(s) == 18 && clockOK(s[0:8]) && s[8] == '.' && isDigits(s[9:15]) && s[15:] == " m\n")

	ts.SetFlags(log.Lmicroseconds)
	ts.Print("m")
	s = sb.String()
	sb.Reset()
	verdict("Lmicroseconds alone", len(s) == 18 && clockOK(s[0:8]) && s[8] == '.' && isDigits(s[9:15]) && s[15:] == " m\n")

	ts.SetFlags(log.Ldate)
	ts.SetPrefix("P ")
	ts.Print("m")
	s = sb.String()
	sb.Reset()
	verdict("Ldate with prefix", len(s) == 15 && s[0:2] == "P " && dateOK(s[2:12]) && s[12:] == " m\n")

	ts.SetFlags(log.LstdFlags | log.Lmicroseconds | log.Lmsgprefix)
	ts.Print("m")
	s = sb.String()
	sb.Reset()
	verdict("Lmsgprefix with time", len(s) == 31 && dateOK(s[0:10]) && clockOK(s[11:19]) && s[19] == '.' && s[26:] == " P m\n")

	// LUTC: the header is the UTC time of the call, at second precision
	ts.SetFlags(log.LstdFlags | log.LUTC)
	ts.SetPrefix("")
	t0 := time.Now().UTC()
	ts.Print("utc")
	t1 := time.Now().UTC()
	s = sb.String()
	sb.Reset()
	h0 := t0.Format("2006/01/02 15:04:05") + " utc\n"
	h1 := t1.Format("2006/01/02 15:04:05") + " utc\n"
	verdict("LUTC", s == h0 || s == h1)

	// local time
	ts.SetFlags(log.LstdFlags)
	t0 = time.Now()
	ts.Print("local")
	t1 = time.Now()
	s = sb.String()
	sb.Reset()
	h0 = t0.Format("2006/01/02 15:04:05") + " local\n"
	h1 = t1.Format("2006/01/02 15:04:05") + " local\n"
	verdict("local", s == h0 || s == h1)

	ts.SetFlags(log.Ldate | log.LUTC)
	t0 = time.Now().UTC()
	ts.Print("d")
	t1 = time.Now().UTC()
	s = sb.String()
	sb.Reset()
	verdict("Ldate|LUTC", s == t0.Format("2006/01/02")+" d\n" || s == t1.Format("2006/01/02")+" d\n")

	// the flag bits without time or date print no header
	ts.SetFlags(log.LUTC)
	ts.Print("only utc flag")
	show(&sb)

	// Lshortfile/Llongfile: "file:line: " of the call (runtime.Caller)
	ts.SetFlags(log.Lshortfile)
	ts.Print("where")
	ts.Printf("and %s", "here")
	show(&sb)
	ts.SetFlags(log.Llongfile | log.Lmsgprefix)
	ts.SetPrefix("P: ")
	ts.Println("long")
	s = sb.String()
	sb.Reset()
	verdict("Llongfile", strings.HasPrefix(s, "/") && strings.Contains(s, "/stdlib_log.go:") && strings.HasSuffix(s, ": P: long\n"))
	ts.SetPrefix("")
	ts.SetFlags(log.Lshortfile)
	logAt(ts) // from another function: its line
	ts.Output(1, "depth 1")
	show(&sb)

	// the standard logger
	fmt.Printf("std flags %d prefix %q\n", log.Flags(), log.Prefix())
	fmt.Println("std writer is stderr:", log.Writer() == io.Writer(os.Stderr))
	fmt.Println("Default:", log.Default() != nil, log.Default().Flags())
	log.SetFlags(0)
	log.Print("std print")
	log.Printf("std printf %d", 1)
	log.Println("std println", 2)
	log.SetPrefix("std: ")
	log.Print("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Print("with msgprefix")
	fmt.Printf("std flags %d prefix %q\n", log.Flags(), log.Prefix())
	log.Default().Output(1, "via Default")
	log.SetOutput(&sb)
	log.Print("into builder")
	show(&sb)
	log.SetOutput(os.Stdout)
	log.SetPrefix("")
	log.SetFlags(0)
	log.Println("std on stdout")
	fmt.Println("done")
}
