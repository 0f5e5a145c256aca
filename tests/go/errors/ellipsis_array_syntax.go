// [...]T as the type of a named parameter or a single-name field is a syntax
// error in gc (its parser reads `name [` as the start of type arguments).
package main

type S struct{ a [...]int }

func f(x [...]byte) {}

func h() (r [...]int) { return }

func main() {}
