// Package base64 implements base64 encoding as specified by RFC 4648
// (goro's version of Go's encoding/base64 package: same API, same results,
// same CorruptInputError offsets and panics).
package base64

import (
	"io"
	"strconv"
)

// An Encoding is a radix 64 encoding/decoding scheme, defined by a
// 64-character alphabet.
type Encoding struct {
	encode    [64]byte
	decodeMap [256]byte // 0xff: not in the alphabet
	padChar   rune
	strict    bool
}

const (
	StdPadding rune = '=' // Standard padding character
	NoPadding  rune = -1  // No padding
)

const (
	stdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

// NewEncoding returns a new padded Encoding defined by the given alphabet,
// which must be a 64-byte string that does not contain the padding character
// or CR / LF ('\r', '\n'). The padding character is '=' (see WithPadding).
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	for k := 0; k < 64; k++ {
		if c := encoder[k]; c == '\n' || c == '\r' {
			panic("encoding alphabet contains newline character")
		}
	}
	e := new(Encoding)
	e.padChar = StdPadding
	copy(e.encode[:], encoder)
	for k := range e.decodeMap {
		e.decodeMap[k] = 0xff
	}
	for k := 0; k < 64; k++ {
		e.decodeMap[encoder[k]] = byte(k)
	}
	return e
}

// WithPadding creates a new encoding identical to enc except with a specified
// padding character, or NoPadding to disable padding. The padding character
// must not be '\r' or '\n', must not be contained in the encoding's alphabet
// and must be a rune equal or below '\xff'.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	for _, c := range enc.encode {
		if rune(c) == padding {
			panic("padding contained in alphabet")
		}
	}
	enc.padChar = padding
	return &enc
}

// Strict creates a new encoding identical to enc except with strict decoding
// enabled: the decoder requires that trailing padding bits are zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// StdEncoding is the standard base64 encoding, as defined in RFC 4648.
var StdEncoding = NewEncoding(stdAlphabet)

// URLEncoding is the alternate base64 encoding defined in RFC 4648.
var URLEncoding = NewEncoding(urlAlphabet)

// RawStdEncoding is StdEncoding without padding characters.
var RawStdEncoding = StdEncoding.WithPadding(NoPadding)

// RawURLEncoding is URLEncoding without padding characters.
var RawURLEncoding = URLEncoding.WithPadding(NoPadding)

// Encode encodes src using the encoding enc, writing EncodedLen(len(src))
// bytes to dst.
func (enc *Encoding) Encode(dst, src []byte) {
	if len(src) == 0 {
		return
	}
	d := 0
	full := len(src) - len(src)%3
	for s := 0; s < full; s += 3 {
		v := uint32(src[s])<<16 | uint32(src[s+1])<<8 | uint32(src[s+2])
		dst[d] = enc.encode[v>>18]
		dst[d+1] = enc.encode[v>>12&63]
		dst[d+2] = enc.encode[v>>6&63]
		dst[d+3] = enc.encode[v&63]
		d += 4
	}
	switch len(src) - full {
	case 1:
		v := uint32(src[full]) << 16
		dst[d] = enc.encode[v>>18]
		dst[d+1] = enc.encode[v>>12&63]
		if enc.padChar != NoPadding {
			dst[d+2] = byte(enc.padChar)
			dst[d+3] = byte(enc.padChar)
		}
	case 2:
		v := uint32(src[full])<<16 | uint32(src[full+1])<<8
		dst[d] = enc.encode[v>>18]
		dst[d+1] = enc.encode[v>>12&63]
		dst[d+2] = enc.encode[v>>6&63]
		if enc.padChar != NoPadding {
			dst[d+3] = byte(enc.padChar)
		}
	}
}

// EncodeToString returns the base64 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	out := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(out, src)
	return string(out)
}

// EncodedLen returns the length in bytes of the base64 encoding of an input
// buffer of length n.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (8*n + 5) / 6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen returns the maximum length in bytes of the decoded data
// corresponding to n bytes of base64-encoded data.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return 6 * n / 8
	}
	return n / 4 * 3
}

