package regexp

// The parser: RE2 syntax (see `go doc regexp/syntax`) into a tree of nodes,
// with Go's error codes and offending-text rules.

import (
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// parse flags (the values of syntax.Flags)
const (
	fFoldCase      = int(syntax.FoldCase)
	fClassNL       = int(syntax.ClassNL)
	fDotNL         = int(syntax.DotNL)
	fOneLine       = int(syntax.OneLine)
	fNonGreedy     = int(syntax.NonGreedy)
	fPerlX         = int(syntax.PerlX)
	fUnicodeGroups = int(syntax.UnicodeGroups)
	fPerl          = int(syntax.Perl)
	fPOSIX         = int(syntax.POSIX)
)

// node operators
const (
	opNoMatch = iota
	opEmpty
	opLiteral
	opClass
	opAnyNotNL
	opAny
	opBeginLine
	opEndLine
	opBeginText
	opEndText
	opWordBoundary
	opNoWordBoundary
	opCapture
	opStar
	opPlus
	opQuest
	opRepeat
	opConcat
	opAlternate
	opPseudo // markers on the parse stack only
	opLeftParen
	opVerticalBar
)

const maxRepeat = 1000
const maxHeight = 1000

// node is one node of the parsed expression.
type node struct {
	op    int
	flags int // fFoldCase for literals; fNonGreedy for repetitions; saved flags for opLeftParen
	r     rune
	cls   *classDef
	subs  []*node
	min   int
	max   int
	cap   int
	name  string
	orig  *node // the node a simplified node was made from
}

// class items
const (
	itemRanges = iota // explicit sorted ranges (pairs lo, hi)
	itemTable         // a unicode table
	itemAll           // every rune (\p{Any})
)

type classItem struct {
	kind   int
	ranges []rune
	tab    *unicode.RangeTable
	neg    bool // the item is the complement of its set
	fold   bool // the item holds the case-fold closure of its set
}

// classDef is a character class: the union of its items, complemented if neg.
type classDef struct {
	items []classItem
	neg   bool
}

type parser struct {
	flags  int
	stack  []*node
	numCap int
	names  []string // names[i] is the name of group i (names[0] = "")
	whole  string
}

func newError(code syntax.ErrorCode, expr string) error {
	return &syntax.Error{Code: code, Expr: expr}
}

func isPseudo(n *node) bool { return n.op > opPseudo }

func (p *parser) push(n *node) {
	p.stack = append(p.stack, n)
}

// literal pushes the literal rune r under the current flags.
func (p *parser) literal(r rune) {
	n := &node{op: opLiteral, r: r}
	if p.flags&fFoldCase != 0 && unicode.SimpleFold(r) != r {
		n.flags = fFoldCase
	}
	p.push(n)
}

// nextRune decodes the first rune of s.
func nextRune(s string) (rune, string, error) {
	c, size := utf8.DecodeRuneInString(s)
	if c == utf8.RuneError && size == 1 {
		return 0, "", newError(syntax.ErrInvalidUTF8, s)
	}
	return c, s[size:], nil
}

func checkUTF8(s string) error {
	for s != "" {
		c, size := utf8.DecodeRuneInString(s)
		if c == utf8.RuneError && size == 1 {
			return newError(syntax.ErrInvalidUTF8, s)
		}
		s = s[size:]
	}
	return nil
}

func isalnum(c rune) bool {
	return '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
}

func unhex(c rune) rune {
	if '0' <= c && c <= '9' {
		return c - '0'
	}
	if 'a' <= c && c <= 'f' {
		return c - 'a' + 10
	}
	if 'A' <= c && c <= 'F' {
		return c - 'A' + 10
	}
	return -1
}

// parseRegexp parses expr under flags.
func parseRegexp(expr string, flags int) (*parser, *node, error) {
	p := &parser{flags: flags, whole: expr, names: []string{""}}
	t := expr
	lastRepeat := ""
	var err error
	for t != "" {
		repeat := ""
		switch t[0] {
		case '(':
			if p.flags&fPerlX != 0 && len(t) >= 2 && t[1] == '?' {
				t, err = p.parsePerlFlags(t)
				if err != nil {
					return nil, nil, err
				}
				break
			}
			p.numCap++
			p.names = append(p.names, "")
			p.push(&node{op: opLeftParen, cap: p.numCap, flags: p.flags})
			t = t[1:]
		case '|':
			p.concat()
			p.push(&node{op: opVerticalBar})
			t = t[1:]
		case ')':
			if err = p.parseRightParen(); err != nil {
				return nil, nil, err
			}
			t = t[1:]
		case '^':
			if p.flags&fOneLine != 0 {
				p.push(&node{op: opBeginText})
			} else {
				p.push(&node{op: opBeginLine})
			}
			t = t[1:]
		case '$':
			if p.flags&fOneLine != 0 {
				p.push(&node{op: opEndText})
			} else {
				p.push(&node{op: opEndLine})
			}
			t = t[1:]
		case '.':
			if p.flags&fDotNL != 0 {
				p.push(&node{op: opAny})
			} else {
				p.push(&node{op: opAnyNotNL})
			}
			t = t[1:]
		case '[':
			t, err = p.parseClass(t)
			if err != nil {
				return nil, nil, err
			}
		case '*', '+', '?':
			before := t
			op := opStar
			if t[0] == '+' {
				op = opPlus
			} else if t[0] == '?' {
				op = opQuest
			}
			after := t[1:]
			after, err = p.repeat(op, 0, 0, before, after, lastRepeat)
			if err != nil {
				return nil, nil, err
			}
			repeat = before
			t = after
		case '{':
			before := t
			min, max, after, ok := parseRepeat(t)
			if !ok {
				// not a repetition: { is a literal
				p.literal('{')
				t = t[1:]
				break
			}
			if min < 0 || min > maxRepeat || max > maxRepeat || max >= 0 && min > max {
				return nil, nil, newError(syntax.ErrInvalidRepeatSize, before[:len(before)-len(after)])
			}
			after, err = p.repeat(opRepeat, min, max, before, after, lastRepeat)
			if err != nil {
				return nil, nil, err
			}
			repeat = before
			t = after
		case '\\':
			if p.flags&fPerlX != 0 && len(t) >= 2 {
				done := true
				switch t[1] {
				case 'A':
					p.push(&node{op: opBeginText})
					t = t[2:]
				case 'b':
					p.push(&node{op: opWordBoundary})
					t = t[2:]
				case 'B':
					p.push(&node{op: opNoWordBoundary})
					t = t[2:]
				case 'C':
					return nil, nil, newError(syntax.ErrInvalidEscape, t[:2])
				case 'Q':
					lit := t[2:]
					rest := ""
					if i := strings.Index(lit, `\E`); i >= 0 {
						lit, rest = lit[:i], lit[i+2:]
					}
					t = rest
					for lit != "" {
						c, r, err := nextRune(lit)
						if err != nil {
							return nil, nil, err
						}
						p.literal(c)
						lit = r
					}
				case 'z':
					p.push(&node{op: opEndText})
					t = t[2:]
				default:
					done = false
				}
				if done {
					break
				}
			}
			if len(t) >= 2 && (t[1] == 'p' || t[1] == 'P') {
				cls, rest, err := p.parseUnicodeClass(t, nil)
				if err != nil {
					return nil, nil, err
				}
				if cls != nil {
					p.pushClass(cls)
					t = rest
					break
				}
			}
			if cls, rest := p.parsePerlClassEscape(t, nil); cls != nil {
				p.pushClass(cls)
				t = rest
				break
			}
			var c rune
			c, t, err = p.parseEscape(t)
			if err != nil {
				return nil, nil, err
			}
			p.literal(c)
		default:
			var c rune
			c, t, err = nextRune(t)
			if err != nil {
				return nil, nil, err
			}
			p.literal(c)
		}
		lastRepeat = repeat
	}
	p.concat()
	p.alternate()
	if len(p.stack) != 1 {
		return nil, nil, newError(syntax.ErrMissingParen, expr)
	}
	root := p.stack[0]
	if height(root) > maxHeight {
		return nil, nil, newError(syntax.ErrNestingDepth, expr)
	}
	return p, root, nil
}

func height(n *node) int {
	h := 1
	for _, s := range n.subs {
		if x := height(s) + 1; x > h {
			h = x
		}
	}
	return h
}

// pushClass pushes a class node made of the given items (a single-rune
// class becomes a literal).
func (p *parser) pushClass(items []classItem) {
	p.push(makeClassNode(&classDef{items: items}))
}

func makeClassNode(c *classDef) *node {
	if !c.neg && len(c.items) == 1 {
		it := c.items[0]
		if it.kind == itemRanges && !it.neg && len(it.ranges) == 2 && it.ranges[0] == it.ranges[1] {
			r := it.ranges[0]
			n := &node{op: opLiteral, r: r}
			if it.fold && unicode.SimpleFold(r) != r {
				n.flags = fFoldCase
			}
			return n
		}
	}
	return &node{op: opClass, cls: c}
}

// parseRepeat parses {min}, {min,} or {min,max} at the start of s.
func parseRepeat(s string) (min, max int, rest string, ok bool) {
	if s == "" || s[0] != '{' {
		return
	}
	s = s[1:]
	var ok1 bool
	if min, s, ok1 = parseInt(s); !ok1 {
		return
	}
	if s == "" {
		return
	}
	if s[0] != ',' {
		max = min
	} else {
		s = s[1:]
		if s == "" {
			return
		}
		if s[0] == '}' {
			max = -1
		} else if max, s, ok1 = parseInt(s); !ok1 {
			return
		} else if max < 0 {
			min = -1
		}
	}
	if s == "" || s[0] != '}' {
		return
	}
	rest = s[1:]
	ok = true
	return
}

// parseInt parses a decimal number without leading zeros (-1 if too big).
func parseInt(s string) (n int, rest string, ok bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return
	}
	if len(s) >= 2 && s[0] == '0' && '0' <= s[1] && s[1] <= '9' {
		return
	}
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	digits := s[:i]
	rest = s[i:]
	ok = true
	for j := 0; j < len(digits); j++ {
		if n >= 100000000 {
			n = -1
			break
		}
		n = n*10 + int(digits[j]-'0')
	}
	return
}

