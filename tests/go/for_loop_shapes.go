package main

import (
	"fmt"
	"math"
)

// Loops whose condition, back-edge and post statement the compiler fuses
// (FORLOOPK / FORLOOPR / LOOPLT_I & co.) must keep Go's semantics: continue
// still runs the post statement, the body may change the variable, the step
// may change, and int64 arithmetic wraps.

func main() {
	s := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		s += i
	}
	fmt.Println("continue:", s)

	s = 0
	for i := 0; i < 20; i++ {
		i += 2 // the body moves the variable too
		s = s*10 + i%10
	}
	fmt.Println("body writes i:", s)

	n, step := 50, 1
	cnt := 0
	for j := 0; j < n; j += step {
		step++ // the step is read at every iteration
		cnt++
	}
	fmt.Println("changing step:", cnt, step)

	cnt = 0
	for k := int64(math.MaxInt64 - 2); k < math.MaxInt64; k++ {
		cnt++
	}
	fmt.Println("up to MaxInt64:", cnt)

	cnt = 0
	var w int64 = math.MaxInt64 - 5
	for k := w; k < w+10 && cnt < 100; k += 4 { // k+4 wraps negative: the loop goes on until cnt stops it
		cnt++
	}
	fmt.Println("wrap:", cnt)

	cnt = 0
	for d := 10; d > 0; d-- {
		cnt += d
	}
	for d := 0; d < 10; d-- {
		cnt++
		if d < -5 {
			break
		}
	}
	fmt.Println("down:", cnt)

	total := 0
outer:
	for a := 0; a < 5; a++ {
		for b := 0; b < 5; b += 2 {
			if b == 4 {
				continue outer
			}
			if a == 4 {
				break outer
			}
			total += a*10 + b
		}
	}
	fmt.Println("labels:", total)

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i })
	}
	fmt.Println("captured:", funcs[0](), funcs[1](), funcs[2]())
}
