package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

type opts struct {
	comma, comment rune
	fields         int
	lazy, trim     bool
}

type test struct {
	name string
	in   string
	o    opts
}

// errReader returns its data, then a non-EOF error.
type errReader struct {
	data string
}

func (r *errReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, errors.New("read failed")
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// oneByte reads one byte at a time.
type oneByte struct {
	data string
}

func (r *oneByte) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, io.EOF
	}
	p[0] = r.data[0]
	r.data = r.data[1:]
	return 1, nil
}

func kind(err error) string {
	var pe *csv.ParseError
	s := ""
	if errors.As(err, &pe) {
		s = fmt.Sprintf(" [ParseError start %d line %d col %d]", pe.StartLine, pe.Line, pe.Column)
	}
	for _, e := range []error{csv.ErrBareQuote, csv.ErrQuote, csv.ErrFieldCount, io.EOF} {
		if errors.Is(err, e) {
			s += fmt.Sprintf(" is %q", e.Error())
		}
	}
	return s
}

func newReader(src io.Reader, o opts) *csv.Reader {
	r := csv.NewReader(src)
	if o.comma != 0 {
		r.Comma = o.comma
	}
	r.Comment = o.comment
	r.FieldsPerRecord = o.fields
	r.LazyQuotes = o.lazy
	r.TrimLeadingSpace = o.trim
	return r
}

func readEach(r *csv.Reader) {
	for i := 0; i < 50; i++ {
		rec, err := r.Read()
		fmt.Printf("  %q nil=%v err=%v%s off=%d", rec, rec == nil, err, kind(err), r.InputOffset())
		if len(rec) > 0 {
			fmt.Print(" pos")
			for j := range rec {
				l, c := r.FieldPos(j)
				fmt.Printf(" %d:%d", l, c)
			}
		}
		fmt.Println()
		if err == io.EOF || (err != nil && rec == nil) {
			return
		}
	}
}

