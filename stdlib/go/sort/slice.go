package sort

// lessSwap is what Slice and SliceStable sort through (zsortfunc.go, generated
// from sort.go as Go's own is): the less function and a swapper of x's
// elements (the native sliceSwap).
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

// swapper returns a function swapping elements i and j of the slice x.
func swapper(x any) func(i, j int) {
	return func(i, j int) { sliceSwap(x, i, j) }
}

// Slice sorts the slice x given the provided less function.
// It panics if x is not a slice.
//
// The sort is not guaranteed to be stable: equal elements may be reversed
// from their original order (in the same way Go 1.19's sort.Slice does).
// For a stable sort, use SliceStable.
func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	limit := bitLen(uint(n))
	pdqsort_func(lessSwap{less, swapper(x)}, 0, n, limit)
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	stable_func(lessSwap{less, swapper(x)}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// sliceLen returns len(x) for a slice x of any type; if x is not a slice it
// panics as Go's reflect-based sort.Slice does:
// "reflect: call of Swapper on <kind> Value" (<kind> is "int", "string",
// "ptr", ..., or "zero" for a nil interface). Native.
func sliceLen(x any) int

// sliceSwap swaps elements i and j of the slice x (any slice type; i and j
// are in range). Native.
func sliceSwap(x any, i, j int)
