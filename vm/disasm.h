// vm/disasm.h — bytecode listing for `goro disasm FILE.go`.
#pragma once
#include <ostream>

#include "vm/func.h"

namespace goro {

// Every function of the program: name, file:line, slot counts, constants, each
// instruction (index, name, operands, source line) and, at each safepoint, the
// stack map (the slots holding pointers).
void disassemble(const Program& prog, std::ostream& out);
// One function (used by tests and by disassemble).
void disassembleFunc(const FuncProto& fn, std::ostream& out);

}  // namespace goro
