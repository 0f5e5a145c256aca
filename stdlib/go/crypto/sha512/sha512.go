// Package sha512 implements the SHA-384, SHA-512, SHA-512/224, and
// SHA-512/256 hash algorithms as defined in FIPS 180-4 (goro's version of
// Go's crypto/sha512 package: same API and results). The digests also
// implement MarshalBinary and UnmarshalBinary (encoding.BinaryMarshaler and
// encoding.BinaryUnmarshaler) with Go's state format.
package sha512

import (
	"errors"
	"hash"
)

const (
	// Size is the size, in bytes, of a SHA-512 checksum.
	Size = 64

	// Size224 is the size, in bytes, of a SHA-512/224 checksum.
	Size224 = 28

	// Size256 is the size, in bytes, of a SHA-512/256 checksum.
	Size256 = 32

	// Size384 is the size, in bytes, of a SHA-384 checksum.
	Size384 = 48

	// BlockSize is the block size, in bytes, of the SHA-512/224,
	// SHA-512/256, SHA-384 and SHA-512 hash functions.
	BlockSize = 128
)

// The variants: their initial hash values (FIPS 180-4, sections 5.3.4 to
// 5.3.6), sizes and state identifiers.
const (
	kind512 = iota
	kind384
	kind512_224
	kind512_256
)

var ivs = [4][8]uint64{
	{0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179},
	{0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4},
	{0x8c3d37c819544da2, 0x73e1996689dcd4d6, 0x1dfab7ae32ff9c82, 0x679dd514582f9fcf, 0x0f6d2b697bd44da8, 0x77e36f7304c48942, 0x3f9d85a86a1d36c8, 0x1112e6ad91d692a1},
	{0x22312194fc2bf72c, 0x9f555fa3c84c64c2, 0x2393b86b6f53b151, 0x963877195940eabd, 0x96283ee2a88effe3, 0xbe5e1e2553863992, 0x2b0199fc2c85b8aa, 0x0eb72ddc81c52ca2},
}

var sizes = [4]int{Size, Size384, Size224, Size256}

var magics = [4]string{"sha\x07", "sha\x04", "sha\x05", "sha\x06"}

// The round constants (FIPS 180-4, section 4.2.3): the first 64 bits of the
// fractional parts of the cube roots of the first 80 primes.
var _K = [80]uint64{
	0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
	0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
	0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
	0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
	0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
	0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
	0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
	0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
	0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
	0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
	0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
	0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
	0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
	0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
	0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
	0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
	0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
	0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
	0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
	0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
}

// digest represents the partial evaluation of a checksum.
type digest struct {
	h    [8]uint64
	x    [BlockSize]byte // buffered input: x[:nx]
	nx   int
	len  uint64 // bytes written
	kind int    // kind512, kind384, ...
}

func (d *digest) Reset() {
	d.h = ivs[d.kind]
	d.nx = 0
	d.len = 0
}

func newDigest(kind int) *digest {
	d := new(digest)
	d.kind = kind
	d.Reset()
	return d
}

// New returns a new hash.Hash computing the SHA-512 checksum.
func New() hash.Hash { return newDigest(kind512) }

// New512_224 returns a new hash.Hash computing the SHA-512/224 checksum.
func New512_224() hash.Hash { return newDigest(kind512_224) }

// New512_256 returns a new hash.Hash computing the SHA-512/256 checksum.
func New512_256() hash.Hash { return newDigest(kind512_256) }

// New384 returns a new hash.Hash computing the SHA-384 checksum.
func New384() hash.Hash { return newDigest(kind384) }

func (d *digest) Size() int { return sizes[d.kind] }

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
	return append(in, sum[:sizes[d.kind]]...)
}

func (d *digest) checkSum() [Size]byte {
	// Padding: 0x80, zeros up to 112 mod 128, the length in bits as a
	// 128-bit big-endian number. As in Go, the length is taken modulo 2**64
	// (its upper 64 bits stay zero): that matters only for a length put
	// there by UnmarshalBinary.
	var pad [BlockSize + 16]byte
	pad[0] = 0x80
	n := BlockSize - int((d.len+16)%BlockSize)
	bits := d.len << 3
	for i := 0; i < 8; i++ {
		pad[n+8+i] = byte(bits >> (56 - 8*i))
	}
	d.Write(pad[:n+16])
	var out [Size]byte
	for i, v := range d.h {
		for j := 0; j < 8; j++ {
			out[8*i+j] = byte(v >> (56 - 8*j))
		}
	}
	return out
}

