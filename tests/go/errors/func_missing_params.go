// A function declared without its parameter list: gc's "expecting (".
package main

func main {}
