package main

import "fmt"

type Config struct {
	Name  string
	Limit int
}

type Server struct {
	cfg *Config
}

func (s *Server) Limit() int {
	return s.cfg.Limit
}

func main() {
	ok := &Server{&Config{"a", 10}}
	fmt.Println("limit:", ok.Limit())
	bad := &Server{}
	fmt.Println("limit:", bad.Limit())
}
