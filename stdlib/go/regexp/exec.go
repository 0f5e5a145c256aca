package regexp

// The matcher: a Pike VM (an NFA simulation whose threads, kept in
// priority order, carry their capture positions). It runs in time linear
// in the length of the input times the size of the program.

import "unicode/utf8"

// queue is an ordered set of threads (a program counter and its captures).
type queue struct {
	mark []int // mark[pc] == gen: pc already visited in this round
	gen  int
	pcs  []int
	caps []int // ncap slots per thread
	n    int
}

func newQueue(ninst, ncap int) queue {
	return queue{mark: make([]int, ninst), gen: 1, pcs: make([]int, ninst), caps: make([]int, ninst*ncap)}
}

func (q *queue) clear() {
	q.n = 0
	q.gen++
}

// machine holds the state of one match; a Regexp makes one per call, so a
// Regexp is safe for concurrent use.
type machine struct {
	re       *Regexp
	p        *prog
	inst     []inst
	ncap     int
	longest  bool
	q0, q1   queue
	matched  bool
	matchcap []int
	startcap []int
}

func (re *Regexp) newMachine(ncap int) *machine {
	n := len(re.prog.inst)
	m := &machine{re: re, p: re.prog, inst: re.prog.inst, ncap: ncap, longest: re.longest}
	m.q0 = newQueue(n, ncap)
	m.q1 = newQueue(n, ncap)
	m.matchcap = make([]int, ncap)
	m.startcap = make([]int, ncap)
	return m
}

func isWordChar(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
}

// emptyContext returns the empty-width conditions that hold between the
// runes r1 and r2 (-1 at the ends of the text).
func emptyContext(r1, r2 rune) int {
	op := 0
	if r1 < 0 {
		op |= eBeginText | eBeginLine
	} else if r1 == '\n' {
		op |= eBeginLine
	}
	if r2 < 0 {
		op |= eEndText | eEndLine
	} else if r2 == '\n' {
		op |= eEndLine
	}
	if isWordChar(r1) != isWordChar(r2) {
		op |= eWordBoundary
	} else {
		op |= eNoWordBoundary
	}
	return op
}

// add adds the thread at pc (and the threads its empty transitions lead
// to, in priority order) to q.
func (m *machine) add(q *queue, pc, pos int, cap []int, cond int) {
	for pc != 0 && q.mark[pc] != q.gen {
		q.mark[pc] = q.gen
		in := &m.inst[pc]
		switch in.op {
		case iAlt:
			m.add(q, in.out, pos, cap, cond)
			pc = in.arg
		case iNop:
			pc = in.out
		case iEmpty:
			if in.arg&^cond != 0 {
				return
			}
			pc = in.out
		case iCapture:
			if in.arg < m.ncap {
				old := cap[in.arg]
				cap[in.arg] = pos
				m.add(q, in.out, pos, cap, cond)
				cap[in.arg] = old
				return
			}
			pc = in.out
		case iFail:
			return
		default:
			j := q.n
			q.pcs[j] = pc
			if m.ncap > 0 {
				copy(q.caps[j*m.ncap:j*m.ncap+m.ncap], cap)
			}
			q.n = j + 1
			return
		}
	}
}

// step runs the threads of runq on the rune c at pos, filling nextq.
func (m *machine) step(runq, nextq *queue, pos, nextPos int, c rune, nextCond int) {
	ncap := m.ncap
	for j := 0; j < runq.n; j++ {
		pc := runq.pcs[j]
		var cap []int
		if ncap > 0 {
			cap = runq.caps[j*ncap : j*ncap+ncap]
			if m.longest && m.matched && m.matchcap[0] < cap[0] {
				continue
			}
		}
		in := &m.inst[pc]
		ok := false
		switch in.op {
		case iRune1:
			ok = c == in.r
		case iClass:
			ok = c >= 0 && in.cls.matches(c)
		case iAnyNotNL:
			ok = c >= 0 && c != '\n'
		case iAny:
			ok = c >= 0
		case iRuneFold:
			if c == in.r {
				ok = true
			} else {
				for _, f := range in.folds {
					if c == f {
						ok = true
						break
					}
				}
			}
		case iMatch:
			if ncap > 0 && (!m.longest || !m.matched || m.matchcap[1] < pos) {
				copy(m.matchcap, cap)
				m.matchcap[1] = pos
			}
			m.matched = true
			if !m.longest {
				// leftmost-first: the lower-priority threads are cut off
				runq.clear()
				return
			}
		}
		if ok {
			m.add(nextq, in.out, nextPos, cap, nextCond)
		}
	}
	runq.clear()
}

// decode returns the rune at s[pos:] and its width (-1, 0 at the end).
func decode(s string, pos int) (rune, int) {
	if pos < len(s) {
		c := s[pos]
		if c < utf8.RuneSelf {
			return rune(c), 1
		}
		return utf8.DecodeRuneInString(s[pos:])
	}
	return -1, 0
}

// match looks for a match in s starting at or after pos; the result is in
// m.matched and m.matchcap.
func (m *machine) match(s string, pos int) bool {
	re := m.re
	anchored := re.anchored
	first := re.first
	hasEmpty := m.p.hasEmpty
	m.matched = false
	for i := range m.matchcap {
		m.matchcap[i] = -1
		m.startcap[i] = -1
	}
	if anchored && pos != 0 {
		return false
	}
	runq, nextq := &m.q0, &m.q1
	runq.clear()
	nextq.clear()
	r, w := decode(s, pos)
	r1, w1 := rune(-1), 0
	if r >= 0 {
		r1, w1 = decode(s, pos+w)
	}
	flag := 0
	if hasEmpty {
		if pos == 0 {
			flag = emptyContext(-1, r)
		} else {
			prev, _ := utf8.DecodeLastRuneInString(s[:pos])
			flag = emptyContext(prev, r)
		}
	}
	for {
		if runq.n == 0 {
			if anchored && pos != 0 || m.matched {
				break
			}
			if first != nil {
				p := pos
				for p < len(s) && !first[s[p]] {
					p++
				}
				if p == len(s) {
					break
				}
				if p != pos {
					runq.clear() // forget the visits at the old position
					pos = p
					r, w = decode(s, pos)
					r1, w1 = decode(s, pos+w)
					if hasEmpty {
						prev, _ := utf8.DecodeLastRuneInString(s[:pos])
						flag = emptyContext(prev, r)
					}
				}
			}
		}
		if !m.matched && (pos == 0 || !anchored) {
			if m.ncap > 0 {
				m.startcap[0] = pos
			}
			m.add(runq, m.p.start, pos, m.startcap, flag)
		}
		if hasEmpty {
			flag = emptyContext(r, r1)
		}
		m.step(runq, nextq, pos, pos+w, r, flag)
		if w == 0 {
			break
		}
		if m.ncap == 0 && m.matched {
			break
		}
		pos += w
		r, w = r1, w1
		if r >= 0 {
			r1, w1 = decode(s, pos+w)
		}
		runq, nextq = nextq, runq
	}
	nextq.clear()
	return m.matched
}
