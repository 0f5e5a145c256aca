// Identifiers beyond ASCII: Unicode letters anywhere, Unicode digits after
// the first character (the lexer takes every non-ASCII character; the
// scanner's check keeps only these).
package main

import "fmt"

type Größe struct{ Breite, Höhe int }

func (g Größe) Fläche() int { return g.Breite * g.Höhe }

func main() {
	été٣ := 1
	π := 3.14159
	日本語 := "こんにちは"
	x٠١ := été٣ + 1
	var ǅ, ᾈ = 'a', 'b'
	g := Größe{Breite: 3, Höhe: 4}
	fmt.Println(été٣, π, 日本語, x٠١, ǅ, ᾈ, g.Fläche(), g)
	fmt.Printf("%+v %T\n", g, g)
}
