package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"errors"
	"fmt"
	"os"
)

type ih []int

func (h ih) Len() int            { return len(h) }
func (h ih) Less(i, j int) bool  { return h[i] < h[j] }
func (h ih) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *ih) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *ih) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type myErr struct{ s string }

func (e *myErr) Error() string { return e.s }

func dump(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len", l.Len())
}

func main() {
	h := &ih{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	heap.Push(h, 0)
	fmt.Println(*h)
	(*h)[3] = -5
	heap.Fix(h, 3)
	fmt.Println(heap.Remove(h, 2), *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	dump(l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, e1)
	dump(l)
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(l)
	fmt.Println(l.Remove(e4), l.Front().Value, l.Back().Value, l.Back().Prev().Value, l.Front().Prev() == nil)
	var zl list.List
	zl.PushBack(7)
	dump(&zl)
	fmt.Println(l.Remove(zl.Front()), l.Len())
	dump(l.Init())

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v interface{}) { fmt.Print(v, " ") })
	fmt.Println()
	r = r.Move(2)
	removed := r.Unlink(2)
	r.Do(func(v interface{}) { fmt.Print(v, " ") })
	removed.Do(func(v interface{}) { fmt.Print("[", v, "]") })
	fmt.Println(r.Len(), removed.Len(), r.Prev().Value, r.Move(-7).Value)
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	r.Link(s)
	r.Do(func(v interface{}) { fmt.Print(v, " ") })
	fmt.Println(r.Len())
	var zr ring.Ring
	fmt.Println(zr.Len(), zr.Next() == &zr, ring.New(0) == nil)

	base := &myErr{"base"}
	w := fmt.Errorf("wrap: %w", base)
	w2 := fmt.Errorf("again: %w", w)
	var target *myErr
	fmt.Println(errors.Is(w2, base), errors.Is(w2, errors.New("base")), errors.As(w2, &target), target == base)
	fmt.Println(errors.Unwrap(w2) == w, errors.Unwrap(base) == nil, errors.Unwrap(errors.Unwrap(w2)) == base)
	_, err := os.Open("/nonexistent/x")
	var pe *os.PathError
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.As(err, &pe), pe.Op)
	fmt.Println(errors.Is(nil, nil), errors.Is(base, nil), errors.New("a") == errors.New("a"))
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(w, target)
}
