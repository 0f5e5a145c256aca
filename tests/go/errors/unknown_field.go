package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func main() {
	u := User{Name: "ann", Age: 3}
	fmt.Println(u.Email)
}
