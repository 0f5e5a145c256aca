// vm/interp.h — the interpreter: runs FuncProtos on a G's stack.
#pragma once
#include "runtime/g.h"
#include "vm/func.h"

namespace goro {

// Run the frame at `fp` (header and arguments already written; header return
// pc 0) until it returns. Panics not recovered inside this activation
// propagate as GoPanicSignal (the outermost caller prints them).
void execute(G* g, Program* prog, uint64_t* fp);
// The same, resuming at startPc (null: the function's start) with `bottom` as
// the activation's bottom frame. Returns early when the G parks or yields
// (g->status is then not Running; g->fp/g->pc say where to resume).
void executeFrom(G* g, Program* prog, uint64_t* fp, const Instr* startPc, uint64_t* bottom);
// Run or resume a goroutine until it parks or yields (true) or exits (false).
bool executeG(G* g, Program* prog);

// Prepare `prog` for running (natives' frame sizes, runtime types, hooks) and
// run its entry function on a new main goroutine; returns the exit status.
int runProgram(Program* prog);

}  // namespace goro
