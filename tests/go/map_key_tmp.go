// Map lookups and deletes whose string key is string(b) of a byte slice or a
// concatenation use the key in place (no allocation, as gc); stores copy it.
package main

import "fmt"

type Key string

func main() {
	m := map[string]int{"ab": 1, "xk1": 2, "": 3, "long-key-abcdefghijklmnopqrstuvwxyz-0123456789": 4}
	b := []byte("ab")
	fmt.Println(m[string(b)], m[string(b[:0])], m[string(b[:1])])
	v, ok := m[string(b)]
	fmt.Println(v, ok)
	k := "k1"
	fmt.Println(m["x"+k], m[k+""], m[""+k], m["long-key-abcdefghijklmnopqrstuvwxyz-"+"0123456789"])
	long1, long2 := "long-key-abcdefghijklmnopqrstuvwxyz-", "0123456789"
	fmt.Println(m[long1+long2])
	delete(m, "x"+k)
	_, ok = m["x"+k]
	fmt.Println(ok, len(m))
	b[0] = 'z'
	m[string(b)] = 9 // stores a copy
	b[0] = 'q'
	fmt.Println(m["zb"], m[string(b)])
	km := map[Key]bool{"hello": true}
	hb := []byte("hello")
	fmt.Println(km[Key(hb)], km[Key("hel")+Key("lo")])
	var nilm map[string]int
	fmt.Println(nilm["a"+k], nilm[string(b)])
	// the key built in the frame is not kept
	for i := 0; i < 3; i++ {
		s := fmt.Sprint(i)
		m["n"+s] = i
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += m["n"+fmt.Sprint(i)]
	}
	fmt.Println(sum, m["n2"])
	// empty strings with and without a data pointer
	e := "abc"[3:]
	fmt.Println(e == "", "" == e, e != "", m[e], m[string(b[:0])])
}
