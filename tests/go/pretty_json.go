package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func write(sb *strings.Builder, v any, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			write(sb, e, indent+1)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			write(sb, x[k], indent+1)
			if i < len(keys)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "}")
	default:
		fmt.Fprintf(sb, "\"<unsupported %T>\"", x)
	}
}

func Marshal(v any) string {
	var sb strings.Builder
	write(&sb, v, 0)
	return sb.String()
}

func count(v any) (leaves int, depth int) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			l, d := count(e)
			leaves += l
			if d > depth {
				depth = d
			}
		}
		return leaves, depth + 1
	case map[string]any:
		for _, e := range x {
			l, d := count(e)
			leaves += l
			if d > depth {
				depth = d
			}
		}
		return leaves, depth + 1
	}
	return 1, 0
}

func main() {
	doc := map[string]any{
		"name":    "goro",
		"version": 1.5,
		"stable":  false,
		"tags":    []any{"vm", "go", "interpreter"},
		"owner":   nil,
		"stats": map[string]any{
			"stars": 42,
			"ratio": 0.125,
			"empty": []any{},
			"nested": map[string]any{
				"quote": "say \"hi\"\n",
				"list":  []any{1, 2.5, true, nil, []any{"deep"}},
			},
		},
		"weird": struct{}{},
	}
	out := Marshal(doc)
	fmt.Println(out)
	fmt.Println("lines:", strings.Count(out, "\n")+1, "bytes:", len(out))
	fmt.Println(count(doc))
	fmt.Println(Marshal([]any{}), Marshal("x"), Marshal(3), Marshal(nil))
}
