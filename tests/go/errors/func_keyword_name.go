// `func` followed by a keyword: gc expects a name or a receiver's '('.
package main

func return

func main() {}
