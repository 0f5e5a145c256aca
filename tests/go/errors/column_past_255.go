// gc keeps 8 bits of column: an error at column 255 or beyond prints as
// FILE:LINE: with no column.
package main

func main() {
	x := 1                                                                                                                                                                                                                                                                                                            + y
	_ = x
}
