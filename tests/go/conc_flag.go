// args: -n 5 -v -name=gopher -d 1m30s -rate 2.5 -list a -list b rest1 -notaflag rest2
// package flag: the command line (flag.Parse of os.Args), Int/Bool/String/
// Duration/Float64/Var/Func flags, Args/NArg/Arg, and a FlagSet with
// ContinueOnError reporting errors and usage to a writer; workers count
// taken from a flag.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

var (
	n       = flag.Int("n", 1, "number of `workers`")
	verbose = flag.Bool("v", false, "verbose output")
	name    = flag.String("name", "world", "who to greet")
	dur     = flag.Duration("d", time.Second, "a duration")
	rate    = flag.Float64("rate", 1, "a rate")
	list    listFlag
	level   int
)

func init() {
	flag.Var(&list, "list", "repeatable")
	flag.IntVar(&level, "level", 3, "log level")
}

func main() {
	fmt.Println("parsed before Parse:", flag.Parsed())
	flag.Parse()
	fmt.Println("parsed:", flag.Parsed(), "NFlag:", flag.NFlag())
	fmt.Println(*n, *verbose, *name, *dur, *rate, list, level)
	fmt.Println("NArg:", flag.NArg(), "Args:", flag.Args(), "Arg(0):", flag.Arg(0), "Arg(9):", flag.Arg(9) == "")
	flag.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fmt.Println(flag.Lookup("n").Usage, flag.Lookup("n").DefValue, flag.Lookup("missing") == nil)

	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for i := 0; i < *n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			done++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("workers done:", done)

	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	port := fs.Int("port", 8080, "listen `port`")
	debug := fs.Bool("debug", false, "enable debugging")
	var tags []string
	fs.Func("tag", "add a tag", func(s string) error {
		if s == "" {
			return fmt.Errorf("empty tag")
		}
		tags = append(tags, s)
		return nil
	})
	for _, args := range [][]string{
		{"-port", "9090", "-debug", "-tag", "x", "--tag=y", "file"},
		{"-port", "abc"},
		{"-bogus"},
		{"-tag", ""},
		{"-debug=maybe"},
		{"-h"},
		{"--", "-port", "1"},
	} {
		*port, *debug, tags = 8080, false, nil
		err := fs.Parse(args)
		fmt.Printf("%q -> port=%d debug=%v tags=%v args=%v err=%v\n", args, *port, *debug, tags, fs.Args(), err)
	}
	fmt.Println("PrintDefaults:")
	fs.PrintDefaults()
}
