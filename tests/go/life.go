package main

import (
	"fmt"
	"strings"
)

const W, H = 12, 10

type Grid [H][W]bool

func (g *Grid) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := g.Neighbors(r, c)
			next[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, cell := range row {
			if cell {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) Alive() (n int) {
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func parse(pattern string, top, left int) Grid {
	var g Grid
	for r, line := range strings.Split(pattern, "\n") {
		for c, ch := range line {
			if ch == '#' {
				g[top+r][left+c] = true
			}
		}
	}
	return g
}

func main() {
	glider := parse(".#.\n..#\n###", 0, 0)
	g := glider
	for gen := 0; gen <= 4; gen++ {
		fmt.Printf("generation %d (alive %d)\n%v", gen, g.Alive(), g)
		g = g.Step()
	}
	for i := 0; i < 235; i++ {
		g = g.Step()
	}
	fmt.Println("glider back home after 240 generations:", g == glider, g.Alive())
	blinker := parse("###", 4, 4)
	b1 := blinker.Step()
	b2 := b1.Step()
	fmt.Println(b2 == blinker, b1 == blinker)
	fmt.Print(b1)
	seen := map[Grid]int{}
	cur := parse(".##\n##.\n.#.", 3, 4) // R-pentomino on a torus
	for gen := 0; gen < 200; gen++ {
		if first, ok := seen[cur]; ok {
			fmt.Println("cycle found: gen", first, "repeats at", gen, "alive", cur.Alive())
			break
		}
		seen[cur] = gen
		cur = cur.Step()
	}
	fmt.Println("states seen:", len(seen))
}
