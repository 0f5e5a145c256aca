package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Config struct {
	Name    string
	Port    int
	Debug   bool
	Ratio   float64
	Tags    []string
	Limits  map[string]int
	unknown []string
}

type LineError struct {
	Line int
	Msg  string
	Err  error
}

func (e *LineError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("line %d: %s: %v", e.Line, e.Msg, e.Err)
	}
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

func (e *LineError) Unwrap() error { return e.Err }

func parse(text string) (*Config, []error) {
	cfg := &Config{Port: 80, Limits: map[string]int{}}
	var errs []error
	section := ""
	for i, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(raw)
		if idx := strings.Index(line, "#"); idx >= 0 {
			line = strings.TrimSpace(line[:idx])
		}
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, &LineError{i + 1, fmt.Sprintf("missing '=' in %q", line), nil})
			continue
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if section == "limits" {
			n, err := strconv.Atoi(val)
			if err != nil {
				errs = append(errs, &LineError{i + 1, "limit " + key, err})
				continue
			}
			cfg.Limits[key] = n
			continue
		}
		var err error
		switch key {
		case "name":
			cfg.Name, err = strconv.Unquote(val)
		case "port":
			cfg.Port, err = strconv.Atoi(val)
		case "debug":
			cfg.Debug, err = strconv.ParseBool(val)
		case "ratio":
			cfg.Ratio, err = strconv.ParseFloat(val, 64)
		case "tags":
			for _, t := range strings.Split(val, ",") {
				if t = strings.TrimSpace(t); t != "" {
					cfg.Tags = append(cfg.Tags, t)
				}
			}
		default:
			cfg.unknown = append(cfg.unknown, key)
		}
		if err != nil {
			errs = append(errs, &LineError{i + 1, "bad " + key, err})
		}
	}
	return cfg, errs
}

const input = `# service configuration
name = "edge \"proxy\""
port = 8080
debug = true
ratio = 0.75   # fraction
tags = web, , proxy,cache
colour = blue
this line is wrong

[limits]
conns = 1000
rps = 50x
burst = 20
`

func main() {
	cfg, errs := parse(input)
	fmt.Printf("%+v\n", *cfg)
	fmt.Println(cfg.Name, cfg.Port, cfg.Debug, cfg.Ratio, len(cfg.Tags), cfg.Tags)
	keys := make([]string, 0, len(cfg.Limits))
	for k := range cfg.Limits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("limit %-6s %5d\n", k, cfg.Limits[k])
	}
	fmt.Println(len(errs), "errors:")
	for _, e := range errs {
		var le *LineError
		if errors.As(e, &le) {
			fmt.Printf("  [%d] %v (syntax=%v)\n", le.Line, e, errors.Is(e, strconv.ErrSyntax))
		}
	}
	_, errs = parse("port = 99999999999999999999\nname = unquoted")
	for _, e := range errs {
		fmt.Println(e, errors.Is(e, strconv.ErrRange))
	}
}
