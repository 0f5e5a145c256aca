// Copyright 2013 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// goro: the settings of Go 1.19's garbage.go that goro's runtime has: the
// collector is Boehm's (not Go's pacer), so SetGCPercent maps the target
// onto Boehm's free-space divisor (stdlib/rt_stack_natives.cpp), and the
// stack limit is the one goroutine stack growth checks (runtime/stack.cpp).

package debug

// SetGCPercent sets the garbage collection target percentage:
// a collection is triggered when the ratio of freshly allocated data
// to live data remaining after the previous collection reaches this percentage.
// SetGCPercent returns the previous setting.
// The initial setting is 100 (goro does not read GOGC).
// A negative percentage disables garbage collection.
//
// goro: the percentage sets Boehm's free-space divisor to 300/percent
// (100, Go's default, is Boehm's default divisor 3; 0 collects as often as
// Boehm allows, divisor 1000); a negative one disables collection
// (GC_disable) until a non-negative one enables it again.
func SetGCPercent(percent int) int {
	return int(setGCPercent(int32(percent)))
}

// FreeOSMemory forces a garbage collection followed by an
// attempt to return as much memory to the operating system
// as possible (goro: Boehm's GC_gcollect_and_unmap).
func FreeOSMemory()

// SetMaxStack sets the maximum amount of memory that
// can be used by a single goroutine stack.
// If any goroutine exceeds this limit while growing its stack,
// the program crashes.
// SetMaxStack returns the previous setting.
// The initial setting is 1 GB on 64-bit systems.
// There may be a system-imposed maximum stack limit regardless
// of the value provided to SetMaxStack (goro, as Go: 2 GB).
//
// SetMaxStack is useful mainly for limiting the damage done by
// goroutines that enter an infinite recursion. It only limits future
// stack growth.
func SetMaxStack(bytes int) int

// Natives (stdlib/rt_stack_natives.cpp).
func setGCPercent(in int32) (out int32)
