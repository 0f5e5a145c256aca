package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
	"strings"
)

type algo struct {
	name string
	mk   func() hash.Hash
	sum  func([]byte) []byte
}

var algos = []algo{
	{"md5", md5.New, func(b []byte) []byte { s := md5.Sum(b); return s[:] }},
	{"sha1", sha1.New, func(b []byte) []byte { s := sha1.Sum(b); return s[:] }},
	{"sha224", sha256.New224, func(b []byte) []byte { s := sha256.Sum224(b); return s[:] }},
	{"sha256", sha256.New, func(b []byte) []byte { s := sha256.Sum256(b); return s[:] }},
	{"sha384", sha512.New384, func(b []byte) []byte { s := sha512.Sum384(b); return s[:] }},
	{"sha512", sha512.New, func(b []byte) []byte { s := sha512.Sum512(b); return s[:] }},
	{"sha512/224", sha512.New512_224, func(b []byte) []byte { s := sha512.Sum512_224(b); return s[:] }},
	{"sha512/256", sha512.New512_256, func(b []byte) []byte { s := sha512.Sum512_256(b); return s[:] }},
}

type marshaler interface {
	MarshalBinary() ([]byte, error)
	UnmarshalBinary([]byte) error
}

func pattern(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*31 + 7 + i/256)
	}
	return b
}

func main() {
	fmt.Println("constants:", md5.Size, md5.BlockSize, sha1.Size, sha1.BlockSize,
		sha256.Size, sha256.Size224, sha256.BlockSize,
		sha512.Size, sha512.Size224, sha512.Size256, sha512.Size384, sha512.BlockSize)

	vectors := []string{
		"",
		"a",
		"abc",
		"message digest",
		"abcdefghijklmnopqrstuvwxyz",
		"The quick brown fox jumps over the lazy dog",
		"The quick brown fox jumps over the lazy dog.",
		"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
		"12345678901234567890123456789012345678901234567890123456789012345678901234567890",
		"日本語 \x00\xff",
	}
	million := []byte(strings.Repeat("a", 1000000))
	for _, a := range algos {
		h := a.mk()
		fmt.Printf("%s: Size %d BlockSize %d\n", a.name, h.Size(), h.BlockSize())
		for _, v := range vectors {
			fmt.Printf("  %q\n    %x\n", v, a.sum([]byte(v)))
		}
		switch a.name {
		case "md5", "sha1", "sha256", "sha512": // (the others share their block functions)
			fmt.Printf("  million a: %x\n", a.sum(million))
		}
	}

	// Every length 0..300: one-shot Sum, New+Write+Sum, and a digest of all.
	data := pattern(1200)
	for _, a := range algos {
		all := sha256.New()
		ok := true
		for n := 0; n <= 300; n++ {
			one := a.sum(data[:n])
			h := a.mk()
			h.Write(data[:n])
			if !bytes.Equal(h.Sum(nil), one) {
				ok = false
			}
			all.Write(one)
			switch n {
			case 0, 1, 55, 56, 57, 63, 64, 65, 111, 112, 113, 119, 127, 128, 129, 255, 256, 300:
				fmt.Printf("%s len %d: %x\n", a.name, n, one)
			}
		}
		fmt.Printf("%s lengths 0..300: agree %v, digest of digests %x\n", a.name, ok, all.Sum(nil))
	}

	// Streaming: writes split at odd sizes give the one-shot sum; Sum does
	// not disturb the state; Sum appends to its argument.
	splits := [][]int{{1}, {2, 3}, {5, 7, 11}, {63, 1}, {64}, {65, 127}, {128, 129, 0}, {13, 200, 3, 555}}
	for _, a := range algos {
		want := a.sum(data)
		for _, sp := range splits {
			h := a.mk()
			rest := data
			var mid []byte
			for i := 0; len(rest) > 0; i++ {
				k := sp[i%len(sp)]
				if k > len(rest) {
					k = len(rest)
				}
				n, err := h.Write(rest[:k])
				if n != k || err != nil {
					fmt.Println("Write returned", n, err)
				}
				rest = rest[k:]
				if i == 3 {
					mid = h.Sum(nil)
				}
			}
			got := h.Sum(nil)
			again := h.Sum(nil)
			fmt.Printf("%s split %v: %v %v mid %x\n", a.name, sp, bytes.Equal(got, want), bytes.Equal(again, want), mid[:4])
		}
		h := a.mk()
		h.Write([]byte("abc"))
		prefix := []byte("prefix:")
		out := h.Sum(prefix)
		fmt.Printf("%s Sum(prefix) %q... len %d prefix intact %q\n", a.name, out[:7], len(out), prefix)
		big := make([]byte, 3, 100)
		copy(big, "xyz")
		out = h.Sum(big)
		fmt.Printf("%s Sum(cap 100) %x\n", a.name, out)
		h.Write([]byte("def"))
		fmt.Printf("%s after more writes: %v\n", a.name, bytes.Equal(h.Sum(nil), a.sum([]byte("abcdef"))))
		h.Reset()
		fmt.Printf("%s after Reset: %x\n", a.name, h.Sum(nil))
		h.Write(data[:100])
		h.Reset()
		h.Write([]byte("abc"))
		fmt.Printf("%s Reset then abc: %v\n", a.name, bytes.Equal(h.Sum(nil), a.sum([]byte("abc"))))
	}

	// State marshaling: identical states, resumable, Go's errors.
	for _, a := range algos {
		h := a.mk()
		h.Write(data[:77])
		st, err := h.(marshaler).MarshalBinary()
		fmt.Printf("%s state %d bytes %v: %x...%x\n", a.name, len(st), err, st[:12], st[len(st)-8:])
		h2 := a.mk()
		fmt.Println("  unmarshal:", h2.(marshaler).UnmarshalBinary(st))
		h.Write(data[77:500])
		h2.Write(data[77:500])
		fmt.Println("  resumed equal:", bytes.Equal(h.Sum(nil), h2.Sum(nil)), bytes.Equal(h2.Sum(nil), a.sum(data[:500])))
		fmt.Println("  short:", h2.(marshaler).UnmarshalBinary(st[:len(st)-1]))
		fmt.Println("  long:", h2.(marshaler).UnmarshalBinary(append(st, 0)))
		fmt.Println("  empty:", h2.(marshaler).UnmarshalBinary(nil))
		bad := append([]byte(nil), st...)
		bad[3] ^= 0x40
		fmt.Println("  bad id:", h2.(marshaler).UnmarshalBinary(bad))
		for _, b := range algos {
			if b.name != a.name {
				fmt.Print(" ", b.mk().(marshaler).UnmarshalBinary(st) == nil)
			}
		}
		fmt.Println()
	}
}
