package main

import "fmt"

// Channel semantics: buffered and unbuffered, close, len/cap, receive with
// ok, range, directional types, nil channels in select, select with default.
func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consume(in <-chan int) (sum, count int) {
	for v := range in {
		sum += v
		count++
	}
	return
}

func main() {
	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	fmt.Println("len", len(buf), "cap", cap(buf))
	fmt.Println(<-buf, <-buf, len(buf))
	close(buf)
	v, ok := <-buf
	fmt.Printf("after close: %q %v\n", v, ok)

	ch := make(chan int)
	go producer(ch, 100)
	s, c := consume(ch)
	fmt.Println("sum", s, "count", c)

	// producer/consumer over a buffered channel
	jobs := make(chan int, 10)
	done := make(chan int)
	go func() {
		total := 0
		for j := range jobs {
			total += j * 2
		}
		done <- total
	}()
	for i := 1; i <= 50; i++ {
		jobs <- i
	}
	close(jobs)
	fmt.Println("doubled total", <-done)

	var nilc chan int
	select {
	case x := <-nilc:
		fmt.Println("impossible", x)
	case nilc <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels are never ready")
	}

	// select picks a ready case; with several ready, each about equally often
	a, b := make(chan int, 1), make(chan int, 1)
	counts := [2]int{}
	for i := 0; i < 10000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			counts[0]++
			<-b
		case <-b:
			counts[1]++
			<-a
		}
	}
	fmt.Println("fair:", counts[0] > 4000 && counts[1] > 4000, counts[0]+counts[1])

	// a struct through a channel, and a channel of channels
	type msg struct {
		id   int
		text string
		tags []string
	}
	mc := make(chan msg, 1)
	mc <- msg{7, "hello", []string{"x", "y"}}
	m := <-mc
	fmt.Println(m.id, m.text, m.tags)
	reply := make(chan chan string)
	go func() {
		r := <-reply
		r <- "pong"
	}()
	r := make(chan string)
	reply <- r
	fmt.Println(<-r)
}
