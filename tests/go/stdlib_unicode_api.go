package main

import (
	"fmt"
	"sort"
	"unicode"
)

func names(m map[string]*unicode.RangeTable) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func main() {
	fmt.Println(len(unicode.Scripts), len(unicode.Properties), len(unicode.Categories))
	fmt.Println(names(unicode.FoldCategory), names(unicode.FoldScript))
	runes := []rune{'a', 'A', 'z', '0', ' ', '\t', '_', '-', 'é', 'ß', 'Σ', 'ς', 'ж', 'Ж', 'א', 'ا', '中', 'あ', 'ア', '한',
		'ก', 'ब', '\u0300', '\u200d', '\ufeff', '\U0001e900', '\U0001f600', '\U00010000', '\u1e00', '\u2160',
		'\u0f00', '\u1200', '\u13a0', '\u1780', '\u1820', '\ua000', '\U00016a40', '\U0001e800', 'K', 'k', '\u212a',
		0x10ffff, -1, 0x110000, '\u0345', '\u03b9', '\u1fbe', 'ǅ', 'ǆ', 'Ǆ'}
	for _, s := range names(unicode.Scripts) {
		var in []rune
		for _, r := range runes {
			if unicode.Is(unicode.Scripts[s], r) {
				in = append(in, r)
			}
		}
		n := 0
		for r := rune(0); r <= 0x10ffff; r += 97 {
			if unicode.Is(unicode.Scripts[s], r) {
				n++
			}
		}
		fmt.Printf("script %s %q %d\n", s, in, n)
	}
	for _, s := range names(unicode.Properties) {
		n := 0
		for r := rune(0); r <= 0x10ffff; r += 61 {
			if unicode.Is(unicode.Properties[s], r) {
				n++
			}
		}
		fmt.Printf("prop %s %d\n", s, n)
	}
	for _, m := range []map[string]*unicode.RangeTable{unicode.FoldCategory, unicode.FoldScript} {
		for _, s := range names(m) {
			var in []rune
			for r := rune(0); r <= 0x1ffff; r += 3 {
				if unicode.Is(m[s], r) {
					in = append(in, r)
				}
			}
			if len(in) > 6 {
				in = in[:6]
			}
			fmt.Printf("fold %s %q\n", s, in)
		}
	}
	fmt.Println(unicode.Is(unicode.Adlam, '\U0001e900'), unicode.Is(unicode.Cherokee, '\u13a0'), unicode.Is(unicode.Ethiopic, '\u1200'),
		unicode.Is(unicode.Khmer, '\u1780'), unicode.Is(unicode.Tibetan, '\u0f00'), unicode.Is(unicode.Yi, '\ua000'),
		unicode.Is(unicode.Latin, '\u13a0'), unicode.Is(unicode.ASCII_Hex_Digit, 'f'), unicode.Is(unicode.ASCII_Hex_Digit, 'g'),
		unicode.Is(unicode.Dash, '-'), unicode.Is(unicode.Hyphen, '-'), unicode.Is(unicode.Other_Math, '^'),
		unicode.Is(unicode.Pattern_White_Space, '\u200e'), unicode.Is(unicode.Regional_Indicator, '\U0001f1e6'),
		unicode.Is(unicode.Sentence_Terminal, '.'), unicode.Is(unicode.Variation_Selector, '\ufe0f'))
	fmt.Println(unicode.In('\u13a0', unicode.Latin, unicode.Cherokee), unicode.IsOneOf([]*unicode.RangeTable{unicode.Han, unicode.Yi}, 'x'))
	fmt.Println(len(unicode.CaseRanges), unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1])
	up := 0
	for _, cr := range unicode.CaseRanges {
		if cr.Delta[0] == unicode.UpperLower {
			up++
		}
	}
	fmt.Println(up, unicode.CaseRanges[100], unicode.CaseRanges[200])
	fmt.Println(unicode.SpecialCase(unicode.CaseRanges[:3]).ToUpper('a'), unicode.TurkishCase.ToUpper('i'))
}
