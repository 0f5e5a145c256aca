package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) InOrder(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Size() int {
	if t == nil {
		return 0
	}
	return 1 + t.Left.Size() + t.Right.Size()
}

func (t *Tree) Find(k string) *Tree {
	for t != nil && t.Key != k {
		if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return t
}

func (t *Tree) Min() *Tree {
	for t.Left != nil {
		t = t.Left
	}
	return t
}

func (t *Tree) Delete(k string) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Delete(k)
	case k > t.Key:
		t.Right = t.Right.Delete(k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right.Min()
		t.Key, t.Count = m.Key, m.Count
		t.Right = t.Right.Delete(m.Key)
	}
	return t
}

func (t *Tree) Draw(sb *strings.Builder, prefix string) {
	if t == nil {
		return
	}
	t.Right.Draw(sb, prefix+"    ")
	fmt.Fprintf(sb, "%s%s(%d)\n", prefix, t.Key, t.Count)
	t.Left.Draw(sb, prefix+"    ")
}

func levels(t *Tree) [][]string {
	var out [][]string
	q := []*Tree{t}
	for len(q) > 0 {
		var lvl []string
		var nq []*Tree
		for _, n := range q {
			if n == nil {
				continue
			}
			lvl = append(lvl, n.Key)
			nq = append(nq, n.Left, n.Right)
		}
		if len(lvl) > 0 {
			out = append(out, lvl)
		}
		q = nq
	}
	return out
}

func main() {
	var root *Tree
	for _, w := range strings.Fields("m f t b h p x a c g k n r w z h m a") {
		root = root.Insert(w)
	}
	var keys []string
	root.InOrder(func(n *Tree) { keys = append(keys, fmt.Sprintf("%s:%d", n.Key, n.Count)) })
	fmt.Println(keys)
	fmt.Println("height", root.Height(), "size", root.Size())
	fmt.Println(root.Find("k") != nil, root.Find("q") == nil, root.Find("h").Count)
	fmt.Println(levels(root))
	var sb strings.Builder
	root.Draw(&sb, "")
	fmt.Print(sb.String())
	for _, k := range []string{"a", "t", "m", "nope"} {
		root = root.Delete(k)
	}
	fmt.Println(levels(root), root.Size())
	var nilTree *Tree
	fmt.Println(nilTree.Height(), nilTree.Size(), nilTree.Find("x") == nil)
	// degenerate tree (sorted input) is deep
	var chain *Tree
	for i := 0; i < 2000; i++ {
		chain = chain.Insert(fmt.Sprintf("%05d", i))
	}
	fmt.Println("chain height", chain.Height(), chain.Min().Key)
}
