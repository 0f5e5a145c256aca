// tools/driver.h — source file → checked, compiled Program (shared by run/disasm).
#pragma once
#include <string>
#include <vector>

#include "vm/func.h"

namespace goro {
// Parse, type-check and compile `path`. On failure prints gc-style diagnostics
// to stderr and returns null.
Program* buildProgram(const std::string& path);
}  // namespace goro
