// Package utf16 implements encoding and decoding of UTF-16 sequences
// (goro's version of Go's unicode/utf16; same API and results).
package utf16

const (
	replacementChar = '\uFFFD'     // Unicode replacement character
	maxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
)

const (
	// 0xd800-0xdc00 holds the first (high) halves of surrogate pairs,
	// 0xdc00-0xe000 the second (low) halves; each carries 10 bits of a code
	// point from surrSelf up, less surrSelf.
	surr1    = 0xd800
	surr2    = 0xdc00
	surr3    = 0xe000
	surrSelf = 0x10000
)

// IsSurrogate reports whether the specified Unicode code point
// can appear in a surrogate pair.
func IsSurrogate(r rune) bool {
	return surr1 <= r && r < surr3
}

// DecodeRune returns the UTF-16 decoding of a surrogate pair.
// If the pair is not a valid UTF-16 surrogate pair, DecodeRune returns
// the Unicode replacement code point U+FFFD.
func DecodeRune(r1, r2 rune) rune {
	if surr1 <= r1 && r1 < surr2 && surr2 <= r2 && r2 < surr3 {
		return surrSelf + (r1-surr1)<<10 + (r2 - surr2)
	}
	return replacementChar
}

// EncodeRune returns the UTF-16 surrogate pair r1, r2 for the given rune.
// If the rune is not a valid Unicode code point or does not need encoding,
// EncodeRune returns U+FFFD, U+FFFD.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < surrSelf || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= surrSelf
	return surr1 + r>>10, surr2 + r&0x3ff
}

// Encode returns the UTF-16 encoding of the Unicode code point sequence s.
func Encode(s []rune) []uint16 {
	// Room for a pair for every rune from surrSelf up (also those past
	// maxRune, which take one unit: the result may be shorter than its
	// capacity, as Go's is).
	n := len(s)
	for _, r := range s {
		if r >= surrSelf {
			n++
		}
	}
	a := make([]uint16, n)
	n = 0
	for _, r := range s {
		switch {
		case 0 <= r && r < surr1, surr3 <= r && r < surrSelf:
			a[n] = uint16(r)
			n++
		case surrSelf <= r && r <= maxRune:
			r1, r2 := EncodeRune(r)
			a[n] = uint16(r1)
			a[n+1] = uint16(r2)
			n += 2
		default: // negative, a surrogate, or past maxRune
			a[n] = replacementChar
			n++
		}
	}
	return a[:n]
}

// Decode returns the Unicode code point sequence represented
// by the UTF-16 encoding s.
func Decode(s []uint16) []rune {
	a := make([]rune, len(s))
	n := 0
	for i := 0; i < len(s); i++ {
		u := rune(s[i])
		switch {
		case u < surr1 || u >= surr3:
			a[n] = u
		case u < surr2 && i+1 < len(s) && surr2 <= s[i+1] && s[i+1] < surr3:
			a[n] = DecodeRune(u, rune(s[i+1]))
			i++
		default: // an unpaired surrogate
			a[n] = replacementChar
		}
		n++
	}
	return a[:n]
}
