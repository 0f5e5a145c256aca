// maps: map-heavy work. map[int]int: 1M inserts, 2M lookups (half miss),
// 500k deletes, a range over the rest; map[string]int: 200k string keys built
// with a hand-written itoa, 1M increments, lookups, deletes, range.
// Checksums are order-independent (range order is random in Go).
package main

import "fmt"

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}

func intMap() {
	const n = 1000000
	const m = 1000003
	h := make(map[int]int)
	for i := 0; i < n; i++ {
		h[(i*7919)%m] = i
	}
	hits, sum := 0, 0
	for i := 0; i < 2*n; i++ {
		if v, ok := h[i]; ok {
			hits++
			sum += v
		}
	}
	for i := 0; i < n; i += 2 {
		delete(h, (i*7919)%m)
	}
	cnt, x := 0, 0
	for k, v := range h {
		cnt++
		x += k ^ v
	}
	fmt.Println("int:", len(h), hits, sum, cnt, x)
}

func stringMap() {
	const n = 200000
	keys := make([]string, n)
	for i := 0; i < n; i++ {
		keys[i] = "k" + itoa(i*31)
	}
	h := make(map[string]int)
	for i := 0; i < 5*n; i++ {
		h[keys[(i*7)%n]] += i
	}
	hits, sum := 0, 0
	for i := 0; i < n; i++ {
		if v, ok := h[keys[i]]; ok {
			hits++
			sum += v
		}
		if _, ok := h["x"+keys[i]]; ok {
			hits += 1000
		}
	}
	for i := 0; i < n; i += 3 {
		delete(h, keys[i])
	}
	cnt, tl, x := 0, 0, 0
	for k, v := range h {
		cnt++
		tl += len(k)
		x ^= v
	}
	fmt.Println("string:", len(h), hits, sum, cnt, tl, x)
}

func main() {
	intMap()
	stringMap()
}
