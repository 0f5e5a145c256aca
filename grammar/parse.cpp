// grammar/parse.cpp — parseFile() (declared in grammar/ast.h) and the
// tokenizer for tests: lexing, the two-stage parse (SLL, then LL with gc's
// error messages and resumption at the next top-level declaration), and
// the AST build.
#include <algorithm>
#include <chrono>

#include "grammar/builder.h"
#include "grammar/builder_internal.h"
#include "grammar/line_directive.h"

namespace goro {
namespace {

using namespace goro::ast;
using namespace goro::grammar::detail;
using antlr4::ParserRuleContext;
using antlr4::Token;
using antlr4::tree::TerminalNode;
using goro_antlr::GoLexer;
using goro_antlr::GoParser;
using grammar::SourceText;

// Records the root context of a parse that may be abandoned by an exception.
class RootListener : public antlr4::tree::ParseTreeListener {
 public:
  ParserRuleContext* root = nullptr;
  void enterEveryRule(ParserRuleContext* ctx) override {
    if (!root) root = ctx;
  }
  void visitTerminal(TerminalNode*) override {}
  void visitErrorNode(antlr4::tree::ErrorNode*) override {}
  void exitEveryRule(ParserRuleContext*) override {}
};

bool before(const Pos& a, const Pos& b) { return a.line != b.line ? a.line < b.line : a.col < b.col; }

thread_local grammar::ParseStats g_stats;

double msSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

ast::File* parseFile(const std::string& filename, const std::string& source,
                     std::vector<ast::Diag>& errors, bool keepOnScannerErrors) {
  auto t0 = std::chrono::steady_clock::now();
  g_stats = grammar::ParseStats{};
  SourceText src(source);
  grammar::CodePointStream input(src.codePoints());
  GoLexer lexer(&input);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();

  std::vector<Diag> errs;
  grammar::lexicalErrors(src, lexer, tokens, filename, errs);
  {
    // line directives (grammar/line_directive.h)
    std::vector<LineBase> bases;
    bool badDirective = false;
    for (const auto& d : lexer.lineDirectives) {
      const size_t b0 = src.byteOffset(d.start), b1 = src.byteOffset(d.stop + 1);
      const std::string c = src.bytes().substr(b0, b1 - b0);
      const bool block = c[1] == '*';
      const std::string text = c.substr(7, c.size() - 7 - (block ? 2 : 0));
      const Pos cp = src.posOfByte(b0);
      const Pos textPos{cp.line, cp.col + 7};
      const Pos at = block ? src.posOfByte(b1) : Pos{cp.line + 1, 1};
      std::string err;
      Pos errPos;
      if (!decodeLineDirective(text, textPos, at, bases.empty() ? filename : bases.back().file, bases, err, errPos)) {
        if (!badDirective) errs.push_back(Diag{filename, errPos, err});  // (gc reports the first)
        badDirective = true;
      }
      else if (!bases.empty() && bases.back().file == filename)
        bases.back().ownFile = true;
    }
    setLineBases(filename, std::move(bases));
  }

  GoParser parser(&tokens);
  parser.removeErrorListeners();
  // Stage 1: SLL prediction, bail out at the first error. Valid Go parses
  // here; only a syntax error (or a rare SLL conflict) goes to stage 2.
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
      antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  GoParser::SourceFileContext* tree = nullptr;
  try {
    tree = parser.sourceFile();
  } catch (antlr4::ParseCancellationException&) {
    tree = nullptr;
  }
  if (!tree) {
    // Stage 2: full LL with gc-style error reporting.
    g_stats.usedLL = true;
    tokens.seek(0);
    parser.reset();
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::LL);
    // The first syntax error stops a parse (ANTLR's recovery would report
    // follow-on errors that gc does not); parsing then resumes at the next
    // top-level declaration, as gc's parser does, to report later errors.
    size_t startIndex = 0;
    for (int attempt = 0; attempt < 10; attempt++) {
      std::vector<Diag> syntaxErrs;
      auto strategy = std::make_shared<grammar::GcErrorStrategy>(src, filename, syntaxErrs);
      parser.setErrorHandler(strategy);
      parser.reset();
      tokens.seek(startIndex);
      RootListener rootListener;
      parser.addParseListener(&rootListener);
      ParserRuleContext* t = nullptr;
      try {
        if (attempt == 0) t = tree = parser.sourceFile();
        else t = parser.topLevelDecls();
      } catch (antlr4::ParseCancellationException&) {
        t = nullptr;
      }
      parser.removeParseListener(&rootListener);
      if (t || syntaxErrs.empty()) break;
      if (rootListener.root) {
        // gc reports header errors of statements before the syntax error first
        std::vector<Diag> headerErrs;
        Builder hb(src, tokens, filename, headerErrs);
        hb.partialErrors(rootListener.root);
        for (auto& d : headerErrs)
          if (before(d.pos, syntaxErrs.front().pos)) errs.push_back(d);
      }
      errs.insert(errs.end(), syntaxErrs.begin(), syntaxErrs.end());
      // resume at the next const/type/var/func at the start of a line
      size_t errAt = strategy->errorTokenIndex();
      if (errAt == size_t(-1)) break;
      size_t next = 0;
      for (size_t j = errAt + 1; j < tokens.size(); j++) {
        Token* k = tokens.get(j);
        size_t ty = k->getType();
        if ((ty == GoLexer::FUNC || ty == GoLexer::TYPE || ty == GoLexer::VAR || ty == GoLexer::CONST) &&
            src.pos(k).col == 1 && tokens.get(j - 1)->getType() == GoLexer::SEMI) {
          next = j;
          break;
        }
      }
      if (!next) break;
      startIndex = next;
    }
    if (!errs.empty()) tree = nullptr;
  }
  g_stats.parseMs = msSince(t0);

