// tools/driver.cpp — the front half of `goro run`: read, parse, check, compile.
#include "tools/driver.h"

#include <fstream>
#include <sstream>

#include "grammar/ast.h"
#include "runtime/panic.h"
#include "stdlib/embed.h"
#include "vm/check.h"
#include "vm/compile.h"

namespace goro {

static void printDiags(const std::vector<ast::Diag>& errs) {
  std::string out;
  for (const auto& d : errs) {
    if (d.pos.line > 0)
      out += d.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.msg + "\n";
    else
      out += (d.file.empty() ? std::string("goro") : d.file) + ": " + d.msg + "\n";
  }
  writeStderr(out.data(), out.size());
}

Program* buildProgram(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::string msg = "goro: cannot open " + path + "\n";
    writeStderr(msg.data(), msg.size());
    return nullptr;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::vector<ast::Diag> errs;
  // (a file with only the scanner's errors is still checked, as gc does)
  ast::File* file = parseFile(path, ss.str(), errs, /*keepOnScannerErrors=*/true);
  if (!file) {
    printDiags(errs);
    return nullptr;
  }
  CheckedProgram cp;
  if (!checkProgram(file, stdlibFiles, cp, errs)) {
    printDiags(errs);
    return nullptr;
  }
  auto* prog = new Program();
  prog->mainFile = path;
  if (!compileProgram(cp, *prog, errs)) {
    printDiags(errs);
    return nullptr;
  }
  return prog;
}

}  // namespace goro
