// tests/trace.sh: the annotations of package runtime/trace (a task, nested
// regions on three goroutines, logs) in `goro trace`'s file.
package main

import (
	"context"
	"fmt"
	"os"
	"runtime/trace"
	"sync"
)

func main() {
	if err := trace.Start(os.Stderr); err != nil {
		fmt.Println("start:", err)
	}
	defer trace.Stop()
	ctx, task := trace.NewTask(context.Background(), "make coffee")
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			trace.WithRegion(ctx, "grind", func() {
				r := trace.StartRegion(ctx, "weigh")
				trace.Logf(ctx, "beans", "cup %d: %d g", i, 10+i)
				r.End()
			})
		}(i)
	}
	wg.Wait()
	trace.Log(ctx, "", "done")
	task.End()
	fmt.Println("enabled:", trace.IsEnabled())
}
