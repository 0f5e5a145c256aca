package regexp

// The compiler: a parsed expression into a program for the Pike VM (a
// Thompson NFA whose alternations are ordered by priority).

import (
	"unicode"
	"unicode/utf8"
)

// instruction operators
const (
	iFail = iota
	iMatch
	iRune1    // the rune r
	iRuneFold // the rune r or one of its case forms (folds)
	iClass    // a rune of cls
	iAny      // any rune
	iAnyNotNL // any rune but \n
	iAlt      // try out, then arg
	iCapture  // record the position in slot arg
	iEmpty    // the empty-width conditions arg hold
	iNop
)

// empty-width conditions
const (
	eBeginLine = 1 << iota
	eEndLine
	eBeginText
	eEndText
	eWordBoundary
	eNoWordBoundary
)

type inst struct {
	op    int
	out   int
	arg   int
	r     rune
	folds []rune
	cls   *charClass
}

// charClass is a compiled character class.
type charClass struct {
	ascii [4]uint32 // membership of the runes < 128
	def   *classDef
	// fast path for a class of plain ranges
	plain  bool
	ranges []rune
}

func (c *charClass) matches(r rune) bool {
	if r >= 0 && r < 128 {
		return c.ascii[r>>5]&(1<<uint(r&31)) != 0
	}
	if c.plain {
		return inRanges(c.ranges, r)
	}
	return c.def.has(r)
}

func inRanges(rs []rune, r rune) bool {
	lo, hi := 0, len(rs)/2
	for lo < hi {
		m := (lo + hi) / 2
		if r < rs[2*m] {
			hi = m
		} else if r > rs[2*m+1] {
			lo = m + 1
		} else {
			return true
		}
	}
	return false
}

func (it *classItem) direct(r rune) bool {
	switch it.kind {
	case itemRanges:
		return inRanges(it.ranges, r)
	case itemTable:
		return unicode.Is(it.tab, r)
	}
	return true // itemAll
}

func (it *classItem) has(r rune) bool {
	in := it.direct(r)
	if !in && it.fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if it.direct(f) {
				in = true
				break
			}
		}
	}
	return in != it.neg
}

func (c *classDef) has(r rune) bool {
	for i := range c.items {
		if c.items[i].has(r) {
			return !c.neg
		}
	}
	return c.neg
}

func compileClass(def *classDef) *charClass {
	c := &charClass{def: def}
	for r := rune(0); r < 128; r++ {
		if def.has(r) {
			c.ascii[r>>5] |= 1 << uint(r&31)
		}
	}
	if !def.neg && len(def.items) == 1 && def.items[0].kind == itemRanges && !def.items[0].neg && !def.items[0].fold {
		c.plain = true
		c.ranges = def.items[0].ranges
	}
	return c
}

// prog is a compiled program.
type prog struct {
	inst     []inst
	start    int
	numCap   int // number of capture slots (2 * (groups + 1))
	hasEmpty bool
}

// frag is a compiled fragment: its entry, its dangling exits (encoded as
// inst index * 2 + 0 for out, + 1 for arg) and whether it can match "".
type frag struct {
	i        int
	out      []int
	nullable bool
}

type compiler struct {
	p *prog
}

func (c *compiler) emit(op int) int {
	c.p.inst = append(c.p.inst, inst{op: op})
	return len(c.p.inst) - 1
}

func (c *compiler) patch(l []int, target int) {
	for _, x := range l {
		if x&1 == 0 {
			c.p.inst[x>>1].out = target
		} else {
			c.p.inst[x>>1].arg = target
		}
	}
}

func compileProg(re *node, ncap int) *prog {
	c := &compiler{p: &prog{numCap: 2 * (ncap + 1)}}
	c.emit(iFail) // pc 0 fails
	f := c.compile(simplify(re))
	m := c.emit(iMatch)
	c.patch(f.out, m)
	c.p.start = f.i
	return c.p
}

func (c *compiler) fail() frag {
	return frag{}
}

func (c *compiler) nop() frag {
	i := c.emit(iNop)
	return frag{i: i, out: []int{i << 1}, nullable: true}
}

func (c *compiler) single(op int) frag {
	i := c.emit(op)
	return frag{i: i, out: []int{i << 1}}
}

func (c *compiler) empty(cond int) frag {
	i := c.emit(iEmpty)
	c.p.inst[i].arg = cond
	c.p.hasEmpty = true
	return frag{i: i, out: []int{i << 1}, nullable: true}
}

func (c *compiler) cap(slot int) frag {
	i := c.emit(iCapture)
	c.p.inst[i].arg = slot
	return frag{i: i, out: []int{i << 1}, nullable: true}
}

