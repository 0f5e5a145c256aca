package main

import "fmt"

func findPair(nums []int, target int) (int, int) {
	i, j := -1, -1
outer:
	for a := 0; a < len(nums); a++ {
		for b := a + 1; b < len(nums); b++ {
			if nums[a]+nums[b] == target {
				i, j = a, b
				break outer
			}
		}
	}
	return i, j
}

func primes(limit int) []int {
	var ps []int
next:
	for n := 2; n <= limit; n++ {
		for _, p := range ps {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue next
			}
		}
		ps = append(ps, n)
	}
	return ps
}

func main() {
	fmt.Println(findPair([]int{3, 9, 4, 7, 1}, 8))
	fmt.Println(findPair([]int{1, 2}, 100))
	fmt.Println(primes(60))

	// labeled continue on a range loop over a map-free structure
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}, {-1, 0, 0}}
	sums := []int{}
rows:
	for _, row := range grid {
		s := 0
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			s += v
		}
		sums = append(sums, s)
	}
	fmt.Println(sums)

	// break out of a switch inside a loop using a label
	count := 0
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 9:
			break loop
		}
		count += i
	}
	fmt.Println("count", count)

	// labeled break from nested range over strings
	words := []string{"alpha", "beta", "gamma", "delta"}
	found := ""
search:
	for _, w := range words {
		for _, r := range w {
			if r == 'm' {
				found = w
				break search
			}
		}
	}
	fmt.Println("first word with m:", found)

	// three levels deep
	hits := 0
L1:
	for a := 0; a < 3; a++ {
	L2:
		for b := 0; b < 3; b++ {
			for c := 0; c < 3; c++ {
				if c == 1 {
					continue L2
				}
				if a == 2 {
					break L1
				}
				hits++
				fmt.Print(a, b, c, " ")
			}
		}
	}
	fmt.Println("hits", hits)

	// goto-free state machine using labeled loop and switch
	input := "aaabccd"
	state, pos := 0, 0
	var trace []int
machine:
	for pos < len(input) {
		ch := input[pos]
		switch state {
		case 0:
			if ch == 'a' {
				pos++
				continue machine
			}
			state = 1
		case 1:
			if ch == 'd' {
				break machine
			}
			pos++
		}
		trace = append(trace, state*10+pos)
	}
	fmt.Println(state, pos, trace)
}
