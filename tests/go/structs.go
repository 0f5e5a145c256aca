package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

type Person struct {
	Name    string
	Age     int
	Friends []*Person
	Address *Address
}

type Address struct {
	City, Zip string
}

func (r Rect) Area() int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func moveByValue(p Point, dx int) Point {
	p.X += dx
	return p
}

func moveByPtr(p *Point, dx int) {
	p.X += dx
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	fmt.Println(p, q, z, p == Point{1, 2}, p != q)

	r := Rect{Min: Point{0, 0}, Max: Point{4, 3}, Label: "box"}
	fmt.Println(r, r.Area())
	fmt.Printf("%v|%+v\n", r, r)

	// value semantics
	r2 := r
	r2.Max.X = 10
	r2.Label = "wide"
	fmt.Println(r.Max.X, r.Label, r2.Max.X, r2.Label, r2.Area())

	moved := moveByValue(p, 10)
	fmt.Println(p, moved)
	moveByPtr(&p, 100)
	fmt.Println(p)

	pp := &Point{7, 8}
	pp.Y = 80
	(*pp).X = 70
	fmt.Println(*pp, pp.X+pp.Y)
	fmt.Printf("%v %+v\n", pp, pp)

	alice := &Person{Name: "Alice", Age: 30}
	bob := &Person{Name: "Bob", Age: 25, Address: &Address{"Paris", "75001"}}
	alice.Friends = append(alice.Friends, bob)
	bob.Friends = append(bob.Friends, alice)
	fmt.Println(alice.Name, len(alice.Friends), alice.Friends[0].Name, alice.Friends[0].Friends[0].Name)
	fmt.Println(bob.Address.City, alice.Address == nil)
	bob.Age++
	fmt.Println(alice.Friends[0].Age)

	// anonymous structs
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%v %+v\n", cfg, cfg)

	pts := []struct{ X, Y int }{{1, 2}, {3, 4}, {5, 6}}
	sum := 0
	for _, pt := range pts {
		sum += pt.X * pt.Y
	}
	fmt.Println(pts, sum)

	// struct as map key and comparison
	visits := map[Point]int{}
	path := []Point{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}, {0, 1}}
	for _, pt := range path {
		visits[pt]++
	}
	fmt.Println(visits[Point{0, 1}], visits[Point{0, 0}], visits[Point{9, 9}], len(visits))
	fmt.Println(visits)

	// arrays of structs are copied, slices of structs alias
	arr := [2]Point{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].X = 99
	sl := arr[:]
	sl[1].Y = 42
	fmt.Println(arr, arr2)

	// pointers to fields
	px := &r.Min.X
	*px = -5
	fmt.Println(r.Min, r.Area())
	type pair struct {
		a [3]int
		s string
	}
	x1 := pair{[3]int{1, 2, 3}, "k"}
	x2 := pair{[3]int{1, 2, 3}, "k"}
	fmt.Println(x1 == x2)
	x2.a[2] = 4
	fmt.Println(x1 == x2, x1, x2)
}
