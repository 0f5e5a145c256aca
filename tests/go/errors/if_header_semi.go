// Right after an if header's ';' gc parses the condition: a statement there
// is 'expecting expression', not 'expecting { after if clause'.
package main

func main() {
	x := 1
	if x%2 == 0
		return
	}
}
