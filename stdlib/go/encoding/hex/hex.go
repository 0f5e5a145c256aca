// Package hex implements hexadecimal encoding and decoding (goro's version of
// Go's encoding/hex package: same API, same results and errors).
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const lowerDigits = "0123456789abcdef"

// unhex maps an ASCII hex digit (either case) to its value; every other
// byte maps to 0xff.
var unhex = buildUnhex()

func buildUnhex() [256]byte {
	var t [256]byte
	for i := range t {
		t[i] = 0xff
	}
	for c := 0; c < 10; c++ {
		t['0'+c] = byte(c)
	}
	for c := 0; c < 6; c++ {
		t['a'+c] = byte(10 + c)
		t['A'+c] = byte(10 + c)
	}
	return t
}

// ErrLength reports an attempt to decode an odd-length input using Decode or
// DecodeString. The stream-based Decoder returns io.ErrUnexpectedEOF instead
// of ErrLength.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe errors resulting from an invalid byte in a
// hex string.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen returns the length of an encoding of n source bytes:
// n * 2.
func EncodedLen(n int) int { return 2 * n }

// DecodedLen returns the length of a decoding of x source bytes:
// x / 2.
func DecodedLen(x int) int { return x / 2 }

// Encode encodes src into EncodedLen(len(src)) bytes of dst and returns
// that count.
func Encode(dst, src []byte) int {
	j := 0
	for _, b := range src {
		dst[j] = lowerDigits[b>>4]
		dst[j+1] = lowerDigits[b&15]
		j += 2
	}
	return 2 * len(src)
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string {
	out := make([]byte, 2*len(src))
	Encode(out, src)
	return string(out)
}

// Decode decodes src into DecodedLen(len(src)) bytes, returning the number
// of bytes written to dst. On malformed input (a byte that is not a hex
// digit, or an odd length) it returns the number of bytes decoded before the
// problem and an InvalidByteError or ErrLength; an invalid byte earlier in
// the input wins over the odd length.
func Decode(dst, src []byte) (int, error) {
	pairs := len(src) / 2
	for k := 0; k < pairs; k++ {
		hi, lo := src[2*k], src[2*k+1]
		h, l := unhex[hi], unhex[lo]
		if h == 0xff {
			return k, InvalidByteError(hi)
		}
		if l == 0xff {
			return k, InvalidByteError(lo)
		}
		dst[k] = h<<4 | l
	}
	if len(src)&1 != 0 {
		last := src[len(src)-1]
		if unhex[last] == 0xff {
			return pairs, InvalidByteError(last)
		}
		return pairs, ErrLength
	}
	return pairs, nil
}

// DecodeString returns the bytes represented by the hexadecimal string s.
// On malformed input it returns the bytes decoded before the error.
func DecodeString(s string) ([]byte, error) {
	buf := []byte(s)
	n, err := Decode(buf, buf)
	return buf[:n], err
}

// chunk is the size of the streaming encoder's and decoder's buffers.
const chunk = 1024

// NewEncoder returns an io.Writer that writes lowercase hexadecimal
// characters to w.
func NewEncoder(w io.Writer) io.Writer {
	return &encoder{w: w}
}

type encoder struct {
	w   io.Writer
	err error
	out [chunk]byte
}

// Write encodes p in pieces of at most chunk/2 bytes; it stops at the first
// error of the underlying writer (which sticks) and reports the number of
// source bytes whose encoding was written.
func (e *encoder) Write(p []byte) (int, error) {
	done := 0
	for e.err == nil && len(p) > 0 {
		take := len(p)
		if take > chunk/2 {
			take = chunk / 2
		}
		m := Encode(e.out[:], p[:take])
		var wrote int
		wrote, e.err = e.w.Write(e.out[:m])
		done += wrote / 2
		p = p[take:]
	}
	return done, e.err
}

// NewDecoder returns an io.Reader that decodes hexadecimal characters from
// r. It expects r to hold an even number of hexadecimal characters.
func NewDecoder(r io.Reader) io.Reader {
	return &decoder{r: r}
}

type decoder struct {
	r       io.Reader
	err     error  // sticky: from r, or a decoding error
	pending []byte // undecoded input, a window of buf
	buf     [chunk]byte
}

func (d *decoder) Read(p []byte) (int, error) {
	// Refill when fewer than two characters are pending: keep the odd one
	// (if any) at the front and read behind it.
	if d.err == nil && len(d.pending) < 2 {
		kept := copy(d.buf[:], d.pending)
		got, err := d.r.Read(d.buf[kept:])
		d.pending = d.buf[:kept+got]
		d.err = err
		if err == io.EOF && len(d.pending)&1 == 1 {
			last := d.pending[len(d.pending)-1]
			if unhex[last] == 0xff {
				d.err = InvalidByteError(last)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if max := len(d.pending) / 2; len(p) > max {
		p = p[:max]
	}
	n, err := Decode(p, d.pending[:2*len(p)])
	d.pending = d.pending[2*n:]
	if err != nil {
		// A bad byte: drop what is left and report it from now on.
		d.pending = nil
		d.err = err
	}
	if len(d.pending) >= 2 {
		return n, err
	}
	return n, d.err
}

// Dump returns a string that contains a hex dump of the given data, in the
// format of `hexdump -C`.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var sb strings.Builder
	// 79 bytes a line of 16 source bytes.
	sb.Grow((len(data) + 15) / 16 * 79)
	d := Dumper(&sb)
	d.Write(data)
	d.Close()
	return sb.String()
}

// Dumper returns a WriteCloser that writes a hex dump of all written data to
// w, in the format of `hexdump -C`. Close completes the last line.
func Dumper(w io.Writer) io.WriteCloser {
	return &dumper{w: w}
}

// A dump line:
//
//	00000010  2e 2f 30 31 32 33 34 35  36 37 38 39 3a 3b 3c 3d  |./0123456789:;<=|
//
// The dumper writes the offset when a line starts, then each byte's column
// as it arrives, and the printable-characters column when the line is full.
type dumper struct {
	w      io.Writer
	text   [18]byte // the line's characters, then "|\n"
	col    [14]byte // scratch for the pieces written
	inLine int      // bytes on the current line
	offset uint     // bytes dumped in all
	closed bool
}

func printable(b byte) byte {
	if b < ' ' || b > '~' {
		return '.'
	}
	return b
}

// byteColumnWidth is the width of the hex column of the byte at position i of
// a line: "xx " plus one space after the 8th byte and " |" after the 16th.
func byteColumnWidth(i int) int {
	switch i {
	case 7:
		return 4
	case 15:
		return 5
	}
	return 3
}

func (d *dumper) Write(data []byte) (n int, err error) {
	if d.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, b := range data {
		if d.inLine == 0 {
			off := uint32(d.offset)
			for k := 0; k < 8; k++ {
				d.col[k] = lowerDigits[(off>>(28-4*uint(k)))&15]
			}
			d.col[8], d.col[9] = ' ', ' '
			if _, err = d.w.Write(d.col[:10]); err != nil {
				return n, err
			}
		}
		width := byteColumnWidth(d.inLine)
		d.col[0] = lowerDigits[b>>4]
		d.col[1] = lowerDigits[b&15]
		d.col[2], d.col[3], d.col[4] = ' ', ' ', '|'
		if _, err = d.w.Write(d.col[:width]); err != nil {
			return n, err
		}
		n++
		d.text[d.inLine] = printable(b)
		d.inLine++
		d.offset++
		if d.inLine == 16 {
			d.text[16], d.text[17] = '|', '\n'
			if _, err = d.w.Write(d.text[:]); err != nil {
				return n, err
			}
			d.inLine = 0
		}
	}
	return n, nil
}

func (d *dumper) Close() error {
	if d.closed {
		return nil
	}
	d.closed = true
	if d.inLine == 0 {
		return nil
	}
	// Blank hex columns up to the end of the line, then the characters.
	count := d.inLine
	var blank [5]byte
	blank[0], blank[1], blank[2], blank[3], blank[4] = ' ', ' ', ' ', ' ', '|'
	for ; d.inLine < 16; d.inLine++ {
		if _, err := d.w.Write(blank[:byteColumnWidth(d.inLine)]); err != nil {
			return err
		}
	}
	d.text[count], d.text[count+1] = '|', '\n'
	_, err := d.w.Write(d.text[:count+2])
	return err
}
