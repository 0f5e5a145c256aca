// Two embedded interfaces with different methods of one name: gc names the
// other declaration too.
package main

type I interface{ M() }
type J interface{ M(int) }
type K interface {
	I
	J
}

func main() {}
