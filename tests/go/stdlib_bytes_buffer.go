// bytes.Buffer and bytes.Reader: every method, growth and capacities,
// aliasing of Bytes()/Next(), Unread rules, recovered panics, io interplay.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

func state(name string, b *bytes.Buffer) {
	fmt.Printf("%s: %q len=%d cap=%d\n", name, b.String(), b.Len(), b.Cap())
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if err, ok := r.(error); ok {
			fmt.Printf("%s: panic error %v (ErrTooLarge=%v)\n", name, err, err == bytes.ErrTooLarge)
			return
		}
		fmt.Printf("%s: panic %v\n", name, r)
	}()
	f()
	fmt.Printf("%s: no panic\n", name)
}

// slowReader returns at most 3 bytes per Read, then an error at the end.
type slowReader struct {
	data string
	err  error
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	if n > 3 {
		n = 3
	}
	r.data = r.data[n:]
	return n, nil
}

// limitedWriter accepts at most n bytes in total.
type limitedWriter struct {
	n   int
	got []byte
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		w.got = append(w.got, p[:w.n]...)
		m := w.n
		w.n = 0
		return m, errors.New("writer full")
	}
	w.got = append(w.got, p...)
	w.n -= len(p)
	return len(p), nil
}

type negReader struct{}

func (negReader) Read(p []byte) (int, error) { return -1, nil }

type liarWriter struct{}

func (liarWriter) Write(p []byte) (int, error) { return len(p) + 1, nil }

// sink makes buffers escape, so that Go's []byte(s) in NewBufferString is a
// heap allocation (capacity rounded up to a size class), not a 32-byte stack buffer.
var sink []*bytes.Buffer