func (p *parser) repeat(op, min, max int, before, after, lastRepeat string) (string, error) {
	flags := p.flags & fNonGreedy
	if p.flags&fPerlX != 0 {
		if len(after) > 0 && after[0] == '?' {
			after = after[1:]
			flags ^= fNonGreedy
		}
		if lastRepeat != "" {
			return "", newError(syntax.ErrInvalidRepeatOp, lastRepeat[:len(lastRepeat)-len(after)])
		}
	}
	n := len(p.stack)
	if n == 0 || isPseudo(p.stack[n-1]) {
		return "", newError(syntax.ErrMissingRepeatArgument, before[:len(before)-len(after)])
	}
	re := &node{op: op, min: min, max: max, flags: flags, subs: []*node{p.stack[n-1]}}
	p.stack[n-1] = re
	if op == opRepeat && (min >= 2 || max >= 2) && !repeatIsValid(re, maxRepeat) {
		return "", newError(syntax.ErrInvalidRepeatSize, before[:len(before)-len(after)])
	}
	return after, nil
}

// repeatIsValid reports whether the nested counted repetitions of re stay
// within n copies.
func repeatIsValid(re *node, n int) bool {
	if re.op == opRepeat {
		m := re.max
		if m == 0 {
			return true
		}
		if m < 0 {
			m = re.min
		}
		if m > n {
			return false
		}
		if m > 0 {
			n /= m
		}
	}
	for _, s := range re.subs {
		if !repeatIsValid(s, n) {
			return false
		}
	}
	return true
}

