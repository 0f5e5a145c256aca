// A method whose receiver takes more than one slot, called through an
// interface or as a bound method value, gets its receiver in front of the
// arguments the caller placed: at the end of a goroutine stack the callee's
// parameters lie past it, and the stack must grow before they are written
// (goro once wrote them past the end of the stack block: the arguments came
// out as zeros, or the memory after the block was clobbered). The recursion
// depths sweep the call across every offset from the end of the stack.
package main

import "fmt"

type Big struct{ a, b, c, d, e, f, g, h int }

func (v Big) Sum(x, y int) int { return v.a + v.b + v.c + v.d + v.e + v.f + v.g + v.h + 10*x + 100*y }

type Small struct{ a int32 }

func (v Small) Sum(x, y int) int { return int(v.a) + 10*x + 100*y }

type Empty struct{}

func (Empty) Sum(x, y int) int { return 10*x + 100*y }

type Summer interface{ Sum(x, y int) int }

// Callers whose frames end right after the call's arguments.
func tailI(s Summer, x, y int) int             { return s.Sum(x, y) }
func tailF(f func(x, y int) int, x, y int) int { return f(x, y) }

func viaIface(n int, s Summer) int {
	if n == 0 {
		return s.Sum(3, 4)
	}
	return viaIface(n-1, s) + s.Sum(n, n+1)
}

func viaValue(n int, f func(x, y int) int) int {
	if n == 0 {
		return f(5, 6)
	}
	return viaValue(n-1, f) + f(n, 2*n)
}

func pad1(s Summer, f func(x, y int) int) int {
	var a [1]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[1-1], 1) + tailF(f, 1, a[0])
}

func pad2(s Summer, f func(x, y int) int) int {
	var a [2]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[2-1], 2) + tailF(f, 2, a[0])
}

func pad3(s Summer, f func(x, y int) int) int {
	var a [3]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[3-1], 3) + tailF(f, 3, a[0])
}

func pad4(s Summer, f func(x, y int) int) int {
	var a [4]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[4-1], 4) + tailF(f, 4, a[0])
}

func pad5(s Summer, f func(x, y int) int) int {
	var a [5]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[5-1], 5) + tailF(f, 5, a[0])
}

func pad6(s Summer, f func(x, y int) int) int {
	var a [6]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[6-1], 6) + tailF(f, 6, a[0])
}

func pad7(s Summer, f func(x, y int) int) int {
	var a [7]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[7-1], 7) + tailF(f, 7, a[0])
}

func pad8(s Summer, f func(x, y int) int) int {
	var a [8]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[8-1], 8) + tailF(f, 8, a[0])
}

func pad9(s Summer, f func(x, y int) int) int {
	var a [9]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[9-1], 9) + tailF(f, 9, a[0])
}

func pad10(s Summer, f func(x, y int) int) int {
	var a [10]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[10-1], 10) + tailF(f, 10, a[0])
}

func pad11(s Summer, f func(x, y int) int) int {
	var a [11]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[11-1], 11) + tailF(f, 11, a[0])
}

func pad12(s Summer, f func(x, y int) int) int {
	var a [12]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[12-1], 12) + tailF(f, 12, a[0])
}

func pad13(s Summer, f func(x, y int) int) int {
	var a [13]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[13-1], 13) + tailF(f, 13, a[0])
}

func pad14(s Summer, f func(x, y int) int) int {
	var a [14]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[14-1], 14) + tailF(f, 14, a[0])
}

func pad15(s Summer, f func(x, y int) int) int {
	var a [15]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[15-1], 15) + tailF(f, 15, a[0])
}

func pad16(s Summer, f func(x, y int) int) int {
	var a [16]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[16-1], 16) + tailF(f, 16, a[0])
}

func pad17(s Summer, f func(x, y int) int) int {
	var a [17]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[17-1], 17) + tailF(f, 17, a[0])
}

func pad18(s Summer, f func(x, y int) int) int {
	var a [18]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[18-1], 18) + tailF(f, 18, a[0])
}

func pad19(s Summer, f func(x, y int) int) int {
	var a [19]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[19-1], 19) + tailF(f, 19, a[0])
}

func pad20(s Summer, f func(x, y int) int) int {
	var a [20]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[20-1], 20) + tailF(f, 20, a[0])
}

func pad21(s Summer, f func(x, y int) int) int {
	var a [21]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[21-1], 21) + tailF(f, 21, a[0])
}

func pad22(s Summer, f func(x, y int) int) int {
	var a [22]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[22-1], 22) + tailF(f, 22, a[0])
}

func pad23(s Summer, f func(x, y int) int) int {
	var a [23]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[23-1], 23) + tailF(f, 23, a[0])
}

func pad24(s Summer, f func(x, y int) int) int {
	var a [24]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[24-1], 24) + tailF(f, 24, a[0])
}

func pad25(s Summer, f func(x, y int) int) int {
	var a [25]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[25-1], 25) + tailF(f, 25, a[0])
}

func pad26(s Summer, f func(x, y int) int) int {
	var a [26]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[26-1], 26) + tailF(f, 26, a[0])
}

func pad27(s Summer, f func(x, y int) int) int {
	var a [27]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[27-1], 27) + tailF(f, 27, a[0])
}

func pad28(s Summer, f func(x, y int) int) int {
	var a [28]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[28-1], 28) + tailF(f, 28, a[0])
}

func pad29(s Summer, f func(x, y int) int) int {
	var a [29]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[29-1], 29) + tailF(f, 29, a[0])
}