// A CorruptInputError is the offset of the first bad byte of the input.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func isNewline(c byte) bool { return c == '\n' || c == '\r' }

// skipNewlines returns the index of the first byte at or after i that is not
// CR or LF.
func skipNewlines(src []byte, i int) int {
	for i < len(src) && isNewline(src[i]) {
		i++
	}
	return i
}

// quantum decodes one group of up to four characters of src starting at i
// (CR and LF skipped) into dst. It returns the index after the group, the
// number of bytes decoded and an error. A group cut short by the end of src,
// by padding, or followed by garbage after its padding ends the input. In
// strict mode the unused bits of a short group must be zero; if not, the
// bytes are written to dst but none are counted.
func (enc *Encoding) quantum(dst, src []byte, i int) (int, int, error) {
	var six [4]byte
	got := 0
	var err error
loop:
	for got < 4 {
		if i == len(src) {
			if got == 0 {
				return i, 0, nil
			}
			if got == 1 || enc.padChar != NoPadding {
				return i, 0, CorruptInputError(i - got)
			}
			break
		}
		c := src[i]
		i++
		if v := enc.decodeMap[c]; v != 0xff {
			six[got] = v
			got++
			continue
		}
		if isNewline(c) {
			continue
		}
		if rune(c) != enc.padChar || got < 2 {
			return i, 0, CorruptInputError(i - 1)
		}
		// Padding after two or three characters: two after two.
		if got == 2 {
			i = skipNewlines(src, i)
			if i == len(src) {
				return i, 0, CorruptInputError(len(src))
			}
			if rune(src[i]) != enc.padChar {
				return i, 0, CorruptInputError(i - 1)
			}
			i++
		}
		// Nothing but newlines may follow the padding.
		i = skipNewlines(src, i)
		if i < len(src) {
			err = CorruptInputError(i)
		}
		break loop
	}
	v := uint32(six[0])<<18 | uint32(six[1])<<12 | uint32(six[2])<<6 | uint32(six[3])
	b0, b1, b2 := byte(v>>16), byte(v>>8), byte(v)
	switch got {
	case 4:
		dst[2] = b2
		dst[1] = b1
		dst[0] = b0
	case 3:
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return i, 0, CorruptInputError(i - 1)
		}
		dst[0] = b0
	case 2:
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return i, 0, CorruptInputError(i - 2)
		}
	}
	return i, got - 1, err
}

// block decodes the len(out) characters of a whole-alphabet block in into
// 6-bit values; false if one of them is not in the alphabet.
func (enc *Encoding) block(out []byte, in []byte) bool {
	for k, c := range in {
		v := enc.decodeMap[c]
		if v == 0xff {
			return false
		}
		out[k] = v
	}
	return true
}

// Decode decodes src using the encoding enc. It writes at most
// DecodedLen(len(src)) bytes to dst and returns the number of bytes written.
// If src contains invalid base64 data, it returns the number of bytes
// successfully written and a CorruptInputError. New line characters (\r and
// \n) are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	if len(src) == 0 {
		return 0, nil
	}
	i := 0
	var six [8]byte
	var step int
	// While eight characters and eight bytes of room are left, decode blocks
	// of eight alphabet characters into six bytes (the room's last two bytes
	// are cleared); anything else goes through quantum.
	for len(src)-i >= 8 && len(dst)-n >= 8 {
		if enc.block(six[:], src[i:i+8]) {
			v := uint64(0)
			for _, s := range six {
				v = v<<6 | uint64(s)
			}
			v <<= 16
			for k := 0; k < 8; k++ {
				dst[n+k] = byte(v >> (56 - 8*uint(k)))
			}
			n += 6
			i += 8
			continue
		}
		i, step, err = enc.quantum(dst[n:], src, i)
		n += step
		if err != nil {
			return n, err
		}
	}
	// The same with blocks of four characters into three bytes (and one
	// cleared) while four characters and four bytes of room are left.
	for len(src)-i >= 4 && len(dst)-n >= 4 {
		if enc.block(six[:4], src[i:i+4]) {
			v := uint32(six[0])<<26 | uint32(six[1])<<20 | uint32(six[2])<<14 | uint32(six[3])<<8
			dst[n] = byte(v >> 24)
			dst[n+1] = byte(v >> 16)
			dst[n+2] = byte(v >> 8)
			dst[n+3] = byte(v)
			n += 3
			i += 4
			continue
		}
		i, step, err = enc.quantum(dst[n:], src, i)
		n += step
		if err != nil {
			return n, err
		}
	}
	for i < len(src) {
		i, step, err = enc.quantum(dst[n:], src, i)
		n += step
		if err != nil {
			return n, err
		}
	}
	return n, err
}

