// A map literal whose key type is undefined: only that error (the elements
// are not checked against an invalid type).
package main

type P struct{ a, b int }

func main() {
	_ = map[stringx]P{"a": {1, 2}}
}
