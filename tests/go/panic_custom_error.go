package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("validation failed: %s=%d", e.Field, e.Value)
}

func check(field string, v int) {
	if v > 100 {
		panic(&ValidationError{field, v})
	}
}

func main() {
	check("speed", 50)
	fmt.Println("speed ok")
	check("temperature", 451)
}
