package main

func appendStuff(b []byte) []byte {
	return append(b, 'x')
}

func main() {
	var b []byte
	if len(b) == 0 {
		var buf [64]byte
		b = buf[:0]
	}
	b = appendStuff(b)
	println(len(b), string(b))
}
