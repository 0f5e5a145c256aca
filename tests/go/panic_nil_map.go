package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func (r *Registry) Register(name string) {
	r.entries[name] = len(r.entries) + 1
}

func main() {
	r := &Registry{}
	fmt.Println("lookup before:", r.entries["x"], len(r.entries))
	r.Register("x")
	fmt.Println("unreachable")
}