func main() {
	// Zero value
	var b bytes.Buffer
	state("zero", &b)
	fmt.Println(b.Bytes() == nil)
	n, err := b.Read(make([]byte, 4))
	fmt.Println("read empty", n, err)
	n, err = b.Read(nil)
	fmt.Println("read nil", n, err)
	_, err = b.ReadByte()
	fmt.Println("readbyte empty", err)
	r, sz, err := b.ReadRune()
	fmt.Println("readrune empty", r, sz, err)
	fmt.Println("unreadbyte", b.UnreadByte(), "unreadrune", b.UnreadRune())

	// Writes and growth
	b.WriteString("hello")
	state("ws", &b)
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune(-1)
	b.WriteRune(0x41)
	b.Write([]byte(", world"))
	b.Write(nil)
	state("writes", &b)
	for i := 0; i < 20; i++ {
		b.WriteString("0123456789")
	}
	state("grown", &b)
	for i := 0; i < 10; i++ {
		b.Write(bytes.Repeat([]byte{'x'}, 100))
		fmt.Print(b.Cap(), " ")
	}
	fmt.Println()
	big := bytes.NewBuffer(nil)
	for i := 0; i < 20; i++ {
		big.Write(make([]byte, 1000+i*777))
		fmt.Print(big.Cap(), " ")
	}
	fmt.Println(big.Len())

	// Reads
	c := bytes.NewBufferString("héllo\nworld\n\xffend")
	sink = append(sink, c)
	state("nbs", c)
	by, err := c.ReadByte()
	fmt.Println("ReadByte", by, err)
	fmt.Println("UnreadRune after ReadByte:", c.UnreadRune())
	fmt.Println("UnreadByte:", c.UnreadByte(), "again:", c.UnreadByte())
	c.ReadByte()
	r, sz, err = c.ReadRune()
	fmt.Println("ReadRune", r, sz, err)
	fmt.Println("UnreadRune:", c.UnreadRune(), "again:", c.UnreadRune())
	r, sz, err = c.ReadRune()
	fmt.Println("ReadRune", string(r), sz, err)
	line, err := c.ReadBytes('\n')
	fmt.Printf("ReadBytes %q %v\n", line, err)
	fmt.Println("UnreadByte after ReadBytes:", c.UnreadByte())
	line, err = c.ReadBytes('\n')
	fmt.Printf("ReadBytes %q %v\n", line, err)
	s, err := c.ReadString('\n')
	fmt.Printf("ReadString %q %v\n", s, err)
	r, sz, err = c.ReadRune()
	fmt.Println("ReadRune", r, sz, err)
	s, err = c.ReadString('\n')
	fmt.Printf("ReadString %q %v\n", s, err)
	s, err = c.ReadString('\n')
	fmt.Printf("ReadString %q %v\n", s, err)
	line, err = c.ReadBytes('x')
	fmt.Printf("ReadBytes %q %v nil=%v\n", line, err, line == nil)
	state("drained", c)

	// ReadBytes returns a copy; Bytes and Next alias the buffer
	d := bytes.NewBuffer([]byte("abc,def,ghi"))
	rb, _ := d.ReadBytes(',')
	rb[0] = 'X'
	fmt.Printf("copy: %q %q\n", rb, d.Bytes())
	al := d.Bytes()
	al[0] = 'D'
	fmt.Printf("alias: %q\n", d.String())
	nx := d.Next(2)
	fmt.Printf("Next %q len=%d cap=%d\n", nx, len(nx), cap(nx))
	fmt.Println("UnreadByte after Next:", d.UnreadByte(), d.String())
	fmt.Println("UnreadRune after Next:", d.UnreadRune())
	fmt.Printf("Next big %q, Next 0 %q\n", d.Next(100), d.Next(0))
	state("after next", d)
	d.WriteString("reuse")
	state("reuse", d)

	// Truncate, Reset, Grow
	e := bytes.NewBufferString("0123456789")
	sink = append(sink, e)
	es := bytes.NewBufferString("")
	sink = append(sink, es)
	state("nbs empty", es)
	es.WriteString("x")
	state("nbs empty write", es)
	long := bytes.NewBufferString(strings.Repeat("L", 100))
	sink = append(sink, long)
	state("nbs 100", long)
	e.Next(3)
	e.Truncate(4)
	state("truncate 4", e)
	e.Truncate(0)
	state("truncate 0", e)
	e.WriteString("abc")
	e.Reset()
	state("reset", e)
	e.Grow(0)
	state("grow 0", e)
	e.Grow(1000)
	state("grow 1000", e)
	var g bytes.Buffer
	g.Grow(10)
	state("zero grow 10", &g)
	var g2 bytes.Buffer
	g2.Grow(65)
	state("zero grow 65", &g2)
	h := bytes.NewBuffer(make([]byte, 0, 100))
	h.WriteString(strings.Repeat("a", 90))
	h.Next(80)
	h.Grow(30)
	state("slide", h)

	// Read into a short slice
	f := bytes.NewBufferString("abcdef")
	p := make([]byte, 4)
	n, err = f.Read(p)
	fmt.Printf("Read %d %v %q\n", n, err, p[:n])
	fmt.Println("UnreadByte after Read:", f.UnreadByte(), f.String())
	n, err = f.Read(p)
	fmt.Printf("Read %d %v %q\n", n, err, p[:n])
	n, err = f.Read(p)
	fmt.Printf("Read %d %v\n", n, err)

	// ReadFrom
	var rf bytes.Buffer
	rf.WriteString("pre:")
	m, err := rf.ReadFrom(strings.NewReader(strings.Repeat("z", 1500)))
	fmt.Println("ReadFrom", m, err, rf.Len(), rf.Cap())
	m, err = rf.ReadFrom(&slowReader{data: "slow data", err: io.EOF})
	fmt.Println("ReadFrom slow", m, err, rf.Len())
	m, err = rf.ReadFrom(&slowReader{data: "abcd", err: errors.New("boom")})
	fmt.Println("ReadFrom err", m, err, rf.Len())
	var empty bytes.Buffer
	m, err = empty.ReadFrom(strings.NewReader(""))
	fmt.Println("ReadFrom empty", m, err, empty.Len(), empty.Cap())

	// WriteTo
	wt := bytes.NewBufferString("0123456789")
	var sb strings.Builder
	m, err = wt.WriteTo(&sb)
	fmt.Println("WriteTo", m, err, sb.String(), wt.Len())
	wt.WriteString("abcdefgh")
	lw := &limitedWriter{n: 5}
	m, err = wt.WriteTo(lw)
	fmt.Printf("WriteTo limited %d %v %q rest=%q\n", m, err, lw.got, wt.String())
	m, err = wt.WriteTo(&sb)
	fmt.Println("WriteTo rest", m, err, sb.String())
	m, err = wt.WriteTo(&sb)
	fmt.Println("WriteTo empty", m, err)

	// io.Copy uses WriterTo / ReaderFrom
	var dst bytes.Buffer
	m, err = io.Copy(&dst, bytes.NewBufferString("copied text"))
	fmt.Println("io.Copy", m, err, dst.String())
	all, err := io.ReadAll(bytes.NewReader([]byte("read all")))
	fmt.Printf("ReadAll %q %v\n", all, err)
	var w io.Writer = &dst
	fmt.Fprintf(w, " %d-%s", 42, "fmt")
	fmt.Println(dst.String())

	// Recovered panics
	try("Truncate -1", func() { bytes.NewBufferString("abc").Truncate(-1) })
	try("Truncate 4", func() { bytes.NewBufferString("abc").Truncate(4) })
	try("Truncate 3", func() { bytes.NewBufferString("abc").Truncate(3) })
	try("Grow -1", func() { new(bytes.Buffer).Grow(-1) })
	try("Grow huge", func() {
		var x bytes.Buffer
		x.WriteString("x")
		x.Grow(int(^uint(0)>>1) - 10)
	})
	try("Grow 1<<50 (growSlice)", func() {
		var x bytes.Buffer
		x.WriteString("x")
		x.Grow(1 << 50)
	})
	try("ReadFrom negative", func() { new(bytes.Buffer).ReadFrom(negReader{}) })
	try("WriteTo liar", func() { bytes.NewBufferString("abc").WriteTo(liarWriter{}) })

	// Reader
	rd := bytes.NewReader([]byte("héllo, reader"))
	fmt.Println("Reader", rd.Len(), rd.Size())
	fmt.Println("UnreadByte at start:", rd.UnreadByte(), "UnreadRune at start:", rd.UnreadRune())
	by, err = rd.ReadByte()
	fmt.Println("ReadByte", by, err, rd.Len())
	r, sz, err = rd.ReadRune()
	fmt.Println("ReadRune", string(r), sz, err, rd.Len())
	fmt.Println("UnreadRune", rd.UnreadRune(), rd.Len(), "again", rd.UnreadRune())
	fmt.Println("UnreadByte", rd.UnreadByte(), rd.Len())
	buf := make([]byte, 5)
	n, err = rd.Read(buf)
	fmt.Printf("Read %d %v %q\n", n, err, buf[:n])
	n, err = rd.ReadAt(buf, 7)
	fmt.Printf("ReadAt 7: %d %v %q\n", n, err, buf[:n])
	n, err = rd.ReadAt(buf, 12)
	fmt.Printf("ReadAt 12: %d %v %q\n", n, err, buf[:n])
	n, err = rd.ReadAt(buf, 100)
	fmt.Printf("ReadAt 100: %d %v\n", n, err)
	n, err = rd.ReadAt(buf, -1)
	fmt.Printf("ReadAt -1: %d %v\n", n, err)
	pos, err := rd.Seek(-3, io.SeekEnd)
	fmt.Println("Seek end", pos, err)
	rest := make([]byte, 10)
	n, err = rd.Read(rest)
	fmt.Printf("Read %d %v %q\n", n, err, rest[:n])
	n, err = rd.Read(rest)
	fmt.Printf("Read at EOF %d %v\n", n, err)
	_, err = rd.ReadByte()
	fmt.Println("ReadByte at EOF", err)
	r, sz, err = rd.ReadRune()
	fmt.Println("ReadRune at EOF", r, sz, err)
	pos, err = rd.Seek(2, io.SeekStart)
	fmt.Println("Seek start", pos, err)
	pos, err = rd.Seek(1, io.SeekCurrent)
	fmt.Println("Seek cur", pos, err)
	r, sz, err = rd.ReadRune()
	fmt.Println("ReadRune mid", r, sz, err)
	pos, err = rd.Seek(-100, io.SeekCurrent)
	fmt.Println("Seek neg", pos, err)
	pos, err = rd.Seek(0, 7)
	fmt.Println("Seek whence", pos, err)
	pos, err = rd.Seek(100, io.SeekStart)
	fmt.Println("Seek past", pos, err, rd.Len())
	n, err = rd.Read(rest)
	fmt.Println("Read past", n, err)
	fmt.Println("UnreadByte past:", rd.UnreadByte(), rd.Len())
	rd.Reset([]byte("reset data"))
	fmt.Println("Reset", rd.Len(), rd.Size())
	m, err = rd.WriteTo(&sb)
	fmt.Println("Reader.WriteTo", m, err, sb.String(), rd.Len())
	m, err = rd.WriteTo(&sb)
	fmt.Println("Reader.WriteTo again", m, err)
	rd2 := bytes.NewReader([]byte("limited"))
	lw2 := &limitedWriter{n: 3}
	m, err = rd2.WriteTo(lw2)
	fmt.Printf("Reader.WriteTo limited %d %v %q %d\n", m, err, lw2.got, rd2.Len())
	var zr bytes.Reader
	n, err = zr.Read(buf)
	fmt.Println("zero Reader", n, err, zr.Len(), zr.Size())
	try("Reader.WriteTo liar", func() { bytes.NewReader([]byte("abc")).WriteTo(liarWriter{}) })
	var _ io.ReadSeeker = rd
	var _ io.ReaderAt = rd
	var _ io.RuneScanner = rd
	var _ io.ByteScanner = &b
	var _ io.ReaderFrom = &b
	var _ io.WriterTo = &b
	var _ io.StringWriter = &b
}
