package main

import "fmt"

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [%+d] [% d] [% d]\n", 42, 42, 42, 42, -42, 42, -42)
	fmt.Printf("[%x] [%#x] [%08x] [%#08x] [%-8x|]\n", 3054, 3054, 3054, 3054, 3054)
	fmt.Printf("[%8.3f] [%-8.3f] [%08.3f] [%+.2f] [%.0f] [%8.0f]\n", 3.14159, 3.14159, -3.14159, 2.5, 2.5, 1234.5)
	fmt.Printf("[%10s] [%-10s] [%.3s] [%10.3s] [%-10.3s]\n", "hello", "hello", "hello", "hello", "hello")
	fmt.Printf("[%5q] [%-8q] [%.2q]\n", "a", "b", "abc")
	fmt.Printf("[%*d] [%-*d] [%.*f] [%*.*f]\n", 6, 7, 6, 7, 2, 3.14159, 9, 3, 2.71828)
	fmt.Printf("[%5t] [%-6t]\n", true, false)
	fmt.Printf("[%3c] [%-3c]\n", 'x', 'y')
	fmt.Printf("[%6v] [%-6v] [%6v]\n", 12, "ab", 1.5)
	fmt.Printf("[%10v] [%-12v]\n", []int{1, 2}, map[string]int{"a": 1})
	fmt.Printf("[%4d] [%-4d]\n", []int{1, 22}, [2]int{3, 44})
	fmt.Printf("[%e] [%.2e] [%12.4e] [%-12.2E]\n", 123456.789, 123456.789, 0.000123, 99999.0)
	fmt.Printf("[%g] [%.3g] [%10.4g] [%g] [%g]\n", 0.000012345, 123456.789, 3.14159, 1e-7, 12345678.0)
	fmt.Printf("[%b] [%o] [%#o] [%#b] [%08b]\n", 10, 64, 64, 5, 5)
	fmt.Printf("[%x] [%X] [% X] [%#x]\n", "Go!", "Go!", []byte{1, 171}, "hi")
	fmt.Printf("[%3d%%] [%-6.1f%%]\n", 50, 99.5)
	fmt.Printf("[%v] [%.2v] [%5.1v]\n", 3.14159, 3.14159, 3.14159)
	fmt.Printf("[%+v] [%+.1e] [% .3f]\n", 1.0, 12345.0, 2.0)
	fmt.Printf("[%08.3f] [%-08.3f] [%+08d] [%x] [%X]\n", 3.14159, 3.14159, 42, -255, -255)
	fmt.Printf("[%U] [%#U] [%#c]\n", 'é', '⌘', 'z')
	fmt.Printf("[%d] [%5.2d] [%.3d] [%.0d]\n", 7, 7, 7, 0)

	// a formatted table
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	fmt.Printf("%-12s %5s %8s\n", "ITEM", "QTY", "TOTAL")
	total := 0.0
	for _, r := range rows {
		t := float64(r.qty) * r.price
		total += t
		fmt.Printf("%-12s %5d %8.2f\n", r.name, r.qty, t)
	}
	fmt.Printf("%-12s %5s %8.2f\n", "SUM", "", total)
	s := fmt.Sprintf("%-4s|%4s|%04d|%x", "ab", "cd", 12, 255)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%6.2f%%", 12.3456))
	fmt.Printf("%3v|%-3v|%03v\n", true, nil, 7)
	fmt.Printf("%08.2f|%8.2e|%-10g|\n", -12.345, -12.345, -12.345)
}
