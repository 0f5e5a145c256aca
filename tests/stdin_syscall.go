package main

import (
	"fmt"
	"os"
	"runtime"
)

// With one P, a goroutine blocked reading stdin must not stop the others:
// the read runs in a system call whose P sysmon hands to another M. The
// input arrives 0.5 s late (tests/stdin_syscall.sh), so main spins through
// many iterations meanwhile — without the hand-off it could not run at all.
func main() {
	runtime.GOMAXPROCS(1)
	got := make(chan string)
	go func() {
		buf := make([]byte, 64)
		n, _ := os.Stdin.Read(buf)
		got <- string(buf[:n])
	}()
	iters := 0
	for {
		select {
		case s := <-got:
			fmt.Println("main kept running while the reader blocked:", iters > 1000)
			fmt.Printf("reader got %q\n", s)
			return
		default:
			iters++
			runtime.Gosched()
		}
	}
}