// DecodeString returns the bytes represented by the base64 string s.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	out := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(out, []byte(s))
	return out[:n], err
}

// NewEncoder returns a new base64 stream encoder. Data written to the
// returned writer will be encoded using enc and then written to w. Close
// flushes any partially written block.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

type encoder struct {
	err  error // sticky error of w
	enc  *Encoding
	w    io.Writer
	buf  [3]byte // source bytes of an incomplete group
	nbuf int
	out  [1024]byte
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	// Complete a group left over from before.
	if e.nbuf > 0 {
		k := 0
		for e.nbuf < 3 && k < len(p) {
			e.buf[e.nbuf] = p[k]
			e.nbuf++
			k++
		}
		n = k
		p = p[k:]
		if e.nbuf < 3 {
			return n, nil
		}
		e.enc.Encode(e.out[:], e.buf[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	// Whole groups, as many as the output buffer holds at a time.
	for len(p) >= 3 {
		take := len(e.out) / 4 * 3
		if take > len(p) {
			take = len(p) - len(p)%3
		}
		e.enc.Encode(e.out[:], p[:take])
		if _, e.err = e.w.Write(e.out[:take/3*4]); e.err != nil {
			return n, e.err
		}
		n += take
		p = p[take:]
	}
	// Keep the rest for later.
	e.nbuf = copy(e.buf[:], p)
	n += len(p)
	return n, nil
}

// Close flushes any pending output from the encoder. It is an error to call
// Write after calling Close.
func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		e.enc.Encode(e.out[:], e.buf[:e.nbuf])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.nbuf)])
		e.nbuf = 0
	}
	return e.err
}

// NewDecoder constructs a new base64 stream decoder.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &dropNewlines{r}}
}

// dropNewlines reads from r with CR and LF removed; a read that returns
// nothing else is retried.
type dropNewlines struct {
	r io.Reader
}

func (f *dropNewlines) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for n > 0 {
		kept := 0
		for _, c := range p[:n] {
			if !isNewline(c) {
				p[kept] = c
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		n, err = f.r.Read(p)
	}
	return n, err
}

type decoder struct {
	err     error // sticky: decoding error or final read error
	readErr error // last error from r
	enc     *Encoding
	r       io.Reader
	buf     [1024]byte // input not decoded yet
	nbuf    int
	out     []byte // decoded output not returned yet (in outbuf)
	outbuf  [1024 / 4 * 3]byte
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	// Read until a whole group is buffered or r fails; ask for about as
	// much input as p has room for the output of.
	for d.nbuf < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.buf) {
			want = len(d.buf)
		}
		var got int
		got, d.readErr = d.r.Read(d.buf[d.nbuf:want])
		d.nbuf += got
	}
	if d.nbuf < 4 {
		if d.enc.padChar == NoPadding && d.nbuf > 0 {
			// An unpadded encoding ends with a short group.
			var m int
			m, d.err = d.enc.Decode(d.outbuf[:], d.buf[:d.nbuf])
			d.nbuf = 0
			d.out = d.outbuf[:m]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nbuf > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	// Decode the whole groups: straight into p when it has room, else
	// through outbuf.
	in := d.nbuf / 4 * 4
	if in/4*3 > len(p) {
		var m int
		m, d.err = d.enc.Decode(d.outbuf[:], d.buf[:in])
		d.out = d.outbuf[:m]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.buf[:in])
	}
	d.nbuf -= in
	copy(d.buf[:d.nbuf], d.buf[in:])
	return n, d.err
}
