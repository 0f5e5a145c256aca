// Package md5 implements the MD5 hash algorithm as defined in RFC 1321
// (goro's version of Go's crypto/md5 package: same API and results). The
// digest also implements MarshalBinary and UnmarshalBinary
// (encoding.BinaryMarshaler and encoding.BinaryUnmarshaler) with Go's state
// format.
//
// MD5 is cryptographically broken and should not be used for secure
// applications.
package md5

import (
	"errors"
	"hash"
)

// The size of an MD5 checksum in bytes.
const Size = 16

// The blocksize of MD5 in bytes.
const BlockSize = 64

const (
	init0 = 0x67452301
	init1 = 0xEFCDAB89
	init2 = 0x98BADCFE
	init3 = 0x10325476
)

// digest represents the partial evaluation of a checksum.
type digest struct {
	s   [4]uint32
	x   [BlockSize]byte // buffered input: x[:nx]
	nx  int
	len uint64 // bytes written
}

func (d *digest) Reset() {
	d.s = [4]uint32{init0, init1, init2, init3}
	d.nx = 0
	d.len = 0
}

// New returns a new hash.Hash computing the MD5 checksum.
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
	// Padding: 0x80, zeros up to 56 mod 64, the length in bits (little endian).
	var pad [BlockSize + 8]byte
	pad[0] = 0x80
	n := BlockSize - int((d.len+8)%BlockSize)
	bits := d.len << 3
	for i := 0; i < 8; i++ {
		pad[n+i] = byte(bits >> (8 * i))
	}
	d.Write(pad[:n+8])
	var out [Size]byte
	for i, v := range d.s {
		out[4*i] = byte(v)
		out[4*i+1] = byte(v >> 8)
		out[4*i+2] = byte(v >> 16)
		out[4*i+3] = byte(v >> 24)
	}
	return out
}

// Sum returns the MD5 checksum of the data.
func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

