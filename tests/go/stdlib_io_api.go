package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type slowReader struct {
	s string
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 0, errors.New("boom") }

func main() {
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
	for _, e := range []error{io.EOF, io.ErrClosedPipe, io.ErrNoProgress, io.ErrShortBuffer, io.ErrShortWrite, io.ErrUnexpectedEOF} {
		fmt.Printf("%q\n", e.Error())
	}

	// ReadAtLeast / ReadFull
	buf := make([]byte, 5)
	n, err := io.ReadAtLeast(&slowReader{"hello world"}, buf, 3)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadAtLeast(strings.NewReader("ab"), buf, 6)
	fmt.Println(n, err)
	n, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(n, err)
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(n, err)
	n, err = io.ReadFull(&slowReader{"abcdefg"}, buf)
	fmt.Println(n, err, string(buf))

	// Copy, CopyN, CopyBuffer
	var sb strings.Builder
	w, err := io.CopyN(&sb, strings.NewReader("0123456789"), 4)
	fmt.Println(w, err, sb.String())
	w, err = io.CopyN(&sb, strings.NewReader("xy"), 4)
	fmt.Println(w, err, sb.String())
	var bb bytes.Buffer
	w, err = io.CopyBuffer(&bb, &slowReader{"buffered copy"}, make([]byte, 3))
	fmt.Println(w, err, bb.String())
	w, err = io.Copy(errWriter{}, &slowReader{"x"})
	fmt.Println(w, err)
	w, err = io.Copy(shortWriter{}, &slowReader{"xy"})
	fmt.Println(w, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&bb, &slowReader{"x"}, []byte{})
	}()

	// WriteString
	n, err = io.WriteString(&sb, "!")
	fmt.Println(n, err, sb.String())
	n, err = io.WriteString(shortWriter{}, "abcd")
	fmt.Println(n, err)

	// LimitReader / LimitedReader
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	data, err := io.ReadAll(lr)
	fmt.Printf("%q %v %d\n", data, err, lr.(*io.LimitedReader).N)
	l2 := &io.LimitedReader{R: strings.NewReader("abc"), N: -1}
	n, err = l2.Read(buf)
	fmt.Println(n, err)

	// ReadAll
	data, err = io.ReadAll(&slowReader{"all of it"})
	fmt.Printf("%q %v\n", data, err)
	data, err = io.ReadAll(strings.NewReader(""))
	fmt.Printf("%q %v %v\n", data, err, data == nil)

	// Discard
	n, err = io.Discard.Write([]byte("gone"))
	fmt.Println(n, err)
	n, err = io.WriteString(io.Discard, "gone too")
	fmt.Println(n, err)
	w, err = io.Copy(io.Discard, strings.NewReader("12345"))
	fmt.Println(w, err)

	// NopCloser
	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println(rc.Close())
	data, _ = io.ReadAll(rc)
	fmt.Println(string(data))

	// MultiReader / MultiWriter
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), &slowReader{"two "}, strings.NewReader("three"))
	data, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", data, err)
	n, err = mr.Read(buf)
	fmt.Println(n, err)
	n, err = io.MultiReader().Read(buf)
	fmt.Println(n, err)
	var b1, b2, b3 bytes.Buffer
	mw := io.MultiWriter(&b1, io.MultiWriter(&b2, &b3))
	n, err = mw.Write([]byte("multi"))
	fmt.Println(n, err, b1.String(), b2.String(), b3.String())
	n, err = io.WriteString(mw, "+s")
	fmt.Println(n, err, b1.String(), b2.String(), b3.String())
	n, err = io.MultiWriter(&b1, shortWriter{}, &b2).Write([]byte("abcd"))
	fmt.Println(n, err, b1.String(), b2.String())
	n, err = io.MultiWriter(errWriter{}, &b2).Write([]byte("abcd"))
	fmt.Println(n, err)

	// TeeReader
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee reader"), &tee)
	data, err = io.ReadAll(tr)
	fmt.Printf("%q %v %q\n", data, err, tee.String())
	n, err = io.TeeReader(strings.NewReader("x"), errWriter{}).Read(buf)
	fmt.Println(n, err)

	// SectionReader
	src := strings.NewReader("0123456789abcdef")
	sr := io.NewSectionReader(src, 4, 8)
	fmt.Println(sr.Size())
	data, err = io.ReadAll(sr)
	fmt.Printf("%q %v\n", data, err)
	pos, err := sr.Seek(2, io.SeekStart)
	fmt.Println(pos, err)
	n, err = sr.Read(buf[:3])
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	pos, err = sr.Seek(-1, io.SeekCurrent)
	fmt.Println(pos, err)
	pos, err = sr.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err)
	n, err = sr.Read(buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = sr.Read(buf)
	fmt.Println(n, err)
	pos, err = sr.Seek(-1, io.SeekStart)
	fmt.Println(pos, err)
	pos, err = sr.Seek(0, 7)
	fmt.Println(pos, err)
	pos, err = sr.Seek(20, io.SeekStart)
	fmt.Println(pos, err)
	n, err = sr.Read(buf)
	fmt.Println(n, err)
	n, err = sr.ReadAt(buf[:3], 1)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = sr.ReadAt(buf, 5)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = sr.ReadAt(buf, 8)
	fmt.Println(n, err)
	n, err = sr.ReadAt(buf, -1)
	fmt.Println(n, err)
	big := io.NewSectionReader(src, 10, 1<<62+(1<<62-1))
	fmt.Println(big.Size() > 0)
	data, _ = io.ReadAll(big)
	fmt.Printf("%q\n", data)
	var _ io.ReadSeeker = sr
	var _ io.ReaderAt = sr

	// Pipe
	pr, pw := io.Pipe()
	go func() {
		for _, s := range []string{"hello, ", "pipe ", "world"} {
			n, err := pw.Write([]byte(s))
			if n != len(s) || err != nil {
				fmt.Println("write:", n, err)
			}
		}
		pw.Close()
	}()
	data, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)
	n, err = pr.Read(buf)
	fmt.Println(n, err)

	// a write bigger than the reads
	pr, pw = io.Pipe()
	done := make(chan string)
	go func() {
		n, err := pw.Write([]byte("0123456789"))
		pw.CloseWithError(errors.New("writer failed"))
		done <- fmt.Sprint("big write: ", n, err)
	}()
	small := make([]byte, 4)
	for {
		n, err := pr.Read(small)
		fmt.Printf("read %d %q %v\n", n, small[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println(<-done)

	// closing the reader
	pr, pw = io.Pipe()
	go func() {
		pr.Read(small[:2])
		pr.CloseWithError(errors.New("reader gave up"))
		pr.CloseWithError(errors.New("ignored"))
	}()
	n, err = pw.Write([]byte("abcdef"))
	fmt.Println(n, err)
	n, err = pw.Write([]byte("more"))
	fmt.Println(n, err)
	n, err = pr.Read(small)
	fmt.Println(n, err)

	pr, pw = io.Pipe()
	pr.Close()
	n, err = pw.Write([]byte("x"))
	fmt.Println(n, err)
	n, err = pw.Write(nil)
	fmt.Println(n, err)
	pw.Close()
	n, err = pr.Read(small)
	fmt.Println(n, err)
	pr, pw = io.Pipe()
	pw.Close()
	n, err = pw.Write([]byte("x"))
	fmt.Println(n, err)
	n, err = pr.Read(small)
	fmt.Println(n, err)

	// empty write still meets a reader
	pr, pw = io.Pipe()
	go func() {
		pw.Write(nil)
		pw.Write([]byte("z"))
		pw.Close()
	}()
	n, err = pr.Read(small)
	fmt.Println(n, err)
	n, err = pr.Read(small)
	fmt.Println(n, err, string(small[:n]))

	var _ io.ReadWriteCloser
	var _ io.ReadSeekCloser
	var _ io.WriteSeeker
	var _ io.ReadWriteSeeker
	var _ io.ByteScanner = strings.NewReader("")
	var _ io.RuneScanner = strings.NewReader("")
	var _ io.WriterTo = strings.NewReader("")
	var _ io.ReaderFrom = &bytes.Buffer{}
	var _ io.ByteWriter = &bytes.Buffer{}
	var _ io.StringWriter = &bytes.Buffer{}
	var _ io.WriteCloser = pw
	var _ io.ReadCloser = pr
	fmt.Println("done")
}
