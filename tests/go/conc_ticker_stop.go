package main

import (
	"fmt"
	"time"
)

func main() {
	bad := 0
	for i := 0; i < 200; i++ {
		tk := time.NewTicker(time.Millisecond)
		<-tk.C
		tk.Stop()
		select {
		case <-tk.C:
		default:
		}
		select {
		case <-tk.C:
			bad++
		case <-time.After(3 * time.Millisecond):
		}
	}
	fmt.Println("ticks after Stop:", bad)
}
