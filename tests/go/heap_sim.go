package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Event struct {
	Time     int
	Seq      int
	Customer int
	Kind     string
}

// MinHeap of events ordered by (Time, Seq).
type MinHeap []Event

func (h MinHeap) less(i, j int) bool {
	if h[i].Time != h[j].Time {
		return h[i].Time < h[j].Time
	}
	return h[i].Seq < h[j].Seq
}

func (h *MinHeap) Push(e Event) {
	*h = append(*h, e)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		(*h)[i], (*h)[p] = (*h)[p], (*h)[i]
		i = p
	}
}

func (h *MinHeap) Pop() Event {
	old := *h
	top := old[0]
	n := len(old) - 1
	old[0] = old[n]
	*h = old[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(l, m) {
			m = l
		}
		if r < n && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}

func main() {
	// heap sort sanity check
	var h MinHeap
	for i, v := range []int{5, 3, 9, 1, 7, 3, 8} {
		h.Push(Event{Time: v, Seq: i})
	}
	var sorted []string
	for len(h) > 0 {
		e := h.Pop()
		sorted = append(sorted, fmt.Sprintf("%d/%d", e.Time, e.Seq))
	}
	fmt.Println(strings.Join(sorted, " "))

	// single-server queue simulation
	rng := rand.New(rand.NewSource(99))
	seq := 0
	var events MinHeap
	t := 0
	for c := 1; c <= 12; c++ {
		t += 1 + rng.Intn(6)
		seq++
		events.Push(Event{t, seq, c, "arrive"})
	}
	busy := false
	var queue []int
	arrived := map[int]int{}
	totalWait, served, maxQueue := 0, 0, 0
	for len(events) > 0 {
		e := events.Pop()
		switch e.Kind {
		case "arrive":
			arrived[e.Customer] = e.Time
			if busy {
				queue = append(queue, e.Customer)
				if len(queue) > maxQueue {
					maxQueue = len(queue)
				}
				fmt.Printf("t=%3d customer %2d waits (queue %d)\n", e.Time, e.Customer, len(queue))
				continue
			}
			busy = true
			seq++
			events.Push(Event{e.Time + 2 + rng.Intn(5), seq, e.Customer, "leave"})
			fmt.Printf("t=%3d customer %2d served at once\n", e.Time, e.Customer)
		case "leave":
			served++
			fmt.Printf("t=%3d customer %2d leaves\n", e.Time, e.Customer)
			if len(queue) == 0 {
				busy = false
				continue
			}
			next := queue[0]
			queue = queue[1:]
			totalWait += e.Time - arrived[next]
			seq++
			events.Push(Event{e.Time + 2 + rng.Intn(5), seq, next, "leave"})
		}
	}
	fmt.Printf("served %d, total wait %d, avg wait %.2f, max queue %d\n", served, totalWait, float64(totalWait)/float64(served), maxQueue)
}
