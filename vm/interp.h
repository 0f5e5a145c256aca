// vm/interp.h — the interpreter: runs FuncProtos on a G's stack.
#pragma once
#include "runtime/g.h"
#include "vm/func.h"

namespace goro {

// Run the frame at `fp` (header and arguments already written; header return
// pc 0) until it returns. Panics not recovered inside this activation
// propagate as GoPanicSignal (the outermost caller prints them).
void execute(G* g, Program* prog, uint64_t* fp);

// Prepare `prog` for running (natives' frame sizes, runtime types, hooks) and
// run its entry function on a new main goroutine; returns the exit status.
int runProgram(Program* prog);

}  // namespace goro
