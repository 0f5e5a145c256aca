package main

import "fmt"

type big [70000]byte

func main() {
	m := map[int]big{}
	v := m[3]
	fmt.Println(len(v), v[69999])
	v2, ok := m[4]
	fmt.Println(ok, v2[0])
}
