// fatal: fatal error: all goroutines are asleep - deadlock!
// GOMAXPROCS raised after it was lowered: the new Ps are idle ones, so a
// program with nothing left to run is still seen to be deadlocked.
package main

import "runtime"

func main() {
	runtime.GOMAXPROCS(1)
	runtime.GOMAXPROCS(4)
	<-make(chan int)
}
