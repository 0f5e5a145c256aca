// After a bad escape gc's scanner goes on with the literal: the later bad
// escape is reported too.
package main

func main() {
	_ = "\400\z"
}
