// vm/disasm.cpp — bytecode listing (see vm/disasm.h).
#include "vm/disasm.h"

#include <cstdio>
#include <string>

namespace goro {

static std::string operandText(const Instr& in, const char* shape) {
  std::string s;
  for (const char* p = shape; *p; p++) {
    char buf[32];
    switch (*p) {
      case 'a': std::snprintf(buf, sizeof buf, "a=%d", int(in.a)); break;
      case 'b': std::snprintf(buf, sizeof buf, "b=%d", in.b); break;
      case 'c': std::snprintf(buf, sizeof buf, "c=%d", in.c); break;
      case 'd': std::snprintf(buf, sizeof buf, "d=%d", in.d); break;
      default: continue;
    }
    if (!s.empty()) s += ' ';
    s += buf;
  }
  return s;
}

static std::string mapText(const StackMap& sm, int frameSize) {
  std::string s = "ptrs{";
  bool first = true;
  for (int i = 0; i < frameSize; i++) {
    if (!sm.isPtr(i)) continue;
    if (!first) s += ',';
    s += std::to_string(i);
    first = false;
  }
  return s + "}";
}

void disassembleFunc(const FuncProto& fn, std::ostream& out) {
  out << "func " << fn.name << "  " << fn.file << ":" << fn.line << "\n";
  out << "  params=" << fn.paramSlots << " recv=" << fn.recvSlots << " results=" << fn.resultSlots
      << " frame=" << fn.frameSize;
  if (fn.isClosure) out << " closure";
  if (fn.hasDefer) out << " defer recoverPc=" << fn.recoverPc;
  out << "\n";
  if (fn.native) {
    out << "  native\n\n";
    return;
  }
  if (!fn.paramPtrs.empty()) {
    std::string s;
    for (int i = 0; i < fn.paramSlots; i++)
      if ((fn.paramPtrs[size_t(i / 64)] >> (i % 64)) & 1) s += (s.empty() ? "" : ",") + std::to_string(i);
    if (!s.empty()) out << "  param ptrs{" << s << "}\n";
  }
  if (!fn.consts.empty()) {
    out << "  consts:";
    for (size_t i = 0; i < fn.consts.size(); i++) {
      char buf[48];
      std::snprintf(buf, sizeof buf, " K%zu=0x%llx", i, static_cast<unsigned long long>(fn.consts[i]));
      out << buf;
    }
    out << "\n";
  }
  for (size_t i = 0; i < fn.code.size(); i++) {
    const Instr& in = fn.code[i];
    const char* name = in.op < OP__COUNT ? kOpNames[in.op] : "?";
    const char* shape = in.op < OP__COUNT ? kOpOperands[in.op] : "";
    char head[64];
    std::snprintf(head, sizeof head, "  %4zu  %-11s ", i, name);
    std::string line = head + operandText(in, shape);
    while (line.size() < 48) line += ' ';
    line += " ; line " + std::to_string(i < fn.lines.size() ? fn.lines[i] : 0);
    if (const StackMap* sm = fn.mapAt(int32_t(i))) line += "  " + mapText(*sm, fn.frameSize);
    out << line << "\n";
  }
  out << "\n";
}

void disassemble(const Program& prog, std::ostream& out) {
  out << "globals: " << prog.globalsSize << " bytes\n\n";
  for (const FuncProto* f : prog.funcs) disassembleFunc(*f, out);
}

}  // namespace goro
