package main

import (
	"fmt"
	"os"
	"strings"
)

type Reader interface {
	Read() (string, bool)
}

type Writer interface {
	Write(s string) (int, error)
}

type ReadWriter interface {
	Reader
	Writer
}

type Closer interface{ Close() error }

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Pipe struct {
	buf    []string
	closed bool
	writes int
}

func (p *Pipe) Read() (string, bool) {
	if len(p.buf) == 0 {
		return "", false
	}
	s := p.buf[0]
	p.buf = p.buf[1:]
	return s, true
}

func (p *Pipe) Write(s string) (int, error) {
	if p.closed {
		return 0, fmt.Errorf("write %q: pipe closed", s)
	}
	p.buf = append(p.buf, s)
	p.writes++
	return len(s), nil
}

func (p *Pipe) Close() error {
	if p.closed {
		return fmt.Errorf("already closed")
	}
	p.closed = true
	return nil
}

// CountingWriter embeds an interface and overrides one method.
type CountingWriter struct {
	Writer
	bytes int
}

func (c *CountingWriter) Write(s string) (int, error) {
	n, err := c.Writer.Write(s)
	c.bytes += n
	return n, err
}

// PrefixWriter decorates another writer.
type PrefixWriter struct {
	prefix string
	w      Writer
}

func (p PrefixWriter) Write(s string) (int, error) { return p.w.Write(p.prefix + s) }

type stdoutWriter struct{}

func (stdoutWriter) Write(s string) (int, error) { return fmt.Fprintln(os.Stdout, s) }

func copyAll(dst Writer, src Reader) (n int, err error) {
	for {
		s, ok := src.Read()
		if !ok {
			return
		}
		m, err := dst.Write(s)
		if err != nil {
			return n, err
		}
		n += m
	}
}

func main() {
	p := &Pipe{}
	var rwc ReadWriteCloser = p
	var rw ReadWriter = rwc
	var w Writer = rw
	w.Write("alpha")
	rw.Write("beta")
	cw := &CountingWriter{Writer: p}
	cw.Write("gamma")
	fmt.Println(p.writes, cw.bytes, len(p.buf))

	out := stdoutWriter{}
	pw := PrefixWriter{"> ", out}
	n, err := copyAll(pw, rw)
	fmt.Println(n, err)

	rwc.Write("last")
	fmt.Println(rwc.Close(), rwc.Close())
	_, err = rwc.Write("after close")
	fmt.Println(err)
	n, err = copyAll(PrefixWriter{"# ", p}, p)
	fmt.Println(n, err)

	// interface satisfaction checks at runtime
	var anyv interface{} = p
	_, isCloser := anyv.(Closer)
	_, isRWC := anyv.(ReadWriteCloser)
	var sw interface{} = out
	_, swCloser := sw.(Closer)
	_, swWriter := sw.(Writer)
	fmt.Println(isCloser, isRWC, swCloser, swWriter)

	// a chain of decorators
	var sb strings.Builder
	sink := &sbWriter{&sb}
	var chain Writer = sink
	for i := 0; i < 3; i++ {
		chain = PrefixWriter{fmt.Sprintf("[%d]", i), chain}
	}
	chain.Write("msg")
	counted := &CountingWriter{Writer: chain}
	counted.Write("x")
	fmt.Println(sb.String(), counted.bytes)
}

type sbWriter struct{ sb *strings.Builder }

func (w *sbWriter) Write(s string) (int, error) {
	w.sb.WriteString(s + ";")
	return len(s), nil
}