func main() {
	tests := []test{
		{"simple", "a,b,c\n", opts{}},
		{"rfc", "field1,field2,field3\nnormal string,\"quoted-field\"\n\"the \"\"word\"\" is true\",\"a \"\"quoted-field\"\"\"\n\"Multi-line\nfield\",\"comma is ,\"\n", opts{fields: -1}},
		{"no final newline", "a,b\nc,d", opts{}},
		{"crlf", "a,b\r\nc,d\r\n", opts{}},
		{"bare cr", "a,b\rc,d\r\n\"x\ry\",z\r", opts{}},
		{"crlf in quotes", "\"a\r\nb\",c\r\n", opts{}},
		{"blank lines", "\n\na,b\n\n\r\n\nc,d\n\n", opts{}},
		{"empty input", "", opts{}},
		{"only newlines", "\n\r\n\n", opts{}},
		{"empty fields", ",,\n,\n\"\",\"\"\n", opts{fields: -1}},
		{"spaces kept", " a , b \n", opts{}},
		{"trim", " a,  b,\t c\n  \"q\", x\n", opts{trim: true, fields: -1}},
		{"trim all space", "a,   \n   \n  ,  \n", opts{trim: true, fields: -1}},
		{"trim unicode", "\u00a0a,\u3000b\n", opts{trim: true}},
		{"trim tab comma", "a\t \tb\n", opts{comma: '\t', trim: true}},
		{"comments", "#c1\na,b\n# c2\n #not,comment\nc,d\n#last", opts{comment: '#', fields: -1}},
		{"comment unicode", "世 skip\na,b\n", opts{comment: '世'}},
		{"semicolon", "a;b;\"c;d\"\n", opts{comma: ';'}},
		{"tab", "a\tb\t\"c\td\"\n", opts{comma: '\t'}},
		{"unicode comma", "a世b世\"c世d\"\n", opts{comma: '世'}},
		{"fields 0", "a,b\nc,d\ne\nf,g\n", opts{}},
		{"fields -1", "a,b\nc\nd,e,f\n", opts{fields: -1}},
		{"fields 3", "a,b,c\nd,e\nf,g,h\n", opts{fields: 3}},
		{"bare quote", "a,b\"c,d\n", opts{}},
		{"bare quote start", "a,\"b\nc\"d,e\n", opts{}},
		{"bare quote lazy", "a,b\"c,d\"\n", opts{lazy: true}},
		{"stray quote", "a,\"b\"c,d\n", opts{}},
		{"stray quote lazy", "a,\"b\"c\"d,e\n", opts{lazy: true}},
		{"stray quote line 2", "x\n\"ab\"\"c\"d\n", opts{}},
		{"unterminated", "a,\"b\n", opts{}},
		{"unterminated multi", "a,b\nc,\"d\ne\nf\n", opts{}},
		{"unterminated lazy", "a,\"b\nc", opts{lazy: true}},
		{"quote then eof", "\"a\"", opts{}},
		{"quote then eol lazy", "\"a\"b\n", opts{lazy: true}},
		{"multi-line error", "a,\"b\nc\"d,e\n", opts{}},
		{"doubled quote multiline", "\"a\n\"\"b\"\"\n\",c\n", opts{}},
		{"after error", "a\"b\nc,d\n", opts{fields: -1}},
		{"invalid comma", "a,b\n", opts{comma: '"'}},
		{"invalid comment", "a,b\n", opts{comment: '\n'}},
		{"comma equals comment", "a,b\n", opts{comment: ','}},
		{"invalid utf8", "\xff,\"\xfe\"\n", opts{}},
		{"trailing comma", "a,b,\n", opts{}},
	}
	for _, t := range tests {
		fmt.Printf("%s: %q\n", t.name, t.in)
		readEach(newReader(strings.NewReader(t.in), t.o))
		recs, err := newReader(strings.NewReader(t.in), t.o).ReadAll()
		fmt.Printf("  ReadAll %q nil=%v err=%v\n", recs, recs == nil, err)
	}

	// One byte at a time, and a line longer than the buffer.
	long := strings.Repeat("x", 5000)
	fmt.Println("one byte at a time:")
	readEach(newReader(&oneByte{"a,\"b\r\nc\",d\r\ne,f"}, opts{}))
	fmt.Println("long lines:")
	r := newReader(strings.NewReader(long+","+long+"\n\""+long+"\n"+long+"\"\n"), opts{})
	for {
		rec, err := r.Read()
		if err != nil {
			fmt.Println(" ", err, r.InputOffset())
			break
		}
		l, c := r.FieldPos(len(rec) - 1)
		fmt.Println(" ", len(rec), len(rec[0]), len(rec[len(rec)-1]), l, c, r.InputOffset())
	}

	// A read error other than EOF.
	fmt.Println("read error:")
	readEach(newReader(&errReader{"a,b\nc,d"}, opts{}))
	readEach(newReader(&errReader{"a,\"b\n"}, opts{}))

	// ReuseRecord shares the backing array.
	r = csv.NewReader(strings.NewReader("a,b\nc,d\ne,f,g\n"))
	r.ReuseRecord = true
	r.FieldsPerRecord = -1
	r1, _ := r.Read()
	first := &r1[0]
	r2, _ := r.Read()
	fmt.Println("reuse:", r1, r2, first == &r2[0])
	r3, _ := r.Read()
	fmt.Println("reuse grown:", r3, first == &r3[0])
	r = csv.NewReader(strings.NewReader("a,b\nc,d\n"))
	r1, _ = r.Read()
	r2, _ = r.Read()
	fmt.Println("no reuse:", r1, r2, &r1[0] == &r2[0])

	// FieldPos out of range panics.
	func() {
		defer func() { fmt.Println("FieldPos(5):", recover()) }()
		r.FieldPos(5)
	}()
	func() {
		defer func() { fmt.Println("FieldPos(-1):", recover()) }()
		r.FieldPos(-1)
	}()
	r = csv.NewReader(strings.NewReader("a,b\n"))
	func() {
		defer func() { fmt.Println("FieldPos before Read:", recover()) }()
		r.FieldPos(0)
	}()
	r.Read()
	r.Read()
	l, c := r.FieldPos(1)
	fmt.Println("FieldPos after EOF:", l, c)

	// ParseError texts and Unwrap.
	for _, pe := range []*csv.ParseError{
		{StartLine: 1, Line: 1, Column: 3, Err: csv.ErrQuote},
		{StartLine: 2, Line: 4, Column: 1, Err: csv.ErrBareQuote},
		{StartLine: 2, Line: 4, Column: 1, Err: csv.ErrFieldCount},
		{StartLine: 7, Line: 7, Column: 0, Err: errors.New("custom")},
		{Err: csv.ErrTrailingComma},
	} {
		fmt.Printf("%v | %v %v\n", pe, pe.Unwrap() == pe.Err, errors.Unwrap(pe) == pe.Err)
	}
	fmt.Println(csv.ErrTrailingComma, "|", csv.ErrBareQuote, "|", csv.ErrQuote, "|", csv.ErrFieldCount)

	// Writer.
	records := [][]string{
		{"plain", "with space", " leading space", "trailing space "},
		{"comma,inside", "quote\"inside", "\"quoted\"", "line\nbreak", "cr\rinside", "crlf\r\nin"},
		{"", "", ""},
		{},
		{`\.`},
		{`\.`, "x"},
		{`a\.`, `\.b`, `\`},
		{"\ttab", "\u00a0nbsp", "\u3000ideo", "x\ty", "é", "世界"},
		{"semi;colon", "pipe|", "世"},
		{"#hash", "a#b"},
	}
	for _, comma := range []rune{',', ';', '\t', '|', '世', '#'} {
		for _, crlf := range []bool{false, true} {
			var buf bytes.Buffer
			w := csv.NewWriter(&buf)
			w.Comma = comma
			w.UseCRLF = crlf
			for _, rec := range records {
				if err := w.Write(rec); err != nil {
					fmt.Println("Write:", err)
				}
			}
			w.Flush()
			fmt.Printf("writer comma %q crlf %v: err %v\n%q\n", comma, crlf, w.Error(), buf.String())
			// Read it back.
			rd := csv.NewReader(strings.NewReader(buf.String()))
			rd.Comma = comma
			rd.FieldsPerRecord = -1
			back, err := rd.ReadAll()
			fmt.Printf("  read back %q %v\n", back, err)
		}
	}
	for _, comma := range []rune{0, '"', '\r', '\n', 0xFFFD, -1, 0x110000} {
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		w.Comma = comma
		fmt.Printf("writer comma %q: %v %v\n", comma, w.Write([]string{"a"}), w.WriteAll(nil))
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	fmt.Println("WriteAll:", w.WriteAll(records[:3]), len(buf.String()))
	fw := csv.NewWriter(&failWriter{})
	fmt.Println("failing writer:", fw.Write([]string{"a", "b"}), fw.Error())
	fw.Flush()
	fmt.Println("  after Flush:", fw.Error(), fw.Write([]string{"c"}))
	fmt.Println("  WriteAll:", csv.NewWriter(&failWriter{}).WriteAll([][]string{{"x"}}))
	big := strings.Repeat("y,", 3000)
	fw = csv.NewWriter(&failWriter{})
	fmt.Println("  big record:", fw.Write([]string{big}), fw.Error())
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("write failed") }
