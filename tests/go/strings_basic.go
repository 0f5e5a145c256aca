package main

import "fmt"

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), s[0], s[7], string(s[0]), s[:5], s[7:10])
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x", s[i])
	}
	fmt.Println()

	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r), string(r[7]), string(r[7:9]))
	b[0] = 'J'
	fmt.Println(string(b), s)
	r[len(r)-1] = '?'
	fmt.Println(string(r))

	// concatenation and comparison
	a := "abc"
	c := a + "def"
	c += "!"
	fmt.Println(c, len(c), a < c, "abc" < "abd", "Z" < "a", "" < "a", "ab" > "a")
	fmt.Println(a == "abc", a != "abc", "x"+"y" == "xy")

	// strings are immutable values
	t := a
	t += "x"
	fmt.Println(a, t)

	// conversions
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string([]byte{104, 105}), string([]rune{0x1f600}))
	fmt.Println(string(rune(-1)) == "\uFFFD")
	var rr rune = 'é'
	fmt.Println(rr, string(rr), len(string(rr)))

	// invalid UTF-8 yields RuneError in range
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(len(bad), len([]rune(bad)))

	// escapes and raw strings
	esc := "tab\tnew\\n\"q\" \x41\u00e9\U0001F600"
	raw := `raw\n "string"
second line`
	fmt.Println(esc)
	fmt.Println(raw)
	fmt.Println(len(raw))

	// building strings byte by byte
	var out []byte
	for i := 0; i < 26; i++ {
		out = append(out, byte('a'+i))
	}
	fmt.Println(string(out))
	word := "racecar"
	isPal := true
	for i := 0; i < len(word)/2; i++ {
		if word[i] != word[len(word)-1-i] {
			isPal = false
		}
	}
	fmt.Println(word, isPal)
	rev := []rune("héllo wörld")
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(string(rev))
	multi := "line1\nline2\n"
	fmt.Print(multi)
	empty := ""
	fmt.Println(len(empty), empty == "", s[len(s)-1:])
	var sb []string
	for _, ch := range "go" {
		sb = append(sb, string(ch))
	}
	fmt.Println(sb)
	fmt.Println("日本語"[3:6], len("日本語"))
}
