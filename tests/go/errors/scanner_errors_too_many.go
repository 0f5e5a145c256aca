package main

func main() {
	a€ := 1
	b€ := 1
	var s1 string = 1
	var s2 string = 2
	c€ := 1
	var s3 string = 3
	d€ := 1
	var s4 string = 4
	e€ := 1
	var s5 string = 5
	f€ := 1
	var s6 string = 6
}
