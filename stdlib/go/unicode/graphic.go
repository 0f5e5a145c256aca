package unicode

// IsGraphic reports whether the rune is defined as a Graphic by Unicode:
// letters, marks, numbers, punctuation, symbols, and spaces (L, M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxASCII {
		return ' ' <= r && r <= '~'
	}
	return isPrint(r) || packedHas(tabZs, r)
}

// IsPrint reports whether the rune is defined as printable by Go: letters,
// marks, numbers, punctuation, symbols, and the ASCII space character (L, M,
// N, P, S and U+0020). Other spaces such as U+00A0 are not printable.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxASCII {
		return ' ' <= r && r <= '~'
	}
	return isPrint(r)
}

func isPrint(r rune) bool {
	return packedHas(tabL, r) || packedHas(tabM, r) || packedHas(tabN, r) ||
		packedHas(tabP, r) || packedHas(tabS, r)
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsControl reports whether the rune is a control character: the C (Other)
// Unicode category includes more code points such as surrogates; use Is(C, r)
// to test for them.
func IsControl(r rune) bool {
	return (0 <= r && r < 0x20) || (0x7F <= r && r <= 0x9F)
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxASCII {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
	}
	return packedHas(tabL, r)
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return false
	}
	return packedHas(tabM, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxASCII {
		return '0' <= r && r <= '9'
	}
	return packedHas(tabN, r)
}

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if uint32(r) <= MaxASCII {
		return '0' <= r && r <= '9'
	}
	return packedHas(tabNd, r)
}

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxASCII {
		return ('!' <= r && r <= '/' && r != '$' && r != '+') ||
			(':' <= r && r <= '@' && r != '<' && r != '=' && r != '>') ||
			('[' <= r && r <= '_' && r != '^') || r == '{' || r == '}'
	}
	return packedHas(tabP, r)
}

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White Space property; in the Latin-1 space this is
// '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return packedHas(tabWhite_Space, r)
}

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxASCII {
		switch r {
		case '$', '+', '<', '=', '>', '^', '`', '|', '~':
			return true
		}
		return false
	}
	return packedHas(tabS, r)
}
