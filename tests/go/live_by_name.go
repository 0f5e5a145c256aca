// Library methods only the runtime or fmt's C++ code calls, by name (Error,
// String), on values of library types that main never names: vm/check_live.cpp
// must keep them (the compiler leaves unreachable ones out).
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

type wrapper struct {
	Err error
	D   time.Duration
}

func main() {
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.ParseFloat("1e999", 64)
	fmt.Printf("%v | %s | %q\n", err, err, err)
	fmt.Println(fmt.Errorf("wrapped: %w", err))
	fmt.Println(errors.Unwrap(fmt.Errorf("wrapped: %w", err)) == err)
	_, err = os.Open("/no/such/file")
	fmt.Println(err)
	fmt.Printf("%v\n", wrapper{err, 1500 * time.Millisecond})
	fmt.Printf("%+v\n", &wrapper{errors.New("plain"), time.Hour + time.Second})
	var buf bytes.Buffer
	buf.WriteString("buffer text")
	fmt.Println(&buf)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%d", 1, 2)
	fmt.Println(sb.String())
	s := sort.StringSlice{"b", "c", "a"}
	sort.Sort(sort.Reverse(s))
	fmt.Println(s, sort.IsSorted(s))
	fmt.Println(time.Duration(90) * time.Minute)
	fmt.Println(time.March, time.Saturday)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		_, err := strconv.ParseInt("99999999999999999999", 10, 64)
		panic(err)
	}()
	var m map[string]int
	m["x"] = 1
}
