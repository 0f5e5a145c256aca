// Package csv reads and writes comma-separated values (CSV) files as
// described in RFC 4180 (goro's version of Go's encoding/csv package: same
// API, same records, same ParseError lines, columns and texts, same
// InputOffset and FieldPos).
//
// A csv file contains zero or more records of one or more fields per
// record, each record ending with a newline (optional on the last one).
// White space is part of a field; \r\n is read as \n; blank lines are
// ignored. Fields which start and stop with the quote character " are
// quoted-fields: they may contain commas, newlines and doubled quotes, which
// stand for one quote.
package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"
)

// A ParseError is returned for parsing errors. Line numbers are 1-indexed
// and columns are 0-indexed.
type ParseError struct {
	StartLine int   // Line where the record starts
	Line      int   // Line where the error occurred
	Column    int   // Column (1-based byte index) where the error occurred
	Err       error // The actual error
}

func (e *ParseError) Error() string {
	if e.Err == ErrFieldCount {
		return fmt.Sprintf("record on line %d: %v", e.Line, e.Err)
	}
	if e.StartLine != e.Line {
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v", e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// These are the errors that can be returned in ParseError.Err.
var (
	ErrTrailingComma = errors.New("extra delimiter at end of line") // Deprecated: No longer used.
	ErrBareQuote     = errors.New("bare \" in non-quoted-field")
	ErrQuote         = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount    = errors.New("wrong number of fields")
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

// validDelim reports whether r can be a Comma or a Comment.
func validDelim(r rune) bool {
	return r != 0 && r != '"' && r != '\r' && r != '\n' && utf8.ValidRune(r) && r != utf8.RuneError
}

// A Reader reads records from a CSV-encoded file.
//
// As returned by NewReader, a Reader expects input conforming to RFC 4180.
// The exported fields can be changed to customize the details before the
// first call to Read or ReadAll.
//
// The Reader converts all \r\n sequences in its input to plain \n,
// including in multiline field values, so that the returned data does not
// depend on which line-ending convention an input file uses.
type Reader struct {
	// Comma is the field delimiter.
	// It is set to comma (',') by NewReader.
	// Comma must be a valid rune and must not be \r, \n,
	// or the Unicode replacement character (0xFFFD).
	Comma rune

	// Comment, if not 0, is the comment character. Lines beginning with the
	// Comment character without preceding whitespace are ignored.
	// With leading whitespace the Comment character becomes part of the
	// field, even if TrimLeadingSpace is true.
	// Comment must be a valid rune and must not be \r, \n,
	// or the Unicode replacement character (0xFFFD).
	// It must also not be equal to Comma.
	Comment rune

	// FieldsPerRecord is the number of expected fields per record.
	// If FieldsPerRecord is positive, Read requires each record to
	// have the given number of fields. If FieldsPerRecord is 0, Read sets it
	// to the number of fields in the first record, so that future records
	// must have the same field count. If FieldsPerRecord is negative, no
	// check is made and records may have a variable number of fields.
	FieldsPerRecord int

	// If LazyQuotes is true, a quote may appear in an unquoted field and a
	// non-doubled quote may appear in a quoted field.
	LazyQuotes bool

	// If TrimLeadingSpace is true, leading white space in a field is
	// ignored. This is done even if the field delimiter, Comma, is white
	// space.
	TrimLeadingSpace bool

	// ReuseRecord controls whether calls to Read may return a slice sharing
	// the backing array of the previous call's returned slice for
	// performance. By default, each call to Read returns newly allocated
	// memory owned by the caller.
	ReuseRecord bool

	TrailingComma bool // Deprecated: No longer used.

	r *bufio.Reader

	line   int   // lines read so far (each readLine counts one, even at EOF)
	offset int64 // bytes consumed so far

	long []byte // a line longer than r's buffer, gathered

	// The record being parsed: the fields' bytes one after the other, where
	// each ends, and where each starts in the input.
	buf    []byte
	ends   []int
	starts []position

	last []string // the previous record (ReuseRecord)
}

type position struct {
	line, col int
}

// NewReader returns a new Reader that reads from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', r: bufio.NewReader(r)}
}

// Read reads one record (a slice of fields) from r. If the record has an
// unexpected number of fields, Read returns the record along with the error
// ErrFieldCount. If there is no data left to be read, Read returns nil,
// io.EOF. After a parse error Read returns the fields read before it along
// with the error. If ReuseRecord is true, the returned slice may be shared
// between multiple calls to Read.
func (r *Reader) Read() (record []string, err error) {
	if r.ReuseRecord {
		record, err = r.readRecord(r.last)
		r.last = record
		return record, err
	}
	return r.readRecord(nil)
}

// FieldPos returns the line and column corresponding to the start of the
// field with the given index in the slice most recently returned by Read.
// Numbering of lines and columns starts at 1; columns are counted in bytes,
// not runes.
//
// If this is called with an out-of-bounds index, it panics.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.starts) {
		panic("out of range index passed to FieldPos")
	}
	p := r.starts[field]
	return p.line, p.col
}

// InputOffset returns the input stream byte offset of the current reader
// position. The offset gives the location of the end of the most recently
// read row and the beginning of the next row.
func (r *Reader) InputOffset() int64 {
	return r.offset
}

// ReadAll reads all the remaining records from r. Each record is a slice of
// fields. A successful call returns err == nil, not err == io.EOF. Because
// ReadAll is defined to read until EOF, it does not treat end of file as an
// error to be reported.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		record, err := r.readRecord(nil)
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return nil, err
		}
		records = append(records, record)
	}
}