// concat replaces the nodes above the topmost marker by their concatenation.
func (p *parser) concat() {
	i := len(p.stack)
	for i > 0 && !isPseudo(p.stack[i-1]) {
		i--
	}
	items := p.stack[i:]
	var n *node
	switch len(items) {
	case 0:
		n = &node{op: opEmpty}
	case 1:
		n = items[0]
	default:
		n = &node{op: opConcat, subs: append([]*node(nil), items...)}
	}
	p.stack = append(p.stack[:i], n)
}

// alternate replaces the branches (separated by | markers) above the
// topmost ( marker by their alternation.
func (p *parser) alternate() {
	i := len(p.stack)
	for i > 0 && p.stack[i-1].op != opLeftParen {
		i--
	}
	var subs []*node
	for _, n := range p.stack[i:] {
		if n.op != opVerticalBar {
			subs = append(subs, n)
		}
	}
	var n *node
	if len(subs) == 1 {
		n = subs[0]
	} else {
		n = &node{op: opAlternate, subs: subs}
	}
	p.stack = append(p.stack[:i], n)
}

func (p *parser) parseRightParen() error {
	p.concat()
	p.alternate()
	n := len(p.stack)
	if n < 2 {
		return newError(syntax.ErrUnexpectedParen, p.whole)
	}
	re1 := p.stack[n-1]
	re2 := p.stack[n-2]
	p.stack = p.stack[:n-2]
	if re2.op != opLeftParen {
		return newError(syntax.ErrUnexpectedParen, p.whole)
	}
	p.flags = re2.flags
	if re2.cap == 0 {
		p.push(re1)
	} else {
		p.push(&node{op: opCapture, cap: re2.cap, name: re2.name, subs: []*node{re1}})
	}
	return nil
}

