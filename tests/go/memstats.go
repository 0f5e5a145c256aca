package main

import (
	"fmt"
	"runtime"
)

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b := make([]byte, 1<<20)
	_ = b
	var m2 runtime.MemStats
	runtime.ReadMemStats(&m2)
	fmt.Println(m2.TotalAlloc-m.TotalAlloc >= 1<<20, m.Sys > 0, m.StackInuse > 0, m.HeapAlloc == m.Alloc)
	runtime.GC()
	runtime.ReadMemStats(&m2)
	fmt.Println(m2.NumGC > m.NumGC)
}
