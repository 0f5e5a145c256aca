// grammar/line_directive.cpp — decoding line directives and mapping positions
// through them (grammar/line_directive.h).
#include "grammar/line_directive.h"

#include <algorithm>
#include <map>
#include <mutex>

namespace goro::ast {

namespace {
constexpr long kPosMax = long(1) << 30;  // gc's syntax.PosMax

std::mutex gMu;
std::map<std::string, std::vector<LineBase>>& registry() {
  static auto* r = new std::map<std::string, std::vector<LineBase>>;
  return *r;
}

// gc's trailingDigits: i is the index after the last ':' (0 if none), n the
// number after it, ok whether it is a number.
void trailingDigits(const std::string& text, size_t& i, long& n, bool& ok) {
  const size_t c = text.rfind(':');
  i = 0;
  n = 0;
  ok = false;
  if (c == std::string::npos) return;
  i = c + 1;
  if (i == text.size()) return;
  for (size_t k = i; k < text.size(); k++) {
    if (text[k] < '0' || text[k] > '9') return;
    if (n <= kPosMax) n = n * 10 + (text[k] - '0');
  }
  ok = true;
}

bool before(const Pos& a, const Pos& b) { return a.line != b.line ? a.line < b.line : a.col < b.col; }
}  // namespace

const std::vector<LineBase>* lineBasesOf(const std::string& file) {
  std::lock_guard<std::mutex> lk(gMu);
  auto it = registry().find(file);
  return it == registry().end() ? nullptr : &it->second;
}

void setLineBases(const std::string& file, std::vector<LineBase> bases) {
  std::lock_guard<std::mutex> lk(gMu);
  if (bases.empty()) registry().erase(file);
  else registry()[file] = std::move(bases);
}

RelPos relPos(const std::string& file, Pos p) {
  const std::vector<LineBase>* bases = lineBasesOf(file);
  return bases ? relPos(*bases, file, p) : RelPos{&file, p.line, p.col, false, false};
}

RelPos relPos(const std::vector<LineBase>& bases, const std::string& file, Pos p) {
  if (p.line <= 0) return RelPos{&file, p.line, p.col, false, false};
  // the last base at or before p (bases are in source order)
  auto it = std::upper_bound(bases.begin(), bases.end(), p,
                             [](const Pos& q, const LineBase& x) { return before(q, x.at); });
  if (it == bases.begin()) return RelPos{&file, p.line, p.col, false, false};
  const LineBase* b = &*(it - 1);
  RelPos r{&b->file, b->line + (p.line - b->at.line), 0, true, b->ownFile};
  if (b->col > 0) r.col = p.line == b->at.line ? b->col + (p.col - b->at.col) : p.col;
  return r;
}

bool decodeLineDirective(const std::string& text, Pos textPos, Pos at, const std::string& prevFile,
                         std::vector<LineBase>& bases, std::string& err, Pos& errPos) {
  size_t i;
  long n;
  bool ok;
  trailingDigits(text, i, n, ok);
  if (i == 0) return true;  // no colon: not a directive
  if (!ok) {
    err = "invalid line number: " + text.substr(i);
    errPos = Pos{textPos.line, textPos.col + int(i)};
    return false;
  }
  long line, col = 0;
  size_t i2;
  long n2;
  bool ok2;
  std::string t = text;
  trailingDigits(t.substr(0, i - 1), i2, n2, ok2);
  if (ok2) {  // file:line:col
    std::swap(i, i2);
    line = n2;
    col = n;
    if (col == 0 || col > kPosMax) {
      err = "invalid column number: " + t.substr(i2);
      errPos = Pos{textPos.line, textPos.col + int(i2)};
      return false;
    }
    t = t.substr(0, i2 - 1);
  } else {
    line = n;
  }
  if (line == 0 || line > kPosMax) {
    err = "invalid line number: " + t.substr(i);
    errPos = Pos{textPos.line, textPos.col + int(i)};
    return false;
  }
  std::string file = t.substr(0, i - 1);
  if (file.empty() && ok2) file = prevFile;
  bases.push_back(LineBase{at, file, int(line), int(col)});
  return true;
}

}  // namespace goro::ast
