package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
	fmt.Stringer
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Polygon struct {
	Name   string
	Points [][2]float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func (p *Polygon) Area() float64 {
	s := 0.0
	n := len(p.Points)
	for i := range p.Points {
		a, b := p.Points[i], p.Points[(i+1)%n]
		s += a[0]*b[1] - b[0]*a[1]
	}
	return math.Abs(s) / 2
}

func (p *Polygon) Perimeter() float64 {
	s := 0.0
	n := len(p.Points)
	for i := range p.Points {
		a, b := p.Points[i], p.Points[(i+1)%n]
		s += math.Hypot(b[0]-a[0], b[1]-a[1])
	}
	return s
}

func (p *Polygon) String() string { return fmt.Sprintf("%s(%d pts)", p.Name, len(p.Points)) }

type byArea []Shape

func (s byArea) Len() int           { return len(s) }
func (s byArea) Less(i, j int) bool { return s[i].Area() < s[j].Area() }
func (s byArea) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func kind(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("round, diameter %g", 2*v.R)
	case Rect:
		if v.W == v.H {
			return "square"
		}
		return "rectangle"
	case *Polygon:
		return fmt.Sprintf("polygon with %d sides", len(v.Points))
	}
	return "unknown"
}

func main() {
	shapes := []Shape{
		Circle{1.5},
		Rect{3, 4},
		&Polygon{"triangle", [][2]float64{{0, 0}, {4, 0}, {0, 3}}},
		Rect{2.2, 2.2},
		Circle{0.5},
		&Polygon{"hexagon", [][2]float64{{1, 0}, {2, 0}, {3, 1}, {2, 2}, {1, 2}, {0, 1}}},
	}
	sort.Sort(byArea(shapes))
	fmt.Printf("%-18s %8s %9s  %s\n", "shape", "area", "perimeter", "kind")
	var total float64
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%-18v %8.3f %9.3f  %s\n", s, s.Area(), s.Perimeter(), kind(s))
	}
	fmt.Printf("total area %.4f\n", total)
	largest := shapes[len(shapes)-1]
	fmt.Println("largest:", largest)
	if p, ok := largest.(*Polygon); ok {
		fmt.Println("largest is polygon", p.Name)
	} else {
		fmt.Printf("largest is %T\n", largest)
	}
	groups := map[string][]string{}
	for _, s := range shapes {
		t := fmt.Sprintf("%T", s)
		groups[t] = append(groups[t], s.String())
	}
	fmt.Println(groups)
	fmt.Println(shapes)
}
