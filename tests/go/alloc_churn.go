package main

import "fmt"

// Allocates 10 GB over its life in short-lived objects (2.5M buffers of 4 KiB
// plus small nodes); only the last few are live at any time. tests/mem_bound.sh
// also runs it under a 1 GiB address-space limit: memory must stay bounded.
type node struct {
	next *node
	buf  []byte
}

func main() {
	var keep *node
	sum := 0
	for i := 0; i < 2500000; i++ {
		b := make([]byte, 4096)
		b[i%4096] = byte(i)
		n := &node{buf: b}
		if i%1000 == 0 {
			n.next = keep
			keep = n
			if i%100000 == 0 {
				keep = nil // drop the chain now and then
			}
		}
		sum += int(b[i%4096])
	}
	fmt.Println("allocated", 2500000*4096/(1<<30), "GiB; checksum", sum)
}