func isValidCaptureName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if c != '_' && !isalnum(c) {
			return false
		}
	}
	return true
}

// parsePerlFlags parses (?P<name>, (?flags) and (?flags: at the start of s.
func (p *parser) parsePerlFlags(s string) (string, error) {
	t := s
	if len(t) > 4 && t[2] == 'P' && t[3] == '<' {
		end := strings.IndexByte(t, '>')
		if end < 0 {
			if err := checkUTF8(t); err != nil {
				return "", err
			}
			return "", newError(syntax.ErrInvalidNamedCapture, s)
		}
		capture := t[:end+1]
		name := t[4:end]
		if err := checkUTF8(name); err != nil {
			return "", err
		}
		if !isValidCaptureName(name) {
			return "", newError(syntax.ErrInvalidNamedCapture, capture)
		}
		p.numCap++
		p.names = append(p.names, name)
		p.push(&node{op: opLeftParen, cap: p.numCap, name: name, flags: p.flags})
		return t[end+1:], nil
	}
	t = t[2:]
	flags := p.flags
	sign := 1
	sawFlag := false
	for t != "" {
		c, rest, err := nextRune(t)
		if err != nil {
			return "", err
		}
		t = rest
		switch c {
		case 'i':
			flags |= fFoldCase
			sawFlag = true
			continue
		case 'm':
			flags &^= fOneLine
			sawFlag = true
			continue
		case 's':
			flags |= fDotNL
			sawFlag = true
			continue
		case 'U':
			flags |= fNonGreedy
			sawFlag = true
			continue
		case '-':
			if sign < 0 {
				break
			}
			sign = -1
			flags = ^flags
			sawFlag = false
			continue
		case ':', ')':
			if sign < 0 {
				if !sawFlag {
					break
				}
				flags = ^flags
			}
			if c == ':' {
				p.push(&node{op: opLeftParen, flags: p.flags})
			}
			p.flags = flags
			return t, nil
		}
		break
	}
	return "", newError(syntax.ErrInvalidPerlOp, s[:len(s)-len(t)])
}

