package main

// Two goroutines write one map with no lock: Go's runtime ends the program
// with "fatal error: concurrent map writes" (exit status 2).

func main() {
	m := map[int]int{}
	done := make(chan bool)
	for w := 0; w < 2; w++ {
		go func(w int) {
			for i := 0; ; i++ {
				m[i%100000+w] = i
				if i%1000 == 0 {
					delete(m, i%5000)
				}
			}
		}(w)
	}
	<-done
}
