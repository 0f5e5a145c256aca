package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(f float64) Vec { return Vec{v.X * f, v.Y * f} }
func (v *Vec) Normalize() {
	l := v.X*v.X + v.Y*v.Y
	if l == 0 {
		return
	}
	v.X /= l
	v.Y /= l
}
func (v Vec) Dot(o Vec) float64 { return v.X*o.X + v.Y*o.Y }

type Account struct {
	owner   string
	balance int
	history []int
}

func (a *Account) Deposit(n int) *Account {
	a.balance += n
	a.history = append(a.history, n)
	return a
}

func (a Account) Balance() int { return a.balance }

func (a Account) TryDeposit(n int) int {
	a.balance += n // modifies copy only
	return a.balance
}

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s Stack) Len() int     { return len(s.items) }
func (s *Stack) Empty() bool { return s == nil || len(s.items) == 0 }

type Temp int

func (t Temp) Double() Temp { return t * 2 }
func (t *Temp) Inc()        { *t++ }

func main() {
	v := Vec{3, 4}
	w := v.Add(Vec{1, 1}).Scale(2)
	fmt.Println(v, w, v.Dot(w))
	v.Normalize() // auto &v
	fmt.Println(v)
	pv := &Vec{1, 2}
	fmt.Println(pv.Add(Vec{1, 1})) // auto *pv
	pv.Normalize()
	fmt.Printf("%.3f %.3f\n", pv.X, pv.Y)

	acc := Account{owner: "ann"}
	acc.Deposit(10).Deposit(20).Deposit(5)
	fmt.Println(acc.Balance(), acc.history, acc.TryDeposit(1000), acc.Balance())

	var s Stack
	for i := 1; i <= 5; i++ {
		s.Push(i * 10)
	}
	fmt.Println(s.Len(), s.Pop(), s.Pop(), s.Len(), s.Empty())
	var nilStack *Stack
	fmt.Println(nilStack.Empty())

	// method values bind the receiver
	push := s.Push
	push(99)
	push(100)
	fmt.Println(s.items)
	lenNow := s.Len // receiver copied now
	s.Push(1)
	fmt.Println(lenNow(), s.Len())

	var t Temp = 5
	t.Inc()
	t.Inc()
	fmt.Println(t, t.Double(), t.Double().Double())
	inc := t.Inc
	inc()
	fmt.Println(t)

	// methods through slices and maps of pointers
	accounts := map[string]*Account{"a": {owner: "a"}, "b": {owner: "b"}}
	accounts["a"].Deposit(7)
	accounts["b"].Deposit(3).Deposit(4)
	fmt.Println(accounts["a"].Balance(), accounts["b"].Balance(), accounts["b"].history)
	vs := []Vec{{1, 0}, {0, 2}}
	for i := range vs {
		vs[i].Normalize()
	}
	fmt.Println(vs)
	arr := [2]Temp{1, 2}
	arr[1].Inc()
	fmt.Println(arr)
	scale := Vec.Scale
	fmt.Println(scale(Vec{1, 2}, 3))
	norm := (*Vec).Normalize
	u := Vec{0, 4}
	norm(&u)
	fmt.Println(u)
}
