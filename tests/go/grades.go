package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

type Student struct {
	Name   string
	Scores []float64
}

func (s Student) Mean() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	t := 0.0
	for _, v := range s.Scores {
		t += v
	}
	return t / float64(len(s.Scores))
}

func (s Student) StdDev() float64 {
	m := s.Mean()
	v := 0.0
	for _, x := range s.Scores {
		v += (x - m) * (x - m)
	}
	return math.Sqrt(v / float64(len(s.Scores)))
}

func letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	case avg >= 60:
		return "D"
	}
	return "F"
}

func median(xs []float64) float64 {
	c := append([]float64(nil), xs...)
	sort.Float64s(c)
	n := len(c)
	if n%2 == 1 {
		return c[n/2]
	}
	return (c[n/2-1] + c[n/2]) / 2
}

const data = `alice: 92 88 95 79
bob: 65 70 58 81
carol: 100 97 99 94
dan: 45 62 50
erin: 88 84 91 86 90
frank:`

func parse(text string) []Student {
	var out []Student
	for _, line := range strings.Split(text, "\n") {
		name, rest, _ := strings.Cut(line, ":")
		st := Student{Name: strings.TrimSpace(name)}
		for _, f := range strings.Fields(rest) {
			v, _ := strconv.ParseFloat(f, 64)
			st.Scores = append(st.Scores, v)
		}
		out = append(out, st)
	}
	return out
}

func main() {
	students := parse(data)
	sort.SliceStable(students, func(i, j int) bool { return students[i].Mean() > students[j].Mean() })
	fmt.Printf("%-6s %5s %6s %6s %s\n", "name", "n", "mean", "stdev", "grade")
	fmt.Println(strings.Repeat("=", 32))
	dist := map[string]int{}
	var all []float64
	for _, s := range students {
		g := letter(s.Mean())
		dist[g]++
		all = append(all, s.Scores...)
		fmt.Printf("%-6s %5d %6.2f %6.2f %s\n", s.Name, len(s.Scores), s.Mean(), s.StdDev(), g)
	}
	fmt.Println(dist)
	fmt.Printf("overall: n=%d median=%.1f max=%.0f\n", len(all), median(all), maxOf(all))
	for _, g := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf("%s %-5s|\n", g, strings.Repeat("*", dist[g]))
	}
}

func maxOf(xs []float64) float64 {
	m := math.Inf(-1)
	for _, x := range xs {
		m = math.Max(m, x)
	}
	return m
}
