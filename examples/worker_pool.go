// A worker pool: jobs through a buffered channel, results back through
// another; the main goroutine collects exactly as many results as jobs.
package main

import "fmt"

type job struct{ id, n int }
type result struct{ id, collatzSteps int }

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(jobs <-chan job, results chan<- result) {
	for j := range jobs {
		results <- result{j.id, collatz(j.n)}
	}
}

func main() {
	const njobs = 2000
	jobs := make(chan job, 100)
	results := make(chan result, 100)
	for w := 0; w < 8; w++ {
		go worker(jobs, results)
	}
	go func() {
		for i := 0; i < njobs; i++ {
			jobs <- job{i, i + 1}
		}
		close(jobs)
	}()
	steps := make([]int, njobs)
	for i := 0; i < njobs; i++ {
		r := <-results
		steps[r.id] = r.collatzSteps
	}
	best := 0
	for i, s := range steps {
		if s > steps[best] {
			best = i
		}
	}
	fmt.Printf("%d jobs done; longest Collatz chain below %d starts at %d (%d steps)\n", njobs, njobs+1, best+1, steps[best])
}