const (
	magic         = "md5\x01"
	marshaledSize = len(magic) + 4*4 + BlockSize + 8
)

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, marshaledSize)
	b = append(b, magic...)
	for _, v := range d.s {
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
		return errors.New("crypto/md5: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/md5: invalid hash state size")
	}
	b = b[len(magic):]
	for i := range d.s {
		d.s[i] = uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
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

// block hashes the whole 64-byte blocks of p (RFC 1321, section 3.4).
func block(dig *digest, p []byte) {
	a, b, c, d := dig.s[0], dig.s[1], dig.s[2], dig.s[3]
	for len(p) >= BlockSize {
		x0 := uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24
		x1 := uint32(p[4]) | uint32(p[5])<<8 | uint32(p[6])<<16 | uint32(p[7])<<24
		x2 := uint32(p[8]) | uint32(p[9])<<8 | uint32(p[10])<<16 | uint32(p[11])<<24
		x3 := uint32(p[12]) | uint32(p[13])<<8 | uint32(p[14])<<16 | uint32(p[15])<<24
		x4 := uint32(p[16]) | uint32(p[17])<<8 | uint32(p[18])<<16 | uint32(p[19])<<24
		x5 := uint32(p[20]) | uint32(p[21])<<8 | uint32(p[22])<<16 | uint32(p[23])<<24
		x6 := uint32(p[24]) | uint32(p[25])<<8 | uint32(p[26])<<16 | uint32(p[27])<<24
		x7 := uint32(p[28]) | uint32(p[29])<<8 | uint32(p[30])<<16 | uint32(p[31])<<24
		x8 := uint32(p[32]) | uint32(p[33])<<8 | uint32(p[34])<<16 | uint32(p[35])<<24
		x9 := uint32(p[36]) | uint32(p[37])<<8 | uint32(p[38])<<16 | uint32(p[39])<<24
		x10 := uint32(p[40]) | uint32(p[41])<<8 | uint32(p[42])<<16 | uint32(p[43])<<24
		x11 := uint32(p[44]) | uint32(p[45])<<8 | uint32(p[46])<<16 | uint32(p[47])<<24
		x12 := uint32(p[48]) | uint32(p[49])<<8 | uint32(p[50])<<16 | uint32(p[51])<<24
		x13 := uint32(p[52]) | uint32(p[53])<<8 | uint32(p[54])<<16 | uint32(p[55])<<24
		x14 := uint32(p[56]) | uint32(p[57])<<8 | uint32(p[58])<<16 | uint32(p[59])<<24
		x15 := uint32(p[60]) | uint32(p[61])<<8 | uint32(p[62])<<16 | uint32(p[63])<<24
		aa, bb, cc, dd := a, b, c, d

		// round 1
		a += (d ^ (b & (c ^ d))) + x0 + 0xd76aa478
		a = (a<<7 | a>>25) + b
		d += (c ^ (a & (b ^ c))) + x1 + 0xe8c7b756
		d = (d<<12 | d>>20) + a
		c += (b ^ (d & (a ^ b))) + x2 + 0x242070db
		c = (c<<17 | c>>15) + d
		b += (a ^ (c & (d ^ a))) + x3 + 0xc1bdceee
		b = (b<<22 | b>>10) + c
		a += (d ^ (b & (c ^ d))) + x4 + 0xf57c0faf
		a = (a<<7 | a>>25) + b
		d += (c ^ (a & (b ^ c))) + x5 + 0x4787c62a
		d = (d<<12 | d>>20) + a
		c += (b ^ (d & (a ^ b))) + x6 + 0xa8304613
		c = (c<<17 | c>>15) + d
		b += (a ^ (c & (d ^ a))) + x7 + 0xfd469501
		b = (b<<22 | b>>10) + c
		a += (d ^ (b & (c ^ d))) + x8 + 0x698098d8
		a = (a<<7 | a>>25) + b
		d += (c ^ (a & (b ^ c))) + x9 + 0x8b44f7af
		d = (d<<12 | d>>20) + a
		c += (b ^ (d & (a ^ b))) + x10 + 0xffff5bb1
		c = (c<<17 | c>>15) + d
		b += (a ^ (c & (d ^ a))) + x11 + 0x895cd7be
		b = (b<<22 | b>>10) + c
		a += (d ^ (b & (c ^ d))) + x12 + 0x6b901122
		a = (a<<7 | a>>25) + b
		d += (c ^ (a & (b ^ c))) + x13 + 0xfd987193
		d = (d<<12 | d>>20) + a
		c += (b ^ (d & (a ^ b))) + x14 + 0xa679438e
		c = (c<<17 | c>>15) + d
		b += (a ^ (c & (d ^ a))) + x15 + 0x49b40821
		b = (b<<22 | b>>10) + c
		// round 2
		a += (c ^ (d & (b ^ c))) + x1 + 0xf61e2562
		a = (a<<5 | a>>27) + b
		d += (b ^ (c & (a ^ b))) + x6 + 0xc040b340
		d = (d<<9 | d>>23) + a
		c += (a ^ (b & (d ^ a))) + x11 + 0x265e5a51
		c = (c<<14 | c>>18) + d
		b += (d ^ (a & (c ^ d))) + x0 + 0xe9b6c7aa
		b = (b<<20 | b>>12) + c
		a += (c ^ (d & (b ^ c))) + x5 + 0xd62f105d
		a = (a<<5 | a>>27) + b
		d += (b ^ (c & (a ^ b))) + x10 + 0x02441453
		d = (d<<9 | d>>23) + a
		c += (a ^ (b & (d ^ a))) + x15 + 0xd8a1e681
		c = (c<<14 | c>>18) + d
		b += (d ^ (a & (c ^ d))) + x4 + 0xe7d3fbc8
		b = (b<<20 | b>>12) + c
		a += (c ^ (d & (b ^ c))) + x9 + 0x21e1cde6
		a = (a<<5 | a>>27) + b
		d += (b ^ (c & (a ^ b))) + x14 + 0xc33707d6
		d = (d<<9 | d>>23) + a
		c += (a ^ (b & (d ^ a))) + x3 + 0xf4d50d87
		c = (c<<14 | c>>18) + d
		b += (d ^ (a & (c ^ d))) + x8 + 0x455a14ed
		b = (b<<20 | b>>12) + c
		a += (c ^ (d & (b ^ c))) + x13 + 0xa9e3e905
		a = (a<<5 | a>>27) + b
		d += (b ^ (c & (a ^ b))) + x2 + 0xfcefa3f8
		d = (d<<9 | d>>23) + a
		c += (a ^ (b & (d ^ a))) + x7 + 0x676f02d9
		c = (c<<14 | c>>18) + d
		b += (d ^ (a & (c ^ d))) + x12 + 0x8d2a4c8a
		b = (b<<20 | b>>12) + c
		// round 3
		a += (b ^ c ^ d) + x5 + 0xfffa3942
		a = (a<<4 | a>>28) + b
		d += (a ^ b ^ c) + x8 + 0x8771f681
		d = (d<<11 | d>>21) + a
		c += (d ^ a ^ b) + x11 + 0x6d9d6122
		c = (c<<16 | c>>16) + d
		b += (c ^ d ^ a) + x14 + 0xfde5380c
		b = (b<<23 | b>>9) + c
		a += (b ^ c ^ d) + x1 + 0xa4beea44
		a = (a<<4 | a>>28) + b
		d += (a ^ b ^ c) + x4 + 0x4bdecfa9
		d = (d<<11 | d>>21) + a
		c += (d ^ a ^ b) + x7 + 0xf6bb4b60
		c = (c<<16 | c>>16) + d
		b += (c ^ d ^ a) + x10 + 0xbebfbc70
		b = (b<<23 | b>>9) + c
		a += (b ^ c ^ d) + x13 + 0x289b7ec6
		a = (a<<4 | a>>28) + b
		d += (a ^ b ^ c) + x0 + 0xeaa127fa
		d = (d<<11 | d>>21) + a
		c += (d ^ a ^ b) + x3 + 0xd4ef3085
		c = (c<<16 | c>>16) + d
		b += (c ^ d ^ a) + x6 + 0x04881d05
		b = (b<<23 | b>>9) + c
		a += (b ^ c ^ d) + x9 + 0xd9d4d039
		a = (a<<4 | a>>28) + b
		d += (a ^ b ^ c) + x12 + 0xe6db99e5
		d = (d<<11 | d>>21) + a
		c += (d ^ a ^ b) + x15 + 0x1fa27cf8
		c = (c<<16 | c>>16) + d
		b += (c ^ d ^ a) + x2 + 0xc4ac5665
		b = (b<<23 | b>>9) + c
		// round 4
		a += (c ^ (b | ^d)) + x0 + 0xf4292244
		a = (a<<6 | a>>26) + b
		d += (b ^ (a | ^c)) + x7 + 0x432aff97
		d = (d<<10 | d>>22) + a
		c += (a ^ (d | ^b)) + x14 + 0xab9423a7
		c = (c<<15 | c>>17) + d
		b += (d ^ (c | ^a)) + x5 + 0xfc93a039
		b = (b<<21 | b>>11) + c
		a += (c ^ (b | ^d)) + x12 + 0x655b59c3
		a = (a<<6 | a>>26) + b
		d += (b ^ (a | ^c)) + x3 + 0x8f0ccc92
		d = (d<<10 | d>>22) + a
		c += (a ^ (d | ^b)) + x10 + 0xffeff47d
		c = (c<<15 | c>>17) + d
		b += (d ^ (c | ^a)) + x1 + 0x85845dd1
		b = (b<<21 | b>>11) + c
		a += (c ^ (b | ^d)) + x8 + 0x6fa87e4f
		a = (a<<6 | a>>26) + b
		d += (b ^ (a | ^c)) + x15 + 0xfe2ce6e0
		d = (d<<10 | d>>22) + a
		c += (a ^ (d | ^b)) + x6 + 0xa3014314
		c = (c<<15 | c>>17) + d
		b += (d ^ (c | ^a)) + x13 + 0x4e0811a1
		b = (b<<21 | b>>11) + c
		a += (c ^ (b | ^d)) + x4 + 0xf7537e82
		a = (a<<6 | a>>26) + b
		d += (b ^ (a | ^c)) + x11 + 0xbd3af235
		d = (d<<10 | d>>22) + a
		c += (a ^ (d | ^b)) + x2 + 0x2ad7d2bb
		c = (c<<15 | c>>17) + d
		b += (d ^ (c | ^a)) + x9 + 0xeb86d391
		b = (b<<21 | b>>11) + c

		a += aa
		b += bb
		c += cc
		d += dd
		p = p[BlockSize:]
	}
	dig.s[0], dig.s[1], dig.s[2], dig.s[3] = a, b, c, d
}
