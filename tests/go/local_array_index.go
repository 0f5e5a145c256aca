// Local arrays (kept in the frame) indexed by variables: reads, writes,
// op-assignments, range, arrays of structs and of arrays, then an index out of
// range, recovered, and one that is not.
package main

import "fmt"

type pt struct{ x, y int16 }

func hist(s string) [26]int {
	var counts [26]int
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			counts[c-'a']++
		}
	}
	return counts
}

func try(i int) (r string) {
	defer func() {
		if e := recover(); e != nil {
			r = fmt.Sprint(e)
		}
	}()
	var a [4]byte
	a[i] = 1
	return "ok"
}

func main() {
	h := hist("the quick brown fox jumps over the lazy dog")
	fmt.Println(h)
	var ps [5]pt
	for i := 0; i < len(ps); i++ {
		ps[i].x = int16(i * 1000)
		ps[i].y -= int16(i)
	}
	fmt.Println(ps)
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	sum := 0
	for _, row := range grid {
		for j := range row {
			sum += row[j]
		}
	}
	fmt.Println(grid, sum)
	var buf [8]byte
	n := 0
	for v := 1234567; v > 0; v /= 10 {
		buf[len(buf)-1-n] = byte('0' + v%10)
		n++
	}
	fmt.Println(string(buf[len(buf)-n:]))
	fmt.Println(try(3), try(4), try(-1))
	var last [2]int
	k := 2
	last[k] = 1
}
