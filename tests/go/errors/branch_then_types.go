// Errors of labels and branch statements do not stop type checking (gc
// reports them with the type errors, in position order).
package main

func f() {
L:
}

func g() {
	var z int
	for {
		break M
	}
}

func main() {
	continue
	undefinedName()
}
