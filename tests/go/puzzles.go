package main

import (
	"fmt"
	"strings"
)

func queens(n int) (count int, first []int) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			if count == 0 {
				first = append([]int(nil), pos...)
			}
			count++
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			pos[r] = c
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return
}

type Sudoku [9][9]int

func (s *Sudoku) ok(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if s[r][i] == v || s[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if s[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (s *Sudoku) Solve(steps *int) bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if s[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if s.ok(r, c, v) {
					s[r][c] = v
					*steps++
					if s.Solve(steps) {
						return true
					}
					s[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (s Sudoku) String() string {
	var sb strings.Builder
	for r, row := range s {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d ", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func parse(rows []string) (s Sudoku) {
	for r, line := range rows {
		for c, ch := range line {
			if ch != '.' {
				s[r][c] = int(ch - '0')
			}
		}
	}
	return
}

func main() {
	for n := 1; n <= 8; n++ {
		c, f := queens(n)
		fmt.Printf("queens(%d) = %d first=%v\n", n, c, f)
	}
	s := parse([]string{
		"53..7....", "6..195...", ".98....6.",
		"8...6...3", "4..8.3..1", "7...2...6",
		".6....28.", "...419..5", "....8..79",
	})
	orig := s
	steps := 0
	fmt.Println("solved:", s.Solve(&steps), "placements:", steps)
	fmt.Print(s)
	fmt.Println("original untouched:", orig[0][2] == 0, s[0][2])
	sum := 0
	for _, row := range s {
		for _, v := range row {
			sum += v
		}
	}
	fmt.Println("sum", sum)
}
