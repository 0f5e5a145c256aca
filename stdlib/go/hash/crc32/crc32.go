// Package crc32 implements the 32-bit cyclic redundancy check, or CRC-32,
// checksum (goro's version of Go's hash/crc32 package: same API and results,
// computed a byte at a time from the table). Polynomials are represented in
// LSB-first (reversed) form. The hashes New returns also implement
// MarshalBinary and UnmarshalBinary with Go's state format.
package crc32

import (
	"errors"
	"hash"
)

// The size of a CRC-32 checksum in bytes.
const Size = 4

// Predefined polynomials.
const (
	// IEEE is by far and away the most common CRC-32 polynomial.
	IEEE = 0xedb88320

	// Castagnoli's polynomial, used in iSCSI.
	Castagnoli = 0x82f63b78

	// Koopman's polynomial.
	Koopman = 0xeb31d82e
)

// Table is a 256-word table representing the polynomial for efficient
// processing.
type Table [256]uint32

// IEEETable is the table for the IEEE polynomial.
var IEEETable = buildTable(IEEE)

// castagnoliTable is what MakeTable(Castagnoli) always returns (as
// MakeTable(IEEE) returns IEEETable).
var castagnoliTable = buildTable(Castagnoli)

func buildTable(poly uint32) *Table {
	t := new(Table)
	for i := range t {
		r := uint32(i)
		for k := 0; k < 8; k++ {
			if r&1 == 1 {
				r = r>>1 ^ poly
			} else {
				r >>= 1
			}
		}
		t[i] = r
	}
	return t
}

// MakeTable returns a Table constructed from the specified polynomial.
// The contents of this Table must not be modified.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		return castagnoliTable
	}
	return buildTable(poly)
}

// Update returns the result of adding the bytes in p to the crc.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	r := ^crc
	for _, c := range p {
		r = tab[byte(r)^c] ^ r>>8
	}
	return ^r
}

// Checksum returns the CRC-32 checksum of data using the polynomial
// represented by the Table.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE returns the CRC-32 checksum of data using the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

// digest is the running CRC of New.
type digest struct {
	crc uint32
	tab *Table
}

// New creates a new hash.Hash32 computing the CRC-32 checksum using the
// polynomial represented by the Table. Its Sum method lays the value out in
// big-endian byte order.
func New(tab *Table) hash.Hash32 {
	return &digest{0, tab}
}

// NewIEEE creates a new hash.Hash32 computing the CRC-32 checksum using the
// IEEE polynomial.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return 1 }

func (d *digest) Reset() { d.crc = 0 }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return d.crc }

func (d *digest) Sum(in []byte) []byte {
	return appendBE(in, d.crc)
}

func appendBE(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func readBE(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

// A marshaled state: "crc\x01", the IEEE CRC of the table's words in
// big-endian order (to tell tables apart), then the crc.
const (
	stateMagic = "crc\x01"
	stateSize  = len(stateMagic) + 4 + 4
)

func tableID(t *Table) uint32 {
	var words []byte
	if t != nil {
		words = make([]byte, 0, 4*len(t))
		for _, w := range t {
			words = appendBE(words, w)
		}
	}
	return ChecksumIEEE(words)
}

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, stateSize)
	b = append(b, stateMagic...)
	b = appendBE(b, tableID(d.tab))
	return appendBE(b, d.crc), nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(stateMagic) || string(b[:len(stateMagic)]) != stateMagic {
		return errors.New("hash/crc32: invalid hash state identifier")
	}
	if len(b) != stateSize {
		return errors.New("hash/crc32: invalid hash state size")
	}
	if tableID(d.tab) != readBE(b[4:]) {
		return errors.New("hash/crc32: tables do not match")
	}
	d.crc = readBE(b[8:])
	return nil
}
