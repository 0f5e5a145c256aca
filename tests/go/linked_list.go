package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) { l.head = &Node{v, l.head}; l.size++ }

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		cur.Next, prev, cur = prev, cur, cur.Next
	}
	l.head = prev
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func (l *List) Each(f func(int)) {
	for n := l.head; n != nil; n = n.Next {
		f(n.Val)
	}
}

// doubly linked list with sentinel, used as an LRU cache
type dnode struct {
	key, val   int
	prev, next *dnode
}

type LRU struct {
	cap   int
	items map[int]*dnode
	root  dnode
}

func NewLRU(c int) *LRU {
	l := &LRU{cap: c, items: map[int]*dnode{}}
	l.root.next = &l.root
	l.root.prev = &l.root
	return l
}

func (c *LRU) unlink(n *dnode) { n.prev.next = n.next; n.next.prev = n.prev }
func (c *LRU) pushFront(n *dnode) {
	n.next = c.root.next
	n.prev = &c.root
	c.root.next.prev = n
	c.root.next = n
}

func (c *LRU) Get(k int) (int, bool) {
	n, ok := c.items[k]
	if !ok {
		return 0, false
	}
	c.unlink(n)
	c.pushFront(n)
	return n.val, true
}

func (c *LRU) Put(k, v int) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.cap {
		old := c.root.prev
		c.unlink(old)
		delete(c.items, old.key)
	}
	n := &dnode{key: k, val: v}
	c.items[k] = n
	c.pushFront(n)
}

func (c *LRU) Keys() []int {
	var ks []int
	for n := c.root.next; n != &c.root; n = n.next {
		ks = append(ks, n.key)
	}
	return ks
}

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(5)
	fmt.Println(l, l.size)
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(5), l)
	l.Reverse()
	fmt.Println(l, l.size)
	sum := 0
	l.Each(func(v int) { sum += v })
	fmt.Println("sum", sum)
	empty := &List{}
	empty.Reverse()
	fmt.Println(empty, empty.Remove(1))

	cache := NewLRU(3)
	cache.Put(1, 100)
	cache.Put(2, 200)
	cache.Put(3, 300)
	fmt.Println(cache.Keys())
	v, ok := cache.Get(1)
	fmt.Println(v, ok, cache.Keys())
	cache.Put(4, 400) // evicts 2
	_, ok = cache.Get(2)
	fmt.Println(ok, cache.Keys())
	cache.Put(3, 333)
	v, _ = cache.Get(3)
	fmt.Println(v, cache.Keys(), len(cache.items))
	for i := 10; i < 20; i++ {
		cache.Put(i, i*i)
	}
	fmt.Println(cache.Keys())
	v, ok = cache.Get(17)
	fmt.Println(v, ok, cache.Keys())
}
