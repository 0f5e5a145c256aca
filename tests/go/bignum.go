package main

import (
	"fmt"
	"strings"
)

// Big is a non-negative integer stored as little-endian base-10^9 limbs.
type Big []uint32

const base = 1000000000

func FromInt(n uint64) Big {
	if n == 0 {
		return Big{0}
	}
	var b Big
	for n > 0 {
		b = append(b, uint32(n%base))
		n /= base
	}
	return b
}

func (a Big) Add(b Big) Big {
	if len(a) < len(b) {
		a, b = b, a
	}
	res := make(Big, 0, len(a)+1)
	var carry uint64
	for i := range a {
		s := uint64(a[i]) + carry
		if i < len(b) {
			s += uint64(b[i])
		}
		res = append(res, uint32(s%base))
		carry = s / base
	}
	if carry > 0 {
		res = append(res, uint32(carry))
	}
	return res
}

func (a Big) MulSmall(m uint32) Big {
	res := make(Big, 0, len(a)+1)
	var carry uint64
	for _, d := range a {
		p := uint64(d)*uint64(m) + carry
		res = append(res, uint32(p%base))
		carry = p / base
	}
	for carry > 0 {
		res = append(res, uint32(carry%base))
		carry /= base
	}
	return res.trim()
}

func (a Big) Mul(b Big) Big {
	tmp := make([]uint64, len(a)+len(b)+1)
	for i, x := range a {
		var carry uint64
		for j, y := range b {
			cur := tmp[i+j] + uint64(x)*uint64(y) + carry
			tmp[i+j] = cur % base
			carry = cur / base
		}
		k := i + len(b)
		for carry > 0 {
			cur := tmp[k] + carry
			tmp[k] = cur % base
			carry = cur / base
			k++
		}
	}
	res := make(Big, len(tmp))
	for i, v := range tmp {
		res[i] = uint32(v)
	}
	return res.trim()
}

func (a Big) trim() Big {
	for len(a) > 1 && a[len(a)-1] == 0 {
		a = a[:len(a)-1]
	}
	return a
}

func (a Big) String() string {
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%09d", a[i])
	}
	return sb.String()
}

func factorial(n uint32) Big {
	r := FromInt(1)
	for i := uint32(2); i <= n; i++ {
		r = r.MulSmall(i)
	}
	return r
}

func main() {
	fmt.Println(FromInt(0), FromInt(123456789012345678), FromInt(18446744073709551615))
	fmt.Println(factorial(25))
	f50 := factorial(50)
	fmt.Println(f50, len(f50.String()))
	a, b := FromInt(0), FromInt(1)
	for i := 0; i < 200; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(200) =", a)
	two := FromInt(1)
	for i := 0; i < 128; i++ {
		two = two.MulSmall(2)
	}
	fmt.Println("2^128 =", two)
	sq := two.Mul(two)
	fmt.Println("2^256 =", sq)
	digitSum := 0
	for _, ch := range factorial(100).String() {
		digitSum += int(ch - '0')
	}
	fmt.Println("digit sum of 100! =", digitSum)
	x := FromInt(999999999999)
	fmt.Println(x.Mul(x), x.Add(FromInt(1)), x.Mul(FromInt(0)))
}
