// Package sha1 implements the SHA-1 hash algorithm as defined in RFC 3174
// (goro's version of Go's crypto/sha1 package: same API and results). The
// digest also implements MarshalBinary and UnmarshalBinary
// (encoding.BinaryMarshaler and encoding.BinaryUnmarshaler) with Go's state
// format.
//
// SHA-1 is cryptographically broken and should not be used for secure
// applications.
package sha1

import (
	"errors"
	"hash"
)

// The size of a SHA-1 checksum in bytes.
const Size = 20

// The blocksize of SHA-1 in bytes.
const BlockSize = 64

const (
	init0 = 0x67452301
	init1 = 0xEFCDAB89
	init2 = 0x98BADCFE
	init3 = 0x10325476
	init4 = 0xC3D2E1F0
)

// digest represents the partial evaluation of a checksum.
type digest struct {
	h   [5]uint32
	x   [BlockSize]byte // buffered input: x[:nx]
	nx  int
	len uint64 // bytes written
}

func (d *digest) Reset() {
	d.h = [5]uint32{init0, init1, init2, init3, init4}
	d.nx = 0
	d.len = 0
}

// New returns a new hash.Hash computing the SHA1 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (nn int, err error) {
	nn = len(p)
	d.len += uint64(nn)
	if d.nx > 0 {
		n := copy(d.x[d.nx:], p)
		d.nx += n
		p = p[n:]
		if d.nx < BlockSize {
			return
		}
		block(d, d.x[:])
		d.nx = 0
	}
	if n := len(p) &^ (BlockSize - 1); n > 0 {
		block(d, p[:n])
		p = p[n:]
	}
	d.nx = copy(d.x[:], p)
	return
}

func (d *digest) Sum(in []byte) []byte {
	c := *d // Sum leaves d alone
	sum := c.checkSum()
	return append(in, sum[:]...)
}

func (d *digest) checkSum() [Size]byte {
	// Padding: 0x80, zeros up to 56 mod 64, the length in bits (big endian).
	var pad [BlockSize + 8]byte
	pad[0] = 0x80
	n := BlockSize - int((d.len+8)%BlockSize)
	bits := d.len << 3
	for i := 0; i < 8; i++ {
		pad[n+i] = byte(bits >> (56 - 8*i))
	}
	d.Write(pad[:n+8])
	var out [Size]byte
	for i, v := range d.h {
		out[4*i] = byte(v >> 24)
		out[4*i+1] = byte(v >> 16)
		out[4*i+2] = byte(v >> 8)
		out[4*i+3] = byte(v)
	}
	return out
}

// Sum returns the SHA-1 checksum of the data.
func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

const (
	magic         = "sha\x01"
	marshaledSize = len(magic) + 5*4 + BlockSize + 8
)

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, marshaledSize)
	b = append(b, magic...)
	for _, v := range d.h {
		b = append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
	}
	b = append(b, d.x[:d.nx]...)
	b = b[:len(b)+BlockSize-d.nx] // zeros
	for i := 56; i >= 0; i -= 8 {
		b = append(b, byte(d.len>>i))
	}
	return b, nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("crypto/sha1: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha1: invalid hash state size")
	}
	b = b[len(magic):]
	for i := range d.h {
		d.h[i] = uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
		b = b[4:]
	}
	copy(d.x[:], b[:BlockSize])
	b = b[BlockSize:]
	var n uint64
	for i := 0; i < 8; i++ {
		n = n<<8 | uint64(b[i])
	}
	d.len = n
	d.nx = int(n % BlockSize)
	return nil
}

