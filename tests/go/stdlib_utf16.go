// unicode/utf16: IsSurrogate, EncodeRune, DecodeRune, Encode and Decode on
// the edges of the surrogate ranges and of the code space (negative runes,
// runes past U+10FFFF), unpaired and reversed surrogates, lengths and
// capacities of the results, and round trips of random runes from a
// xorshift generator.
package main

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

var state uint32 = 2463534242

func next() uint32 {
	state ^= state << 13
	state ^= state >> 17
	state ^= state << 5
	return state
}

func edges() []rune {
	var rs []rune
	for _, b := range []rune{0, 0x7f, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFD, 0xFFFF, 0x10000,
		0x1F600, 0x10FFFF, 0x110000, 0x7FFFFFFF, -0x80000000} {
		for d := rune(-1); d <= 1; d++ {
			rs = append(rs, b+d)
		}
	}
	return append(rs, -1, -0xD800, 'a', 'é', '世', utf8.RuneError, utf8.MaxRune)
}

func show(name string, v interface{}) {
	switch s := v.(type) {
	case []uint16:
		fmt.Printf("%s: %#04x len %d cap %d nil %v\n", name, s, len(s), cap(s), s == nil)
	case []rune:
		fmt.Printf("%s: %#x len %d cap %d nil %v\n", name, s, len(s), cap(s), s == nil)
	}
}

func main() {
	for _, r := range edges() {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%#x: IsSurrogate %v EncodeRune %#x %#x DecodeRune(pair) %#x\n", r, utf16.IsSurrogate(r), r1, r2, utf16.DecodeRune(r1, r2))
	}
	// DecodeRune on every pair of edge values
	es := edges()
	n := 0
	for _, r1 := range es {
		line := fmt.Sprintf("DecodeRune(%#x, ...):", r1)
		for _, r2 := range es {
			if d := utf16.DecodeRune(r1, r2); d != utf8.RuneError {
				line += fmt.Sprintf(" %#x->%#x", r2, d)
				n++
			}
		}
		fmt.Println(line)
	}
	fmt.Println("valid pairs:", n)
	fmt.Println("IsSurrogate count:", func() int {
		c := 0
		for r := rune(-10); r < 0x11000; r++ {
			if utf16.IsSurrogate(r) {
				c++
			}
		}
		return c
	}())

	show("Encode(nil)", utf16.Encode(nil))
	show("Encode([]rune{})", utf16.Encode([]rune{}))
	show("Decode(nil)", utf16.Decode(nil))
	show("Decode([]uint16{})", utf16.Decode([]uint16{}))
	show("Encode(edges)", utf16.Encode(es))
	show("Encode(Hello, 世界 🙂)", utf16.Encode([]rune("Hello, 世界 🙂")))
	// invalid runes take one unit (U+FFFD) though room was made for two
	show("Encode(invalid)", utf16.Encode([]rune{0x110000, -1, 0xD800, 0xDFFF, 0x7FFFFFFF}))
	show("Encode(mixed)", utf16.Encode([]rune{0x10000, 0x110000, 'x', 0x10FFFF}))

	units := [][]uint16{
		{0xD83D, 0xDE42},                 // 🙂
		{0xD83D},                         // high surrogate alone
		{0xDE42},                         // low surrogate alone
		{0xDE42, 0xD83D},                 // reversed pair
		{0xD83D, 0xD83D, 0xDE42},         // high, then a pair
		{0xD83D, 'a', 0xDE42},            // separated
		{0xDBFF, 0xDFFF, 0xD800, 0xDC00}, // U+10FFFF, U+10000
		{'a', 0xD7FF, 0xE000, 0xFFFF, 0xFFFD, 0},
		{0xDC00, 0xDC00, 0xD800},
	}
	for i, u := range units {
		d := utf16.Decode(u)
		show(fmt.Sprintf("Decode(units[%d])", i), d)
		fmt.Printf("  %q -> re-encoded %#04x\n", string(d), utf16.Encode(d))
	}

	// random runes: valid ones round-trip, others become U+FFFD
	var all []rune
	bad := 0
	var sum uint32
	for i := 0; i < 400; i++ {
		var r rune
		switch i % 4 {
		case 0:
			r = rune(next() % 0x110000)
		case 1:
			r = rune(0xD000 + next()%0x2000) // around the surrogates
		case 2:
			r = rune(next()) // anything, negative included
		case 3:
			r = rune(0x10000 + next()%0x100000)
		}
		all = append(all, r)
		r1, r2 := utf16.EncodeRune(r)
		valid := utf8.ValidRune(r)
		switch {
		case r >= 0x10000 && valid:
			if utf16.DecodeRune(r1, r2) != r || !utf16.IsSurrogate(r1) || !utf16.IsSurrogate(r2) {
				bad++
			}
		default:
			if r1 != utf8.RuneError || r2 != utf8.RuneError {
				bad++
			}
		}
		sum = sum*31 + uint32(r1)*7 + uint32(r2)
		if i%20 == 0 {
			fmt.Printf("rand %#x: %#x %#x\n", r, r1, r2)
		}
	}
	enc := utf16.Encode(all)
	dec := utf16.Decode(enc)
	fmt.Println("random:", len(all), "runes,", len(enc), "units, cap", cap(enc), "decoded", len(dec), "cap", cap(dec), "bad", bad, "sum", sum)
	same, fixed := 0, 0
	for i, r := range all {
		if dec[i] == r {
			same++
		} else if dec[i] == utf8.RuneError && !utf8.ValidRune(r) {
			fixed++
		}
	}
	fmt.Println("round trip: same", same, "replaced", fixed, "of", len(all))

	// random unit sequences, surrogates frequent
	var h uint32
	for i := 0; i < 300; i++ {
		u := make([]uint16, next()%10)
		for j := range u {
			if next()%2 == 0 {
				u[j] = uint16(0xD800 + next()%0x800)
			} else {
				u[j] = uint16(next())
			}
		}
		d := utf16.Decode(u)
		for _, r := range d {
			h = h*33 + uint32(r)
		}
		h = h*33 + uint32(len(d))
		if i%30 == 0 {
			fmt.Printf("units %#04x -> %#x\n", u, d)
		}
	}
	fmt.Println("random units checksum", h)
}
