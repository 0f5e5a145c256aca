// encoding/base64: every Encoding (Std, URL, Raw*, Strict, custom alphabet and
// padding), encoding of all byte values, EncodedLen/DecodedLen, decoding with
// newlines, bad characters and bad padding at every offset (exhaustively for
// short inputs over a small alphabet, then pseudo-random ones: results, error
// offsets and the whole dst, digested), panics, and the streaming Encoder and
// Decoder with odd write and read sizes, failing writers and Close.
package main

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
)

type named struct {
	name string
	enc  *base64.Encoding
}

var encodings = []named{
	{"Std", base64.StdEncoding},
	{"URL", base64.URLEncoding},
	{"RawStd", base64.RawStdEncoding},
	{"RawURL", base64.RawURLEncoding},
	{"StdStrict", base64.StdEncoding.Strict()},
	{"RawStdStrict", base64.RawStdEncoding.Strict()},
	{"Star", base64.StdEncoding.WithPadding('*')},
	{"Custom", base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210.,").WithPadding('\xff')},
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

var rng uint64 = 88172645463325252

func next() uint64 {
	rng ^= rng << 13
	rng ^= rng >> 7
	rng ^= rng << 17
	return rng
}

type digest uint64

func (d *digest) add(s string) {
	h := uint64(*d)
	if h == 0 {
		h = 14695981039346656037
	}
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	*d = digest(h)
}

// decodeLine decodes src with enc into a dst of DecodedLen+3 bytes filled
// with 0xee and describes the result, dst included.
func decodeLine(enc *base64.Encoding, src string) string {
	dst := bytes.Repeat([]byte{0xee}, enc.DecodedLen(len(src))+3)
	n, err := enc.Decode(dst, []byte(src))
	s, err2 := enc.DecodeString(src)
	if !bytes.Equal(s, dst[:n]) || fmt.Sprint(err) != fmt.Sprint(err2) {
		return fmt.Sprintf("MISMATCH %x %v", s, err2)
	}
	if err != nil {
		var ce base64.CorruptInputError
		if !errors.As(err, &ce) {
			return "not a CorruptInputError"
		}
		return fmt.Sprintf("%d %x @%d", n, dst, int64(ce))
	}
	return fmt.Sprintf("%d %x", n, dst)
}

func main() {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	for _, e := range encodings {
		s := e.enc.EncodeToString(all)
		back, err := e.enc.DecodeString(s)
		fmt.Printf("%s: %d %s\n  round trip %v %v\n", e.name, len(s), s, bytes.Equal(back, all), err)
		for n := 0; n <= 10; n++ {
			src := all[250-n*7 : 250-n*6]
			fmt.Printf("  %d %q len %d dec %d\n", len(src), e.enc.EncodeToString(src), e.enc.EncodedLen(len(src)), e.enc.DecodedLen(e.enc.EncodedLen(len(src))))
		}
		fmt.Print("  lens")
		for _, n := range []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 1001} {
			fmt.Printf(" %d:%d/%d", n, e.enc.EncodedLen(n), e.enc.DecodedLen(n))
		}
		fmt.Println()
	}
	rfc := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar"}
	for _, s := range rfc {
		fmt.Printf("%q -> %q %q\n", s, base64.StdEncoding.EncodeToString([]byte(s)), base64.RawURLEncoding.EncodeToString([]byte(s)))
	}
	fmt.Println(base64.StdEncoding.EncodeToString([]byte{0xfb, 0xff, 0xbf}), base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xbf}))
	fmt.Println(base64.StdPadding, base64.NoPadding)

	// Encode writes only its part of dst.
	dst := []byte("................")
	base64.StdEncoding.Encode(dst, []byte("ab"))
	fmt.Printf("%q\n", dst)
	base64.RawStdEncoding.Encode(dst, []byte("xyz1"))
	fmt.Printf("%q\n", dst)
	base64.StdEncoding.Encode(dst, nil)
	try("Encode short dst", func() { base64.StdEncoding.Encode(make([]byte, 5), []byte("abcd")) })
	try("Encode short dst 2", func() { base64.StdEncoding.Encode(make([]byte, 7), []byte("abcd")) })
	try("Encode short dst raw", func() { base64.RawStdEncoding.Encode(make([]byte, 2), []byte("a")) })
	try("Decode short dst", func() {
		n, err := base64.StdEncoding.Decode(make([]byte, 2), []byte("AAAA"))
		fmt.Println(n, err)
	})
	try("Decode short dst 2", func() {
		n, err := base64.StdEncoding.Decode(make([]byte, 5), []byte("AAAAAAAA"))
		fmt.Println(n, err)
	})
	try("Decode short dst 3", func() {
		n, err := base64.StdEncoding.Decode(make([]byte, 0), []byte("AA=="))
		fmt.Println(n, err)
	})

	// Constructors and their panics.
	try("NewEncoding short", func() { base64.NewEncoding("abc") })
	try("NewEncoding newline", func() {
		base64.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+\n")
	})
	try("NewEncoding CR", func() {
		base64.NewEncoding("\rBCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
	})
	try("WithPadding LF", func() { base64.StdEncoding.WithPadding('\n') })
	try("WithPadding CR", func() { base64.StdEncoding.WithPadding('\r') })
	try("WithPadding 0x100", func() { base64.StdEncoding.WithPadding(0x100) })
	try("WithPadding alphabet", func() { base64.StdEncoding.WithPadding('+') })
	try("WithPadding alphabet 2", func() { base64.URLEncoding.WithPadding('A') })
	try("WithPadding '/' on URL", func() {
		e := base64.URLEncoding.WithPadding('/')
		fmt.Println(e.EncodeToString([]byte("a")), decodeLine(e, "YQ//"), decodeLine(e, "YQ=="))
	})
	try("WithPadding -2", func() {
		e := base64.StdEncoding.WithPadding(-2)
		fmt.Printf("%q %d\n", e.EncodeToString([]byte("a")), e.EncodedLen(1))
	})
	try("WithPadding 0", func() {
		e := base64.StdEncoding.WithPadding(0)
		fmt.Printf("%q %s\n", e.EncodeToString([]byte("ab")), decodeLine(e, "YWI\x00"))
	})
	try("dup alphabet", func() {
		e := base64.NewEncoding("AACDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
		fmt.Printf("%q %s\n", e.EncodeToString([]byte{0, 0x10}), decodeLine(e, "AAB="))
	})
	// The original encoding is unchanged by WithPadding and Strict.
	fmt.Println(base64.StdEncoding.EncodeToString([]byte("a")), decodeLine(base64.StdEncoding, "YR=="))

	fmt.Println(base64.CorruptInputError(0), base64.CorruptInputError(-1), base64.CorruptInputError(1234567890123))
	fmt.Printf("%v %d %T\n", base64.CorruptInputError(7), base64.CorruptInputError(7), base64.CorruptInputError(7))

	// Hand-picked inputs.
	inputs := []string{
		"", "A", "AA", "AAA", "AAAA", "AB", "AB=", "AB==", "ABC=", "ABD=", "ABC", "YQ", "YR", "YR==", "YWI", "YWJ", "YWJ=",
		"=", "==", "===", "====", "A=", "A==", "A===", "AA=A", "AA==A", "AA===", "AAA==", "AAA=A", "AAAA=", "AAAA==",
		"AA==AA==", "AAAAAA==", "AAAA\n", "\nAAAA", "AA\nAA", "A\r\nA\r\n=\r\n=\r\n", "AA=\n=", "AA=\n", "AA=\nA",
		"AA==\n", "AA==\nA", "AA==\r\n\r\n", "AAA=\n\n", "AAA=\nx", "\n", "\r\n\r\n", "\n=", "AAAA\nAAAA\nAAAA",
		"!AAA", "A!AA", "AA!A", "AAA!", "AAAA!", "AAAAAAA!", "AAAAAAAA!", "AAAAAAAAAAAA!AAA", "AAAA AAAA",
		"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==",
		"Zm9vYmFy", "Zm9vYmE=", "Zm9vYg==", "Zm9vYmFyYmF6", "Zm9v\nYmFy\nYmF6\n", "Zm9vYmFy-_", "Zm9vYmFy+/",
		"Zm9vYmFyYmF6YmF6", "Zm9vYmFyYmF6YmF6YmF6", "Zm9vYmFyYmF6YmF6YmF6Yg", "Zm9vYmFyYmF6YmF6YmF6Yg==",
		"Zm9vYmFyYmF6YmF6YmF6Yh==", "Zm9vYmFyYmF6YmF6YmF6Yh", "Zm9vYmFyYmF6YmF6Ym\xffF6", "\xff", "é",
		"AAAA====", "AA==\n==", "****", "AA**", "AAA*", "YR**", "YQ\xff\xff", "YQ\x00\x00",
	}
	for _, in := range inputs {
		fmt.Printf("%q:", in)
		for _, e := range encodings {
			fmt.Printf(" %s[%s]", e.name, decodeLine(e.enc, in))
		}
		fmt.Println()
	}

	// Every input of up to 4 characters over a small alphabet, digested per
	// encoding and length (the length-2 ones printed).
	alpha := "AQw/_=\n!"
	for _, e := range encodings {
		for length := 0; length <= 4; length++ {
			var d digest
			count, errs := 0, 0
			var line strings.Builder
			idx := make([]int, length)
			buf := make([]byte, length)
			for {
				for i, k := range idx {
					buf[i] = alpha[k]
				}
				r := decodeLine(e.enc, string(buf))
				d.add(string(buf) + "=" + r + ";")
				count++
				if strings.Contains(r, "@") {
					errs++
				}
				if length == 2 {
					line.WriteString(fmt.Sprintf(" %q:%s", buf, r))
				}
				i := length - 1
				for i >= 0 {
					idx[i]++
					if idx[i] < len(alpha) {
						break
					}
					idx[i] = 0
					i--
				}
				if i < 0 {
					break
				}
			}
			fmt.Printf("%s len %d: %d inputs, %d errors, digest %x\n", e.name, length, count, errs, uint64(d))
			if length == 2 && e.name == "Std" || length == 2 && e.name == "RawStdStrict" {
				fmt.Println(line.String())
			}
		}
	}

	// Pseudo-random inputs: mostly valid characters, some padding, newlines
	// and invalid bytes.
	for _, e := range encodings {
		var d digest
		errs := 0
		valid := e.enc.EncodeToString([]byte("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!@#$%^&*()"))
		for trial := 0; trial < 3000; trial++ {
			length := int(next() % 41)
			buf := make([]byte, length)
			for i := range buf {
				r := next() % 100
				switch {
				case r < 85:
					buf[i] = valid[next()%64]
				case r < 90:
					buf[i] = '='
				case r < 95:
					buf[i] = "\r\n"[next()%2]
				default:
					buf[i] = byte(next())
				}
			}
			// Often a clean encoding, perhaps with a damaged tail.
			if trial%3 == 0 {
				raw := make([]byte, length)
				for i := range raw {
					raw[i] = byte(next())
				}
				buf = []byte(e.enc.EncodeToString(raw))
				if trial%2 == 0 && len(buf) > 0 {
					buf[int(next()%uint64(len(buf)))] = "=\n!A"[next()%4]
				}
			}
			r := decodeLine(e.enc, string(buf))
			if strings.Contains(r, "@") {
				errs++
			}
			d.add(string(buf) + "=" + r + ";")
			if trial < 6 {
				fmt.Printf("  %s %q: %s\n", e.name, buf, r)
			}
		}
		fmt.Printf("%s random: %d errors, digest %x\n", e.name, errs, uint64(d))
	}

	streamEncode()
	streamDecode()
}

// logWriter records every Write's size; it fails after limit bytes.
type logWriter struct {
	buf   bytes.Buffer
	sizes []int
	limit int
}

var errFull = errors.New("writer full")

func (w *logWriter) Write(p []byte) (int, error) {
	w.sizes = append(w.sizes, len(p))
	if w.limit >= 0 && w.buf.Len()+len(p) > w.limit {
		k := w.limit - w.buf.Len()
		w.buf.Write(p[:k])
		return k, errFull
	}
	w.buf.Write(p)
	return len(p), nil
}

func streamEncode() {
	data := make([]byte, 2000)
	for i := range data {
		data[i] = byte(next())
	}
	for _, e := range encodings {
		for _, steps := range [][]int{{1}, {2}, {3}, {4}, {1, 2}, {5, 7, 1}, {767}, {768}, {769}, {1000}, {2000}} {
			for _, total := range []int{0, 1, 2, 3, 10, 100, 1537, 2000} {
				w := &logWriter{limit: -1}
				enc := base64.NewEncoder(e.enc, w)
				src := data[:total]
				done, k := 0, 0
				for len(src) > 0 {
					step := steps[k%len(steps)]
					k++
					if step > len(src) {
						step = len(src)
					}
					n, err := enc.Write(src[:step])
					if n != step || err != nil {
						fmt.Println("short write", n, err)
					}
					done += n
					src = src[step:]
				}
				before := w.buf.Len()
				err := enc.Close()
				err2 := enc.Close()
				ok := w.buf.String() == e.enc.EncodeToString(data[:total])
				if !ok || e.name == "Std" && (total == 10 || total == 1537) || e.name == "RawURL" && total == 100 && steps[0] == 1 {
					fmt.Printf("encoder %s steps %v total %d: ok %v, %d before close, writes %v, close %v %v\n", e.name, steps, total, ok, before, w.sizes, err, err2)
				}
			}
		}
	}
	for _, limit := range []int{0, 3, 4, 5, 1024, 1030} {
		w := &logWriter{limit: limit}
		enc := base64.NewEncoder(base64.StdEncoding, w)
		n1, err1 := enc.Write([]byte("a"))
		n2, err2 := enc.Write(data[:1000])
		n3, err3 := enc.Write([]byte("xy"))
		err4 := enc.Close()
		fmt.Printf("failing encoder %d: %d %v; %d %v; %d %v; close %v; writes %v\n", limit, n1, err1, n2, err2, n3, err3, err4, w.sizes)
	}
	{
		w := &logWriter{limit: 4}
		enc := base64.NewEncoder(base64.StdEncoding, w)
		enc.Write([]byte("abcd"))
		fmt.Println("close fails:", enc.Close(), w.sizes)
		w = &logWriter{limit: 0}
		enc = base64.NewEncoder(base64.RawStdEncoding, w)
		n, err := enc.Write([]byte("ab"))
		fmt.Println("buffered only:", n, err, enc.Close(), w.sizes)
	}
	var sb strings.Builder
	enc := base64.NewEncoder(base64.URLEncoding, &sb)
	io.WriteString(enc, "Hello, ")
	io.WriteString(enc, "Gophers!?>")
	enc.Close()
	fmt.Println(sb.String())
}

// chunkReader returns at most n bytes per Read (and EOF with the last data
// when eofWithData is set); err replaces EOF when set.
type chunkReader struct {
	data        []byte
	n           int
	eofWithData bool
	err         error
}

func (r *chunkReader) Read(p []byte) (int, error) {
	end := io.EOF
	if r.err != nil {
		end = r.err
	}
	if len(r.data) == 0 {
		return 0, end
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
	if r.eofWithData && len(r.data) == 0 {
		return k, end
	}
	return k, nil
}

func readTrace(r io.Reader, size, limit int) string {
	buf := make([]byte, size)
	var parts []string
	var out []byte
	for i := 0; i < limit; i++ {
		n, err := r.Read(buf)
		out = append(out, buf[:n]...)
		if err != nil {
			parts = append(parts, fmt.Sprintf("%d/%v", n, err))
			break
		}
		parts = append(parts, fmt.Sprint(n))
	}
	return fmt.Sprintf("%s => %q", strings.Join(parts, " "), out)
}

func streamDecode() {
	data := make([]byte, 3000)
	for i := range data {
		data[i] = byte(next())
	}
	for _, e := range encodings {
		var d digest
		runs := 0
		text := e.enc.EncodeToString(data)
		// With line breaks every 76 characters.
		var wrapped strings.Builder
		for i := 0; i < len(text); i += 76 {
			end := i + 76
			if end > len(text) {
				end = len(text)
			}
			wrapped.WriteString(text[i:end])
			wrapped.WriteString("\r\n")
		}
		for _, src := range []string{text, wrapped.String(), text[:1001], text[:1002], text[:1003]} {
			for _, chunk := range []int{1, 3, 4, 5, 100, 5000} {
				for _, rsz := range []int{1, 2, 3, 4, 7, 100, 3000} {
					if chunk*rsz < 20 && len(src) > 1500 {
						continue
					}
					r := base64.NewDecoder(e.enc, &chunkReader{[]byte(src), chunk, chunk == 100, nil})
					var out []byte
					buf := make([]byte, rsz)
					calls := 0
					var last error
					for calls < 100000 {
						calls++
						n, err := r.Read(buf)
						out = append(out, buf[:n]...)
						if err != nil {
							last = err
							break
						}
					}
					ok := bytes.Equal(out, data[:len(out)])
					line := fmt.Sprintf("decoder %s src %d chunk %d read %d: %d bytes, %d calls, %v, ok %v", e.name, len(src), chunk, rsz, len(out), calls, last, ok)
					d.add(line)
					runs++
					if !ok || e.name == "Std" && rsz == 7 && (chunk == 5 || chunk == 5000) {
						fmt.Println(line)
					}
				}
			}
		}
		fmt.Printf("decoder %s: %d runs, digest %x\n", e.name, runs, uint64(d))
	}
	errRead := errors.New("read failed")
	cases := []string{"", "\n", "\r\n\n", "Y", "YQ", "YQ=", "YQ==", "YWI", "YWI=", "YWJj", "YWJjZA", "YWJjZA==", "YWJjZA==YQ==",
		"YWJj\nZA==\n", "Y\nW\nJ\nj\nZ\nA\n=\n=\n", "YWJjZA=", "YWJjZGVmZ2hp!mtsbW5v", "YWJj!", "!", "YWJjZGVm\n\n\nZ2hp", "YR==", "YWJ=", "YWK=",
		"YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo=", "YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp=", "YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXpp", "YWJjZA=\n="}
	for _, e := range []named{encodings[0], encodings[2], encodings[4], encodings[5]} {
		for _, in := range cases {
			for _, chunk := range []int{1, 2, 5, 100} {
				for _, rsz := range []int{1, 3, 5, 64} {
					if chunk == 2 && rsz != 3 || chunk == 100 && rsz == 1 || chunk == 1 && (rsz == 3 || rsz == 5) || chunk == 5 && rsz != 3 && rsz != 5 {
						continue
					}
					t := readTrace(base64.NewDecoder(e.enc, &chunkReader{[]byte(in), chunk, chunk == 5, nil}), rsz, 40)
					fmt.Printf("%s %q chunk %d read %d: %s\n", e.name, in, chunk, rsz, t)
				}
			}
			t := readTrace(base64.NewDecoder(e.enc, &chunkReader{[]byte(in), 3, false, errRead}), 4, 40)
			fmt.Printf("%s %q failing reader: %s\n", e.name, in, t)
		}
	}
	// A zero-length read.
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader("YWJjZA=="))
	n, err := r.Read(nil)
	fmt.Println("empty read", n, err, readTrace(r, 2, 10))
	r = base64.NewDecoder(base64.RawStdEncoding, strings.NewReader("YWJjZA"))
	n, err = r.Read(make([]byte, 3))
	n2, err2 := r.Read(nil)
	fmt.Println("empty read raw", n, err, n2, err2, readTrace(r, 2, 10))
	got, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("SGVsbG8s\nIEdvcGhlcnMh\n")))
	fmt.Printf("%q %v\n", got, err)
	got, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("SGVsbG8sIEdvcGhlcnMh!")))
	fmt.Printf("%q %v\n", got, err)
}