// parseEscape parses a single-rune escape at the start of s.
func (p *parser) parseEscape(s string) (rune, string, error) {
	t := s[1:]
	if t == "" {
		return 0, "", newError(syntax.ErrTrailingBackslash, "")
	}
	c, t, err := nextRune(t)
	if err != nil {
		return 0, "", err
	}
	switch c {
	case '1', '2', '3', '4', '5', '6', '7', '0':
		if c != '0' && (t == "" || t[0] < '0' || t[0] > '7') {
			break // a backreference: unsupported
		}
		r := c - '0'
		for i := 1; i < 3; i++ {
			if t == "" || t[0] < '0' || t[0] > '7' {
				break
			}
			r = r*8 + rune(t[0]) - '0'
			t = t[1:]
		}
		return r, t, nil
	case 'x':
		if t == "" {
			break
		}
		c, t, err = nextRune(t)
		if err != nil {
			return 0, "", err
		}
		if c == '{' {
			nhex := 0
			r := rune(0)
			bad := false
			for {
				if t == "" {
					bad = true
					break
				}
				c, t, err = nextRune(t)
				if err != nil {
					return 0, "", err
				}
				if c == '}' {
					break
				}
				v := unhex(c)
				if v < 0 {
					bad = true
					break
				}
				r = r*16 + v
				if r > unicode.MaxRune {
					bad = true
					break
				}
				nhex++
			}
			if bad || nhex == 0 {
				break
			}
			return r, t, nil
		}
		x := unhex(c)
		c, t, err = nextRune(t)
		if err != nil {
			return 0, "", err
		}
		y := unhex(c)
		if x < 0 || y < 0 {
			break
		}
		return x*16 + y, t, nil
	case 'a':
		return '\a', t, nil
	case 'f':
		return '\f', t, nil
	case 'n':
		return '\n', t, nil
	case 'r':
		return '\r', t, nil
	case 't':
		return '\t', t, nil
	case 'v':
		return '\v', t, nil
	default:
		if c < utf8.RuneSelf && !isalnum(c) {
			return c, t, nil
		}
	}
	return 0, "", newError(syntax.ErrInvalidEscape, s[:len(s)-len(t)])
}

// ASCII groups: sorted ranges
var (
	rDigit = []rune{'0', '9'}
	rSpace = []rune{'\t', '\n', '\f', '\r', ' ', ' '}
	rWord  = []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
)

func perlGroup(name string) ([]rune, bool) {
	switch name {
	case `\d`, `\D`:
		return rDigit, name[1] == 'D'
	case `\s`, `\S`:
		return rSpace, name[1] == 'S'
	case `\w`, `\W`:
		return rWord, name[1] == 'W'
	}
	return nil, false
}

func posixGroup(name string) ([]rune, bool) {
	neg := false
	if len(name) > 2 && name[2] == '^' {
		neg = true
		name = name[:2] + name[3:]
	}
	var r []rune
	switch name {
	case "[:alnum:]":
		r = []rune{'0', '9', 'A', 'Z', 'a', 'z'}
	case "[:alpha:]":
		r = []rune{'A', 'Z', 'a', 'z'}
	case "[:ascii:]":
		r = []rune{0, 0x7f}
	case "[:blank:]":
		r = []rune{'\t', '\t', ' ', ' '}
	case "[:cntrl:]":
		r = []rune{0, 0x1f, 0x7f, 0x7f}
	case "[:digit:]":
		r = rDigit
	case "[:graph:]":
		r = []rune{'!', '~'}
	case "[:lower:]":
		r = []rune{'a', 'z'}
	case "[:print:]":
		r = []rune{' ', '~'}
	case "[:punct:]":
		r = []rune{'!', '/', ':', '@', '[', '`', '{', '~'}
	case "[:space:]":
		r = []rune{'\t', '\r', ' ', ' '}
	case "[:upper:]":
		r = []rune{'A', 'Z'}
	case "[:word:]":
		r = rWord
	case "[:xdigit:]":
		r = []rune{'0', '9', 'A', 'F', 'a', 'f'}
	}
	return r, neg
}

