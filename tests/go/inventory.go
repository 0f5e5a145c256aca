package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Tools Category = iota + 1
	Food
	Toys
)

func (c Category) String() string {
	return [...]string{"?", "tools", "food", "toys"}[c]
}

type Item struct {
	SKU      string
	Name     string
	Cat      Category
	Qty      int
	PriceCts int
	Tags     []string
}

type Inventory struct {
	items map[string]*Item
}

var ErrUnknownSKU = errors.New("unknown sku")

type StockError struct {
	SKU        string
	Want, Have int
}

func (e StockError) Error() string {
	return fmt.Sprintf("not enough %s: want %d, have %d", e.SKU, e.Want, e.Have)
}

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = make(map[string]*Item)
	}
	if cur, ok := inv.items[it.SKU]; ok {
		cur.Qty += it.Qty
		return
	}
	c := it
	inv.items[it.SKU] = &c
}

func (inv *Inventory) Take(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("take %s: %w", sku, ErrUnknownSKU)
	}
	if it.Qty < n {
		return StockError{sku, n, it.Qty}
	}
	it.Qty -= n
	return nil
}

func (inv *Inventory) Sorted(less func(a, b *Item) bool) []*Item {
	out := make([]*Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func money(c int) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func main() {
	var inv Inventory
	inv.Add(Item{"T-100", "hammer", Tools, 5, 1299, []string{"steel"}})
	inv.Add(Item{"F-200", "apples", Food, 40, 45, []string{"fresh", "organic"}})
	inv.Add(Item{"Y-300", "yo-yo", Toys, 12, 350, nil})
	inv.Add(Item{"T-101", "wrench", Tools, 7, 899, []string{"steel", "adjustable"}})
	inv.Add(Item{"F-200", "apples", Food, 10, 45, nil})

	for _, op := range []struct {
		sku string
		n   int
	}{{"T-100", 2}, {"F-200", 60}, {"Z-999", 1}, {"Y-300", 12}} {
		if err := inv.Take(op.sku, op.n); err != nil {
			var se StockError
			switch {
			case errors.As(err, &se):
				fmt.Println("stock error:", se.SKU, se.Want-se.Have, "short")
			case errors.Is(err, ErrUnknownSKU):
				fmt.Println("unknown:", err)
			}
			continue
		}
		fmt.Println("took", op.n, "of", op.sku)
	}

	fmt.Printf("%-6s %-8s %-6s %4s %8s %9s  %s\n", "SKU", "NAME", "CAT", "QTY", "PRICE", "VALUE", "TAGS")
	total := 0
	bySKU := inv.Sorted(func(a, b *Item) bool { return a.SKU < b.SKU })
	for _, it := range bySKU {
		v := it.Qty * it.PriceCts
		total += v
		fmt.Printf("%-6s %-8s %-6v %4d %8s %9s  %s\n", it.SKU, it.Name, it.Cat, it.Qty, money(it.PriceCts), money(v), strings.Join(it.Tags, ","))
	}
	fmt.Println("total value:", money(total))

	perCat := map[Category]int{}
	for _, it := range inv.items {
		perCat[it.Cat] += it.Qty
	}
	fmt.Println(perCat)
	byValue := inv.Sorted(func(a, b *Item) bool { return a.Qty*a.PriceCts > b.Qty*b.PriceCts })
	names := []string{}
	for _, it := range byValue {
		names = append(names, it.Name)
	}
	fmt.Println("by value:", names)
	var out []string
	for _, it := range bySKU {
		if it.Qty == 0 {
			out = append(out, it.Name)
		}
	}
	fmt.Printf("out of stock: %q\n", out)
}
