// encoding/hex: Encode/Decode (all byte values, odd lengths, invalid bytes at
// every offset), the error texts, DecodeString's partial results, the
// streaming Encoder/Decoder with odd write and read sizes, a failing writer,
// and Dump/Dumper for 0..40 bytes and split writes.
package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunkReader returns at most n bytes per Read (and EOF with the last data
// when eofWithData is set).
type chunkReader struct {
	data        []byte
	n           int
	eofWithData bool
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
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
	if r.eofWithData && len(r.data) == 0 {
		return k, io.EOF
	}
	return k, nil
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

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	enc := hex.EncodeToString(all)
	fmt.Println(len(enc), enc)
	back, err := hex.DecodeString(enc)
	fmt.Println(bytes.Equal(back, all), err)
	back, err = hex.DecodeString(strings.ToUpper(enc))
	fmt.Println(bytes.Equal(back, all), err)
	fmt.Printf("%q\n", hex.EncodeToString(nil))
	fmt.Printf("%q\n", hex.EncodeToString([]byte("Hello, Gophers!")))
	for _, n := range []int{0, 1, 2, 3, 7, 100} {
		fmt.Println("len", n, hex.EncodedLen(n), hex.DecodedLen(n))
	}

	// Encode returns the count and writes only its part of dst.
	dst := []byte("................")
	k := hex.Encode(dst, []byte{0xde, 0xad, 0xbe})
	fmt.Printf("Encode %d %q\n", k, dst)
	try("Encode short dst", func() { hex.Encode(make([]byte, 3), []byte{1, 2}) })

	// Every invalid byte value, alone and in pairs.
	bad := 0
	for c := 0; c < 256; c++ {
		_, err := hex.DecodeString(string([]byte{'a', byte(c)}))
		if err != nil {
			bad++
			if c < 0x30 && c%8 == 0 || c >= 0x7b && c%16 == 0 || c > 0xf8 || c == 'g' || c == 'G' || c == ' ' || c == 0xa0 || c == 0xad {
				fmt.Printf("%#x: %v (%T)\n", c, err, err)
			}
		}
	}
	fmt.Println("invalid second bytes:", bad)

	inputs := []string{"", "0", "00", "000", "0g", "g0", "gg", "0G", "abcdef", "abcdeg", "abcdefg",
		"abcdefZ", "zbcdef0", "abcdef0", "ab cd", "ABCDEF", "aBcDeF01", "xyz", "01x", "0x01",
		"ffffffffffffffffffff", "ffffffffffffffffffff\n", "12345", "1234\xff", "\xff\xfe",
		"日本", "0日", "1234567", "123456z", "12345z6"}
	for _, in := range inputs {
		got, err := hex.DecodeString(in)
		fmt.Printf("DecodeString(%q) = %x (nil %v, len %d) %v", in, got, got == nil, len(got), err)
		if err == hex.ErrLength {
			fmt.Print(" [ErrLength]")
		}
		var ib hex.InvalidByteError
		if errors.As(err, &ib) {
			fmt.Printf(" [InvalidByteError %d]", byte(ib))
		}
		fmt.Println()
		d := []byte("################")
		n, err := hex.Decode(d, []byte(in))
		fmt.Printf("  Decode n=%d dst=%q err=%v\n", n, d, err)
	}
	try("Decode short dst", func() { hex.Decode(make([]byte, 1), []byte("aabb")) })
	fmt.Println(hex.ErrLength)
	fmt.Println(hex.InvalidByteError('z'), hex.InvalidByteError(0), hex.InvalidByteError(0xff))
	fmt.Printf("%v|%s|%d\n", hex.InvalidByteError('\n'), hex.InvalidByteError('\''), hex.InvalidByteError(200))

	// Streaming encoder.
	for _, sz := range []int{1, 3, 7, 511, 512, 513, 1000, 1200} {
		w := &logWriter{limit: -1}
		e := hex.NewEncoder(w)
		data := make([]byte, sz)
		for i := range data {
			data[i] = byte(i * 7)
		}
		total := 0
		for len(data) > 0 {
			step := 5 + total%3
			if sz >= 500 {
				step = 600
			}
			if step > len(data) {
				step = len(data)
			}
			n, err := e.Write(data[:step])
			total += n
			if err != nil {
				fmt.Println("err", err)
			}
			data = data[step:]
		}
		n, err := e.Write(nil)
		fmt.Printf("encoder %d: total %d, writes %v, empty write %d %v, out %d, sum %x\n", sz, total, w.sizes, n, err, w.buf.Len(), sumOf(w.buf.Bytes()))
	}
	for _, limit := range []int{0, 1, 5, 1024, 1030} {
		w := &logWriter{limit: limit}
		e := hex.NewEncoder(w)
		n, err := e.Write(make([]byte, 600))
		n2, err2 := e.Write([]byte{1})
		fmt.Printf("failing encoder limit %d: %d %v; again %d %v; writes %v\n", limit, n, err, n2, err2, w.sizes)
	}

	// Streaming decoder with various chunk sizes and read sizes.
	src := hex.EncodeToString(all[:300%256])
	for _, chunk := range []int{1, 2, 3, 7, 1000} {
		for _, rsz := range []int{1, 2, 5, 64, 600} {
			for _, eofWith := range []bool{false, true} {
				r := hex.NewDecoder(&chunkReader{[]byte(src), chunk, eofWith})
				var out []byte
				buf := make([]byte, rsz)
				calls := 0
				var last error
				for calls < 10000 {
					calls++
					n, err := r.Read(buf)
					out = append(out, buf[:n]...)
					if err != nil {
						last = err
						break
					}
				}
				fmt.Printf("decoder chunk %d read %d eof %v: %d bytes, %d calls, %v, ok %v\n", chunk, rsz, eofWith, len(out), calls, last, bytes.Equal(out, all[:len(out)]))
			}
		}
	}
	for _, in := range []string{"", "a", "ab", "abc", "abcg", "abgc", "0123456789abcdefX", "0123456789abcdef0", "zz", "01zz", "0102030", "010203z"} {
		for _, chunk := range []int{1, 3, 100} {
			r := hex.NewDecoder(&chunkReader{[]byte(in), chunk, false})
			buf := make([]byte, 3)
			var trace []string
			for i := 0; i < 20; i++ {
				n, err := r.Read(buf)
				trace = append(trace, fmt.Sprintf("%d:%x:%v", n, buf[:n], err))
				if err != nil {
					break
				}
			}
			fmt.Printf("decode %q chunk %d: %s\n", in, chunk, strings.Join(trace, " "))
		}
	}
	got, err := io.ReadAll(hex.NewDecoder(strings.NewReader("48656c6c6f")))
	fmt.Printf("%q %v\n", got, err)
	got, err = io.ReadAll(hex.NewDecoder(strings.NewReader("48656c6c6")))
	fmt.Printf("%q %v %v\n", got, err, err == io.ErrUnexpectedEOF)

	// Dump.
	for n := 0; n <= 40; n++ {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(i*37 + 20)
		}
		fmt.Printf("Dump(%d):\n%s", n, hex.Dump(data))
	}
	fmt.Print(hex.Dump(all))
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\x00\x7f\x80~ ")))

	// Dumper: split writes give the same dump as one; writes after Close fail.
	big := make([]byte, 100)
	for i := range big {
		big[i] = byte(255 - i*3)
	}
	for _, step := range []int{1, 3, 7, 15, 16, 17, 100} {
		w := &logWriter{limit: -1}
		d := hex.Dumper(w)
		total := 0
		for i := 0; i < len(big); i += step {
			end := i + step
			if end > len(big) {
				end = len(big)
			}
			n, err := d.Write(big[i:end])
			total += n
			if err != nil {
				fmt.Println("dumper err", err)
			}
		}
		err1 := d.Close()
		err2 := d.Close()
		n, err3 := d.Write([]byte{1})
		fmt.Printf("dumper step %d: total %d, same %v, writes %d, close %v %v, write after close %d %v\n",
			step, total, w.buf.String() == hex.Dump(big), len(w.sizes), err1, err2, n, err3)
		if step == 17 {
			fmt.Println(w.sizes)
		}
	}
	{
		w := &logWriter{limit: -1}
		d := hex.Dumper(w)
		fmt.Println(d.Close())
		fmt.Printf("close of empty dumper %q\n", w.buf.String())
		w = &logWriter{limit: -1}
		d = hex.Dumper(w)
		d.Write([]byte("abc"))
		fmt.Printf("before close %q\n", w.buf.String())
		d.Close()
		fmt.Printf("after close %q %v\n", w.buf.String(), w.sizes)
	}
	for _, limit := range []int{0, 5, 10, 12, 60, 78, 79, 90} {
		w := &logWriter{limit: limit}
		d := hex.Dumper(w)
		n, err := d.Write([]byte("0123456789abcdefXYZ"))
		fmt.Printf("failing dumper %d: %d %v", limit, n, err)
		n, err = d.Write([]byte("!"))
		fmt.Printf("; %d %v; close %v\n", n, err, d.Close())
	}
	{
		w := &logWriter{limit: 85}
		d := hex.Dumper(w)
		n, err := d.Write([]byte("0123456789abcdef012"))
		fmt.Println(n, err, d.Close(), w.sizes)
	}
	// A long dump (1.2 MB): offsets past 16 bits.
	var sb strings.Builder
	d := hex.Dumper(&sb)
	chunk := make([]byte, 4096)
	for i := 0; i < 300; i++ {
		d.Write(chunk)
	}
	d.Write([]byte("tail"))
	d.Close()
	s := sb.String()
	fmt.Println(len(s), s[len(s)-2*79:])
}

func sumOf(b []byte) uint32 {
	var h uint32 = 2166136261
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}
