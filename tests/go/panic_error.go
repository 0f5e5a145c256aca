package main

import (
	"errors"
	"fmt"
)

var ErrBroken = errors.New("the widget is broken")

func process() error {
	return fmt.Errorf("process: %w", ErrBroken)
}

func main() {
	if err := process(); err != nil {
		fmt.Println("got:", err, errors.Is(err, ErrBroken))
		panic(err)
	}
}
