package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var f func()
	defer f()
	fmt.Println("after defer of nil func")
}
