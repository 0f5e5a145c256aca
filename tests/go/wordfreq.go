package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like the
present period, that some of its noisiest authorities insisted on its being
received, for good or for evil, in the superlative degree of comparison only.`

type entry struct {
	word  string
	count int
}

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func main() {
	words := tokenize(text)
	fmt.Println("total words:", len(words))
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	fmt.Println("distinct words:", len(freq))

	entries := make([]entry, 0, len(freq))
	for w, c := range freq {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Println("top 10:")
	for i, e := range entries[:10] {
		bar := strings.Repeat("#", e.count)
		fmt.Printf("%2d. %-8s %2d %s\n", i+1, e.word, e.count, bar)
	}

	// words by length
	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := []int{}
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		if len(ws) > 6 {
			ws = append(ws[:6], "...")
		}
		fmt.Printf("len %2d: %v\n", l, ws)
	}

	// letter histogram
	var letters [26]int
	for _, r := range strings.ToLower(text) {
		if r >= 'a' && r <= 'z' {
			letters[r-'a']++
		}
	}
	var sb strings.Builder
	for i, c := range letters {
		if c > 0 {
			fmt.Fprintf(&sb, "%c=%d ", 'a'+i, c)
		}
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) || (len(w) == len(longest) && w < longest) {
			longest = w
		}
	}
	fmt.Println("longest:", longest, "lines:", strings.Count(text, "\n")+1)
	fmt.Println(freq)
}
