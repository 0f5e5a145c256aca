// vm/opnames.cpp — opcode names and operand shapes, from vm/opcodes.def.
#include "vm/func.h"

namespace goro {

const char* const kOpNames[OP__COUNT] = {
#define OP(name, operands, meaning) #name,
#include "vm/opcodes.def"
#undef OP
};

const char* const kOpOperands[OP__COUNT] = {
#define OP(name, operands, meaning) operands,
#include "vm/opcodes.def"
#undef OP
};

}  // namespace goro
