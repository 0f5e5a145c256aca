// Package fnv implements FNV-1 and FNV-1a, non-cryptographic hash functions
// created by Glenn Fowler, Landon Curt Noll, and Phong Vo (goro's version of
// Go's hash/fnv package: same API and results). Every hash also implements
// MarshalBinary and UnmarshalBinary (encoding.BinaryMarshaler and
// encoding.BinaryUnmarshaler) with Go's state format.
package fnv

import (
	"errors"
	"hash"
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64 // high word, low word
	sum128a [2]uint64
)

const (
	offset32 = 0x811c9dc5
	prime32  = 0x01000193
	offset64 = 0xcbf29ce484222325
	prime64  = 0x00000100000001b3

	// offset128 = 0x6c62272e07bb0142_62b821756295c58d;
	// prime128 = 2**88 + 0x13b.
	offset128Hi = 0x6c62272e07bb0142
	offset128Lo = 0x62b821756295c58d
	prime128Low = 0x13b
)

// New32 returns a new 32-bit FNV-1 hash.Hash. Its Sum method lays the value
// out in big-endian byte order.
func New32() hash.Hash32 {
	s := sum32(offset32)
	return &s
}

// New32a returns a new 32-bit FNV-1a hash.Hash.
func New32a() hash.Hash32 {
	s := sum32a(offset32)
	return &s
}

// New64 returns a new 64-bit FNV-1 hash.Hash.
func New64() hash.Hash64 {
	s := sum64(offset64)
	return &s
}

// New64a returns a new 64-bit FNV-1a hash.Hash.
func New64a() hash.Hash64 {
	s := sum64a(offset64)
	return &s
}

// New128 returns a new 128-bit FNV-1 hash.Hash.
func New128() hash.Hash {
	s := sum128{offset128Hi, offset128Lo}
	return &s
}

// New128a returns a new 128-bit FNV-1a hash.Hash.
func New128a() hash.Hash {
	s := sum128a{offset128Hi, offset128Lo}
	return &s
}

func (s *sum32) Reset()   { *s = offset32 }
func (s *sum32a) Reset()  { *s = offset32 }
func (s *sum64) Reset()   { *s = offset64 }
func (s *sum64a) Reset()  { *s = offset64 }
func (s *sum128) Reset()  { *s = sum128{offset128Hi, offset128Lo} }
func (s *sum128a) Reset() { *s = sum128a{offset128Hi, offset128Lo} }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error) {
	h := uint32(*s)
	for _, c := range data {
		h = h*prime32 ^ uint32(c)
	}
	*s = sum32(h)
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	h := uint32(*s)
	for _, c := range data {
		h = (h ^ uint32(c)) * prime32
	}
	*s = sum32a(h)
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := uint64(*s)
	for _, c := range data {
		h = h*prime64 ^ uint64(c)
	}
	*s = sum64(h)
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	h := uint64(*s)
	for _, c := range data {
		h = (h ^ uint64(c)) * prime64
	}
	*s = sum64a(h)
	return len(data), nil
}

// times128 returns (hi, lo) * prime128 modulo 2**128.
func times128(hi, lo uint64) (uint64, uint64) {
	// lo * 0x13b as a 128-bit product: split lo in 32-bit halves.
	loLo := (lo & 0xffffffff) * prime128Low
	loHi := (lo>>32)*prime128Low + loLo>>32
	carry := loHi >> 32
	newLo := lo * prime128Low
	// hi * 0x13b, the carry, and lo * 2**88 (which lands in the high word
	// shifted by 24).
	newHi := hi*prime128Low + carry + lo<<24
	return newHi, newLo
}

func (s *sum128) Write(data []byte) (int, error) {
	hi, lo := s[0], s[1]
	for _, c := range data {
		hi, lo = times128(hi, lo)
		lo ^= uint64(c)
	}
	s[0], s[1] = hi, lo
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	hi, lo := s[0], s[1]
	for _, c := range data {
		hi, lo = times128(hi, lo^uint64(c))
	}
	s[0], s[1] = hi, lo
	return len(data), nil
}

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

func put32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func put64(b []byte, v uint64) []byte {
	return put32(put32(b, uint32(v>>32)), uint32(v))
}

func get32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func get64(b []byte) uint64 {
	return uint64(get32(b))<<32 | uint64(get32(b[4:]))
}

func (s *sum32) Sum(in []byte) []byte  { return put32(in, uint32(*s)) }
func (s *sum32a) Sum(in []byte) []byte { return put32(in, uint32(*s)) }
func (s *sum64) Sum(in []byte) []byte  { return put64(in, uint64(*s)) }
func (s *sum64a) Sum(in []byte) []byte { return put64(in, uint64(*s)) }
func (s *sum128) Sum(in []byte) []byte { return put64(put64(in, s[0]), s[1]) }
func (s *sum128a) Sum(in []byte) []byte {
	return put64(put64(in, s[0]), s[1])
}

// Marshaled states: a 4-byte magic ("fnv" and a kind byte), then the state
// in big-endian order.
const (
	magic32   = "fnv\x01"
	magic32a  = "fnv\x02"
	magic64   = "fnv\x03"
	magic64a  = "fnv\x04"
	magic128  = "fnv\x05"
	magic128a = "fnv\x06"
)

func (s *sum32) MarshalBinary() ([]byte, error) {
	return put32(append(make([]byte, 0, 8), magic32...), uint32(*s)), nil
}

func (s *sum32a) MarshalBinary() ([]byte, error) {
	return put32(append(make([]byte, 0, 8), magic32a...), uint32(*s)), nil
}

func (s *sum64) MarshalBinary() ([]byte, error) {
	return put64(append(make([]byte, 0, 12), magic64...), uint64(*s)), nil
}

func (s *sum64a) MarshalBinary() ([]byte, error) {
	return put64(append(make([]byte, 0, 12), magic64a...), uint64(*s)), nil
}

func (s *sum128) MarshalBinary() ([]byte, error) {
	return put64(put64(append(make([]byte, 0, 20), magic128...), s[0]), s[1]), nil
}

func (s *sum128a) MarshalBinary() ([]byte, error) {
	return put64(put64(append(make([]byte, 0, 20), magic128a...), s[0]), s[1]), nil
}

// checkState validates a marshaled state against its magic and size.
func checkState(b []byte, magic string, size int) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/fnv: invalid hash state identifier")
	}
	if len(b) != size {
		return errors.New("hash/fnv: invalid hash state size")
	}
	return nil
}

func (s *sum32) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic32, 8); err != nil {
		return err
	}
	*s = sum32(get32(b[4:]))
	return nil
}

func (s *sum32a) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic32a, 8); err != nil {
		return err
	}
	*s = sum32a(get32(b[4:]))
	return nil
}

func (s *sum64) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic64, 12); err != nil {
		return err
	}
	*s = sum64(get64(b[4:]))
	return nil
}

func (s *sum64a) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic64a, 12); err != nil {
		return err
	}
	*s = sum64a(get64(b[4:]))
	return nil
}

func (s *sum128) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic128, 20); err != nil {
		return err
	}
	s[0], s[1] = get64(b[4:]), get64(b[12:])
	return nil
}

func (s *sum128a) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic128a, 20); err != nil {
		return err
	}
	s[0], s[1] = get64(b[4:]), get64(b[12:])
	return nil
}
