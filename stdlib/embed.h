// stdlib/embed.h — the Go sources of goro's standard library, embedded into the
// binary at build time from stdlib/go/<import path>/*.go (stdlib/CMakeLists.txt
// generates the definitions).
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace goro {

// Files of an embedded standard-library package ("fmt", "unicode/utf8"):
// appends (file name, source) pairs to `files`, sorted by name; false if the
// package is unknown.
bool stdlibSources(const std::string& importPath, std::vector<std::pair<std::string, std::string>>& files);

// Import paths of every embedded package, sorted.
std::vector<std::string> stdlibPackages();

}  // namespace goro