  File* file = nullptr;
  if (tree) {
    auto t1 = std::chrono::steady_clock::now();
    Builder b(src, tokens, filename, errs);
    file = b.sourceFile(tree);
    g_stats.buildMs = msSince(t1);
  }
  if (!errs.empty()) {
    std::stable_sort(errs.begin(), errs.end(), [](const Diag& a, const Diag& b) { return before(a.pos, b.pos); });
    // gc (base.ErrorfAt): only one syntax error per line; and its parser
    // reports nothing at the end of the file once an error came before
    std::vector<Diag> kept;
    int lastSyntaxLine = 0;
    for (auto& d : errs) {
      if (!kept.empty() && d.msg.find("unexpected EOF") != std::string::npos) continue;
      if (d.msg.rfind("syntax error", 0) == 0) {
        if (d.pos.line == lastSyntaxLine) continue;
        lastSyntaxLine = d.pos.line;
      }
      kept.push_back(d);
    }
    errs = std::move(kept);
    if (errs.size() > 10) errs.resize(10);  // gc stops after 10 errors
    bool syntax = false;
    for (auto& d : errs) syntax |= d.msg.rfind("syntax error", 0) == 0;
    errors.insert(errors.end(), errs.begin(), errs.end());
    return keepOnScannerErrors && !syntax ? file : nullptr;
  }
  return file;
}

namespace grammar {

const ParseStats& lastParseStats() { return g_stats; }

std::vector<LexToken> tokenize(const std::string& source) {
  SourceText src(source);
  CodePointStream input(src.codePoints());
  GoLexer lexer(&input);
  lexer.removeErrorListeners();
  std::vector<LexToken> out;
  for (;;) {
    std::unique_ptr<Token> t = lexer.nextToken();
    LexToken lt;
    size_t ty = t->getType();
    lt.kind = ty == Token::EOF ? "EOF" : std::string(lexer.getVocabulary().getSymbolicName(ty));
    lt.text = ty == GoLexer::SEMI && t->getStopIndex() + 1 == t->getStartIndex() ? t->getText()
                                                                                  : src.text(t.get());
    lt.pos = src.pos(t.get());
    out.push_back(lt);
    if (ty == Token::EOF) break;
  }
  return out;
}

}  // namespace grammar
}  // namespace goro
