package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	ASSIGN
	EOF
)

var kindNames = map[TokenKind]string{NUM: "NUM", IDENT: "IDENT", OP: "OP", LPAREN: "(", RPAREN: ")", ASSIGN: "=", EOF: "EOF"}

func (k TokenKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

func lex(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			start := i
			for i < len(src) && (unicode.IsDigit(rune(src[i])) || src[i] == '.') {
				i++
			}
			toks = append(toks, Token{NUM, src[start:i], start})
		case unicode.IsLetter(c):
			start := i
			for i < len(src) && (unicode.IsLetter(rune(src[i])) || unicode.IsDigit(rune(src[i]))) {
				i++
			}
			toks = append(toks, Token{IDENT, src[start:i], start})
		case strings.ContainsRune("+-*/%^", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		case c == '=':
			toks = append(toks, Token{ASSIGN, "=", i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{EOF, "", len(src)}), nil
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

var ErrDivZero = errors.New("division by zero")

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

// expr := term (('+'|'-') term)*
func (p *Parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil && p.peek().Kind == OP && (p.peek().Text == "+" || p.peek().Text == "-") {
		op := p.next().Text
		var r float64
		if r, err = p.term(); err == nil {
			if op == "+" {
				v += r
			} else {
				v -= r
			}
		}
	}
	return v, err
}

// term := power (('*'|'/'|'%') power)*
func (p *Parser) term() (float64, error) {
	v, err := p.power()
	for err == nil && p.peek().Kind == OP && strings.Contains("*/%", p.peek().Text) {
		op := p.next().Text
		var r float64
		if r, err = p.power(); err != nil {
			break
		}
		switch op {
		case "*":
			v *= r
		case "/", "%":
			if r == 0 {
				return 0, ErrDivZero
			}
			if op == "/" {
				v /= r
			} else {
				v = float64(int(v) % int(r))
			}
		}
	}
	return v, err
}

// power := unary ('^' power)?
func (p *Parser) power() (float64, error) {
	base, err := p.unary()
	if err != nil || p.peek().Text != "^" {
		return base, err
	}
	p.next()
	exp, err := p.power()
	res := 1.0
	for i := 0; i < int(exp); i++ {
		res *= base
	}
	return res, err
}

func (p *Parser) unary() (float64, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		return strconv.ParseFloat(t.Text, 64)
	case IDENT:
		v, ok := p.vars[t.Text]
		if !ok {
			return 0, fmt.Errorf("undefined variable %s", t.Text)
		}
		return v, nil
	case OP:
		if t.Text == "-" {
			v, err := p.unary()
			return -v, err
		}
	case LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.next().Kind != RPAREN {
			return 0, errors.New("expected )")
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected %v %q at %d", t.Kind, t.Text, t.Pos)
}

func run(line string, vars map[string]float64) (string, error) {
	toks, err := lex(line)
	if err != nil {
		return "", err
	}
	p := &Parser{toks: toks, vars: vars}
	target := ""
	if len(toks) > 2 && toks[0].Kind == IDENT && toks[1].Kind == ASSIGN {
		target = toks[0].Text
		p.pos = 2
	}
	v, err := p.expr()
	if err != nil {
		return "", err
	}
	if p.peek().Kind != EOF {
		return "", fmt.Errorf("trailing %q", p.peek().Text)
	}
	if target != "" {
		vars[target] = v
		return target + " = " + strconv.FormatFloat(v, 'g', -1, 64), nil
	}
	return strconv.FormatFloat(v, 'g', -1, 64), nil
}

func main() {
	toks, _ := lex("x1 = (3 + 4.5) * y")
	fmt.Println(toks)
	vars := map[string]float64{"pi": 3.14159}
	lines := []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "17 % 5",
		"r = 2", "area = pi * r ^ 2", "area / 2", "x + 1", "1 / (r - 2)",
		"3 $ 4", "(1 + 2", "1 2", "-(-(-1))", "big = 2 ^ 62",
	}
	for _, l := range lines {
		res, err := run(l, vars)
		if err != nil {
			fmt.Printf("%-18s => error: %v\n", l, err)
			continue
		}
		fmt.Printf("%-18s => %s\n", l, res)
	}
	fmt.Println(len(vars), vars["area"])
}
