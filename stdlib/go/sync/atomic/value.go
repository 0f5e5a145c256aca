package atomic

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load. Once Store has been
// called, a Value must not be copied.
//
// goro's Value holds a pointer to an immutable box with the interface value;
// the box pointer is loaded, stored and swapped atomically.
type Value struct {
	p *valueBox
}

type valueBox struct {
	v any
}

// Natives (stdlib/atomic_natives.cpp): sequentially consistent operations on
// the box pointer, and type identity of two interface values' dynamic types.
func loadBox(addr **valueBox) *valueBox
func storeBox(addr **valueBox, val *valueBox)
func swapBox(addr **valueBox, new *valueBox) (old *valueBox)
func casBox(addr **valueBox, old, new *valueBox) (swapped bool)
func sameType(a, b any) bool

// Load returns the value set by the most recent Store. It returns nil if
// there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	b := loadBox(&v.p)
	if b == nil {
		return nil
	}
	return b.v
}

// Store sets the value of the Value v to val. All calls to Store for a given
// Value must use values of the same concrete type. Store of an inconsistent
// type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	nb := &valueBox{val}
	for {
		b := loadBox(&v.p)
		if b == nil {
			if casBox(&v.p, nil, nb) {
				return
			}
			continue
		}
		if !sameType(b.v, val) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		storeBox(&v.p, nb)
		return
	}
}

// Swap stores new into Value and returns the previous value. It returns nil
// if the Value is empty. All calls to Swap for a given Value must use values
// of the same concrete type. Swap of an inconsistent type panics, as does
// Swap(nil).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	nb := &valueBox{new}
	for {
		b := loadBox(&v.p)
		if b == nil {
			if casBox(&v.p, nil, nb) {
				return nil
			}
			continue
		}
		if !sameType(b.v, new) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		ob := swapBox(&v.p, nb)
		return ob.v
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value. All
// calls to CompareAndSwap for a given Value must use values of the same
// concrete type. CompareAndSwap of an inconsistent type panics, as does
// CompareAndSwap(old, nil).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	nb := &valueBox{new}
	for {
		b := loadBox(&v.p)
		if b == nil {
			if old != nil {
				return false
			}
			if casBox(&v.p, nil, nb) {
				return true
			}
			continue
		}
		if !sameType(b.v, new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		if b.v != old {
			return false
		}
		return casBox(&v.p, b, nb)
	}
}