// readLine reads the next line with its '\n' (if any), \r\n turned into
// \n. A line that ends at EOF comes back with a nil error, a final '\r'
// dropped; EOF itself only once there is nothing left.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.long = append(r.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.r.ReadSlice('\n')
			r.long = append(r.long, line...)
		}
		line = r.long
	}
	n := len(line)
	if n > 0 && err == io.EOF {
		err = nil
		if line[n-1] == '\r' {
			line = line[:n-1]
		}
	}
	r.line++
	r.offset += int64(n)
	if n = len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

// nlLen is 1 if line ends with '\n', else 0.
func nlLen(line []byte) int {
	if len(line) > 0 && line[len(line)-1] == '\n' {
		return 1
	}
	return 0
}

// firstRune is the first rune of b (utf8.RuneError if none or invalid).
func firstRune(b []byte) rune {
	if len(b) > 0 && b[0] < utf8.RuneSelf {
		return rune(b[0])
	}
	c, _ := utf8.DecodeRune(b)
	return c
}

// leadingSpace is the length of the run of white space that starts b.
func leadingSpace(b []byte) int {
	i := 0
	for i < len(b) {
		c, size := rune(b[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRune(b[i:])
		}
		if !unicode.IsSpace(c) {
			break
		}
		i += size
	}
	return i
}

// endField records the end of the field started at start.
func (r *Reader) endField(start position) {
	r.ends = append(r.ends, len(r.buf))
	r.starts = append(r.starts, start)
}

// readRecord reads and parses the next record, into dst if it is large
// enough.
func (r *Reader) readRecord(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || (r.Comment != 0 && !validDelim(r.Comment)) {
		return nil, errInvalidDelim
	}

	// The first line of the record: not a comment, not empty.
	var line []byte
	var errRead error
	for errRead == nil {
		line, errRead = r.readLine()
		if r.Comment != 0 && firstRune(line) == r.Comment {
			line = nil
			continue
		}
		if errRead == nil && len(line) == nlLen(line) {
			line = nil
			continue
		}
		break
	}
	if errRead == io.EOF {
		return nil, errRead
	}

	var err error
	commaLen := utf8.RuneLen(r.Comma)
	recLine := r.line
	r.buf = r.buf[:0]
	r.ends = r.ends[:0]
	r.starts = r.starts[:0]
	pos := position{line: r.line, col: 1}
	more := true // another field follows
	for more && err == nil {
		if r.TrimLeadingSpace {
			i := leadingSpace(line)
			if i == len(line) {
				pos.col -= nlLen(line)
			}
			line = line[i:]
			pos.col += i
		}

		if len(line) == 0 || line[0] != '"' {
			// A non-quoted field runs to the next Comma or to the line's end.
			i := bytes.IndexRune(line, r.Comma)
			field := line
			if i >= 0 {
				field = line[:i]
			} else {
				field = line[:len(line)-nlLen(line)]
			}
			if !r.LazyQuotes {
				if j := bytes.IndexByte(field, '"'); j >= 0 {
					err = &ParseError{StartLine: recLine, Line: r.line, Column: pos.col + j, Err: ErrBareQuote}
					break
				}
			}
			r.buf = append(r.buf, field...)
			r.endField(pos)
			if i < 0 {
				more = false
			} else {
				line = line[i+commaLen:]
				pos.col += i + commaLen
			}
			continue
		}

		// A quoted field, maybe over several lines.
		start := pos
		line = line[1:]
		pos.col++
		for {
			i := bytes.IndexByte(line, '"')
			if i >= 0 {
				// Text, then a quote: doubled, closing, or stray.
				r.buf = append(r.buf, line[:i]...)
				line = line[i+1:]
				pos.col += i + 1
				c := firstRune(line)
				if c == '"' {
					r.buf = append(r.buf, '"')
					line = line[1:]
					pos.col++
					continue
				}
				if c == r.Comma {
					line = line[commaLen:]
					pos.col += commaLen
					r.endField(start)
					break
				}
				if len(line) == nlLen(line) {
					r.endField(start)
					more = false
					break
				}
				if r.LazyQuotes {
					r.buf = append(r.buf, '"')
					continue
				}
				err = &ParseError{StartLine: recLine, Line: r.line, Column: pos.col - 1, Err: ErrQuote}
				break
			}
			if len(line) > 0 {
				// The rest of the line belongs to the field; go on with
				// the next one.
				r.buf = append(r.buf, line...)
				if errRead != nil {
					more = false
					break
				}
				pos.col += len(line)
				line, errRead = r.readLine()
				if len(line) > 0 {
					pos.line++
					pos.col = 1
				}
				if errRead == io.EOF {
					errRead = nil
				}
				continue
			}
			// The input ended inside the quotes.
			if !r.LazyQuotes && errRead == nil {
				err = &ParseError{StartLine: recLine, Line: pos.line, Column: pos.col, Err: ErrQuote}
				break
			}
			r.endField(start)
			more = false
			break
		}
	}
	if err == nil {
		err = errRead
	}

	// The fields are slices of one string.
	s := string(r.buf)
	if cap(dst) < len(r.ends) {
		dst = make([]string, len(r.ends))
	}
	dst = dst[:len(r.ends)]
	prev := 0
	for i, end := range r.ends {
		dst[i] = s[prev:end]
		prev = end
	}

	if r.FieldsPerRecord > 0 {
		if len(dst) != r.FieldsPerRecord && err == nil {
			err = &ParseError{StartLine: recLine, Line: recLine, Column: 1, Err: ErrFieldCount}
		}
	} else if r.FieldsPerRecord == 0 {
		r.FieldsPerRecord = len(dst)
	}
	return dst, err
}
