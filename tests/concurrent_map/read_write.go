package main

// One goroutine writes a map while another reads it: "fatal error: concurrent
// map read and map write" (or "concurrent map writes"), exit status 2.

func main() {
	m := map[int]int{}
	go func() {
		for i := 0; ; i++ {
			m[i%1000] = i
		}
	}()
	sum := 0
	for i := 0; ; i++ {
		sum += m[i%1000]
	}
}