func (p *parser) groupItem(r []rune, neg bool) classItem {
	return classItem{kind: itemRanges, ranges: r, neg: neg, fold: p.flags&fFoldCase != 0}
}

// parsePerlClassEscape parses \d \D \s \S \w \W at the start of s (nil if none).
func (p *parser) parsePerlClassEscape(s string, items []classItem) ([]classItem, string) {
	if p.flags&fPerlX == 0 || len(s) < 2 || s[0] != '\\' {
		return nil, s
	}
	r, neg := perlGroup(s[:2])
	if r == nil {
		return nil, s
	}
	return append(items, p.groupItem(r, neg)), s[2:]
}

// parseNamedClass parses [:alpha:] and the like at the start of s.
func (p *parser) parseNamedClass(s string, items []classItem) ([]classItem, string, error) {
	if len(s) < 2 || s[0] != '[' || s[1] != ':' {
		return nil, s, nil
	}
	i := strings.Index(s[2:], ":]")
	if i < 0 {
		return nil, s, nil
	}
	i += 2
	name, rest := s[:i+2], s[i+2:]
	r, neg := posixGroup(name)
	if r == nil {
		return nil, "", newError(syntax.ErrInvalidCharRange, name)
	}
	return append(items, p.groupItem(r, neg)), rest, nil
}

// foldTables names the tables that are not closed under case folding.
var foldTables = map[string]bool{
	"L": true, "Ll": true, "Lt": true, "Lu": true, "M": true, "Mn": true,
	"Common": true, "Greek": true, "Inherited": true,
}

// parseUnicodeClass parses \pN, \p{Name}, \PN, \P{Name} at the start of s.
func (p *parser) parseUnicodeClass(s string, items []classItem) ([]classItem, string, error) {
	if p.flags&fUnicodeGroups == 0 || len(s) < 2 || s[0] != '\\' || s[1] != 'p' && s[1] != 'P' {
		return nil, s, nil
	}
	neg := s[1] == 'P'
	t := s[2:]
	c, t, err := nextRune(t)
	if err != nil {
		return nil, "", err
	}
	var seq, name string
	if c != '{' {
		seq = s[:len(s)-len(t)]
		name = seq[2:]
	} else {
		end := strings.IndexByte(s, '}')
		if end < 0 {
			if err := checkUTF8(s); err != nil {
				return nil, "", err
			}
			return nil, "", newError(syntax.ErrInvalidCharRange, s)
		}
		seq, t = s[:end+1], s[end+1:]
		name = s[3:end]
		if err := checkUTF8(name); err != nil {
			return nil, "", err
		}
	}
	if name != "" && name[0] == '^' {
		neg = !neg
		name = name[1:]
	}
	it := classItem{kind: itemTable, neg: neg}
	if name == "Any" {
		it.kind = itemAll
	} else if tab := unicode.Categories[name]; tab != nil {
		it.tab = tab
	} else if tab := unicode.Scripts[name]; tab != nil {
		it.tab = tab
	} else {
		return nil, "", newError(syntax.ErrInvalidCharRange, seq)
	}
	if p.flags&fFoldCase != 0 && foldTables[name] {
		it.fold = true
	}
	return append(items, it), t, nil
}

func (p *parser) parseClassChar(s, wholeClass string) (rune, string, error) {
	if s == "" {
		return 0, "", newError(syntax.ErrMissingBracket, wholeClass)
	}
	if s[0] == '\\' {
		return p.parseEscape(s)
	}
	return nextRune(s)
}