func (c *compiler) cat(f1, f2 frag) frag {
	if f1.i == 0 || f2.i == 0 {
		return frag{}
	}
	c.patch(f1.out, f2.i)
	return frag{i: f1.i, out: f2.out, nullable: f1.nullable && f2.nullable}
}

func (c *compiler) alt(f1, f2 frag) frag {
	if f1.i == 0 {
		return f2
	}
	if f2.i == 0 {
		return f1
	}
	i := c.emit(iAlt)
	c.p.inst[i].out = f1.i
	c.p.inst[i].arg = f2.i
	out := append(append([]int(nil), f1.out...), f2.out...)
	return frag{i: i, out: out, nullable: f1.nullable || f2.nullable}
}

func (c *compiler) quest(f1 frag, nongreedy bool) frag {
	i := c.emit(iAlt)
	var out []int
	if nongreedy {
		c.p.inst[i].arg = f1.i
		out = []int{i << 1}
	} else {
		c.p.inst[i].out = f1.i
		out = []int{i<<1 | 1}
	}
	out = append(out, f1.out...)
	return frag{i: i, out: out, nullable: true}
}

// loop is the main loop of x+ and of x* (for an x that cannot match "").
func (c *compiler) loop(f1 frag, nongreedy bool) frag {
	i := c.emit(iAlt)
	var out []int
	if nongreedy {
		c.p.inst[i].arg = f1.i
		out = []int{i << 1}
	} else {
		c.p.inst[i].out = f1.i
		out = []int{i<<1 | 1}
	}
	c.patch(f1.out, i)
	return frag{i: i, out: out, nullable: true}
}

func (c *compiler) star(f1 frag, nongreedy bool) frag {
	if f1.nullable {
		// (x+)? keeps the priorities right when x can match ""
		return c.quest(c.plus(f1, nongreedy), nongreedy)
	}
	return c.loop(f1, nongreedy)
}

func (c *compiler) plus(f1 frag, nongreedy bool) frag {
	return frag{i: f1.i, out: c.loop(f1, nongreedy).out, nullable: f1.nullable}
}

// simplify rewrites counted repetitions as Go's simplifier does (x{2,5}
// is xx(x(x(x)?)?)?, x{2,} is xx+) and drops repetitions of the empty
// expression and repetitions directly inside one of the same kind.
func simplify(re *node) *node {
	switch re.op {
	case opCapture, opConcat, opAlternate:
		var subs []*node
		changed := false
		for _, s := range re.subs {
			ns := simplify(s)
			subs = append(subs, ns)
			if ns != s {
				changed = true
			}
		}
		if !changed {
			return re
		}
		n := *re
		n.subs = subs
		n.orig = re
		return &n
	case opStar, opPlus, opQuest:
		sub := simplify(re.subs[0])
		return simplify1(re.op, re.flags, sub, re)
	case opRepeat:
		if re.min == 0 && re.max == 0 {
			return &node{op: opEmpty}
		}
		sub := simplify(re.subs[0])
		if re.max == -1 {
			if re.min == 0 {
				return simplify1(opStar, re.flags, sub, nil)
			}
			if re.min == 1 {
				return simplify1(opPlus, re.flags, sub, nil)
			}
			n := &node{op: opConcat}
			for i := 0; i < re.min-1; i++ {
				n.subs = append(n.subs, sub)
			}
			n.subs = append(n.subs, simplify1(opPlus, re.flags, sub, nil))
			return n
		}
		if re.min == 1 && re.max == 1 {
			return sub
		}
		var prefix *node
		if re.min > 0 {
			prefix = &node{op: opConcat}
			for i := 0; i < re.min; i++ {
				prefix.subs = append(prefix.subs, sub)
			}
		}
		if re.max > re.min {
			suffix := simplify1(opQuest, re.flags, sub, nil)
			for i := re.min + 1; i < re.max; i++ {
				cat := &node{op: opConcat, subs: []*node{sub, suffix}}
				suffix = simplify1(opQuest, re.flags, cat, nil)
			}
			if prefix == nil {
				return suffix
			}
			prefix.subs = append(prefix.subs, suffix)
		}
		if prefix != nil {
			return prefix
		}
		return &node{op: opNoMatch}
	}
	return re
}

func simplify1(op, flags int, sub, re *node) *node {
	if sub.op == opEmpty {
		return sub
	}
	if op == sub.op && flags&fNonGreedy == sub.flags&fNonGreedy {
		return sub
	}
	if re != nil && re.op == op && re.flags&fNonGreedy == flags&fNonGreedy && sub == re.subs[0] {
		return re
	}
	return &node{op: op, flags: flags & fNonGreedy, subs: []*node{sub}}
}

