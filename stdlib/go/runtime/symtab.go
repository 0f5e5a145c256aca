// Stack introspection, as Go 1.19's runtime/symtab.go, extern.go and
// mprof.go have it: Callers, CallersFrames, FuncForPC and Stack.
//
// goro's pcs (runtime/traceback.h, kCallPcOffset): a frame suspended at an
// instruction has a return-address-like pc inside that instruction; the
// frames Go's runtime shows (runtime.gopanic, runtime.main, runtime.goexit)
// have pcs of their own. There is no inlining: every frame has a *Func.
package runtime

// Callers fills the slice pc with the return program counters of function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to skip before recording in pc, with 0 identifying
// the frame for Callers itself and 1 identifying the caller of Callers.
// It returns the number of entries written to pc.
func Callers(skip int, pc []uintptr) int

// Stack formats a stack trace of the calling goroutine into buf and returns
// the number of bytes written to buf. If all is true, Stack formats stack
// traces of all other goroutines into buf after the trace for the current
// goroutine (goro: without stopping them; one running on another thread
// shows as Go shows one it cannot stop).
func Stack(buf []byte, all bool) int

// Frames may be used to get function/file/line information for a slice of
// PC values returned by Callers.
type Frames struct {
	callers []uintptr // pcs not yet returned
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame.
	// For a frame that calls another frame, this will be the
	// program counter of a call instruction.
	PC uintptr

	// Func is the Func value of this call frame.
	Func *Func

	// Function is the package path-qualified function name of
	// this call frame.
	Function string

	// File and Line are the file name and line number of the
	// location in this frame.
	File string
	Line int

	// Entry point program counter for the function.
	Entry uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to
// return function/file/line information. Do not change the slice until you
// are done with the Frames.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC
// values, and whether there are more frames (more is false on the last).
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		f := FuncForPC(pc)
		if f == nil {
			continue
		}
		entry := f.entry
		if pc > entry {
			// a return address: the call is the instruction before it
			pc--
		}
		frame = Frame{PC: pc, Func: f, Function: f.name, Entry: entry}
		frame.File, frame.Line = funcLine(f, pc)
		break
	}
	for len(ci.callers) > 0 && FuncForPC(ci.callers[0]) == nil {
		ci.callers = ci.callers[1:]
	}
	return frame, len(ci.callers) > 0
}

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the
// given program counter address, or else nil.
func FuncForPC(pc uintptr) *Func

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	return f.entry
}

// FileLine returns the file name and line number of the
// source code corresponding to the program counter pc.
// The result will not be accurate if pc is not a program
// counter within f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return funcLine(f, pc)
}

// funcLine is (*Func).FileLine's native (stdlib/rt_stack_natives.cpp, as
// are Callers, Stack and FuncForPC).
func funcLine(f *Func, pc uintptr) (file string, line int)
