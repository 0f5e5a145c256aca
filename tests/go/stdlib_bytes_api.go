package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

type errWriter struct{ n int }

func (w *errWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, errors.New("short")
	}
	return len(p), nil
}

type chunkReader struct {
	data []byte
	n    int
	err  error
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		return 0, io.EOF
	}
	k := r.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(r.data) {
		k = len(r.data)
	}
	copy(p, r.data[:k])
	r.data = r.data[k:]
	return k, nil
}

type negReader struct{}

func (negReader) Read(p []byte) (int, error) { return -1, nil }

func main() {
	bad := "a\xffb\xc0\xafc\xed\xa0\x80d"
	strs := []string{"", "a", "abc", "aaaa", "héllo, wörld", bad, "  \t\n x y\u2000z \u0085"}
	subs := []string{"", "a", "aa", "ö", "\xff", "xyz", "l"}
	for _, s0 := range strs {
		s := []byte(s0)
		for _, sub0 := range subs {
			sub := []byte(sub0)
			fmt.Printf("%q %q: C=%d Ct=%v I=%d LI=%d HP=%v HS=%v Eq=%v\n", s, sub, bytes.Count(s, sub), bytes.Contains(s, sub),
				bytes.Index(s, sub), bytes.LastIndex(s, sub), bytes.HasPrefix(s, sub), bytes.HasSuffix(s, sub), bytes.Equal(s, sub))
			fmt.Printf("  CA=%v IA=%d LIA=%d Sp=%q SN0=%q SN1=%q SN2=%q SNm=%q SA=%q SAN2=%q\n",
				bytes.ContainsAny(s, sub0), bytes.IndexAny(s, sub0), bytes.LastIndexAny(s, sub0),
				bytes.Split(s, sub), bytes.SplitN(s, sub, 0), bytes.SplitN(s, sub, 1), bytes.SplitN(s, sub, 2),
				bytes.SplitN(s, sub, -5), bytes.SplitAfter(s, sub), bytes.SplitAfterN(s, sub, 2))
			b, a, f := bytes.Cut(s, sub)
			fmt.Printf("  Cut=%q,%q,%v Tr=%q TL=%q TR=%q TP=%q TS=%q Cmp=%d EF=%v\n", b, a, f,
				bytes.Trim(s, sub0), bytes.TrimLeft(s, sub0), bytes.TrimRight(s, sub0),
				bytes.TrimPrefix(s, sub), bytes.TrimSuffix(s, sub), bytes.Compare(s, sub), bytes.EqualFold(s, sub))
			fmt.Printf("  R=%q R1=%q R0=%q RA=%q VU=%q\n", bytes.Replace(s, sub, []byte("<>"), -1), bytes.Replace(s, sub, []byte("#"), 1),
				bytes.Replace(s, sub, []byte("#"), 0), bytes.ReplaceAll(s, sub, []byte("_")), bytes.ToValidUTF8(s, sub))
		}
		fmt.Printf("%q: F=%q U=%q L=%q T=%q Ti=%q TS=%q Ru=%q\n", s, bytes.Fields(s), bytes.ToUpper(s), bytes.ToLower(s),
			bytes.ToTitle(s), bytes.Title(s), bytes.TrimSpace(s), bytes.Runes(s))
		fmt.Printf("  FF=%q IF=%d LIF=%d TF=%q TLF=%q TRF=%q\n", bytes.FieldsFunc(s, unicode.IsLetter),
			bytes.IndexFunc(s, unicode.IsSpace), bytes.LastIndexFunc(s, unicode.IsSpace),
			bytes.TrimFunc(s, unicode.IsLetter), bytes.TrimLeftFunc(s, unicode.IsLetter), bytes.TrimRightFunc(s, unicode.IsLetter))
		for _, r := range []rune{'a', 'ö', '\uFFFD', -1, 0x110000, 0xD800} {
			fmt.Printf("  IR(%d)=%d CR=%v", r, bytes.IndexRune(s, r), bytes.ContainsRune(s, r))
		}
		fmt.Println()
		for _, c := range []byte{'a', 0xff, 'z'} {
			fmt.Printf("  IB(%d)=%d LIB=%d", c, bytes.IndexByte(s, c), bytes.LastIndexByte(s, c))
		}
		fmt.Println()
		fmt.Printf("  Map=%q MapDrop=%q MapBig=%q\n", bytes.Map(func(r rune) rune { return r + 1 }, s),
			bytes.Map(func(r rune) rune {
				if r == 'a' || r == 'l' {
					return -1
				}
				return r
			}, s), bytes.Map(func(r rune) rune { return 0x10FFFF + 5 }, s))
		fmt.Printf("  US=%q LS=%q TiS=%q\n", bytes.ToUpperSpecial(unicode.TurkishCase, s), bytes.ToLowerSpecial(unicode.TurkishCase, s),
			bytes.ToTitleSpecial(unicode.TurkishCase, s))
	}
	// nil vs empty results
	fmt.Println(bytes.TrimSpace(nil) == nil, bytes.TrimSpace([]byte("  ")) == nil, bytes.Trim([]byte("aa"), "a") == nil,
		bytes.TrimLeft([]byte("aa"), "a") == nil, bytes.TrimRight([]byte("aa"), "a") == nil, bytes.Trim(nil, "") == nil,
		bytes.TrimFunc([]byte("aa"), unicode.IsLetter) == nil, bytes.Fields(nil) == nil, bytes.Split(nil, []byte("x")) == nil,
		bytes.ToUpper(nil) == nil, bytes.Map(nil, nil) == nil, bytes.Repeat(nil, 3) == nil, bytes.Join(nil, nil) == nil,
		bytes.Runes(nil) == nil, bytes.ToValidUTF8(nil, nil) == nil, bytes.Replace(nil, nil, nil, 0) == nil,
		bytes.TrimPrefix(nil, nil) == nil, bytes.TrimLeftFunc([]byte("aa"), unicode.IsLetter) == nil,
		bytes.TrimRightFunc([]byte("aa"), unicode.IsLetter) == nil)
	x := []byte("abc")
	y := bytes.Replace(x, []byte("z"), []byte("q"), -1)
	y[0] = 'X'
	fmt.Println(string(x), string(y))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")))
	fmt.Println(bytes.EqualFold([]byte("Straße"), []byte("STRASSE")), bytes.EqualFold([]byte("K"), []byte("\u212a")))
	fmt.Printf("%q %q %q\n", bytes.Join(nil, []byte(",")), bytes.Join([][]byte{[]byte("x")}, []byte(",")), bytes.Join([][]byte{[]byte("a"), nil, []byte("b")}, []byte("--")))
	fmt.Printf("%q %q %q\n", bytes.Repeat(nil, 5), bytes.Repeat([]byte("ab"), 0), bytes.Repeat([]byte("ab"), 3))
	try("Repeat-neg", func() { bytes.Repeat([]byte("a"), -1) })
	try("Repeat-ovf", func() { bytes.Repeat([]byte("ab"), 1<<62) })
	try("Repeat-empty-neg", func() { bytes.Repeat(nil, -1) })

	// Buffer
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String(), b.Bytes() == nil)
	var nb *bytes.Buffer
	fmt.Println(nb.String())
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap() >= 10)
	n, err := b.Write([]byte("ab"))
	fmt.Println(n, err)
	fmt.Println(b.WriteByte('c'))
	for _, r := range []rune{'é', -1, 0x110000, 0x1F600, 0xD800, 'x'} {
		n, err = b.WriteRune(r)
		fmt.Print(n, err, " ")
	}
	fmt.Println()
	n, err = b.WriteString("zz\nline2\nend")
	fmt.Printf("%d %v %d %q\n", n, err, b.Len(), b.String())
	fmt.Printf("%q\n", b.Next(2))
	fmt.Println(b.UnreadByte(), b.UnreadRune())
	bb, err := b.ReadByte()
	fmt.Println(bb, err, b.UnreadByte(), b.UnreadByte())
	ch, sz, err := b.ReadRune()
	fmt.Println(ch, sz, err, b.UnreadRune(), b.UnreadRune())
	ch, sz, err = b.ReadRune()
	fmt.Println(ch, sz, err)
	for i := 0; i < 3; i++ {
		ch, sz, err = b.ReadRune()
		fmt.Println(ch, sz, err)
	}
	line, err := b.ReadBytes('\n')
	fmt.Printf("%q %v\n", line, err)
	fmt.Println(b.UnreadByte())
	s, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = b.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = b.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, err = b.ReadBytes('\n')
	fmt.Printf("%q %v %v\n", line, err, line == nil)
	buf := make([]byte, 4)
	n, err = b.Read(buf)
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)
	bb, err = b.ReadByte()
	fmt.Println(bb, err)
	ch, sz, err = b.ReadRune()
	fmt.Println(ch, sz, err)
	fmt.Printf("%q\n", b.Next(5))
	try("Next-neg", func() { b.Next(-1) })
	b.Reset()
	b.WriteString("0123456789")
	b.Truncate(5)
	fmt.Println(b.String())
	b.Truncate(0)
	fmt.Println(b.Len(), b.String())
	b.WriteString("abc")
	try("Truncate-neg", func() { b.Truncate(-1) })
	try("Truncate-big", func() { b.Truncate(4) })
	try("Grow-neg", func() { b.Grow(-1) })
	try("ReadFrom-neg", func() { b.ReadFrom(negReader{}) })
	fmt.Println(b.String())
	b2 := bytes.NewBufferString("hello")
	m, err := b2.ReadFrom(&chunkReader{data: []byte(" world, more data here"), n: 3})
	fmt.Println(m, err, b2.String())
	m, err = b2.ReadFrom(&chunkReader{data: []byte("!"), n: 3, err: errors.New("boom")})
	fmt.Println(m, err, b2.String())
	var out bytes.Buffer
	m, err = b2.WriteTo(&out)
	fmt.Println(m, err, out.String(), b2.Len())
	b2.WriteString("0123456789")
	m, err = b2.WriteTo(&errWriter{4})
	fmt.Println(m, err, b2.String())
	b3 := bytes.NewBuffer([]byte("xyz"))
	fmt.Println(b3.String(), b3.Len())
	fmt.Println(bytes.MinRead)
	fmt.Println(bytes.ErrTooLarge)
	var bl bytes.Buffer
	big := make([]byte, 3000)
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	for i := 0; i < 20; i++ {
		bl.Write(big)
		bl.Next(2500)
	}
	fmt.Println(bl.Len(), bl.String()[:30])

	// Reader
	r := bytes.NewReader([]byte("héllo, wörld"))
	fmt.Println(r.Len(), r.Size())
	n, err = r.Read(buf)
	fmt.Println(n, err, buf[:n], r.Len())
	ch, sz, err = r.ReadRune()
	fmt.Println(ch, sz, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	bb, err = r.ReadByte()
	fmt.Println(bb, err, r.UnreadByte(), r.UnreadRune())
	n, err = r.ReadAt(buf, 3)
	fmt.Println(n, err, string(buf[:n]))
	n, err = r.ReadAt(buf, 12)
	fmt.Println(n, err, string(buf[:n]))
	n, err = r.ReadAt(buf, 100)
	fmt.Println(n, err)
	n, err = r.ReadAt(buf, -1)
	fmt.Println(n, err)
	for _, s := range []struct {
		off    int64
		whence int
	}{{0, io.SeekStart}, {2, io.SeekCurrent}, {-1, io.SeekEnd}, {100, io.SeekStart}, {-1, io.SeekStart}, {0, 7}, {-200, io.SeekCurrent}} {
		p, err := r.Seek(s.off, s.whence)
		fmt.Println("seek", p, err, r.Len())
	}
	r.Seek(100, io.SeekStart)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	ch, sz, err = r.ReadRune()
	fmt.Println(ch, sz, err)
	bb, err = r.ReadByte()
	fmt.Println(bb, err)
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	r.Reset([]byte("a\xffb"))
	for {
		ch, sz, err = r.ReadRune()
		fmt.Print(ch, sz, err, ";")
		if err != nil {
			break
		}
	}
	fmt.Println()
	r.Reset(nil)
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	r.Reset([]byte("0123456789"))
	r.ReadByte()
	var sb bytes.Buffer
	m, err = r.WriteTo(&sb)
	fmt.Println(m, err, sb.String(), r.Len())
	m, err = r.WriteTo(&sb)
	fmt.Println(m, err)
	r.Reset([]byte("0123456789"))
	m, err = r.WriteTo(&errWriter{3})
	fmt.Println(m, err, r.Len())
	var zr bytes.Reader
	fmt.Println(zr.Len(), zr.Size(), zr.UnreadRune())
	data, err := io.ReadAll(bytes.NewReader([]byte("all of it")))
	fmt.Println(string(data), err)
}
