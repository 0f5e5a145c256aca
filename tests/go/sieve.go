package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factorize(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func divisorSum(n int) int {
	s := 1
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			s += d
			if d != n/d {
				s += n / d
			}
		}
	}
	return s
}

func digitsSum(n uint64) (s uint64) {
	for ; n > 0; n /= 10 {
		s += n % 10
	}
	return
}

func modpow(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func main() {
	ps := sieve(100000)
	fmt.Println(len(ps), ps[:15], ps[len(ps)-3:])
	twin := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twin++
		}
	}
	fmt.Println("twin prime pairs below 100000:", twin)
	fmt.Println(factorize(360), factorize(9973), factorize(1<<20), factorize(600851475143))
	fmt.Println(gcd(48, 180), gcd(17, 31), 48*180/gcd(48, 180))
	var perfect, amicable []int
	for n := 2; n < 10000; n++ {
		s := divisorSum(n)
		if s == n {
			perfect = append(perfect, n)
		} else if s > n && s < 10000 && divisorSum(s) == n {
			amicable = append(amicable, n, s)
		}
	}
	fmt.Println("perfect:", perfect, "amicable:", amicable)
	fmt.Println(digitsSum(18446744073709551615), modpow(2, 64, 1000000007), modpow(3, 1000000, 998244353))
	// Goldbach for even numbers up to 50
	isPrime := map[int]bool{}
	for _, p := range ps[:30] {
		isPrime[p] = true
	}
	for n := 4; n <= 30; n += 2 {
		for _, p := range ps {
			if isPrime[n-p] {
				fmt.Printf("%d=%d+%d ", n, p, n-p)
				break
			}
		}
	}
	fmt.Println()
}
