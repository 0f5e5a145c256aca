// sieve: sieve of Eratosthenes over a 20M-element []bool (slice indexing,
// bounds checks, one large allocation); prints the number of primes < 20M.
package main

import "fmt"

func main() {
	const n = 20000000
	composite := make([]bool, n)
	count := 0
	for i := 2; i < n; i++ {
		if !composite[i] {
			count++
			for j := i * i; j < n; j += i {
				composite[j] = true
			}
		}
	}
	fmt.Println(count)
}
