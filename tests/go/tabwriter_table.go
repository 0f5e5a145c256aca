// text/tabwriter: alignment, padding, flags, filtering, flushing, UTF-8 cells.
package main

import (
	"bytes"
	"fmt"
	"os"
	"text/tabwriter"
)

// show prints what a writer configured with these parameters makes of text,
// written in one piece and byte by byte, with each line between bars.
func show(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, text string) {
	var b1, b2 bytes.Buffer
	w := tabwriter.NewWriter(&b1, minwidth, tabwidth, padding, padchar, flags)
	n, err := w.Write([]byte(text))
	ferr := w.Flush()
	w2 := new(tabwriter.Writer).Init(&b2, minwidth, tabwidth, padding, padchar, flags)
	for i := 0; i < len(text); i++ {
		w2.Write([]byte(text[i : i+1]))
	}
	w2.Flush()
	fmt.Printf("== %s (n=%d err=%v flush=%v same=%v)\n", name, n, err, ferr, b1.String() == b2.String())
	for _, line := range bytes.SplitAfter(b1.Bytes(), []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		fmt.Printf("|%q\n", line)
	}
}

func main() {
	table := "a\tb\tc\naa\tbbb\tcccc\naaa\tb\tc\n"
	show("plain", 0, 8, 1, ' ', 0, table)
	show("minwidth", 5, 0, 1, '.', 0, table)
	show("tabs", 0, 8, 1, '\t', 0, table)
	show("tabs-minwidth", 3, 4, 0, '\t', 0, table)
	show("alignright", 0, 8, 1, ' ', tabwriter.AlignRight, table)
	show("alignright-dots", 4, 8, 2, '.', tabwriter.AlignRight, "1\t22\t333\t\n4444\t5\t66\t\n")
	show("debug", 0, 8, 1, ' ', tabwriter.Debug, table)
	show("debug-right", 0, 8, 1, '-', tabwriter.Debug|tabwriter.AlignRight, table)
	show("trailing", 0, 8, 1, '_', 0, "a\tb\tc\ndd\tee\n\tf\tgg\n")
	show("trailing-cells", 2, 8, 1, '*', 0, "x\ty\t\nxx\tyy\t\n")
	show("empty-lines", 0, 8, 1, '.', 0, "a\tb\n\ncc\tdd\n\n\nfirst\tcolumn\n")
	show("discard-empty", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "\ta\t\tb\n\tcc\t\tdd\n")
	show("discard-empty-tabs", 0, 8, 1, '\t', tabwriter.DiscardEmptyColumns, "\ta\t\tb\n\tcc\t\tdd\n")
	show("tab-indent", 0, 8, 1, '.', tabwriter.TabIndent, "\t\tx\ty\n\t\txxx\tyy\n")
	show("tab-indent-discard", 0, 8, 1, '.', tabwriter.TabIndent|tabwriter.DiscardEmptyColumns, "\t\tx\ty\n\t\txxx\tyy\n")
	show("filter-html", 0, 8, 1, '.', tabwriter.FilterHTML, "<b>bold</b>\t&amp;\tx\nplain\t&lt;tag&gt;\ty\n<a href=\"x\">l</a>\t&\tz\n")
	show("no-filter-html", 0, 8, 1, '.', 0, "<b>bold</b>\t&amp;\tx\nplain\t&lt;tag&gt;\ty\n")
	show("strip-escape", 0, 8, 1, '.', tabwriter.StripEscape, "\xffa\tb\xff\tc\nd\t\xffe\xff\tf\n")
	show("keep-escape", 0, 8, 1, '.', 0, "\xffa\tb\xff\tc\nd\t\xffe\xff\tf\n")
	show("utf8", 0, 8, 1, '.', 0, "héllo\twörld\tx\n日本語\t中\ty\nñ\t€uro\tz\n")
	show("utf8-right", 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug, "héllo\twörld\t\n日本語\t中\t\n")
	show("formfeed", 0, 8, 1, '.', 0, "a\tb\nlonger\tc\fx\ty\nz\tw\n")
	show("vtab", 0, 8, 1, '.', 0, "a\vb\tc\nlonger\vd\te\n")
	show("no-newline", 0, 8, 1, '.', 0, "a\tb\nccc\tdd")
	show("cells-only", 0, 8, 1, '.', 0, "\t\t\n\t\t\n")
	show("newline-only", 0, 8, 1, '.', 0, "\n\n\n")
	show("empty", 0, 8, 1, '.', 0, "")
	show("padding0", 0, 8, 0, '.', 0, table)
	show("tabwidth0-tabs", 0, 0, 1, '\t', 0, table)

	// Flush in the middle of a cell and between lines.
	var b bytes.Buffer
	w := tabwriter.NewWriter(&b, 0, 8, 1, '.', 0)
	fmt.Fprint(w, "a\tbb\tc\nddd\te")
	w.Flush()
	fmt.Fprint(w, "e\tf\ng\th\n")
	w.Flush()
	w.Flush()
	fmt.Printf("%q\n", b.String())

	// To stdout, as programs use it.
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tSIZE\tKIND")
	fmt.Fprintln(tw, "main.go\t1024\tfile")
	fmt.Fprintln(tw, "pkg\t4096\tdirectory")
	fmt.Fprintln(tw, "README\t7\tfile")
	tw.Flush()
	tw = tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "a\tb\tc")
	fmt.Fprintln(tw, "aaa\tbbbbbbbb\tc")
	fmt.Fprintln(tw, "aaaaaaa\tb\tccccc")
	tw.Flush()

	// A writer whose Write fails: Flush reports the error.
	fw := tabwriter.NewWriter(failWriter{}, 0, 8, 1, ' ', 0)
	fmt.Fprint(fw, "x\ty\n")
	fmt.Println("flush error:", fw.Flush())
	var sw shortWriter
	fw = tabwriter.NewWriter(&sw, 0, 8, 1, ' ', 0)
	fmt.Fprint(fw, "x\ty\n")
	fmt.Println("short write:", fw.Flush())
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, fmt.Errorf("write failed") }

type shortWriter struct{}

func (*shortWriter) Write(p []byte) (int, error) {
	if len(p) > 0 {
		return len(p) - 1, nil
	}
	return 0, nil
}