// parseClass parses a bracketed class [...] at the start of s.
func (p *parser) parseClass(s string) (string, error) {
	t := s[1:]
	cls := &classDef{}
	var items []classItem
	fold := p.flags&fFoldCase != 0
	if t != "" && t[0] == '^' {
		cls.neg = true
		t = t[1:]
		if p.flags&fClassNL == 0 {
			items = append(items, classItem{kind: itemRanges, ranges: []rune{'\n', '\n'}})
		}
	}
	var plain []rune  // ranges without folding
	var folded []rune // ranges to fold
	first := true
	for t == "" || t[0] != ']' || first {
		if t != "" && t[0] == '-' && p.flags&fPerlX == 0 && !first && (len(t) == 1 || t[1] != ']') {
			_, size := utf8.DecodeRuneInString(t[1:])
			return "", newError(syntax.ErrInvalidCharRange, t[:1+size])
		}
		first = false
		if len(t) > 2 && t[0] == '[' && t[1] == ':' {
			nitems, rest, err := p.parseNamedClass(t, items)
			if err != nil {
				return "", err
			}
			if nitems != nil {
				items, t = nitems, rest
				continue
			}
		}
		nitems, rest, err := p.parseUnicodeClass(t, items)
		if err != nil {
			return "", err
		}
		if nitems != nil {
			items, t = nitems, rest
			continue
		}
		if nitems, rest := p.parsePerlClassEscape(t, items); nitems != nil {
			items, t = nitems, rest
			continue
		}
		rng := t
		var lo, hi rune
		if lo, t, err = p.parseClassChar(t, s); err != nil {
			return "", err
		}
		hi = lo
		if len(t) >= 2 && t[0] == '-' && t[1] != ']' {
			t = t[1:]
			if hi, t, err = p.parseClassChar(t, s); err != nil {
				return "", err
			}
			if hi < lo {
				return "", newError(syntax.ErrInvalidCharRange, rng[:len(rng)-len(t)])
			}
		}
		if fold && hasFold(lo, hi) {
			folded = append(folded, lo, hi)
		} else {
			plain = append(plain, lo, hi)
		}
	}
	t = t[1:]
	if len(folded) > 0 {
		folded = cleanRanges(folded)
		if small := foldClosure(folded); small != nil {
			plain = append(plain, small...)
		} else {
			items = append(items, classItem{kind: itemRanges, ranges: folded, fold: true})
		}
	}
	if len(plain) > 0 {
		items = append(items, classItem{kind: itemRanges, ranges: cleanRanges(plain)})
	}
	cls.items = items
	p.push(makeClassNode(cls))
	return t, nil
}

// hasFold reports whether some rune of [lo, hi] has other case forms.
func hasFold(lo, hi rune) bool {
	if hi-lo > 64 {
		return true
	}
	for r := lo; r <= hi; r++ {
		if unicode.SimpleFold(r) != r {
			return true
		}
	}
	return false
}

// foldClosure returns the case-fold closure of the ranges r as ranges, or
// nil if r is too big to expand.
func foldClosure(r []rune) []rune {
	n := 0
	for i := 0; i < len(r); i += 2 {
		n += int(r[i+1]-r[i]) + 1
	}
	if n > 512 {
		return nil
	}
	out := append([]rune(nil), r...)
	for i := 0; i < len(r); i += 2 {
		for c := r[i]; c <= r[i+1]; c++ {
			for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
				out = append(out, f, f)
			}
		}
	}
	return cleanRanges(out)
}

// cleanRanges sorts and merges the ranges r (pairs lo, hi).
func cleanRanges(r []rune) []rune {
	// insertion sort by lo (the lists are short)
	for i := 2; i < len(r); i += 2 {
		lo, hi := r[i], r[i+1]
		j := i
		for j > 0 && (r[j-2] > lo || r[j-2] == lo && r[j-1] > hi) {
			r[j], r[j+1] = r[j-2], r[j-1]
			j -= 2
		}
		r[j], r[j+1] = lo, hi
	}
	out := r[:0]
	for i := 0; i < len(r); i += 2 {
		lo, hi := r[i], r[i+1]
		if len(out) > 0 && lo <= out[len(out)-1]+1 {
			if hi > out[len(out)-1] {
				out[len(out)-1] = hi
			}
			continue
		}
		out = append(out, lo, hi)
	}
	return out
}
