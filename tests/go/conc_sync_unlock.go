// Unlock of an unlocked sync.Mutex is a fatal error (not a panic: deferred
// calls do not run and recover cannot catch it).
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("deferred: must not run")
	defer func() { fmt.Println("recovered?", recover()) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
