// container/heap, container/list and container/ring: a priority queue
// (heap.Interface with Fix and Remove) fed by goroutines, an LRU cache on
// list, and a ring buffer of recent events; Go's examples extended.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"sync"
)

type Item struct {
	value    string
	priority int
	index    int
}

type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }
func (pq PriorityQueue) Less(i, j int) bool {
	if pq[i].priority != pq[j].priority {
		return pq[i].priority > pq[j].priority
	}
	return pq[i].value < pq[j].value
}
func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PriorityQueue) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[:n-1]
	return item
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return ks
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()

	// producers push under a mutex; the result does not depend on the order
	pq := PriorityQueue{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				mu.Lock()
				heap.Push(&pq, &Item{value: fmt.Sprintf("g%d-%d", g, i), priority: (g*7 + i*3) % 10})
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	find := func(v string) *Item {
		for _, it := range pq {
			if it.value == v {
				return it
			}
		}
		return nil
	}
	item := find("g3-4")
	item.priority = 100
	heap.Fix(&pq, item.index)
	removed := heap.Remove(&pq, find("g1-4").index).(*Item)
	var out []string
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		out = append(out, fmt.Sprintf("%d:%s", it.priority, it.value))
	}
	fmt.Println(len(out), "items, removed one; top:", out[0] == fmt.Sprintf("100:%s", item.value))
	fmt.Println(out)
	fmt.Println("removed:", removed.value, removed.index)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.PushBackList(l)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len", l.Len())
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	l.MoveAfter(e4, l.Back())
	l.Remove(l.Front())
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len", l.Len(), "front", l.Front().Value, "back", l.Back().Value)
	var zl list.List
	zl.PushBack("lazy")
	fmt.Println(zl.Len(), zl.Front().Value, l.Remove(zl.Front()), zl.Len())

	c := &LRU{cap: 3, ll: list.New(), items: map[string]*list.Element{}}
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	c.Get("a")
	c.Put("d", 4)
	_, okb := c.Get("b")
	va, oka := c.Get("a")
	fmt.Println("lru:", c.Keys(), okb, va, oka)

	r := ring.New(5)
	n := r.Len()
	for i := 0; i < n; i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p.(int), " ") })
	fmt.Println()
	r = r.Move(2)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	removedRing := r.Unlink(2)
	fmt.Println("unlinked", removedRing.Len(), "left", r.Len())
	s := ring.New(2)
	s.Value, s.Next().Value = "x", "y"
	r.Link(s)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println(r.Len(), r.Prev().Value)

	// a ring as a fixed-size window of the last events sent by goroutines
	events := make(chan int)
	window := ring.New(4)
	go func() {
		for i := 1; i <= 10; i++ {
			events <- i
		}
		close(events)
	}()
	for ev := range events {
		window.Value = ev
		window = window.Next()
	}
	sum := 0
	window.Do(func(p any) { sum += p.(int) })
	fmt.Println("last 4 events sum:", sum)
}
