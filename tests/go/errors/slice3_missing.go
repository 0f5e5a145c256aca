package main

func main() {
	s := []int{1, 2, 3}
	n := 2
	_ = s[::n]
	_ = s[:n:]
	_ = s[1::]
}