func sum(kind int, data []byte) [Size]byte {
	var d digest
	d.kind = kind
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

// Sum512 returns the SHA512 checksum of the data.
func Sum512(data []byte) [Size]byte { return sum(kind512, data) }

// Sum384 returns the SHA384 checksum of the data.
func Sum384(data []byte) [Size384]byte {
	s := sum(kind384, data)
	var out [Size384]byte
	copy(out[:], s[:])
	return out
}

// Sum512_224 returns the Sum512/224 checksum of the data.
func Sum512_224(data []byte) [Size224]byte {
	s := sum(kind512_224, data)
	var out [Size224]byte
	copy(out[:], s[:])
	return out
}

// Sum512_256 returns the Sum512/256 checksum of the data.
func Sum512_256(data []byte) [Size256]byte {
	s := sum(kind512_256, data)
	var out [Size256]byte
	copy(out[:], s[:])
	return out
}

const marshaledSize = 4 + 8*8 + BlockSize + 8

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, marshaledSize)
	b = append(b, magics[d.kind]...)
	for _, v := range d.h {
		for i := 56; i >= 0; i -= 8 {
			b = append(b, byte(v>>i))
		}
	}
	b = append(b, d.x[:d.nx]...)
	b = b[:len(b)+BlockSize-d.nx] // zeros
	for i := 56; i >= 0; i -= 8 {
		b = append(b, byte(d.len>>i))
	}
	return b, nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	magic := magics[d.kind]
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("crypto/sha512: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha512: invalid hash state size")
	}
	b = b[len(magic):]
	for i := range d.h {
		var v uint64
		for j := 0; j < 8; j++ {
			v = v<<8 | uint64(b[j])
		}
		d.h[i] = v
		b = b[8:]
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

// block hashes the whole 128-byte blocks of p (FIPS 180-4, section 6.4.2).
// The rounds go eight at a time, the working variables rotating their names.
func block(dig *digest, p []byte) {
	var w [80]uint64
	a, b, c, d, e, f, g, h := dig.h[0], dig.h[1], dig.h[2], dig.h[3], dig.h[4], dig.h[5], dig.h[6], dig.h[7]
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			j := 8 * i
			w[i] = uint64(p[j])<<56 | uint64(p[j+1])<<48 | uint64(p[j+2])<<40 | uint64(p[j+3])<<32 |
				uint64(p[j+4])<<24 | uint64(p[j+5])<<16 | uint64(p[j+6])<<8 | uint64(p[j+7])
		}
		for i := 16; i < 80; i++ {
			v1 := w[i-2]
			s1 := (v1>>19 | v1<<45) ^ (v1>>61 | v1<<3) ^ v1>>6
			v0 := w[i-15]
			s0 := (v0>>1 | v0<<63) ^ (v0>>8 | v0<<56) ^ v0>>7
			w[i] = s1 + w[i-7] + s0 + w[i-16]
		}
		aa, bb, cc, dd, ee, ff, gg, hh := a, b, c, d, e, f, g, h
		for i := 0; i < 80; i += 8 {
			h += ((e>>14 | e<<50) ^ (e>>18 | e<<46) ^ (e>>41 | e<<23)) + (g ^ (e & (f ^ g))) + _K[i] + w[i]
			d += h
			h += ((a>>28 | a<<36) ^ (a>>34 | a<<30) ^ (a>>39 | a<<25)) + ((a & b) | (c & (a | b)))
			g += ((d>>14 | d<<50) ^ (d>>18 | d<<46) ^ (d>>41 | d<<23)) + (f ^ (d & (e ^ f))) + _K[i+1] + w[i+1]
			c += g
			g += ((h>>28 | h<<36) ^ (h>>34 | h<<30) ^ (h>>39 | h<<25)) + ((h & a) | (b & (h | a)))
			f += ((c>>14 | c<<50) ^ (c>>18 | c<<46) ^ (c>>41 | c<<23)) + (e ^ (c & (d ^ e))) + _K[i+2] + w[i+2]
			b += f
			f += ((g>>28 | g<<36) ^ (g>>34 | g<<30) ^ (g>>39 | g<<25)) + ((g & h) | (a & (g | h)))
			e += ((b>>14 | b<<50) ^ (b>>18 | b<<46) ^ (b>>41 | b<<23)) + (d ^ (b & (c ^ d))) + _K[i+3] + w[i+3]
			a += e
			e += ((f>>28 | f<<36) ^ (f>>34 | f<<30) ^ (f>>39 | f<<25)) + ((f & g) | (h & (f | g)))
			d += ((a>>14 | a<<50) ^ (a>>18 | a<<46) ^ (a>>41 | a<<23)) + (c ^ (a & (b ^ c))) + _K[i+4] + w[i+4]
			h += d
			d += ((e>>28 | e<<36) ^ (e>>34 | e<<30) ^ (e>>39 | e<<25)) + ((e & f) | (g & (e | f)))
			c += ((h>>14 | h<<50) ^ (h>>18 | h<<46) ^ (h>>41 | h<<23)) + (b ^ (h & (a ^ b))) + _K[i+5] + w[i+5]
			g += c
			c += ((d>>28 | d<<36) ^ (d>>34 | d<<30) ^ (d>>39 | d<<25)) + ((d & e) | (f & (d | e)))
			b += ((g>>14 | g<<50) ^ (g>>18 | g<<46) ^ (g>>41 | g<<23)) + (a ^ (g & (h ^ a))) + _K[i+6] + w[i+6]
			f += b
			b += ((c>>28 | c<<36) ^ (c>>34 | c<<30) ^ (c>>39 | c<<25)) + ((c & d) | (e & (c | d)))
			a += ((f>>14 | f<<50) ^ (f>>18 | f<<46) ^ (f>>41 | f<<23)) + (h ^ (f & (g ^ h))) + _K[i+7] + w[i+7]
			e += a
			a += ((b>>28 | b<<36) ^ (b>>34 | b<<30) ^ (b>>39 | b<<25)) + ((b & c) | (d & (b | c)))
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