func pad30(s Summer, f func(x, y int) int) int {
	var a [30]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[30-1], 30) + tailF(f, 30, a[0])
}

func pad31(s Summer, f func(x, y int) int) int {
	var a [31]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[31-1], 31) + tailF(f, 31, a[0])
}

func pad32(s Summer, f func(x, y int) int) int {
	var a [32]int
	for i := range a {
		a[i] = i
	}
	return tailI(s, a[32-1], 32) + tailF(f, 32, a[0])
}

var pads = []func(s Summer, f func(x, y int) int) int{pad1, pad2, pad3, pad4, pad5, pad6, pad7, pad8, pad9, pad10, pad11, pad12, pad13, pad14, pad15, pad16, pad17, pad18, pad19, pad20, pad21, pad22, pad23, pad24, pad25, pad26, pad27, pad28, pad29, pad30, pad31, pad32}

func edge(n, k int, s Summer, f func(x, y int) int) int {
	if n == 0 {
		return pads[k](s, f)
	}
	return edge(n-1, k, s, f) + 1
}

func off1(depth, k int, s Summer, f func(x, y int) int) int {
	var a [1]int
	a[1-1] = depth
	return edge(a[1-1], k, s, f)
}

func off2(depth, k int, s Summer, f func(x, y int) int) int {
	var a [2]int
	a[2-1] = depth
	return edge(a[2-1], k, s, f)
}

func off3(depth, k int, s Summer, f func(x, y int) int) int {
	var a [3]int
	a[3-1] = depth
	return edge(a[3-1], k, s, f)
}

func off4(depth, k int, s Summer, f func(x, y int) int) int {
	var a [4]int
	a[4-1] = depth
	return edge(a[4-1], k, s, f)
}

func off5(depth, k int, s Summer, f func(x, y int) int) int {
	var a [5]int
	a[5-1] = depth
	return edge(a[5-1], k, s, f)
}

func off6(depth, k int, s Summer, f func(x, y int) int) int {
	var a [6]int
	a[6-1] = depth
	return edge(a[6-1], k, s, f)
}

func off7(depth, k int, s Summer, f func(x, y int) int) int {
	var a [7]int
	a[7-1] = depth
	return edge(a[7-1], k, s, f)
}

func off8(depth, k int, s Summer, f func(x, y int) int) int {
	var a [8]int
	a[8-1] = depth
	return edge(a[8-1], k, s, f)
}

func off9(depth, k int, s Summer, f func(x, y int) int) int {
	var a [9]int
	a[9-1] = depth
	return edge(a[9-1], k, s, f)
}

func off10(depth, k int, s Summer, f func(x, y int) int) int {
	var a [10]int
	a[10-1] = depth
	return edge(a[10-1], k, s, f)
}

func off11(depth, k int, s Summer, f func(x, y int) int) int {
	var a [11]int
	a[11-1] = depth
	return edge(a[11-1], k, s, f)
}

func off12(depth, k int, s Summer, f func(x, y int) int) int {
	var a [12]int
	a[12-1] = depth
	return edge(a[12-1], k, s, f)
}

func off13(depth, k int, s Summer, f func(x, y int) int) int {
	var a [13]int
	a[13-1] = depth
	return edge(a[13-1], k, s, f)
}

func off14(depth, k int, s Summer, f func(x, y int) int) int {
	var a [14]int
	a[14-1] = depth
	return edge(a[14-1], k, s, f)
}

func off15(depth, k int, s Summer, f func(x, y int) int) int {
	var a [15]int
	a[15-1] = depth
	return edge(a[15-1], k, s, f)
}

func off16(depth, k int, s Summer, f func(x, y int) int) int {
	var a [16]int
	a[16-1] = depth
	return edge(a[16-1], k, s, f)
}

func off17(depth, k int, s Summer, f func(x, y int) int) int {
	var a [17]int
	a[17-1] = depth
	return edge(a[17-1], k, s, f)
}

func off18(depth, k int, s Summer, f func(x, y int) int) int {
	var a [18]int
	a[18-1] = depth
	return edge(a[18-1], k, s, f)
}

func off19(depth, k int, s Summer, f func(x, y int) int) int {
	var a [19]int
	a[19-1] = depth
	return edge(a[19-1], k, s, f)
}

func off20(depth, k int, s Summer, f func(x, y int) int) int {
	var a [20]int
	a[20-1] = depth
	return edge(a[20-1], k, s, f)
}

var offs = []func(depth, k int, s Summer, f func(x, y int) int) int{off1, off2, off3, off4, off5, off6, off7, off8, off9, off10, off11, off12, off13, off14, off15, off16, off17, off18, off19, off20}

func main() {
	vals := []Summer{Big{1, 2, 3, 4, 5, 6, 7, 8}, Small{9}, Empty{}, &Big{8, 7, 6, 5, 4, 3, 2, 1}}
	for _, v := range vals {
		total, bound := 0, 0
		f := v.Sum
		for depth := 0; depth < 300; depth++ {
			total += viaIface(depth, v)
			bound += viaValue(depth, f)
		}
		for depth := 0; depth < 8; depth++ {
			for k := range pads {
				for _, off := range offs {
					done := make(chan int)
					go func() { done <- off(depth, k, v, f) }() // (each on a new, small stack)
					total += <-done
				}
			}
		}
		done := make(chan int)
		go func() { done <- viaIface(1000, v) + viaValue(1000, f) }() // (a new goroutine: a small stack)
		fmt.Printf("%T %d %d %d\n", v, total, bound, <-done)
	}
}
