// After `func` or a method's receiver gc expects the name (or a receiver's
// '('): "expecting name or (" (an empty receiver list is "method has no receiver").
package main

type T struct{}

func (s T) , h int }

func main() {}
