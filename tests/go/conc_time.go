// package time: Duration (String, Round, Truncate, ParseDuration), Time
// (Date, arithmetic, Format, Parse, zones from the tz database), and
// Sleep, Timer, Ticker, After, AfterFunc, Tick. Only durations and times
// computed from fixed inputs are printed.
package main

import (
	"fmt"
	"sync"
	"time"
)

func durations() {
	ds := []time.Duration{0, 1, -1, 999, 1000, 1001, 1500, 999999, 1000000, 1500000, time.Second, time.Second + 1,
		1500 * time.Millisecond, 59 * time.Second, time.Minute, 61 * time.Second, 2*time.Minute + 3*time.Second + 1,
		time.Hour, 3601 * time.Second, 24 * time.Hour, 1<<63 - 1, -1 << 63, -1500, -time.Hour - 1, 90 * time.Minute}
	for _, d := range ds {
		fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Abs(),
			d.Round(time.Millisecond), d.Truncate(time.Second), d.Round(time.Hour), d.Truncate(0), d.Round(7))
	}
	for _, s := range []string{"0", "1s", "-1.5h", "+2m3.5s", "1h2m3s4ms5us6ns", "1µs", "3.000000001s", ".5s", "1.s", "1x", "", "1e3s",
		"9223372036854775807ns", "9223372036854775808ns", "2562047h47m16.854775807s", "2562048h"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("ParseDuration(%q) = %v, %v\n", s, d, err)
	}
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
}

func times() {
	ny, err := time.LoadLocation("America/New_York")
	fmt.Println(ny, err)
	_, err = time.LoadLocation("No/Such_Zone")
	fmt.Println(err)
	tz := []*time.Location{time.UTC, time.FixedZone("X", 5*3600+1800), ny}
	base := []time.Time{
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2000, 2, 29, 12, 30, 45, 123456789, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(2024, 3, 10, 6, 59, 0, 0, time.UTC), // just before the DST switch in New York
		time.Date(2024, 3, 10, 7, 0, 0, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2023, 13, 35, 25, 61, 61, 1e9+5, time.UTC), // normalized
		time.Unix(1700000000, 42),
		time.UnixMilli(-1234567),
	}
	for _, b := range base {
		for _, loc := range tz {
			t := b.In(loc)
			y, w := t.ISOWeek()
			name, off := t.Zone()
			fmt.Println(t, "|", t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), y, w, name, off, t.IsDST())
			fmt.Println("  ", t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano(), t.IsZero(), t.UTC(), t.Location())
			fmt.Println("  ", t.Format(time.RFC3339Nano), "|", t.Format(time.RFC1123Z), "|", t.Format(time.Kitchen), "|", t.Format("Mon Jan _2 2006 15:04:05.000 MST -07:00"))
			fmt.Println("  ", t.Add(36*time.Hour), "|", t.AddDate(0, 1, -1), "|", t.Truncate(time.Hour), "|", t.Round(24*time.Hour))
		}
	}
	a := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2021, 3, 4, 5, 6, 7, 8, ny)
	fmt.Println(b.Sub(a), a.Sub(b), a.Before(b), a.After(b), a.Equal(b), b.Equal(b.UTC()), b == b.UTC())
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix())
	for _, in := range []string{"2006-01-02T15:04:05Z", "2021-03-04T05:06:07.000000008-05:00", "2006-13-02T15:04:05Z", "garbage"} {
		t, err := time.Parse(time.RFC3339, in)
		fmt.Println(t, err)
	}
	t, err := time.ParseInLocation("2006-01-02 15:04", "2024-07-04 09:30", ny)
	fmt.Println(t, err)
	for m := time.January; m <= time.December; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println(time.Month(13))
	for d := time.Sunday; d <= time.Saturday; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
}

func timers() {
	ms := time.Millisecond
	start := time.Now()
	time.Sleep(20 * ms)
	fmt.Println("slept at least 20ms:", time.Since(start) >= 20*ms, time.Until(start) < 0)
	t0 := time.Now()
	t1 := t0.Add(time.Hour)
	fmt.Println("monotonic Sub:", t1.Sub(t0), t1.After(t0))

	tm := time.NewTimer(10 * ms)
	<-tm.C
	fmt.Println("timer fired; Stop after firing:", tm.Stop())
	tm2 := time.NewTimer(time.Hour)
	fmt.Println("Stop pending:", tm2.Stop(), "Reset stopped:", tm2.Reset(5*ms))
	<-tm2.C
	fmt.Println("reset timer fired")
	tm3 := time.NewTimer(time.Hour)
	fmt.Println("Reset pending:", tm3.Reset(time.Hour), tm3.Stop())

	done := make(chan string)
	time.AfterFunc(5*ms, func() { done <- "AfterFunc ran" })
	fmt.Println(<-done)
	af := time.AfterFunc(30*ms, func() { done <- "stopped AfterFunc ran!" })
	fmt.Println("AfterFunc Stop:", af.Stop())
	select {
	case s := <-done:
		fmt.Println(s)
	case <-time.After(60 * ms):
		fmt.Println("After fired")
	}

	tk := time.NewTicker(5 * ms)
	n := 0
	for range tk.C {
		n++
		if n == 4 {
			break
		}
	}
	tk.Reset(10 * ms)
	<-tk.C
	tk.Stop()
	fmt.Println("ticker: 4 ticks, reset, stopped")
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil)
	c := time.Tick(2 * ms)
	<-c
	<-c

	// many sleepers wake in order of their deadlines
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for i := 5; i >= 1; i-- {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i) * 40 * ms) // (40 ms apart: wide enough for a loaded TSan run)
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("wake order:", order)

	// timeouts with select
	res := make(chan int)
	go func() {
		time.Sleep(50 * ms)
		res <- 1
	}()
	select {
	case <-res:
		fmt.Println("result first?!")
	case <-time.After(10 * ms):
		fmt.Println("timed out")
	}
	fmt.Println("late result:", <-res)

	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(-1)
}

func main() {
	durations()
	times()
	timers()
}