// block hashes the whole 64-byte blocks of p (FIPS 180-4, section 6.1.2).
// The message schedule lives in w0..w15, overwritten in place from round 16
// on; the working variables rotate their names from one round to the next.
func block(dig *digest, p []byte) {
	a, b, c, d, e := dig.h[0], dig.h[1], dig.h[2], dig.h[3], dig.h[4]
	var t uint32
	for len(p) >= BlockSize {
		w0 := uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3])
		w1 := uint32(p[4])<<24 | uint32(p[5])<<16 | uint32(p[6])<<8 | uint32(p[7])
		w2 := uint32(p[8])<<24 | uint32(p[9])<<16 | uint32(p[10])<<8 | uint32(p[11])
		w3 := uint32(p[12])<<24 | uint32(p[13])<<16 | uint32(p[14])<<8 | uint32(p[15])
		w4 := uint32(p[16])<<24 | uint32(p[17])<<16 | uint32(p[18])<<8 | uint32(p[19])
		w5 := uint32(p[20])<<24 | uint32(p[21])<<16 | uint32(p[22])<<8 | uint32(p[23])
		w6 := uint32(p[24])<<24 | uint32(p[25])<<16 | uint32(p[26])<<8 | uint32(p[27])
		w7 := uint32(p[28])<<24 | uint32(p[29])<<16 | uint32(p[30])<<8 | uint32(p[31])
		w8 := uint32(p[32])<<24 | uint32(p[33])<<16 | uint32(p[34])<<8 | uint32(p[35])
		w9 := uint32(p[36])<<24 | uint32(p[37])<<16 | uint32(p[38])<<8 | uint32(p[39])
		w10 := uint32(p[40])<<24 | uint32(p[41])<<16 | uint32(p[42])<<8 | uint32(p[43])
		w11 := uint32(p[44])<<24 | uint32(p[45])<<16 | uint32(p[46])<<8 | uint32(p[47])
		w12 := uint32(p[48])<<24 | uint32(p[49])<<16 | uint32(p[50])<<8 | uint32(p[51])
		w13 := uint32(p[52])<<24 | uint32(p[53])<<16 | uint32(p[54])<<8 | uint32(p[55])
		w14 := uint32(p[56])<<24 | uint32(p[57])<<16 | uint32(p[58])<<8 | uint32(p[59])
		w15 := uint32(p[60])<<24 | uint32(p[61])<<16 | uint32(p[62])<<8 | uint32(p[63])
		aa, bb, cc, dd, ee := a, b, c, d, e

		// rounds 0-19
		e += (a<<5 | a>>27) + (d ^ (b & (c ^ d))) + w0 + 0x5a827999
		b = b<<30 | b>>2
		d += (e<<5 | e>>27) + (c ^ (a & (b ^ c))) + w1 + 0x5a827999
		a = a<<30 | a>>2
		c += (d<<5 | d>>27) + (b ^ (e & (a ^ b))) + w2 + 0x5a827999
		e = e<<30 | e>>2
		b += (c<<5 | c>>27) + (a ^ (d & (e ^ a))) + w3 + 0x5a827999
		d = d<<30 | d>>2
		a += (b<<5 | b>>27) + (e ^ (c & (d ^ e))) + w4 + 0x5a827999
		c = c<<30 | c>>2
		e += (a<<5 | a>>27) + (d ^ (b & (c ^ d))) + w5 + 0x5a827999
		b = b<<30 | b>>2
		d += (e<<5 | e>>27) + (c ^ (a & (b ^ c))) + w6 + 0x5a827999
		a = a<<30 | a>>2
		c += (d<<5 | d>>27) + (b ^ (e & (a ^ b))) + w7 + 0x5a827999
		e = e<<30 | e>>2
		b += (c<<5 | c>>27) + (a ^ (d & (e ^ a))) + w8 + 0x5a827999
		d = d<<30 | d>>2
		a += (b<<5 | b>>27) + (e ^ (c & (d ^ e))) + w9 + 0x5a827999
		c = c<<30 | c>>2
		e += (a<<5 | a>>27) + (d ^ (b & (c ^ d))) + w10 + 0x5a827999
		b = b<<30 | b>>2
		d += (e<<5 | e>>27) + (c ^ (a & (b ^ c))) + w11 + 0x5a827999
		a = a<<30 | a>>2
		c += (d<<5 | d>>27) + (b ^ (e & (a ^ b))) + w12 + 0x5a827999
		e = e<<30 | e>>2
		b += (c<<5 | c>>27) + (a ^ (d & (e ^ a))) + w13 + 0x5a827999
		d = d<<30 | d>>2
		a += (b<<5 | b>>27) + (e ^ (c & (d ^ e))) + w14 + 0x5a827999
		c = c<<30 | c>>2
		e += (a<<5 | a>>27) + (d ^ (b & (c ^ d))) + w15 + 0x5a827999
		b = b<<30 | b>>2
		t = w13 ^ w8 ^ w2 ^ w0
		w0 = t<<1 | t>>31
		d += (e<<5 | e>>27) + (c ^ (a & (b ^ c))) + w0 + 0x5a827999
		a = a<<30 | a>>2
		t = w14 ^ w9 ^ w3 ^ w1
		w1 = t<<1 | t>>31
		c += (d<<5 | d>>27) + (b ^ (e & (a ^ b))) + w1 + 0x5a827999
		e = e<<30 | e>>2
		t = w15 ^ w10 ^ w4 ^ w2
		w2 = t<<1 | t>>31
		b += (c<<5 | c>>27) + (a ^ (d & (e ^ a))) + w2 + 0x5a827999
		d = d<<30 | d>>2
		t = w0 ^ w11 ^ w5 ^ w3
		w3 = t<<1 | t>>31
		a += (b<<5 | b>>27) + (e ^ (c & (d ^ e))) + w3 + 0x5a827999
		c = c<<30 | c>>2
		// rounds 20-39
		t = w1 ^ w12 ^ w6 ^ w4
		w4 = t<<1 | t>>31
		e += (a<<5 | a>>27) + (b ^ c ^ d) + w4 + 0x6ed9eba1
		b = b<<30 | b>>2
		t = w2 ^ w13 ^ w7 ^ w5
		w5 = t<<1 | t>>31
		d += (e<<5 | e>>27) + (a ^ b ^ c) + w5 + 0x6ed9eba1
		a = a<<30 | a>>2
		t = w3 ^ w14 ^ w8 ^ w6
		w6 = t<<1 | t>>31
		c += (d<<5 | d>>27) + (e ^ a ^ b) + w6 + 0x6ed9eba1
		e = e<<30 | e>>2
		t = w4 ^ w15 ^ w9 ^ w7
		w7 = t<<1 | t>>31
		b += (c<<5 | c>>27) + (d ^ e ^ a) + w7 + 0x6ed9eba1
		d = d<<30 | d>>2
		t = w5 ^ w0 ^ w10 ^ w8
		w8 = t<<1 | t>>31
		a += (b<<5 | b>>27) + (c ^ d ^ e) + w8 + 0x6ed9eba1
		c = c<<30 | c>>2
		t = w6 ^ w1 ^ w11 ^ w9
		w9 = t<<1 | t>>31
		e += (a<<5 | a>>27) + (b ^ c ^ d) + w9 + 0x6ed9eba1
		b = b<<30 | b>>2
		t = w7 ^ w2 ^ w12 ^ w10
		w10 = t<<1 | t>>31
		d += (e<<5 | e>>27) + (a ^ b ^ c) + w10 + 0x6ed9eba1
		a = a<<30 | a>>2
		t = w8 ^ w3 ^ w13 ^ w11
		w11 = t<<1 | t>>31
		c += (d<<5 | d>>27) + (e ^ a ^ b) + w11 + 0x6ed9eba1
		e = e<<30 | e>>2
		t = w9 ^ w4 ^ w14 ^ w12
		w12 = t<<1 | t>>31
		b += (c<<5 | c>>27) + (d ^ e ^ a) + w12 + 0x6ed9eba1
		d = d<<30 | d>>2
		t = w10 ^ w5 ^ w15 ^ w13
		w13 = t<<1 | t>>31
		a += (b<<5 | b>>27) + (c ^ d ^ e) + w13 + 0x6ed9eba1
		c = c<<30 | c>>2
		t = w11 ^ w6 ^ w0 ^ w14
		w14 = t<<1 | t>>31
		e += (a<<5 | a>>27) + (b ^ c ^ d) + w14 + 0x6ed9eba1
		b = b<<30 | b>>2
		t = w12 ^ w7 ^ w1 ^ w15
		w15 = t<<1 | t>>31
		d += (e<<5 | e>>27) + (a ^ b ^ c) + w15 + 0x6ed9eba1
		a = a<<30 | a>>2
		t = w13 ^ w8 ^ w2 ^ w0
		w0 = t<<1 | t>>31
		c += (d<<5 | d>>27) + (e ^ a ^ b) + w0 + 0x6ed9eba1
		e = e<<30 | e>>2
		t = w14 ^ w9 ^ w3 ^ w1
		w1 = t<<1 | t>>31
		b += (c<<5 | c>>27) + (d ^ e ^ a) + w1 + 0x6ed9eba1
		d = d<<30 | d>>2
		t = w15 ^ w10 ^ w4 ^ w2
		w2 = t<<1 | t>>31
		a += (b<<5 | b>>27) + (c ^ d ^ e) + w2 + 0x6ed9eba1
		c = c<<30 | c>>2
		t = w0 ^ w11 ^ w5 ^ w3
		w3 = t<<1 | t>>31
		e += (a<<5 | a>>27) + (b ^ c ^ d) + w3 + 0x6ed9eba1
		b = b<<30 | b>>2
		t = w1 ^ w12 ^ w6 ^ w4
		w4 = t<<1 | t>>31
		d += (e<<5 | e>>27) + (a ^ b ^ c) + w4 + 0x6ed9eba1
		a = a<<30 | a>>2
		t = w2 ^ w13 ^ w7 ^ w5
		w5 = t<<1 | t>>31
		c += (d<<5 | d>>27) + (e ^ a ^ b) + w5 + 0x6ed9eba1
		e = e<<30 | e>>2
		t = w3 ^ w14 ^ w8 ^ w6
		w6 = t<<1 | t>>31
		b += (c<<5 | c>>27) + (d ^ e ^ a) + w6 + 0x6ed9eba1
		d = d<<30 | d>>2
		t = w4 ^ w15 ^ w9 ^ w7
		w7 = t<<1 | t>>31
		a += (b<<5 | b>>27) + (c ^ d ^ e) + w7 + 0x6ed9eba1
		c = c<<30 | c>>2
		// rounds 40-59
		t = w5 ^ w0 ^ w10 ^ w8
		w8 = t<<1 | t>>31
		e += (a<<5 | a>>27) + ((b & c) | (d & (b | c))) + w8 + 0x8f1bbcdc
		b = b<<30 | b>>2
		t = w6 ^ w1 ^ w11 ^ w9
		w9 = t<<1 | t>>31
		d += (e<<5 | e>>27) + ((a & b) | (c & (a | b))) + w9 + 0x8f1bbcdc
		a = a<<30 | a>>2
		t = w7 ^ w2 ^ w12 ^ w10
		w10 = t<<1 | t>>31
		c += (d<<5 | d>>27) + ((e & a) | (b & (e | a))) + w10 + 0x8f1bbcdc
		e = e<<30 | e>>2
		t = w8 ^ w3 ^ w13 ^ w11
		w11 = t<<1 | t>>31
		b += (c<<5 | c>>27) + ((d & e) | (a & (d | e))) + w11 + 0x8f1bbcdc
		d = d<<30 | d>>2
		t = w9 ^ w4 ^ w14 ^ w12
		w12 = t<<1 | t>>31
		a += (b<<5 | b>>27) + ((c & d) | (e & (c | d))) + w12 + 0x8f1bbcdc
		c = c<<30 | c>>2
		t = w10 ^ w5 ^ w15 ^ w13
		w13 = t<<1 | t>>31
		e += (a<<5 | a>>27) + ((b & c) | (d & (b | c))) + w13 + 0x8f1bbcdc
		b = b<<30 | b>>2
		t = w11 ^ w6 ^ w0 ^ w14
		w14 = t<<1 | t>>31
		d += (e<<5 | e>>27) + ((a & b) | (c & (a | b))) + w14 + 0x8f1bbcdc
		a = a<<30 | a>>2
		t = w12 ^ w7 ^ w1 ^ w15
		w15 = t<<1 | t>>31
		c += (d<<5 | d>>27) + ((e & a) | (b & (e | a))) + w15 + 0x8f1bbcdc
		e = e<<30 | e>>2
		t = w13 ^ w8 ^ w2 ^ w0
		w0 = t<<1 | t>>31
		b += (c<<5 | c>>27) + ((d & e) | (a & (d | e))) + w0 + 0x8f1bbcdc
		d = d<<30 | d>>2
		t = w14 ^ w9 ^ w3 ^ w1
		w1 = t<<1 | t>>31
		a += (b<<5 | b>>27) + ((c & d) | (e & (c | d))) + w1 + 0x8f1bbcdc
		c = c<<30 | c>>2
		t = w15 ^ w10 ^ w4 ^ w2
		w2 = t<<1 | t>>31
		e += (a<<5 | a>>27) + ((b & c) | (d & (b | c))) + w2 + 0x8f1bbcdc
		b = b<<30 | b>>2
		t = w0 ^ w11 ^ w5 ^ w3
		w3 = t<<1 | t>>31
		d += (e<<5 | e>>27) + ((a & b) | (c & (a | b))) + w3 + 0x8f1bbcdc
		a = a<<30 | a>>2
		t = w1 ^ w12 ^ w6 ^ w4
		w4 = t<<1 | t>>31
		c += (d<<5 | d>>27) + ((e & a) | (b & (e | a))) + w4 + 0x8f1bbcdc
		e = e<<30 | e>>2
		t = w2 ^ w13 ^ w7 ^ w5
		w5 = t<<1 | t>>31
		b += (c<<5 | c>>27) + ((d & e) | (a & (d | e))) + w5 + 0x8f1bbcdc
		d = d<<30 | d>>2
		t = w3 ^ w14 ^ w8 ^ w6
		w6 = t<<1 | t>>31
		a += (b<<5 | b>>27) + ((c & d) | (e & (c | d))) + w6 + 0x8f1bbcdc
		c = c<<30 | c>>2
		t = w4 ^ w15 ^ w9 ^ w7
		w7 = t<<1 | t>>31
		e += (a<<5 | a>>27) + ((b & c) | (d & (b | c))) + w7 + 0x8f1bbcdc
		b = b<<30 | b>>2
		t = w5 ^ w0 ^ w10 ^ w8
		w8 = t<<1 | t>>31
		d += (e<<5 | e>>27) + ((a & b) | (c & (a | b))) + w8 + 0x8f1bbcdc
		a = a<<30 | a>>2
		t = w6 ^ w1 ^ w11 ^ w9
		w9 = t<<1 | t>>31
		c += (d<<5 | d>>27) + ((e & a) | (b & (e | a))) + w9 + 0x8f1bbcdc
		e = e<<30 | e>>2
		t = w7 ^ w2 ^ w12 ^ w10
		w10 = t<<1 | t>>31
		b += (c<<5 | c>>27) + ((d & e) | (a & (d | e))) + w10 + 0x8f1bbcdc
		d = d<<30 | d>>2
		t = w8 ^ w3 ^ w13 ^ w11
		w11 = t<<1 | t>>31
		a += (b<<5 | b>>27) + ((c & d) | (e & (c | d))) + w11 + 0x8f1bbcdc
		c = c<<30 | c>>2
		// rounds 60-79
		t = w9 ^ w4 ^ w14 ^ w12
		w12 = t<<1 | t>>31
		e += (a<<5 | a>>27) + (b ^ c ^ d) + w12 + 0xca62c1d6
		b = b<<30 | b>>2
		t = w10 ^ w5 ^ w15 ^ w13
		w13 = t<<1 | t>>31
		d += (e<<5 | e>>27) + (a ^ b ^ c) + w13 + 0xca62c1d6
		a = a<<30 | a>>2
		t = w11 ^ w6 ^ w0 ^ w14
		w14 = t<<1 | t>>31
		c += (d<<5 | d>>27) + (e ^ a ^ b) + w14 + 0xca62c1d6
		e = e<<30 | e>>2
		t = w12 ^ w7 ^ w1 ^ w15
		w15 = t<<1 | t>>31
		b += (c<<5 | c>>27) + (d ^ e ^ a) + w15 + 0xca62c1d6
		d = d<<30 | d>>2
		t = w13 ^ w8 ^ w2 ^ w0
		w0 = t<<1 | t>>31
		a += (b<<5 | b>>27) + (c ^ d ^ e) + w0 + 0xca62c1d6
		c = c<<30 | c>>2
		t = w14 ^ w9 ^ w3 ^ w1
		w1 = t<<1 | t>>31
		e += (a<<5 | a>>27) + (b ^ c ^ d) + w1 + 0xca62c1d6
		b = b<<30 | b>>2
		t = w15 ^ w10 ^ w4 ^ w2
		w2 = t<<1 | t>>31
		d += (e<<5 | e>>27) + (a ^ b ^ c) + w2 + 0xca62c1d6
		a = a<<30 | a>>2
		t = w0 ^ w11 ^ w5 ^ w3
		w3 = t<<1 | t>>31
		c += (d<<5 | d>>27) + (e ^ a ^ b) + w3 + 0xca62c1d6
		e = e<<30 | e>>2
		t = w1 ^ w12 ^ w6 ^ w4
		w4 = t<<1 | t>>31
		b += (c<<5 | c>>27) + (d ^ e ^ a) + w4 + 0xca62c1d6
		d = d<<30 | d>>2
		t = w2 ^ w13 ^ w7 ^ w5
		w5 = t<<1 | t>>31
		a += (b<<5 | b>>27) + (c ^ d ^ e) + w5 + 0xca62c1d6
		c = c<<30 | c>>2
		t = w3 ^ w14 ^ w8 ^ w6
		w6 = t<<1 | t>>31
		e += (a<<5 | a>>27) + (b ^ c ^ d) + w6 + 0xca62c1d6
		b = b<<30 | b>>2
		t = w4 ^ w15 ^ w9 ^ w7
		w7 = t<<1 | t>>31
		d += (e<<5 | e>>27) + (a ^ b ^ c) + w7 + 0xca62c1d6
		a = a<<30 | a>>2
		t = w5 ^ w0 ^ w10 ^ w8
		w8 = t<<1 | t>>31
		c += (d<<5 | d>>27) + (e ^ a ^ b) + w8 + 0xca62c1d6
		e = e<<30 | e>>2
		t = w6 ^ w1 ^ w11 ^ w9
		w9 = t<<1 | t>>31
		b += (c<<5 | c>>27) + (d ^ e ^ a) + w9 + 0xca62c1d6
		d = d<<30 | d>>2
		t = w7 ^ w2 ^ w12 ^ w10
		w10 = t<<1 | t>>31
		a += (b<<5 | b>>27) + (c ^ d ^ e) + w10 + 0xca62c1d6
		c = c<<30 | c>>2
		t = w8 ^ w3 ^ w13 ^ w11
		w11 = t<<1 | t>>31
		e += (a<<5 | a>>27) + (b ^ c ^ d) + w11 + 0xca62c1d6
		b = b<<30 | b>>2
		t = w9 ^ w4 ^ w14 ^ w12
		w12 = t<<1 | t>>31
		d += (e<<5 | e>>27) + (a ^ b ^ c) + w12 + 0xca62c1d6
		a = a<<30 | a>>2
		t = w10 ^ w5 ^ w15 ^ w13
		w13 = t<<1 | t>>31
		c += (d<<5 | d>>27) + (e ^ a ^ b) + w13 + 0xca62c1d6
		e = e<<30 | e>>2
		t = w11 ^ w6 ^ w0 ^ w14
		w14 = t<<1 | t>>31
		b += (c<<5 | c>>27) + (d ^ e ^ a) + w14 + 0xca62c1d6
		d = d<<30 | d>>2
		t = w12 ^ w7 ^ w1 ^ w15
		w15 = t<<1 | t>>31
		a += (b<<5 | b>>27) + (c ^ d ^ e) + w15 + 0xca62c1d6
		c = c<<30 | c>>2

		a += aa
		b += bb
		c += cc
		d += dd
		e += ee
		p = p[BlockSize:]
	}
	dig.h[0], dig.h[1], dig.h[2], dig.h[3], dig.h[4] = a, b, c, d, e
}
