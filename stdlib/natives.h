// stdlib/natives.h — linking the C++ natives of the standard library.
//
// Each native translation unit registers its functions from static NativeReg
// objects (vm/native.h). goro_stdlib is a static library, and the linker only
// takes an object file from it when something references it; so every native
// file defines a `linkXxxNatives()` hook and linkStdlibNatives() calls them all.
// Call it once from main() (or from a test) before loading a program.
#pragma once

namespace goro {

void linkStdlibNatives();

// The GOGC environment variable, read at start-up as Go reads it: "off" or a
// percentage (runtime/debug.SetGCPercent's mapping onto Boehm's collector).
void applyGOGC();

}  // namespace goro
