// m[k] op= v and m[k]++ with 8-byte integer values (one fused map op), loads
// of 16-byte slice elements, and stores of conversions to narrow integers.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type ID uint64
type Count int

type pt struct{ x, y int }

func show(m map[string]int) string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	s := ""
	for _, k := range ks {
		s += fmt.Sprintf("%s=%d ", k, m[k])
	}
	return s
}

func boom() int { panic(errors.New("boom")) }

func main() {
	words := []string{"go", "map", "go", "add", "go", "map"}
	cnt := map[string]int{}
	for _, w := range words {
		cnt[w]++
	}
	cnt["go"] += 10
	cnt["map"] -= 3
	cnt["new"]--
	cnt["neg"] -= -7
	fmt.Println(show(cnt))

	// wrap-around in 64 bits, unsigned and named value types
	u := map[int]uint64{}
	u[1]--
	u[2] += 1 << 63
	u[2] += 1 << 63
	u[3] -= 1
	ids := map[string]ID{}
	ids["a"] += 5
	ids["a"]++
	c := map[pt]Count{}
	q := Count(1 << 62)
	c[pt{1, 2}] += q + q
	c[pt{1, 2}] += q + q
	up := map[bool]uintptr{}
	up[true]--
	i64 := map[float64]int64{}
	i64[1.5] += 9223372036854775807
	i64[1.5]++
	fmt.Println(u, ids, c, up, i64)

	// interface keys; a value read from the same map as the addend
	ik := map[any]int{}
	ik[1] += 2
	ik["1"] += ik[1] * 10
	ik[pt{0, 0}]++
	fmt.Println(ik[1], ik["1"], ik[pt{0, 0}], len(ik))

	// narrow value types keep their own arithmetic
	n32 := map[int]int32{}
	n32[0] += 2147483647
	n32[0]++
	n8 := map[int]uint8{}
	n8[0] -= 1
	fl := map[int]float64{}
	fl[0] += 0.5
	fl[0]++
	fmt.Println(n32, n8, fl)

	// the addend is evaluated before the element is inserted
	func() {
		defer func() { fmt.Println("recovered:", recover(), len(cnt), cnt["zzz"]) }()
		cnt["zzz"] += boom()
	}()
	var nilm map[string]int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilm["x"]++
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilm["x"] += 3
	}()
	var badKey map[any]int = map[any]int{}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		badKey[[]int{1}]++
	}()

	// 16-byte slice elements
	ss := []string{"a", "bb", "ccc"}
	as := []any{1, "two", 3.0, nil}
	ps := []pt{{1, 2}, {3, 4}}
	arr := [][2]int{{5, 6}, {7, 8}}
	total := 0
	for i := range ss {
		total += len(ss[i])
	}
	fmt.Println(total, as[1], as[2], as[3] == nil, ps[1].y, arr[1][0], ss[len(ss)-1])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		k := 3
		fmt.Println(ss[k])
	}()

	// stores of conversions to narrow integer types
	var buf [4]byte
	x := 300
	buf[0] = byte(x)
	buf[1] = byte(x >> 8)
	buf[2] = byte(-x)
	y := -129
	bs := make([]int8, 3)
	bs[0] = int8(y)
	bs[1] = int8(x)
	type rec struct {
		a uint16
		b int32
		c uint8
	}
	var r rec
	w := 70000
	r.a = uint16(w)
	big := int64(1)<<40 + 5
	r.b = int32(big)
	r.c = uint8(r.a)
	p := &r
	p.a = uint16(-y)
	fmt.Println(buf, bs, r, len(cnt))
}
