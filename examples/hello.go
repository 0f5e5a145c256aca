package main

import "fmt"

type shape interface {
	area() float64
}

type rect struct{ w, h float64 }
type circle struct{ r float64 }

func (r rect) area() float64   { return r.w * r.h }
func (c circle) area() float64 { return 3.14159 * c.r * c.r }

func main() {
	shapes := []shape{rect{3, 4}, circle{1}, rect{2, 2.5}}
	total := 0.0
	for i, s := range shapes {
		fmt.Printf("shape %d: %T area %.2f\n", i, s, s.area())
		total += s.area()
	}
	fmt.Println("hello from goro; total area", total)
}