func (c *compiler) compile(re *node) frag {
	switch re.op {
	case opNoMatch:
		return c.fail()
	case opEmpty:
		return c.nop()
	case opLiteral:
		if re.flags&fFoldCase != 0 {
			i := c.emit(iRuneFold)
			c.p.inst[i].r = re.r
			var folds []rune
			for f := unicode.SimpleFold(re.r); f != re.r; f = unicode.SimpleFold(f) {
				folds = append(folds, f)
			}
			c.p.inst[i].folds = folds
			return frag{i: i, out: []int{i << 1}}
		}
		i := c.emit(iRune1)
		c.p.inst[i].r = re.r
		return frag{i: i, out: []int{i << 1}}
	case opClass:
		i := c.emit(iClass)
		c.p.inst[i].cls = compileClass(re.cls)
		return frag{i: i, out: []int{i << 1}}
	case opAny:
		return c.single(iAny)
	case opAnyNotNL:
		return c.single(iAnyNotNL)
	case opBeginLine:
		return c.empty(eBeginLine)
	case opEndLine:
		return c.empty(eEndLine)
	case opBeginText:
		return c.empty(eBeginText)
	case opEndText:
		return c.empty(eEndText)
	case opWordBoundary:
		return c.empty(eWordBoundary)
	case opNoWordBoundary:
		return c.empty(eNoWordBoundary)
	case opCapture:
		bra := c.cap(2 * re.cap)
		sub := c.compile(re.subs[0])
		ket := c.cap(2*re.cap + 1)
		return c.cat(c.cat(bra, sub), ket)
	case opStar:
		return c.star(c.compile(re.subs[0]), re.flags&fNonGreedy != 0)
	case opPlus:
		return c.plus(c.compile(re.subs[0]), re.flags&fNonGreedy != 0)
	case opQuest:
		return c.quest(c.compile(re.subs[0]), re.flags&fNonGreedy != 0)
	case opConcat:
		if len(re.subs) == 0 {
			return c.nop()
		}
		var f frag
		for j, sub := range re.subs {
			if j == 0 {
				f = c.compile(sub)
			} else {
				f = c.cat(f, c.compile(sub))
			}
		}
		return f
	case opAlternate:
		var f frag
		for _, sub := range re.subs {
			f = c.alt(f, c.compile(sub))
		}
		return f
	}
	return c.fail()
}

// maxInst is the program size beyond which Go's compiler gives up.
const maxInst = 128 << 20 / 40

// progSize estimates the number of instructions the simplified tree n
// compiles to.
func progSize(n *node) int {
	s := 0
	switch n.op {
	case opCapture:
		s = 2 + progSize(n.subs[0])
	case opConcat:
		for _, x := range n.subs {
			s += progSize(x)
			if s > maxInst {
				break
			}
		}
	case opAlternate:
		for _, x := range n.subs {
			s += progSize(x) + 1
			if s > maxInst {
				break
			}
		}
	case opStar, opQuest, opPlus:
		s = progSize(n.subs[0]) + 2
	case opRepeat:
		sub := progSize(n.subs[0])
		k := n.max
		if k < n.min {
			k = n.min
		}
		s = (sub + 1) * (k + 1)
	default:
		s = 1
	}
	return s
}

// ---- analysis for the matcher's fast paths

// startInfo computes the set of possible first bytes of a match (nil if
// any byte may start one, or if the empty string may match) and whether
// every match must start at the beginning of the text.
func (p *prog) startInfo() (first []bool, anchored bool) {
	// anchored: the instructions before the first branch or rune include \A
	pc := p.start
	for {
		in := &p.inst[pc]
		if in.op == iNop || in.op == iCapture {
			pc = in.out
			continue
		}
		if in.op == iEmpty {
			if in.arg&eBeginText != 0 {
				anchored = true
			}
			pc = in.out
			continue
		}
		break
	}
	first = make([]bool, 256)
	seen := make([]bool, len(p.inst))
	stack := []int{p.start}
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		in := &p.inst[pc]
		switch in.op {
		case iFail:
		case iMatch, iAny, iAnyNotNL:
			return nil, anchored
		case iAlt:
			stack = append(stack, in.out, in.arg)
		case iNop, iCapture, iEmpty:
			stack = append(stack, in.out)
		case iRune1:
			addFirst(first, in.r)
		case iRuneFold:
			addFirst(first, in.r)
			for _, f := range in.folds {
				addFirst(first, f)
			}
		case iClass:
			for b := 0; b < 128; b++ {
				if in.cls.matches(rune(b)) {
					first[b] = true
				}
			}
			for b := 128; b < 256; b++ {
				first[b] = true
			}
		}
	}
	return first, anchored
}

func addFirst(first []bool, r rune) {
	if r < utf8.RuneSelf && r >= 0 {
		first[r] = true
		return
	}
	if r == utf8.RuneError {
		// invalid bytes decode as RuneError
		for b := 128; b < 256; b++ {
			first[b] = true
		}
		return
	}
	s := string(r)
	first[s[0]] = true
}
