package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func isPow2(x uint) bool { return x != 0 && x&(x-1) == 0 }

func nextPow2(x uint32) uint32 {
	x--
	x |= x >> 1
	x |= x >> 2
	x |= x >> 4
	x |= x >> 8
	x |= x >> 16
	return x + 1
}

var crcTable [256]uint32

func init() {
	for i := range crcTable {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func crc32(data []byte) uint32 {
	c := ^uint32(0)
	for _, b := range data {
		c = crcTable[byte(c)^b] ^ (c >> 8)
	}
	return ^c
}

func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

type xorshift struct{ s uint64 }

func (x *xorshift) next() uint64 {
	x.s ^= x.s << 13
	x.s ^= x.s >> 7
	x.s ^= x.s << 17
	return x.s
}

func rotl32(x uint32, k uint) uint32 { return x<<k | x>>(32-k) }

func murmurMix(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := []byte("---")
	if p&Read != 0 {
		s[0] = 'r'
	}
	if p&Write != 0 {
		s[1] = 'w'
	}
	if p&Exec != 0 {
		s[2] = 'x'
	}
	return string(s)
}

func main() {
	for _, x := range []uint64{0, 1, 255, 1 << 63, 0xFFFFFFFFFFFFFFFF, 0xA5A5} {
		fmt.Print(popcount(x), " ")
	}
	fmt.Println()
	fmt.Printf("%032b\n%032b\n", uint32(0b1011), reverseBits(0b1011))
	fmt.Println(isPow2(64), isPow2(96), isPow2(0), nextPow2(17), nextPow2(1024), nextPow2(1<<31-5))
	fmt.Printf("crc32(\"hello world\") = %08x\n", crc32([]byte("hello world")))
	fmt.Printf("crc32(\"\") = %08x, table[1] = %08x\n", crc32(nil), crcTable[1])
	for _, s := range []string{"", "a", "goro", "The quick brown fox"} {
		fmt.Printf("fnv1a(%q) = %016x\n", s, fnv1a(s))
	}
	rng := &xorshift{88172645463325252}
	for i := 0; i < 4; i++ {
		fmt.Print(rng.next(), " ")
	}
	fmt.Println()
	fmt.Printf("%08x %08x %08x\n", rotl32(0x80000001, 1), rotl32(0x12345678, 8), murmurMix(42))
	var p Perm = Read | Exec
	fmt.Println(p, p|Write, p&^Read, Perm(0), Write)
	fmt.Printf("%v %d %03b\n", p, p, p)
	// signed/unsigned tricks
	var x int32 = -17
	fmt.Println(x>>1, int32(uint32(x)>>1), x&0xF, -x&x, x^-1)
	var y uint8 = 0b1001_0110
	fmt.Printf("%08b %08b %08b %08b\n", y<<3, y>>3, y&-y, y|y-1)
	var counts [8]int
	for i := uint64(0); i < 1000; i++ {
		counts[popcount(i*2654435761)%8]++
	}
	fmt.Println(counts)
}
