package main

import (
	"fmt"
	"runtime"
)

// With one P, two goroutines spinning in `for { x++ }` cannot keep main from
// running again: sysmon preempts them after 10 ms at a loop back-edge.
var x, y int

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
			x++
		}
	}()
	go func() {
		for {
			y++
		}
	}()
	for i := 0; i < 3; i++ {
		runtime.Gosched() // hand the only P to the spinners
	}
	fmt.Println("main ran again; spinners preempted")
}
