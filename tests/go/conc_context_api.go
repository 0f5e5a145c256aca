package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

type key string
type otherKey int

type myCtx struct{ context.Context }

type strKey struct{ n int }

func (s strKey) String() string { return fmt.Sprint("strKey#", s.n) }

func main() {
	bg := context.Background()
	todo := context.TODO()
	fmt.Println(bg, todo)
	fmt.Println(bg.Err(), bg.Value("x"), bg.Done() == nil)
	d, ok := bg.Deadline()
	fmt.Println(d.IsZero(), ok)
	fmt.Println(context.Canceled, context.DeadlineExceeded)
	fmt.Printf("%T %T\n", context.Canceled, context.DeadlineExceeded)
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(context.DeadlineExceeded, &te), te != nil && te.Timeout())

	// WithValue
	v1 := context.WithValue(bg, key("a"), 1)
	v2 := context.WithValue(v1, otherKey(1), "two")
	v3 := context.WithValue(v2, key("a"), "shadow")
	v4 := context.WithValue(v3, strKey{3}, struct{ X int }{5})
	v5 := context.WithValue(v4, 7, &struct{}{})
	fmt.Println(v1)
	fmt.Println(v2)
	fmt.Println(v3)
	fmt.Println(v4)
	fmt.Println(v5)
	fmt.Println(v1.Value(key("a")), v2.Value(key("a")), v3.Value(key("a")), v3.Value(otherKey(1)), v3.Value("a"), v3.Value(otherKey(2)))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(bg, nil, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(bg, []int{1}, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(nil, 1, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithCancel(nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithDeadline(nil, time.Now())
	}()

	// WithCancel
	c1, cancel1 := context.WithCancel(v1)
	c2, cancel2 := context.WithCancel(c1)
	fmt.Println(c1)
	fmt.Println(c2)
	fmt.Println(c2.Value(key("a")), c1.Err(), c2.Err())
	select {
	case <-c2.Done():
		fmt.Println("done early?!")
	default:
		fmt.Println("not done")
	}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-c2.Done()
		}()
	}
	cancel1()
	wg.Wait()
	fmt.Println(c1.Err(), c2.Err(), c1.Err() == context.Canceled)
	cancel1()
	cancel2()
	fmt.Println(c2.Err())
	c3, cancel3 := context.WithCancel(c1) // parent already cancelled
	fmt.Println(c3.Err())
	cancel3()

	// custom context wrapping a cancel ctx
	mc := myCtx{bg}
	c4, cancel4 := context.WithCancel(mc)
	fmt.Println(c4)
	c5, cancel5 := context.WithCancel(c4)
	cancel4()
	<-c5.Done()
	fmt.Println(c5.Err())
	cancel5()
	pc, pcancel := context.WithCancel(bg)
	mc2 := myCtx{pc}
	c6, cancel6 := context.WithCancel(mc2)
	pcancel()
	<-c6.Done()
	fmt.Println("custom parent propagated:", c6.Err())
	cancel6()

	// WithDeadline / WithTimeout
	dl := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	t1, tcancel1 := context.WithDeadline(bg, dl) // already past
	s := fmt.Sprint(t1)
	if i := strings.Index(s, " ["); i >= 0 {
		s = s[:i] + s[strings.LastIndex(s, "]"):]
	}
	fmt.Println(s)
	fmt.Println(t1.Err())
	dd, ok := t1.Deadline()
	fmt.Println(dd, ok)
	tcancel1()
	fmt.Println(t1.Err())

	t4, tcancel4 := context.WithTimeout(v1, 20*time.Millisecond)
	start := time.Now()
	<-t4.Done()
	fmt.Println(t4.Err(), time.Since(start) >= 15*time.Millisecond, errors.Is(t4.Err(), context.DeadlineExceeded))
	tcancel4()
	fmt.Println(t4.Err())

	// select with timeout
	t6, tcancel6 := context.WithTimeout(bg, 10*time.Millisecond)
	defer tcancel6()
	<-t6.Done()
	fmt.Println("t6 done:", t6.Err())
	// children cancelled with parent deadline
	par, pc2 := context.WithTimeout(bg, 10*time.Millisecond)
	kid, kc := context.WithCancel(par)
	gkid := context.WithValue(kid, key("k"), "v")
	<-gkid.Done()
	fmt.Println(kid.Err(), gkid.Err(), gkid.Value(key("k")))
	kc()
	pc2()
	// long timers last (see REPRO_timer_pending_long.go)
	far := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)
	t2, tcancel2 := context.WithDeadline(bg, far)
	fmt.Println(t2.Err())
	t3, tcancel3 := context.WithDeadline(t2, far.Add(time.Hour)) // later than parent: just a cancelCtx
	dd, ok = t3.Deadline()
	fmt.Println(dd, ok, t3.Err())
	tcancel2()
	<-t3.Done()
	fmt.Println(t2.Err(), t3.Err())
	tcancel3()
	t5, tcancel5 := context.WithTimeout(bg, time.Hour)
	tcancel5()
	fmt.Println(t5.Err())
	ch, chcancel := context.WithCancel(t5)
	fmt.Println(ch.Err())
	chcancel()
	fmt.Printf("%T %T\n", bg, gkid)
}
