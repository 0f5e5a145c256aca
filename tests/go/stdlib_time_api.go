package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	// Durations
	ds := []time.Duration{0, 1, 999, 1500 * time.Microsecond, 90 * time.Minute, -3*time.Hour - 2*time.Second, 1<<63 - 1, -1 << 63, 2*time.Hour + 45*time.Minute + 30500*time.Millisecond}
	for _, d := range ds {
		fmt.Println(d, d.String(), d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours(), d.Abs())
		for _, m := range []time.Duration{0, -1, time.Millisecond, time.Second, 7 * time.Minute, time.Hour} {
			fmt.Println("  ", m, d.Truncate(m), d.Round(m))
		}
	}
	for _, s := range []string{"0", "1h", "1.5h", "-2m3.5s", "+5us", "5µs", "5μs", "100ns", "1h2m3s4ms5us6ns", ".5s", "1.s", "", "1", "h", "1x", "9223372036854775807ns", "9223372036854775808ns", "2562047h", "2562048h", "-9223372036854775808ns", "0.000000001s", "1.0000000001s", "3m-1s"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("ParseDuration(%q) = %v, %v\n", s, d, err)
	}
	// Month / Weekday
	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m.String(), " ")
	}
	fmt.Println()
	for w := time.Weekday(-1); w <= 7; w++ {
		fmt.Print(w.String(), " ")
	}
	fmt.Println()

	// Time construction and accessors
	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("", 5*3600+1800)
	fmt.Println(est, ist, time.UTC, est.String())
	t := time.Date(2023, time.March, 15, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.In(est), t.In(ist))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	fmt.Println(t.Date())
	fmt.Println(t.Clock())
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	fmt.Println(time.Unix(1678885445, 5).UTC(), time.UnixMilli(1678885445123).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(-1, 2e9).UTC())
	name, off := t.In(est).Zone()
	fmt.Println(name, off, t.Location(), t.In(est).Location(), t.IsDST())
	zs, ze := t.ZoneBounds()
	fmt.Println(zs, ze, zs.IsZero(), ze.IsZero())
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix(), zero.Year(), zero.Weekday())
	fmt.Printf("%#v\n", t)
	fmt.Println(t.GoString())
	fmt.Println(t.In(est).GoString())

	// Date normalisation, AddDate, Add, Sub
	fmt.Println(time.Date(2023, 2, 31, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(2020, 0, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2024, 13, 1, -1, 0, 0, -1, est))
	for _, a := range [][3]int{{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {-1, -13, 400}, {0, 11, 17}} {
		fmt.Println(t.AddDate(a[0], a[1], a[2]))
	}
	fmt.Println(time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(t.Add(36*time.Hour + time.Nanosecond))
	fmt.Println(t.Add(-time.Duration(1<<63 - 1)))
	u := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(t.Sub(u), u.Sub(t), t.Sub(t))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(t.After(u), t.Before(u), t.Equal(t.In(est)), t == t.In(est))
	for _, d := range []time.Duration{0, -1, time.Nanosecond, time.Microsecond, time.Second, 7 * time.Second, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour} {
		fmt.Println(d, t.Truncate(d), t.Round(d), t.In(est).Truncate(d))
	}
	// ISO weeks around year boundaries
	for _, dt := range []time.Time{time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC), time.Date(2021, 1, 4, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 28, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2008, 12, 29, 0, 0, 0, 0, time.UTC)} {
		y, w := dt.ISOWeek()
		fmt.Println(dt.Format("2006-01-02 Mon"), y, w, dt.YearDay())
	}

	// Formatting
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006-01-02 15:04:05.000", "2006-01-02T15:04:05.999999999Z07:00", "Monday January 2 _2 __2 002 3PM pm", "06 2006 1 01 Jan January", "-07 -0700 -07:00 -070000 -07:00:00 Z07 Z0700 Z07:00 Z070000 Z07:00:00 MST", ".0 .00 .000000 .9 .99 ,000 ,999", "no layout"}
	for _, l := range layouts {
		fmt.Printf("%q\n  %s\n  %s\n  %s\n", l, t.Format(l), t.In(est).Format(l), t.In(ist).Format(l))
	}
	fmt.Println(string(t.AppendFormat([]byte("at: "), time.Kitchen)))
	fmt.Println(time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339), time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006 06"))

	// Parsing
	type pc struct{ layout, value string }
	for _, c := range []pc{
		{time.RFC3339, "2023-03-15T13:04:05Z"},
		{time.RFC3339, "2023-03-15T13:04:05.123+05:30"},
		{time.RFC3339Nano, "2023-03-15T13:04:05.123456789-07:00"},
		{time.RFC1123, "Wed, 15 Mar 2023 13:04:05 UTC"},
		{time.RFC1123Z, "Wed, 15 Mar 2023 13:04:05 -0500"},
		{time.ANSIC, "Wed Mar 15 13:04:05 2023"},
		{time.Kitchen, "3:04PM"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2024-02-29"},
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02", "2023-1-01"},
		{"2006-01-02 15:04", "2023-01-01 24:00"},
		{"2006-01-02", "2023-01-01 extra"},
		{"2006-01-02 15:04:05", "2023-01-01 10:00:00.5"},
		{"Jan 2 2006", "Foo 2 2006"},
		{"Monday 2006-01-02", "Tuesday 2023-03-15"},
		{"2006-002", "2023-074"},
		{"2006-002", "2023-400"},
		{"15:04:05 MST", "10:00:00 PDT"},
		{"15:04:05 MST", "10:00:00 GMT+3"},
		{"3:04pm", "11:30am"},
		{"3:04pm", "13:30pm"},
		{"06-01-02", "69-01-02"},
		{"06-01-02", "68-01-02"},
		{time.RFC3339, "2023-03-15T13:04:05+25:00"},
		{time.RFC3339, ""},
		{"", ""},
		{"", "x"},
		{"2006-01-02T15:04:05.000Z", "2023-03-15T13:04:05.12Z"},
		{"_2 Jan", " 5 Feb"},
	} {
		pt, err := time.Parse(c.layout, c.value)
		fmt.Printf("Parse(%q, %q) = %v, %v\n", c.layout, c.value, pt, err)
		if err != nil {
			var pe *time.ParseError
			if errors.As(err, &pe) {
				fmt.Printf("  %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
			}
		}
	}
	pt, err := time.ParseInLocation("2006-01-02 15:04", "2023-03-15 10:30", est)
	fmt.Println(pt, err, pt.Location())
	pt, err = time.ParseInLocation("2006-01-02 15:04 MST", "2023-03-15 10:30 EST", est)
	fmt.Println(pt, err)

	// Marshalling
	b, err := t.In(est).MarshalText()
	fmt.Println(string(b), err)
	b, err = t.MarshalJSON()
	fmt.Println(string(b), err)
	var t2 time.Time
	fmt.Println(t2.UnmarshalText([]byte("2023-03-15T13:04:05.5+01:00")), t2)
	fmt.Println(t2.UnmarshalJSON([]byte(`"bad"`)), t2.UnmarshalJSON([]byte("null")), t2)
	bb, err := t.In(est).MarshalBinary()
	fmt.Println(bb, err)
	var t3 time.Time
	fmt.Println(t3.UnmarshalBinary(bb), t3, t3.Equal(t))
	fmt.Println(t3.UnmarshalBinary(nil), t3.UnmarshalBinary([]byte{9}))
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText()
	fmt.Println(err)
	_, err = time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("x", 30)).MarshalBinary()
	fmt.Println(err)

	// Locations
	l, err := time.LoadLocation("UTC")
	fmt.Println(l, err)
	l, err = time.LoadLocation("")
	fmt.Println(l, err)
	l, err = time.LoadLocation("Local")
	fmt.Println(l, err)
	l, err = time.LoadLocation("No/Such_Zone")
	fmt.Println(l, err)
	l, err = time.LoadLocation("../etc")
	fmt.Println(l, err)
	fmt.Println(t.UTC().Location() == time.UTC, time.Unix(0, 0).Location() == time.Local)

	// Timers (no wall clock printed)
	tm := time.NewTimer(time.Hour)
	fmt.Println(tm.Stop(), tm.Stop(), tm.Reset(time.Millisecond))
	<-tm.C
	fmt.Println("timer fired", tm.Stop())
	done := make(chan bool)
	af := time.AfterFunc(time.Millisecond, func() { done <- true })
	<-done
	fmt.Println("afterfunc ran", af.Stop(), af.Reset(time.Hour), af.Stop())
	tk := time.NewTicker(time.Millisecond)
	<-tk.C
	<-tk.C
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticker ok")
	<-time.After(time.Millisecond)
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, time.Until(start) < 0, time.Now().After(start))
	fmt.Println(start.Round(0) == start.Round(0), start.Round(0).String() == start.Round(0).String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(time.Second).Reset(-1)
	}()
	fmt.Println(time.Tick(0) == nil)
	var pe error = &time.ParseError{Layout: "a", Value: "b", LayoutElem: "c", ValueElem: "d"}
	fmt.Println(pe)
	pe = &time.ParseError{Layout: "a", Value: "b", LayoutElem: "c", ValueElem: "d", Message: ": msg"}
	fmt.Println(pe)
}
