package main

import "fmt"

type Inner struct {
	Vals [3]int
	Tags []string
	Meta map[string]int
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	Funcs []func() int
}

func mutateValue(o Outer) {
	o.Name = "changed"
	o.In.Vals[0] = 100  // copy: not visible
	o.In.Tags[0] = "T!" // shared backing array: visible
	o.In.Meta["k"] = 9  // shared map: visible
	o.Ptr.Vals[1] = 200 // through pointer: visible
	o.In.Tags = append(o.In.Tags, "new")
}

func mutatePtr(o *Outer) {
	o.Name = "changed"
	o.In.Vals[0] = 100
}

func resetSlice(s []int) { s = nil; _ = s }
func fillSlice(s []int) {
	for i := range s {
		s[i] = i * 10
	}
}
func growSlice(s *[]int)     { *s = append(*s, 99) }
func resetMap(m map[int]int) { m = map[int]int{}; m[1] = 1 }
func clearMap(m map[int]int) {
	for k := range m {
		delete(m, k)
	}
}

func main() {
	o := Outer{
		Name: "orig",
		In:   Inner{[3]int{1, 2, 3}, []string{"a", "b"}, map[string]int{"k": 1}},
		Ptr:  &Inner{Vals: [3]int{7, 8, 9}},
	}
	mutateValue(o)
	fmt.Println(o.Name, o.In.Vals, o.In.Tags, o.In.Meta, o.Ptr.Vals, len(o.In.Tags))
	mutatePtr(&o)
	fmt.Println(o.Name, o.In.Vals)

	// assignment copies structs and arrays, shares slices/maps/pointers
	c := o
	c.In.Vals[2] = -1
	c.In.Tags[1] = "shared"
	c.Ptr.Vals[2] = -9
	c.Name = "copy"
	fmt.Println(o.Name, o.In.Vals, o.In.Tags, o.Ptr.Vals)
	fmt.Println(c.Name, c.In.Vals, c.In.Tags, c.Ptr == o.Ptr)

	// arrays of arrays copy deeply; slices of slices do not
	a := [2][2]int{{1, 2}, {3, 4}}
	b := a
	b[0][0] = 9
	s := [][]int{{1, 2}, {3, 4}}
	t := s
	t[0][0] = 9
	u := make([][]int, len(s))
	copy(u, s)
	u[1][1] = 40
	u[0] = []int{0, 0}
	fmt.Println(a, b, s, t, u)

	// passing slices and maps to functions
	nums := make([]int, 4)
	resetSlice(nums)
	fillSlice(nums)
	fmt.Println(nums, len(nums))
	growSlice(&nums)
	fmt.Println(nums, len(nums))
	m := map[int]int{5: 5, 6: 6}
	resetMap(m)
	fmt.Println(m)
	clearMap(m)
	fmt.Println(m, len(m), m == nil)

	// range copies values; closures capture variables
	structs := []Inner{{Vals: [3]int{1}}, {Vals: [3]int{2}}}
	for _, st := range structs {
		st.Vals[0] *= 100
	}
	fmt.Println(structs[0].Vals, structs[1].Vals)
	for i := range structs {
		st := &structs[i]
		st.Vals[0] *= 100
	}
	fmt.Println(structs[0].Vals, structs[1].Vals)
	n := 1
	get := func() int { return n }
	o.Funcs = append(o.Funcs, get)
	n = 2
	cp := o
	n = 3
	fmt.Println(o.Funcs[0](), cp.Funcs[0]())

	// interface values hold copies
	v := Inner{Vals: [3]int{1, 1, 1}}
	var iface interface{} = v
	v.Vals[0] = 5
	fmt.Println(iface.(Inner).Vals, v.Vals)
	pv := &v
	var iface2 interface{} = pv
	v.Vals[1] = 6
	fmt.Println(iface2.(*Inner).Vals)
	str := "immutable"
	str2 := str
	str += "!"
	fmt.Println(str, str2)
}
