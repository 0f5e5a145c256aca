package main

import (
	"fmt"
	"sort"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph struct {
	adj map[string][]Edge
}

func NewGraph() *Graph { return &Graph{adj: map[string][]Edge{}} }

func (g *Graph) Add(a, b string, w int) {
	g.adj[a] = append(g.adj[a], Edge{b, w})
	if _, ok := g.adj[b]; !ok {
		g.adj[b] = nil
	}
}

func (g *Graph) Nodes() []string {
	var ns []string
	for n := range g.adj {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	q := []string{start}
	var order []string
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		order = append(order, n)
		for _, e := range g.adj[n] {
			if !seen[e.To] {
				seen[e.To] = true
				q = append(q, e.To)
			}
		}
	}
	return order
}

func (g *Graph) DFS(n string, seen map[string]bool, out *[]string) {
	seen[n] = true
	*out = append(*out, n)
	for _, e := range g.adj[n] {
		if !seen[e.To] {
			g.DFS(e.To, seen, out)
		}
	}
}

func (g *Graph) TopoSort() ([]string, bool) {
	indeg := map[string]int{}
	for _, n := range g.Nodes() {
		for _, e := range g.adj[n] {
			indeg[e.To]++
		}
	}
	var ready, order []string
	for _, n := range g.Nodes() {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, e := range g.adj[n] {
			indeg[e.To]--
			if indeg[e.To] == 0 {
				ready = append(ready, e.To)
			}
		}
	}
	return order, len(order) == len(g.adj)
}

func (g *Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	const inf = 1 << 60
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g.adj {
		dist[n] = inf
	}
	dist[src] = 0
	done := map[string]bool{}
	for len(done) < len(g.adj) {
		best, bestD := "", inf
		for _, n := range g.Nodes() {
			if !done[n] && dist[n] < bestD {
				best, bestD = n, dist[n]
			}
		}
		if best == "" {
			break
		}
		done[best] = true
		for _, e := range g.adj[best] {
			if nd := bestD + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = best
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) string {
	p := []string{to}
	for {
		f, ok := prev[p[0]]
		if !ok {
			break
		}
		p = append([]string{f}, p...)
	}
	return strings.Join(p, "->")
}

func main() {
	g := NewGraph()
	for _, e := range []struct {
		a, b string
		w    int
	}{{"a", "b", 4}, {"a", "c", 2}, {"c", "b", 1}, {"b", "d", 5}, {"c", "d", 8}, {"c", "e", 10}, {"d", "e", 2}, {"e", "f", 3}, {"d", "f", 6}} {
		g.Add(e.a, e.b, e.w)
	}
	g.Add("x", "y", 1)
	fmt.Println("nodes:", g.Nodes())
	fmt.Println("bfs:", g.BFS("a"))
	var dfs []string
	g.DFS("a", map[string]bool{}, &dfs)
	fmt.Println("dfs:", dfs)
	order, ok := g.TopoSort()
	fmt.Println("topo:", order, ok)
	dist, prev := g.Dijkstra("a")
	for _, n := range g.Nodes() {
		if dist[n] == 1<<60 {
			fmt.Printf("%s: unreachable\n", n)
			continue
		}
		fmt.Printf("%s: %2d via %s\n", n, dist[n], path(prev, n))
	}
	g.Add("f", "a", 1)
	_, ok = g.TopoSort()
	fmt.Println("acyclic after f->a:", ok)
	// grid shortest path with BFS
	maze := []string{
		"S.#.....",
		".##.###.",
		"....#...",
		"##.##.#.",
		"......#E",
	}
	type pt struct{ r, c int }
	dist2 := map[pt]int{{0, 0}: 0}
	q := []pt{{0, 0}}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		for _, d := range []pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.c < 0 || n.r >= len(maze) || n.c >= len(maze[0]) || maze[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist2[n]; !seen {
				dist2[n] = dist2[p] + 1
				q = append(q, n)
			}
		}
	}
	fmt.Println("maze exit distance:", dist2[pt{4, 7}], "cells reached:", len(dist2))
}
