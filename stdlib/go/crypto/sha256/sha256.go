// Package sha256 implements the SHA224 and SHA256 hash algorithms as defined
// in FIPS 180-4 (goro's version of Go's crypto/sha256 package: same API and
// results). The digests also implement MarshalBinary and UnmarshalBinary
// (encoding.BinaryMarshaler and encoding.BinaryUnmarshaler) with Go's state
// format.
package sha256

import (
	"errors"
	"hash"
)

// The size of a SHA256 checksum in bytes.
const Size = 32

// The size of a SHA224 checksum in bytes.
const Size224 = 28

// The blocksize of SHA256 and SHA224 in bytes.
const BlockSize = 64

// Initial hash values (FIPS 180-4, sections 5.3.2 and 5.3.3).
var (
	iv256 = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
	iv224 = [8]uint32{0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4}
)

// The round constants (FIPS 180-4, section 4.2.2): the first 32 bits of the
// fractional parts of the cube roots of the first 64 primes.
var _K = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

// digest represents the partial evaluation of a checksum.
type digest struct {
	h     [8]uint32
	x     [BlockSize]byte // buffered input: x[:nx]
	nx    int
	len   uint64 // bytes written
	is224 bool   // SHA-224 rather than SHA-256
}

func (d *digest) Reset() {
	if d.is224 {
		d.h = iv224
	} else {
		d.h = iv256
	}
	d.nx = 0
	d.len = 0
}

// New returns a new hash.Hash computing the SHA256 checksum. The Hash also
// implements encoding.BinaryMarshaler and encoding.BinaryUnmarshaler to
// marshal and unmarshal the internal state of the hash.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

// New224 returns a new hash.Hash computing the SHA224 checksum.
func New224() hash.Hash {
	d := new(digest)
	d.is224 = true
	d.Reset()
	return d
}

func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

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
	if d.is224 {
		return append(in, sum[:Size224]...)
	}
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

// Sum256 returns the SHA256 checksum of the data.
func Sum256(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

// Sum224 returns the SHA224 checksum of the data.
func Sum224(data []byte) [Size224]byte {
	var d digest
	d.is224 = true
	d.Reset()
	d.Write(data)
	sum := d.checkSum()
	var out [Size224]byte
	copy(out[:], sum[:])
	return out
}

const (
	magic224      = "sha\x02"
	magic256      = "sha\x03"
	marshaledSize = len(magic256) + 8*4 + BlockSize + 8
)

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, marshaledSize)
	if d.is224 {
		b = append(b, magic224...)
	} else {
		b = append(b, magic256...)
	}
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
	magic := magic256
	if d.is224 {
		magic = magic224
	}
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("crypto/sha256: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha256: invalid hash state size")
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

// block hashes the whole 64-byte blocks of p (FIPS 180-4, section 6.2.2).
// The rounds go eight at a time, the working variables rotating their names.
func block(dig *digest, p []byte) {
	var w [64]uint32
	a, b, c, d, e, f, g, h := dig.h[0], dig.h[1], dig.h[2], dig.h[3], dig.h[4], dig.h[5], dig.h[6], dig.h[7]
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			j := 4 * i
			w[i] = uint32(p[j])<<24 | uint32(p[j+1])<<16 | uint32(p[j+2])<<8 | uint32(p[j+3])
		}
		for i := 16; i < 64; i++ {
			v1 := w[i-2]
			s1 := (v1>>17 | v1<<15) ^ (v1>>19 | v1<<13) ^ v1>>10
			v0 := w[i-15]
			s0 := (v0>>7 | v0<<25) ^ (v0>>18 | v0<<14) ^ v0>>3
			w[i] = s1 + w[i-7] + s0 + w[i-16]
		}
		aa, bb, cc, dd, ee, ff, gg, hh := a, b, c, d, e, f, g, h
		for i := 0; i < 64; i += 8 {
			h += ((e>>6 | e<<26) ^ (e>>11 | e<<21) ^ (e>>25 | e<<7)) + (g ^ (e & (f ^ g))) + _K[i] + w[i]
			d += h
			h += ((a>>2 | a<<30) ^ (a>>13 | a<<19) ^ (a>>22 | a<<10)) + ((a & b) | (c & (a | b)))
			g += ((d>>6 | d<<26) ^ (d>>11 | d<<21) ^ (d>>25 | d<<7)) + (f ^ (d & (e ^ f))) + _K[i+1] + w[i+1]
			c += g
			g += ((h>>2 | h<<30) ^ (h>>13 | h<<19) ^ (h>>22 | h<<10)) + ((h & a) | (b & (h | a)))
			f += ((c>>6 | c<<26) ^ (c>>11 | c<<21) ^ (c>>25 | c<<7)) + (e ^ (c & (d ^ e))) + _K[i+2] + w[i+2]
			b += f
			f += ((g>>2 | g<<30) ^ (g>>13 | g<<19) ^ (g>>22 | g<<10)) + ((g & h) | (a & (g | h)))
			e += ((b>>6 | b<<26) ^ (b>>11 | b<<21) ^ (b>>25 | b<<7)) + (d ^ (b & (c ^ d))) + _K[i+3] + w[i+3]
			a += e
			e += ((f>>2 | f<<30) ^ (f>>13 | f<<19) ^ (f>>22 | f<<10)) + ((f & g) | (h & (f | g)))
			d += ((a>>6 | a<<26) ^ (a>>11 | a<<21) ^ (a>>25 | a<<7)) + (c ^ (a & (b ^ c))) + _K[i+4] + w[i+4]
			h += d
			d += ((e>>2 | e<<30) ^ (e>>13 | e<<19) ^ (e>>22 | e<<10)) + ((e & f) | (g & (e | f)))
			c += ((h>>6 | h<<26) ^ (h>>11 | h<<21) ^ (h>>25 | h<<7)) + (b ^ (h & (a ^ b))) + _K[i+5] + w[i+5]
			g += c
			c += ((d>>2 | d<<30) ^ (d>>13 | d<<19) ^ (d>>22 | d<<10)) + ((d & e) | (f & (d | e)))
			b += ((g>>6 | g<<26) ^ (g>>11 | g<<21) ^ (g>>25 | g<<7)) + (a ^ (g & (h ^ a))) + _K[i+6] + w[i+6]
			f += b
			b += ((c>>2 | c<<30) ^ (c>>13 | c<<19) ^ (c>>22 | c<<10)) + ((c & d) | (e & (c | d)))
			a += ((f>>6 | f<<26) ^ (f>>11 | f<<21) ^ (f>>25 | f<<7)) + (h ^ (f & (g ^ h))) + _K[i+7] + w[i+7]
			e += a
			a += ((b>>2 | b<<30) ^ (b>>13 | b<<19) ^ (b>>22 | b<<10)) + ((b & c) | (d & (b | c)))
		}
		a += aa
		b += bb
		c += cc
		d += dd
		e += ee
		f += ff
		g += gg
		h += hh
		p = p[BlockSize:]
	}
	dig.h[0], dig.h[1], dig.h[2], dig.h[3], dig.h[4], dig.h[5], dig.h[6], dig.h[7] = a, b, c, d, e, f, g, h
}
