package main

func main() {
	x·y := 1
	_ = x·y
	٣z := 2
	_ = ٣z
}

func f() {
	x  := 1
	_ = x 
}
