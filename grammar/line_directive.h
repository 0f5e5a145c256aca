// grammar/line_directive.h — gc's line directives: `//line file:line[:col]`
// at the start of a line and `/*line file:line[:col]*/` anywhere on one line
// give the source that follows another file name and line (generated code
// points back at its input this way: goyacc, cgo, templates).
//
// A directive starts a new *line base* at the position after it (for
// `//line`, the start of the next line; for `/*line*/`, right after the
// comment). A position p past a base b is reported as
//     file   b.file
//     line   b.line + (p.line - b.at.line)
//     column unknown (0) if b gave none; else b.col + (p.col - b.at.col) on
//            b's own line and p.col on the lines after
// as cmd/compile/internal/syntax does (pos.go: RelFilename/RelLine/RelCol).
// An empty file name with a column keeps the previous base's name; without a
// column it stays empty (the runtime shows it as "??").
//
// Who uses it: parseFile records each file's bases (lineBasesOf); compile
// errors are printed at relative positions (tools/driver.cpp); the compiler
// stores relative lines and files with the bytecode, which tracebacks and
// runtime.Caller report (vm/func.h FuncProto::fileRuns).
#pragma once
#include <string>
#include <vector>

#include "grammar/ast.h"

namespace goro::ast {

struct LineBase {
  Pos at;            // the first source position the base applies to
  std::string file;  // as written in the directive
  int line = 0;      // the line position `at` has
  int col = 0;       // the column `at` has; 0: none given
  bool ownFile = false;  // `file` is the source file's own name (`//line :N:C` before any other)
};

// A position as line directives make it.
struct RelPos {
  const std::string* file;  // the base's name, or the source file's own
  int line;
  int col;                  // 0: unknown
  bool directive;           // the position lies under a line directive
  bool ownFile;             // ... one that kept the source file's own name
};

// The bases of `file` (as parseFile was given it), in source order; null
// when it has none. Filled by parseFile (thread-safe).
const std::vector<LineBase>* lineBasesOf(const std::string& file);
void setLineBases(const std::string& file, std::vector<LineBase> bases);

// p of `file` under its line directives (p itself when there are none).
RelPos relPos(const std::string& file, Pos p);
// The same with the file's bases at hand (a binary search).
RelPos relPos(const std::vector<LineBase>& bases, const std::string& file, Pos p);

// Decodes one directive comment: `text` is the comment after "//line " or
// "/*line " (without "*/"), `textPos` the position of its first byte, `at`
// the position the base applies from, `prevFile` the name in effect before.
// Appends the base to `bases`, or returns gc's error ("invalid line number:
// X", with its position in errPos); a comment with no colon is no directive.
bool decodeLineDirective(const std::string& text, Pos textPos, Pos at, const std::string& prevFile,
                         std::vector<LineBase>& bases, std::string& err, Pos& errPos);

}  // namespace goro::ast
