// tests/unit/test_files.h — file helpers shared by the unit tests that read
// programs from the repository (tests/go) or from Go's test suite.
#pragma once
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace goro::testutil {

// The whole file (empty if it cannot be read).
inline std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The repository's root directory (this file is tests/unit/test_files.h).
inline std::string repoRoot() {
  return std::filesystem::path(__FILE__).parent_path().parent_path().parent_path().string();
}

}  // namespace goro::testutil
