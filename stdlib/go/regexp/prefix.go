package regexp

import (
	"strings"
	"unicode/utf8"
)

// literalPrefix computes what Go's LiteralPrefix reports: the literal text
// every match starts with, and whether it is the whole expression.
func literalPrefix(root *node, p *prog) (string, bool) {
	if p.onePass() {
		// Go runs such a pattern one-pass: the prefix is the literal after ^,
		// complete if $ follows it.
		var b strings.Builder
		pc := p.inst[p.start].out
		for p.inst[pc].op == iNop {
			pc = p.inst[pc].out
		}
		for p.inst[pc].op == iRune1 && p.inst[pc].r != utf8.RuneError {
			b.WriteRune(p.inst[pc].r)
			pc = p.inst[pc].out
		}
		in := &p.inst[pc]
		complete := b.Len() > 0 && in.op == iEmpty && in.arg&eEndText != 0 && p.inst[in.out].op == iMatch
		return b.String(), complete
	}
	var b strings.Builder
	full := leadInto(&b, simplify(root))
	return b.String(), full
}

// onePass approximates Go's one-pass test: the program starts with \A,
// reaches Match only through \z, and at every alternation the branches start
// with different runes and at most one can match "".
func (p *prog) onePass() bool {
	st := &p.inst[p.start]
	if st.op != iEmpty || st.arg&eBeginText == 0 {
		return false
	}
	for pc := range p.inst {
		in := &p.inst[pc]
		switch in.op {
		case iMatch, iFail:
		case iAlt:
			if p.inst[in.out].op == iMatch || p.inst[in.arg].op == iMatch {
				return false
			}
		case iEmpty:
			if p.inst[in.out].op == iMatch && in.arg&eEndText == 0 {
				return false
			}
		default:
			if p.inst[in.out].op == iMatch {
				return false
			}
		}
	}
	return p.onePassLike()
}

func leadLiteral(n *node) (string, bool) {
	var b strings.Builder
	full := leadInto(&b, n)
	return b.String(), full
}

// isPlainLiteral reports whether n is a rune matched case-sensitively.
func isPlainLiteral(n *node) bool {
	return n.op == opLiteral && n.flags&fFoldCase == 0 && n.r != utf8.RuneError
}

// leadInto writes the literal text every match of n starts with and
// reports whether n matches exactly that text.
func leadInto(b *strings.Builder, n *node) bool {
	switch n.op {
	case opLiteral:
		if isPlainLiteral(n) {
			b.WriteRune(n.r)
			return true
		}
		return false
	case opEmpty:
		return true
	case opCapture:
		return leadInto(b, n.subs[0])
	case opConcat:
		for _, s := range n.subs {
			if !leadInto(b, s) {
				return false
			}
		}
		return true
	case opRepeat:
		if n.min == 0 {
			return n.max == 0
		}
		var sb strings.Builder
		full := leadInto(&sb, n.subs[0])
		if !full {
			b.WriteString(sb.String())
			return false
		}
		for i := 0; i < n.min; i++ {
			b.WriteString(sb.String())
		}
		return n.max == n.min
	case opPlus:
		if n.subs[0].op == opEmpty {
			return true
		}
		leadInto(b, n.subs[0])
		return false
	case opStar, opQuest:
		return n.subs[0].op == opEmpty
	case opAlternate:
		// Go factors out the common literal prefix of the branches
		raw := n.subs
		if n.orig != nil {
			raw = n.orig.subs
		}
		allEmpty := true
		for _, s := range raw {
			if s.op != opEmpty {
				allEmpty = false
			}
		}
		if allEmpty {
			return true
		}
		var leads []string
		var rests []bool
		for _, s := range raw {
			l, rest := branchLead(s)
			leads = append(leads, l)
			rests = append(rests, rest)
		}
		common := leads[0]
		for _, l := range leads[1:] {
			i := 0
			for i < len(common) && i < len(l) && common[i] == l[i] {
				i++
			}
			common = common[:i]
		}
		for len(common) > 0 && !utf8.ValidString(common) {
			common = common[:len(common)-1]
		}
		b.WriteString(common)
		if common == "" {
			return false
		}
		for i, l := range leads {
			if len(l) != len(common) || rests[i] {
				return false
			}
		}
		return true
	}
	return false
}

// branchLead returns the literal text at the start of an alternation branch
// and whether anything follows it.
func branchLead(n *node) (string, bool) {
	var b strings.Builder
	rest := leadPlain(&b, n)
	return b.String(), rest
}

// leadPlain writes the plain literals at the start of n (looking into
// concatenations only) and reports whether anything follows them.
func leadPlain(b *strings.Builder, n *node) bool {
	switch n.op {
	case opEmpty:
		return false
	case opConcat:
		for _, s := range n.subs {
			if leadPlain(b, s) {
				return true
			}
		}
		return false
	}
	if isPlainLiteral(n) {
		b.WriteRune(n.r)
		return false
	}
	return true
}

// onePassLike approximates Go's one-pass test: at every alternation the
// branches start with different runes and at most one can match "".
func (p *prog) onePassLike() bool {
	seen := make([]bool, len(p.inst))
	for pc := range p.inst {
		in := &p.inst[pc]
		if in.op != iAlt {
			continue
		}
		var a1, a2 [4]uint32
		for i := range seen {
			seen[i] = false
		}
		n1, m1 := p.firstSet(in.out, &a1, seen)
		for i := range seen {
			seen[i] = false
		}
		n2, m2 := p.firstSet(in.arg, &a2, seen)
		if m1 && m2 || n1 && n2 {
			return false
		}
		for i := 0; i < 4; i++ {
			if a1[i]&a2[i] != 0 {
				return false
			}
		}
	}
	return true
}

// firstSet collects the runes that can start a match from pc (ASCII ones in
// ascii; nonASCII if others can) and whether pc reaches Match without one.
func (p *prog) firstSet(pc int, ascii *[4]uint32, seen []bool) (nonASCII, match bool) {
	if seen[pc] {
		return
	}
	seen[pc] = true
	in := &p.inst[pc]
	add := func(r rune) {
		if r >= 0 && r < 128 {
			ascii[r>>5] |= 1 << uint(r&31)
		} else {
			nonASCII = true
		}
	}
	switch in.op {
	case iMatch:
		match = true
	case iAlt:
		n1, m1 := p.firstSet(in.out, ascii, seen)
		n2, m2 := p.firstSet(in.arg, ascii, seen)
		nonASCII, match = n1 || n2, m1 || m2
	case iNop, iCapture, iEmpty:
		nonASCII, match = p.firstSet(in.out, ascii, seen)
	case iRune1:
		add(in.r)
	case iRuneFold:
		add(in.r)
		for _, f := range in.folds {
			add(f)
		}
	case iClass:
		for i := 0; i < 4; i++ {
			ascii[i] |= in.cls.ascii[i]
		}
		nonASCII = true
	case iAny, iAnyNotNL:
		for i := 0; i < 4; i++ {
			ascii[i] = 0xffffffff
		}
		nonASCII = true
	}
	return
}
