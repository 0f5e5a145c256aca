// runtime.Goexit: deferred calls run (recover sees nothing), from a library
// callback too; a panic in its defers can be recovered; main calling it lets
// the other goroutines finish, then the program dies as Go's does.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("a: deferred after Goexit in a sort callback")
		s := []int{3, 1, 2}
		sort.Slice(s, func(i, j int) bool {
			defer fmt.Println("a: callback's own defer")
			runtime.Goexit()
			return s[i] < s[j]
		})
		fmt.Println("a: not reached")
	}()
	wg.Wait()
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			fmt.Println("b: recover sees", recover())
		}()
		defer func() {
			panic("b: panic during Goexit's defers")
		}()
		runtime.Goexit()
	}()
	wg.Wait() // (one goroutine at a time: the output's order is fixed)
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("c: NumGoroutine >= 1:", runtime.NumGoroutine() >= 1)
		var x [10]int
		runtime.KeepAlive(&x)
		runtime.Goexit()
	}()
	wg.Wait()
	fmt.Println("main: done")
	defer func() {
		fmt.Println("main: deferred")
		go func() {
			fmt.Println("last goroutine runs after main's Goexit")
		}()
	}()
	runtime.Goexit()
}
