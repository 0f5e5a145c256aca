// Pointers copied with copy() while other goroutines read them: a reader must
// see either nil or the whole pointer, never half of one (Go's memmove copies
// aligned words whole; after Go's test/fixedbugs/issue13160.go). Also struct
// values with pointers assigned while read. (Named race_, not conc_: racy on
// purpose, so left out of the TSan run.)
package main

import (
	"fmt"
	"runtime"
)

const N = 20000

type big struct {
	a, b, c, d, e, f, g, h *int
	n                      [4]int
}

func main() {
	p := 2
	runtime.GOMAXPROCS(2 * p)
	ptrs := make([]*int, p)
	for i := range ptrs {
		ptrs[i] = new(int)
	}
	collider := make([]*int, p)
	structs := make([]big, p)
	done := make(chan bool, 2*p)
	for i := 0; i < p; i++ {
		i := i
		go func() {
			full := big{ptrs[i], ptrs[i], ptrs[i], ptrs[i], ptrs[i], ptrs[i], ptrs[i], ptrs[i], [4]int{1, 2, 3, 4}}
			for j := 0; j < N; j++ {
				copy(collider[i:i+1], ptrs[i:i+1])
				r := collider[i : i+1]
				for k := range r {
					r[k] = nil
				}
				structs[i] = full
				structs[i] = big{}
			}
			done <- true
		}()
	}
	for i := 0; i < p; i++ {
		i := i
		go func() {
			for j := 0; j < N; j++ {
				var ptr [1]*int
				copy(ptr[:], collider[i:i+1])
				if ptr[0] != nil && ptr[0] != ptrs[i] {
					panic(fmt.Sprintf("bad pointer read %p!", ptr[0]))
				}
				s := structs[i]
				if s.a != nil && s.a != ptrs[i] || s.h != nil && s.h != ptrs[i] {
					panic(fmt.Sprintf("bad pointer read %p %p!", s.a, s.h))
				}
			}
			done <- true
		}()
	}
	for i := 0; i < 2*p; i++ {
		<-done
	}
	fmt.Println("ok")
}
