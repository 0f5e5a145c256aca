// hash, hash/fnv and hash/crc32: FNV-1/FNV-1a at 32, 64 and 128 bits and
// CRC-32 with the IEEE, Castagnoli, Koopman and other polynomials on known
// vectors and pseudo-random data (xorshift), through the hash.Hash,
// hash.Hash32 and hash.Hash64 interfaces; Sum appending to non-empty slices,
// Reset, split writes, MakeTable/Update/Checksum, the tables, and the
// MarshalBinary/UnmarshalBinary state and its errors.
package main

import (
	"bytes"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
)

var rng uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	rng ^= rng << 13
	rng ^= rng >> 7
	rng ^= rng << 17
	return rng
}

func randBytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(next() >> 11)
	}
	return b
}

type marshaler interface {
	MarshalBinary() ([]byte, error)
	UnmarshalBinary([]byte) error
}

type namedHash struct {
	name string
	mk   func() hash.Hash
}

var vectors = []string{"", "a", "ab", "abc", "foobar", "hello world", "The quick brown fox jumps over the lazy dog",
	"\x00", "\x00\x00\x00\x00", "\xff\xfe\xfd", "123456789"}

func main() {
	hashes := []namedHash{
		{"fnv32", func() hash.Hash { return fnv.New32() }},
		{"fnv32a", func() hash.Hash { return fnv.New32a() }},
		{"fnv64", func() hash.Hash { return fnv.New64() }},
		{"fnv64a", func() hash.Hash { return fnv.New64a() }},
		{"fnv128", fnv.New128},
		{"fnv128a", fnv.New128a},
		{"crc32ieee", func() hash.Hash { return crc32.NewIEEE() }},
		{"crc32c", func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Castagnoli)) }},
		{"crc32k", func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Koopman)) }},
		{"crc32x", func() hash.Hash { return crc32.New(crc32.MakeTable(0x12345678)) }},
	}
	for _, nh := range hashes {
		h := nh.mk()
		fmt.Printf("== %s %T size %d block %d empty %x\n", nh.name, h, h.Size(), h.BlockSize(), h.Sum(nil))
		for _, v := range vectors {
			h.Reset()
			n, err := io.WriteString(h, v)
			fmt.Printf("  %q: %x (%d %v)", v, h.Sum(nil), n, err)
			if h32, ok := h.(hash.Hash32); ok {
				fmt.Printf(" Sum32 %#08x", h32.Sum32())
			}
			if h64, ok := h.(hash.Hash64); ok {
				fmt.Printf(" Sum64 %#016x", h64.Sum64())
			}
			fmt.Println()
		}
		// Pseudo-random data in one write and split into odd pieces give
		// the same sum; Sum does not change the state.
		data := randBytes(1000)
		h.Reset()
		h.Write(data)
		whole := h.Sum(nil)
		h.Reset()
		for i, step := 0, 1; i < len(data); step = step*2 + 1 {
			end := i + step
			if end > len(data) {
				end = len(data)
			}
			h.Write(data[i:end])
			h.Sum(nil)
			i = end
		}
		split := h.Sum(nil)
		fmt.Printf("  random 1000: %x split same %v\n", whole, bytes.Equal(whole, split))
		// Sum appends to a non-empty slice, with and without spare capacity.
		prefix := []byte("prefix")
		out := h.Sum(prefix)
		fmt.Printf("  Sum(prefix) %q%x, prefix %q\n", out[:6], out[6:], prefix)
		roomy := make([]byte, 2, 64)
		roomy[0], roomy[1] = 0xaa, 0xbb
		out = h.Sum(roomy)
		fmt.Printf("  Sum(roomy) %x len %d cap-grew %v, backing shared %v\n", out, len(out), cap(out) != 64, &out[0] == &roomy[0])
		// Every length from 0 to 64 of more random data, digested.
		var sums []byte
		for n := 0; n <= 64; n++ {
			h.Reset()
			h.Write(randBytes(n))
			sums = h.Sum(sums)
		}
		h.Reset()
		h.Write(sums)
		fmt.Printf("  lengths 0..64: %x\n", h.Sum(nil))
		// Marshaled state: round trip into a fresh hash, then errors.
		h.Reset()
		h.Write([]byte("state"))
		m := h.(marshaler)
		state, err := m.MarshalBinary()
		fmt.Printf("  state %q %v\n", state, err)
		h2 := nh.mk()
		err = h2.(marshaler).UnmarshalBinary(state)
		h.Write([]byte(" more"))
		h2.Write([]byte(" more"))
		fmt.Printf("  restored %v same %v\n", err, bytes.Equal(h.Sum(nil), h2.Sum(nil)))
		fmt.Println("  bad:", h2.(marshaler).UnmarshalBinary(nil), h2.(marshaler).UnmarshalBinary([]byte("xyz\x01")),
			h2.(marshaler).UnmarshalBinary(state[:len(state)-1]), h2.(marshaler).UnmarshalBinary(append(state, 0)))
		other := []byte("fnv\x09")
		if state[0] == 'c' {
			other = []byte("crc\x02")
		}
		fmt.Println("  other magic:", h2.(marshaler).UnmarshalBinary(append(other, state[4:]...)))
	}

	// Cross-kind state errors for fnv.
	s32, _ := fnv.New32().(marshaler).MarshalBinary()
	fmt.Println(fnv.New32a().(marshaler).UnmarshalBinary(s32), fnv.New64().(marshaler).UnmarshalBinary(s32))
	// crc32 states record the table.
	c := crc32.NewIEEE()
	c.Write([]byte("abc"))
	cs, _ := c.(marshaler).MarshalBinary()
	fmt.Printf("%x\n", cs)
	fmt.Println(crc32.New(crc32.MakeTable(crc32.Castagnoli)).(marshaler).UnmarshalBinary(cs))
	fmt.Println(crc32.New(crc32.MakeTable(crc32.IEEE)).(marshaler).UnmarshalBinary(cs))
	fmt.Println(crc32.New(crc32.MakeTable(0xedb88320)).(marshaler).UnmarshalBinary(cs))
	var nilTab *crc32.Table
	nt := crc32.New(nilTab)
	ns, _ := nt.(marshaler).MarshalBinary()
	fmt.Printf("nil table state %x, size %d, sum %x\n", ns, nt.Size(), nt.Sum(nil))

	// Tables.
	fmt.Println(crc32.Size, crc32.IEEE, crc32.Castagnoli, crc32.Koopman)
	fmt.Println(crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.MakeTable(crc32.Castagnoli) == crc32.MakeTable(crc32.Castagnoli),
		crc32.MakeTable(crc32.Koopman) == crc32.MakeTable(crc32.Koopman))
	for _, poly := range []uint32{crc32.IEEE, crc32.Castagnoli, crc32.Koopman, 0, 1, 0x80000000, 0xffffffff} {
		t := crc32.MakeTable(poly)
		var x uint32
		for _, w := range t {
			x = x*31 + w
		}
		fmt.Printf("table %#x: %#x %#x %#x %#x mix %#x\n", poly, t[0], t[1], t[128], t[255], x)
	}
	var tab crc32.Table
	tab[1] = 7
	fmt.Println(len(tab), crc32.Checksum([]byte{1, 0, 1}, &tab))

	// Checksum, ChecksumIEEE and chained Update.
	data := randBytes(4096)
	for _, poly := range []uint32{crc32.IEEE, crc32.Castagnoli, crc32.Koopman, 0x04c11db7} {
		t := crc32.MakeTable(poly)
		whole := crc32.Checksum(data, t)
		var crc uint32
		for i := 0; i < len(data); i += 100 {
			end := i + 100
			if end > len(data) {
				end = len(data)
			}
			crc = crc32.Update(crc, t, data[i:end])
		}
		var lens []uint32
		for n := 0; n < 70; n += 3 {
			lens = append(lens, crc32.Checksum(data[n:2*n+1], t))
		}
		fmt.Printf("poly %#x: %#08x chained same %v, 123456789 %#08x, %x\n", poly, whole, crc == whole, crc32.Checksum([]byte("123456789"), t), lens)
	}
	fmt.Printf("%#08x %#08x %#08x\n", crc32.ChecksumIEEE(nil), crc32.ChecksumIEEE([]byte("123456789")), crc32.ChecksumIEEE(data))
	fmt.Printf("%#08x %#08x\n", crc32.Update(0xffffffff, crc32.IEEETable, nil), crc32.Update(12345, crc32.IEEETable, []byte("x")))

	// fnv on many pseudo-random messages, all six kinds.
	kinds := []func() hash.Hash{
		func() hash.Hash { return fnv.New32() },
		func() hash.Hash { return fnv.New32a() },
		func() hash.Hash { return fnv.New64() },
		func() hash.Hash { return fnv.New64a() },
		fnv.New128, fnv.New128a,
	}
	for k, mk := range kinds {
		h := mk()
		var acc []byte
		for trial := 0; trial < 200; trial++ {
			h.Reset()
			h.Write(randBytes(int(next() % 300)))
			acc = h.Sum(acc[:0:0])
			if trial%50 == 0 {
				fmt.Printf("fnv kind %d trial %d: %x\n", k, trial, acc)
			}
		}
	}
	// A hash.Hash64 used as a plain io.Writer.
	var w io.Writer = fnv.New64a()
	fmt.Fprintf(w, "%d-%s", 42, "x")
	fmt.Printf("%#x\n", w.(hash.Hash64).Sum64())
}
