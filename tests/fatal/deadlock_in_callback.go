// fatal: fatal error: all goroutines are asleep - deadlock!
// An Error method that blocks for ever while fmt prints it: the goroutine is
// parked inside a native's callback and nothing can wake it, which Go
// reports as a deadlock (not a hang).
package main

import "fmt"

type E struct{ c chan int }

func (e E) Error() string { <-e.c; return "never" }

func main() {
	fmt.Println(E{make(chan int)})
}
