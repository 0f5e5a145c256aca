// No func main: the linker's message, which names no file.
package main

func foo() {}
