// A panic 150 calls deep: Go shows 99 frames (the hidden runtime.gopanic
// counts toward its 100) and no "frames elided" line.
package main

func f(n int) {
	if n == 0 {
		panic("deep")
	}
	f(n - 1)
}

func main() { f(150) }
