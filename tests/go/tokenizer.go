package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Kind int

const (
	Ident Kind = iota
	Keyword
	Int
	Float
	String
	Char
	Operator
	Comment
	Invalid
)

func (k Kind) String() string {
	return [...]string{"Ident", "Keyword", "Int", "Float", "String", "Char", "Op", "Comment", "Invalid"}[k]
}

type Token struct {
	Kind      Kind
	Text      string
	Line, Col int
}

var keywords = map[string]bool{"func": true, "return": true, "if": true, "else": true, "for": true, "var": true}

var operators = []string{"<<=", ">>=", "...", ":=", "==", "!=", "<=", ">=", "&&", "||", "<<", ">>", "++", "--", "+=",
	"+", "-", "*", "/", "%", "=", "<", ">", "!", "(", ")", "{", "}", "[", "]", ",", ";", ".", ":", "&", "|"}

type Lexer struct {
	src       string
	pos       int
	line, col int
}

func (l *Lexer) peek() rune {
	r, _ := utf8.DecodeRuneInString(l.src[l.pos:])
	return r
}

func (l *Lexer) advance() rune {
	r, size := utf8.DecodeRuneInString(l.src[l.pos:])
	l.pos += size
	if r == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return r
}

func (l *Lexer) Next() (Token, bool) {
	for l.pos < len(l.src) && unicode.IsSpace(l.peek()) {
		l.advance()
	}
	if l.pos >= len(l.src) {
		return Token{}, false
	}
	start, line, col := l.pos, l.line, l.col
	tok := func(k Kind) (Token, bool) { return Token{k, l.src[start:l.pos], line, col}, true }
	r := l.advance()
	switch {
	case unicode.IsLetter(r) || r == '_':
		for l.pos < len(l.src) && (unicode.IsLetter(l.peek()) || unicode.IsDigit(l.peek()) || l.peek() == '_') {
			l.advance()
		}
		if keywords[l.src[start:l.pos]] {
			return tok(Keyword)
		}
		return tok(Ident)
	case unicode.IsDigit(r):
		kind := Int
		for l.pos < len(l.src) && (unicode.IsDigit(l.peek()) || l.peek() == '.') {
			if l.advance() == '.' {
				kind = Float
			}
		}
		return tok(kind)
	case r == '"' || r == '\'':
		for l.pos < len(l.src) && l.peek() != r && l.peek() != '\n' {
			if l.advance() == '\\' {
				l.advance()
			}
		}
		if l.pos >= len(l.src) || l.peek() != r {
			return tok(Invalid)
		}
		l.advance()
		if r == '"' {
			return tok(String)
		}
		return tok(Char)
	case r == '/' && l.peek() == '/':
		for l.pos < len(l.src) && l.peek() != '\n' {
			l.advance()
		}
		return tok(Comment)
	}
	for _, op := range operators {
		if strings.HasPrefix(l.src[start:], op) {
			for l.pos < start+len(op) {
				l.advance()
			}
			return tok(Operator)
		}
	}
	return tok(Invalid)
}

const program = `func fib(n int) int {
	if n <= 1 { return n } // base case
	return fib(n-1) + fib(n-2)
}
var π = 3.14159; x := "héllo\"q"; c := 'x'
y <<= 2 && z != 0... @ "open`

func main() {
	lx := &Lexer{src: program, line: 1, col: 1}
	counts := map[Kind]int{}
	var idents []string
	for {
		t, ok := lx.Next()
		if !ok {
			break
		}
		counts[t.Kind]++
		if t.Kind == Ident {
			idents = append(idents, t.Text)
		}
		fmt.Printf("%d:%-3d %-8v %q\n", t.Line, t.Col, t.Kind, t.Text)
	}
	fmt.Println(counts)
	fmt.Println(len(idents), strings.Join(idents, ","))
}
