package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) { return 0, nil }

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n <= 0 {
		return 0, errors.New("disk full")
	}
	w.n--
	return len(p), nil
}

func scanAll(name string, r io.Reader, split bufio.SplitFunc) {
	s := bufio.NewScanner(r)
	if split != nil {
		s.Split(split)
	}
	var toks []string
	for s.Scan() {
		toks = append(toks, s.Text())
	}
	fmt.Printf("%s: %q err=%v\n", name, toks, s.Err())
}

func main() {
	fmt.Println(bufio.MaxScanTokenSize)
	for _, e := range []error{bufio.ErrTooLong, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrBadReadCount,
		bufio.ErrFinalToken, bufio.ErrInvalidUnreadByte, bufio.ErrInvalidUnreadRune, bufio.ErrBufferFull, bufio.ErrNegativeCount} {
		fmt.Println(e)
	}

	// Scanner and the split functions
	scanAll("lines", strings.NewReader("one\ntwo\r\n\nthree"), nil)
	scanAll("lines-crlf-end", strings.NewReader("a\r\nb\r"), bufio.ScanLines)
	scanAll("words", strings.NewReader("  hello\tworld \u00a0 foo\u2003bar\n\n"), bufio.ScanWords)
	scanAll("runes", strings.NewReader("héllo\xff!"), bufio.ScanRunes)
	scanAll("bytes", strings.NewReader("ab\x00"), bufio.ScanBytes)
	scanAll("empty", strings.NewReader(""), nil)
	scanAll("slow", oneByte{strings.NewReader("slow\nreader\n")}, nil)
	scanAll("noprogress", zeroReader{}, nil)

	// split funcs called directly
	for _, in := range []string{"", "abc", "ab\ncd", "ab\r\n"} {
		adv, tok, err := bufio.ScanLines([]byte(in), false)
		fmt.Printf("ScanLines(%q,false) = %d %q %v\n", in, adv, tok, err)
		adv, tok, err = bufio.ScanLines([]byte(in), true)
		fmt.Printf("ScanLines(%q,true) = %d %q %v\n", in, adv, tok, err)
	}
	adv, tok, err := bufio.ScanRunes([]byte("\xe2\x82"), false)
	fmt.Println(adv, tok, err)
	adv, tok, err = bufio.ScanRunes([]byte("\xe2\x82"), true)
	fmt.Println(adv, tok, err)
	adv, tok, err = bufio.ScanWords([]byte("  ab"), false)
	fmt.Println(adv, tok, err)
	adv, tok, err = bufio.ScanWords([]byte("   "), true)
	fmt.Println(adv, tok, err)

	// Buffer and ErrTooLong
	s := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 40) + "\nshort\n"))
	s.Buffer(make([]byte, 8), 16)
	for s.Scan() {
		fmt.Println("tok", s.Text())
	}
	fmt.Println(s.Err())
	s = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 30) + "\nz\n"))
	s.Buffer(make([]byte, 4), 64)
	for s.Scan() {
		fmt.Println("tok", len(s.Bytes()))
	}
	fmt.Println(s.Err())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := bufio.NewScanner(strings.NewReader("a"))
		s.Scan()
		s.Buffer(nil, 10)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := bufio.NewScanner(strings.NewReader("a"))
		s.Scan()
		s.Split(bufio.ScanBytes)
	}()

	// custom split with ErrFinalToken and errors
	s = bufio.NewScanner(strings.NewReader("1,2,STOP,3"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		i := bytes.IndexByte(data, ',')
		if i < 0 {
			if atEOF && len(data) > 0 {
				return len(data), data, nil
			}
			return 0, nil, nil
		}
		if string(data[:i]) == "STOP" {
			return i + 1, []byte("stopped"), bufio.ErrFinalToken
		}
		return i + 1, data[:i], nil
	})
	for s.Scan() {
		fmt.Println("csv", s.Text())
	}
	fmt.Println(s.Err())
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(s.Scan(), s.Err())
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, nil, nil })
	fmt.Println(s.Scan(), s.Err())
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, errors.New("custom") })
	fmt.Println(s.Scan(), s.Err(), s.Scan())

	// Reader
	r := bufio.NewReaderSize(strings.NewReader("hello world\nsecond line\nthird"), 16)
	fmt.Println(r.Size(), r.Buffered())
	p, err := r.Peek(5)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	_, err = r.Peek(17)
	fmt.Println(err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	dn, err := r.Discard(6)
	fmt.Println(dn, err)
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	bl, err := r.ReadBytes(' ')
	fmt.Printf("%q %v\n", bl, err)
	c, err := r.ReadByte()
	fmt.Printf("%q %v\n", c, err)
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	l, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", l, isPrefix, err)
	sl, err := r.ReadSlice('\n')
	fmt.Printf("%q %v\n", sl, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	dn, err = r.Discard(-1)
	fmt.Println(dn, err)

	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)+"\n"), 16)
	sl, err = r.ReadSlice('\n')
	fmt.Println(len(sl), err)
	l, isPrefix, err = r.ReadLine()
	fmt.Println(len(l), isPrefix, err)
	l, isPrefix, err = r.ReadLine()
	fmt.Println(len(l), isPrefix, err)
	l, isPrefix, err = r.ReadLine()
	fmt.Println(len(l), isPrefix, err)

	r = bufio.NewReader(strings.NewReader("héllo"))
	fmt.Println(bufio.NewReaderSize(r, 100) == r, bufio.NewReaderSize(strings.NewReader(""), 1).Size())
	ru, size, err := r.ReadRune()
	fmt.Println(string(ru), size, err)
	ru, size, err = r.ReadRune()
	fmt.Println(string(ru), size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	ru, size, _ = r.ReadRune()
	fmt.Println(string(ru), size)
	var sb strings.Builder
	wn, err := r.WriteTo(&sb)
	fmt.Println(wn, err, sb.String())
	r.Reset(strings.NewReader("reset"))
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
	buf := make([]byte, 3)
	r.Reset(strings.NewReader("abcdef"))
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = r.Read(nil)
	fmt.Println(n, err)
	r = bufio.NewReader(zeroReader{})
	_, err = r.ReadByte()
	fmt.Println(err)

	// Writer
	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("abc")
	w.WriteByte('-')
	w.WriteRune('é')
	fmt.Println(w.Available(), w.Buffered(), out.Len(), len(w.AvailableBuffer()), cap(w.AvailableBuffer()))
	w.Write([]byte("0123456789"))
	fmt.Println(w.Buffered(), out.String())
	fmt.Println(w.Flush(), out.String())
	rn, err := w.ReadFrom(strings.NewReader("from a reader"))
	fmt.Println(rn, err, w.Buffered())
	w.Flush()
	fmt.Println(out.String())
	fmt.Println(bufio.NewWriterSize(w, 4) == w, bufio.NewWriter(&out).Size())
	w.Reset(io.Discard)
	w.WriteString("gone")
	fmt.Println(w.Buffered(), w.Flush())

	fw := bufio.NewWriterSize(&failWriter{}, 4)
	n, err = fw.WriteString("abcdef")
	fmt.Println(n, err)
	n, err = fw.WriteString("x")
	fmt.Println(n, err, fw.Flush())

	// ReadWriter
	var rwOut bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), bufio.NewWriter(&rwOut))
	in, _ := rw.ReadString('\n')
	rw.WriteString("echo " + in)
	rw.Flush()
	fmt.Printf("%q %d\n", rwOut.String(), rw.Available())
	var _ io.ReadWriter = rw
}
