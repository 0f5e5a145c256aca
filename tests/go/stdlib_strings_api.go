package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
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

// recW records each Write; recSW also has a WriteString method.
type recW struct{ calls []string }

func (w *recW) Write(p []byte) (int, error) {
	w.calls = append(w.calls, string(p))
	return len(p), nil
}

type recSW struct{ recW }

func (w *recSW) WriteString(s string) (int, error) {
	w.calls = append(w.calls, "S:"+s)
	return len(s), nil
}

type failW struct{}

func (failW) Write(p []byte) (int, error) { return 0, errors.New("fail") }

// lenW records the length of each Write.
type lenW struct{ lens []int }

func (w *lenW) Write(p []byte) (int, error) {
	w.lens = append(w.lens, len(p))
	return len(p), nil
}

type errWriter struct{ n int }

func (w *errWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, errors.New("short")
	}
	return len(p), nil
}

func main() {
	bad := "a\xffb\xc0\xafc\xed\xa0\x80d"
	strs := []string{"", "a", "abc", "aaaa", "héllo, wörld", bad, "\u00e9\u0301x", "  \t\n x y\u2000z \u0085"}
	subs := []string{"", "a", "aa", "ö", "\xff", "xyz", "l"}
	for _, s := range strs {
		for _, sub := range subs {
			fmt.Printf("%q %q: C=%d Ct=%v I=%d LI=%d HP=%v HS=%v\n", s, sub, strings.Count(s, sub), strings.Contains(s, sub),
				strings.Index(s, sub), strings.LastIndex(s, sub), strings.HasPrefix(s, sub), strings.HasSuffix(s, sub))
			fmt.Printf("  CA=%v IA=%d LIA=%d Sp=%q SN0=%q SN1=%q SN2=%q SNm=%q SA=%q SAN2=%q\n",
				strings.ContainsAny(s, sub), strings.IndexAny(s, sub), strings.LastIndexAny(s, sub),
				strings.Split(s, sub), strings.SplitN(s, sub, 0), strings.SplitN(s, sub, 1), strings.SplitN(s, sub, 2),
				strings.SplitN(s, sub, -5), strings.SplitAfter(s, sub), strings.SplitAfterN(s, sub, 2))
			b, a, f := strings.Cut(s, sub)
			fmt.Printf("  Cut=%q,%q,%v Tr=%q TL=%q TR=%q TP=%q TS=%q Cmp=%d EF=%v\n", b, a, f,
				strings.Trim(s, sub), strings.TrimLeft(s, sub), strings.TrimRight(s, sub),
				strings.TrimPrefix(s, sub), strings.TrimSuffix(s, sub), strings.Compare(s, sub), strings.EqualFold(s, sub))
			fmt.Printf("  R=%q R1=%q R0=%q RA=%q VU=%q\n", strings.Replace(s, sub, "<>", -1), strings.Replace(s, sub, "#", 1),
				strings.Replace(s, sub, "#", 0), strings.ReplaceAll(s, sub, "_"), strings.ToValidUTF8(s, sub))
		}
		fmt.Printf("%q: F=%q U=%q L=%q T=%q Ti=%q TS=%q Cl=%q\n", s, strings.Fields(s), strings.ToUpper(s), strings.ToLower(s),
			strings.ToTitle(s), strings.Title(s), strings.TrimSpace(s), strings.Clone(s))
		fmt.Printf("  FF=%q IF=%d LIF=%d TF=%q TLF=%q TRF=%q\n", strings.FieldsFunc(s, unicode.IsLetter),
			strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsSpace),
			strings.TrimFunc(s, unicode.IsLetter), strings.TrimLeftFunc(s, unicode.IsLetter), strings.TrimRightFunc(s, unicode.IsLetter))
		for _, r := range []rune{'a', 'ö', utf8RuneError, -1, 0x110000, 0xD800} {
			fmt.Printf("  IR(%d)=%d CR=%v", r, strings.IndexRune(s, r), strings.ContainsRune(s, r))
		}
		fmt.Println()
		for _, c := range []byte{'a', 0xff, 'z'} {
			fmt.Printf("  IB(%d)=%d LIB=%d", c, strings.IndexByte(s, c), strings.LastIndexByte(s, c))
		}
		fmt.Println()
		fmt.Printf("  Map=%q MapDrop=%q MapBig=%q\n", strings.Map(func(r rune) rune { return r + 1 }, s),
			strings.Map(func(r rune) rune {
				if r == 'a' || r == 'l' {
					return -1
				}
				return r
			}, s), strings.Map(func(r rune) rune { return 0x10FFFF + 5 }, s))
		fmt.Printf("  US=%q LS=%q TiS=%q\n", strings.ToUpperSpecial(unicode.TurkishCase, s), strings.ToLowerSpecial(unicode.TurkishCase, s),
			strings.ToTitleSpecial(unicode.TurkishCase, s))
	}
	fmt.Printf("%q %q %q\n", strings.ToUpper("iı"), strings.ToUpperSpecial(unicode.TurkishCase, "iı"), strings.ToLowerSpecial(unicode.TurkishCase, "İI"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("K", "\u212a"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ς", "Σ"), strings.EqualFold("a", "ab"))
	fmt.Printf("%q %q %q\n", strings.Join(nil, ","), strings.Join([]string{"x"}, ","), strings.Join([]string{"a", "", "b"}, "--"))
	fmt.Printf("%q %q %q\n", strings.Repeat("", 5), strings.Repeat("ab", 0), strings.Repeat("ab", 3))
	try("Repeat-neg", func() { strings.Repeat("a", -1) })
	try("Repeat-ovf", func() { strings.Repeat("ab", 1<<62) })
	try("Repeat-empty-neg", func() { fmt.Println(strings.Repeat("", -1)) })
	fmt.Printf("%q %q\n", strings.Title("hello wOrld-foo_bar ÿes.x"), strings.ToValidUTF8("\xff\xfe\xfdab\xff", "?"))

	// Builder
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
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
	n, err = b.WriteString("zz")
	fmt.Println(n, err, b.Len(), fmt.Sprintf("%q", b.String()))
	b.Reset()
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	try("Builder.Grow-neg", func() { b.Grow(-1) })
	try("Builder-copy", func() {
		var b1 strings.Builder
		b1.WriteString("x")
		b2 := b1
		b2.WriteString("y")
	})
	try("Builder-copy-zero", func() {
		var b1 strings.Builder
		b2 := b1
		b2.WriteString("y")
		fmt.Println(b2.String())
	})
	fmt.Fprintf(&b, "%d-%s", 42, "x")
	fmt.Println(b.String())

	// Reader
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err = r.Read(buf)
	fmt.Println(n, err, buf[:n], r.Len())
	ch, sz, err := r.ReadRune()
	fmt.Println(ch, sz, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	bb, err := r.ReadByte()
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
	r.Reset("a\xffb")
	for {
		ch, sz, err = r.ReadRune()
		fmt.Print(ch, sz, err, ";")
		if err != nil {
			break
		}
	}
	fmt.Println()
	r.Reset("")
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	n, err = r.Read(nil)
	fmt.Println(n, err)
	r.Reset("0123456789")
	r.ReadByte()
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String(), r.Len())
	m, err = r.WriteTo(&sb)
	fmt.Println(m, err)
	r.Reset("0123456789")
	m, err = r.WriteTo(&errWriter{3})
	fmt.Println(m, err, r.Len())
	r.Reset("abc")
	r.ReadRune()
	r.Seek(0, io.SeekStart)
	fmt.Println(r.UnreadRune())
	var zr strings.Reader
	fmt.Println(zr.Len(), zr.Size())
	n, err = zr.Read(buf)
	fmt.Println(n, err)
	fmt.Println(zr.UnreadRune())
	data, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Println(string(data), err)

	// Replacer
	reps := []*strings.Replacer{
		strings.NewReplacer(),
		strings.NewReplacer("a", "1"),
		strings.NewReplacer("a", "1", "b", "2", "c", ""),
		strings.NewReplacer("", "X"),
		strings.NewReplacer("", "X", "o", "0"),
		strings.NewReplacer("aaa", "3", "aa", "2", "a", "1"),
		strings.NewReplacer("a", "1", "aa", "2", "aaa", "3"),
		strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;"),
		strings.NewReplacer("hello", "HI", "hell", "HELL", "he", "X", "o", "O"),
		strings.NewReplacer("a", "b", "a", "c"),
		strings.NewReplacer("ö", "oe", "\xff", "?"),
		strings.NewReplacer("abc", "", "b", "B"),
	}
	ins := []string{"", "a", "aaaaa", "hello <world> & 'o'", "abcabc", "hellohe", "föö\xff", "banana"}
	for i, rp := range reps {
		for _, in := range ins {
			fmt.Printf("rep%d(%q)=%q\n", i, in, rp.Replace(in))
		}
		var sb strings.Builder
		n, err := rp.WriteString(&sb, "aaa hello")
		fmt.Println(n, err, sb.String())
		n, err = rp.WriteString(&errWriter{2}, "hello world")
		fmt.Println(n, err)
	}
	// WriteString calls the writer as Go's algorithm for the pairs does.
	pairs := [][]string{{}, {"a", "A"}, {"a", "A", "n", "N"}, {"a", "AA"}, {"a", "", "b", "B"}, {"a", "X", "a", "YY"}, {"an", "AN"},
		{"an", "AN", "b", "B"}, {"", "-"}, {"", "-", "a", "A"}, {"xyz", "Q"}, {"a", "A", "a", "B"}, {"a", "A", "aa", "B"}, {"a", "AB", "an", "C"}}
	for _, on := range pairs {
		rp := strings.NewReplacer(on...)
		for _, s := range []string{"", "banana", "xyz", "aa"} {
			w := &recW{}
			n, err := rp.WriteString(w, s)
			sw := &recSW{}
			n2, err2 := rp.WriteString(sw, s)
			n3, err3 := rp.WriteString(failW{}, s)
			n4, err4 := rp.WriteString(&errWriter{1}, s)
			fmt.Printf("%q %q: %d %v %q | %d %v %q | %d %v | %d %v\n", on, s, n, err, w.calls, n2, err2, sw.calls, n3, err3, n4, err4)
		}
	}
	long := strings.Repeat("abcdefgh", 10000)
	for _, on := range [][]string{{"a", "A"}, {"a", "AA"}, {"ab", "X"}, {"a", "A", "bc", "X"}} {
		w := &lenW{}
		n, err := strings.NewReplacer(on...).WriteString(w, long)
		fmt.Println(on, n, err, len(w.lens), w.lens[:3], w.lens[len(w.lens)-1])
	}
	try("Replacer-odd", func() { strings.NewReplacer("a") })
}

const utf8RuneError = '\uFFFD'
