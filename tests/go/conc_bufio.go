// package bufio: Scanner (lines, words, runes, bytes, custom split, Buffer
// limits), Reader and Writer; lines are produced by goroutines and written
// through one bufio.Writer guarded by a mutex.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

const text = "first line\nsecond  line with   words\r\n\nünïcödé 世界 \xff bytes\nno newline at end"

// slowReader returns at most 3 bytes per Read.
type slowReader struct{ s string }

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := 3
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.s) {
		n = len(r.s)
	}
	copy(p, r.s[:n])
	r.s = r.s[n:]
	return n, nil
}

func scan(name string, split bufio.SplitFunc, r io.Reader) {
	sc := bufio.NewScanner(r)
	if split != nil {
		sc.Split(split)
	}
	var toks []string
	for sc.Scan() {
		toks = append(toks, fmt.Sprintf("%q", sc.Text()))
	}
	fmt.Println(name, len(toks), strings.Join(toks, " "), sc.Err())
}

func main() {
	scan("lines", nil, strings.NewReader(text))
	scan("lines/slow", bufio.ScanLines, &slowReader{text})
	scan("words", bufio.ScanWords, &slowReader{text})
	scan("runes", bufio.ScanRunes, strings.NewReader("aé世\xff!"))
	scan("bytes", bufio.ScanBytes, strings.NewReader("aé"))
	scan("stdin", nil, os.Stdin)

	// custom split: comma-separated fields
	commas := func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	}
	scan("commas", commas, strings.NewReader("a,b,,c"))

	sc := bufio.NewScanner(strings.NewReader("short\n" + strings.Repeat("x", 100) + "\nnever reached\n"))
	sc.Buffer(make([]byte, 0, 4), 32)
	for sc.Scan() {
		fmt.Println("token:", sc.Text())
	}
	fmt.Println("err:", sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))

	br := bufio.NewReaderSize(&slowReader{text}, 16)
	s, err := br.ReadString('\n')
	fmt.Printf("ReadString %q %v\n", s, err)
	for {
		line, isPrefix, err := br.ReadLine()
		if err != nil {
			fmt.Println("ReadLine:", err)
			break
		}
		fmt.Printf("ReadLine %q %v\n", line, isPrefix)
	}
	br = bufio.NewReader(strings.NewReader("héllo"))
	for {
		r, size, err := br.ReadRune()
		if err != nil {
			break
		}
		fmt.Print(string(r), size, " ")
	}
	fmt.Println()
	br = bufio.NewReader(strings.NewReader("xyz"))
	b, _ := br.ReadByte()
	fmt.Println(string(b), br.UnreadByte(), br.Buffered())
	p, err := br.Peek(2)
	fmt.Printf("%q %v\n", p, err)
	p, err = br.Peek(5)
	fmt.Printf("%q %v\n", p, err)

	w := bufio.NewWriterSize(os.Stdout, 32)
	fmt.Println("Size/Available:", w.Size(), w.Available())
	w.WriteString("buffered ")
	w.WriteByte('&')
	w.WriteRune('✓')
	w.Write([]byte(" flushed\n"))
	fmt.Fprintf(w, "Buffered before Flush: %d\n", w.Buffered())
	w.Flush()

	// many goroutines write through one buffered writer
	var mu sync.Mutex
	var wg sync.WaitGroup
	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				mu.Lock()
				fmt.Fprintf(bw, "g%d line %d\n", g, i)
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	bw.Flush()
	counts := map[string]int{}
	lines := bufio.NewScanner(strings.NewReader(sb.String()))
	total := 0
	for lines.Scan() {
		f := strings.Fields(lines.Text())
		counts[f[0]]++
		total++
	}
	fmt.Println("lines:", total, "per goroutine:", counts["g0"], counts["g7"])

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping\n")), bufio.NewWriter(os.Stdout))
	line, _ := rw.ReadString('\n')
	rw.WriteString(strings.ToUpper(line))
	rw.Flush()
}
