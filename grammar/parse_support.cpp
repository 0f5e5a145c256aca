// grammar/parse_support.cpp — see parse_support.h.
#include "grammar/parse_support.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "GoLexer.h"
#include "GoParser.h"
#include "grammar/literals.h"
#include "grammar/unicode_class.h"

namespace goro::grammar {

using goro_antlr::GoLexer;
using goro_antlr::GoParser;

// ---------------------------------------------------------------------------
// SourceText

SourceText::SourceText(const std::string& bytes) : bytes_(bytes) {
  cps_.reserve(bytes.size());
  cpByte_.reserve(bytes.size() + 1);
  lineStart_.push_back(0);
  size_t i = 0, n = bytes.size();
  while (i < n) {
    unsigned char c = bytes[i];
    cpByte_.push_back(uint32_t(i));
    if (c < 0x80) {
      if (c == '\n') lineStart_.push_back(uint32_t(i + 1));
      if (c == 0) encErrors_.push_back({i, "invalid NUL character"});
      cps_.push_back(c);
      i++;
      continue;
    }
    int len = c >= 0xF8 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    uint32_t r = 0;
    bool ok = len > 0 && i + size_t(len) <= n;
    if (ok) {
      r = c & (0x7F >> len);
      for (int k = 1; k < len; k++) {
        unsigned char cc = bytes[i + k];
        if ((cc & 0xC0) != 0x80) {
          ok = false;
          break;
        }
        r = (r << 6) | (cc & 0x3F);
      }
      // overlong forms, surrogates, > U+10FFFF
      static const uint32_t minFor[5] = {0, 0, 0x80, 0x800, 0x10000};
      if (ok && (r < minFor[len] || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))) ok = false;
    }
    if (!ok) {
      encErrors_.push_back({i, "invalid UTF-8 encoding"});
      cps_.push_back(0xFFFD);
      i++;
      continue;
    }
    if (r == 0xFEFF && i != 0) encErrors_.push_back({i, "invalid BOM in the middle of the file"});
    cps_.push_back(r);
    i += size_t(len);
  }
  cpByte_.push_back(uint32_t(n));
}

ast::Pos SourceText::posOfByte(size_t offset) const {
  auto it = std::upper_bound(lineStart_.begin(), lineStart_.end(), uint32_t(offset));
  size_t line = size_t(it - lineStart_.begin());  // 1-based
  return ast::Pos{int(line), int(offset - lineStart_[line - 1]) + 1};
}

std::string SourceText::text(const antlr4::Token* t) const {
  size_t start = t->getStartIndex(), stop = t->getStopIndex();
  if (t->getType() == antlr4::Token::EOF || stop + 1 <= start || stop == size_t(-1)) return "";
  size_t b = byteOffset(start), e = byteOffset(stop + 1);
  return bytes_.substr(b, e - b);
}

// ---------------------------------------------------------------------------
// Token names

std::string describeToken(const SourceText& src, const antlr4::Token* t) {
  switch (t->getType()) {
    case antlr4::Token::EOF:
      return "EOF";
    case GoLexer::SEMI:
      // an inserted one carries "newline" or "EOF" as its text
      return t->getStopIndex() + 1 == t->getStartIndex() ? t->getText() : "semicolon";
    case GoLexer::COMMA:
      return "comma";
    case GoLexer::INT_LIT:
    case GoLexer::FLOAT_LIT:
    case GoLexer::IMAG_LIT:
    case GoLexer::RUNE_LIT:
    case GoLexer::STRING_LIT:
    case GoLexer::RAW_STRING_LIT:
    case GoLexer::UNTERMINATED_STRING:  // (gc's scanner makes a literal of them too)
    case GoLexer::UNTERMINATED_RUNE:
    case GoLexer::UNTERMINATED_RAW:
      return "literal " + src.text(t);
    default:
      return src.text(t);
  }
}

// ---------------------------------------------------------------------------
// Errors

namespace {

// GORO_PARSE_DEBUG=1: print ANTLR's view of each syntax error (exception,
// rule stack, expected tokens) to stderr, for working on the messages.
bool debugErrors() {
  static const bool on = getenv("GORO_PARSE_DEBUG") != nullptr;
  return on;
}

std::string tokenName(const antlr4::dfa::Vocabulary& vocab, size_t type) {
  switch (type) {
    case GoLexer::COMMA: return "comma";
    case GoLexer::SEMI: return "semicolon or newline";
    case antlr4::Token::EOF: return "EOF";
    case GoLexer::IDENTIFIER: return "name";
    default: break;
  }
  std::string s = vocab.getLiteralName(type);
  if (s.size() >= 2 && s.front() == '\'') return s.substr(1, s.size() - 2);
  return vocab.getSymbolicName(type);
}

}  // namespace

void GcErrorStrategy::reportError(antlr4::Parser* recognizer, const antlr4::RecognitionException& e) {
  if (reported_) return;
  reported_ = true;
  antlr4::Token* off = e.getOffendingToken();
  if (!off) off = recognizer->getCurrentToken();
  antlr4::misc::IntervalSet expected;
  try {
    expected = recognizer->getExpectedTokens();
  } catch (...) {
  }
  // A prediction that failed several tokens after the decision: describe the
  // failure from the ATN configurations that were still alive at the
  // offending token (their rule and what they could match next) rather than
  // from the decision's rule.
  size_t deepRule = size_t(-1);
  if (auto* nva = dynamic_cast<const antlr4::NoViableAltException*>(&e)) {
    if (nva->getStartToken() && off->getTokenIndex() > nva->getStartToken()->getTokenIndex() &&
        nva->getDeadEndConfigs()) {
      antlr4::misc::IntervalSet deep;
      std::vector<size_t> rules;
      for (auto& cfg : nva->getDeadEndConfigs()->configs) {
        rules.push_back(cfg->state->ruleIndex);
        deep.addAll(recognizer->getATN().nextTokens(cfg->state));
      }
      deep.remove(antlr4::Token::EPSILON);
      // the rule to describe: a list rule with a specific message if any
      // configuration is in one, else the first configuration's
      for (size_t r : {GoParser::RuleParameters, GoParser::RuleLiteralValue, GoParser::RuleSelectorSuffix,
                       GoParser::RuleStructType, GoParser::RuleInterfaceType, GoParser::RuleChanType})
        if (deepRule == size_t(-1) && std::find(rules.begin(), rules.end(), r) != rules.end()) deepRule = r;
      if (deepRule == size_t(-1) && !rules.empty()) deepRule = rules[0];
      if (deepRule != size_t(-1)) expected = deep;
    }
  }
  antlr4::Token* at = off;
  std::string msg = message(recognizer, off, expected, deepRule, &at);
  if (debugErrors()) {
    fprintf(stderr, "[parse-debug] %s at %s; state %zu; stack:", typeid(e).name(),
            describeToken(src_, off).c_str(), recognizer->getState());
    for (auto& r : recognizer->getRuleInvocationStack()) fprintf(stderr, " %s", r.c_str());
    fprintf(stderr, "; expected: %s\n", expected.toString(recognizer->getVocabulary()).c_str());
  }
  errors_.push_back(ast::Diag{file_, src_.pos(at), msg});
  errorTokenIndex_ = off->getTokenIndex();
}

void GcErrorStrategy::recover(antlr4::Parser*, std::exception_ptr) {
  throw antlr4::ParseCancellationException();
}

antlr4::Token* GcErrorStrategy::recoverInline(antlr4::Parser* recognizer) {
  antlr4::InputMismatchException e(recognizer);
  reportError(recognizer, e);
  throw antlr4::ParseCancellationException();
}

void GcErrorStrategy::sync(antlr4::Parser*) {}

// The source text of tokens first..last as gc prints a type: tokens joined,
// with a space between two words, before a func result and after chan<-
// ("[]chan int", "map[string]func(a int) error", "[]chan<- int").
static std::string tokenText(antlr4::TokenStream* ts, size_t first, size_t last) {
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); };
  std::string out;
  for (size_t i = first; i <= last; i++) {
    std::string t = ts->get(i)->getText();
    if (t.empty() || ts->get(i)->getType() == GoLexer::SEMI) continue;
    const bool result = !out.empty() && out.back() == ')' &&  // func(x) T
                        t != ")" && t != "]" && t != "," && t != "{" && t != "}" && t != ";";
    const bool sendChan = out.size() >= 6 && out.compare(out.size() - 6, 6, "chan<-") == 0;               // chan<- T
    if (!out.empty() && ((word(out.back()) && word(t.front())) || result || sendChan)) out.push_back(' ');
    out += t;
  }
  return out;
}

// gc's parser reports a syntax error where its recursive descent stands;
// here the same places are recognised from the rule that failed, the token
// before the offending one, and the set of tokens ANTLR expected.
std::string GcErrorStrategy::message(antlr4::Parser* parser, antlr4::Token* off,
                                     const antlr4::misc::IntervalSet& expected, size_t deepRule,
                                     antlr4::Token** at) {
  // ctx: the rule context of the failure, when known (not for a deep
  // prediction failure, where only the rule index is known)
  antlr4::ParserRuleContext* ctx = parser->getContext();
  if (deepRule != size_t(-1) && ctx && ctx->getRuleIndex() != deepRule) ctx = nullptr;
  size_t rule = deepRule != size_t(-1) ? deepRule : ctx ? ctx->getRuleIndex() : size_t(GoParser::RuleSourceFile);
  antlr4::TokenStream* ts = parser->getTokenStream();
  antlr4::Token* prev = off->getTokenIndex() > 0 && off->getTokenIndex() != size_t(-1)
                            ? ts->get(off->getTokenIndex() - 1)
                            : nullptr;
  size_t pt = prev ? prev->getType() : 0;
  size_t ot = off->getType();
  std::string tok = describeToken(src_, off);
  auto unexpected = [&](const std::string& rest) { return "syntax error: unexpected " + tok + rest; };
  auto hasChild = [&](size_t tokenType) {
    if (!ctx) return false;
    for (auto* ch : ctx->children)
      if (auto* tn = dynamic_cast<antlr4::tree::TerminalNode*>(ch))
        if (tn->getSymbol()->getType() == tokenType) return true;
    return false;
  };
  auto countChild = [&](size_t tokenType) {
    int n = 0;
    if (!ctx) return n;
    for (auto* ch : ctx->children)
      if (auto* tn = dynamic_cast<antlr4::tree::TerminalNode*>(ch))
        if (tn->getSymbol()->getType() == tokenType) n++;
    return n;
  };
  size_t firstTok = 0;
  if (ctx && !ctx->children.empty())
    if (auto* tn = dynamic_cast<antlr4::tree::TerminalNode*>(ctx->children[0]))
      firstTok = tn->getSymbol()->getType();

  if (pt == GoLexer::CHAN) return "syntax error: missing channel element type";
  bool typeExpected = expected.contains(size_t(GoLexer::IDENTIFIER)) && expected.contains(size_t(GoLexer::STAR)) &&
                      expected.contains(size_t(GoLexer::MAP));
  if (pt == GoLexer::ELLIPSIS && typeExpected && !expected.contains(size_t(GoLexer::INT_LIT)))
    return "syntax error: ... is missing type";
  // (T){...}: gc parses the literal and rejects the parenthesized type
  if (ot == GoLexer::L_CURLY && pt == GoLexer::R_PAREN) {
    size_t i = off->getTokenIndex() - 1;
    int depth = 0;
    size_t open = size_t(-1);
    while (i > 0) {
      size_t t = ts->get(i)->getType();
      if (t == GoLexer::R_PAREN) depth++;
      if (t == GoLexer::L_PAREN && --depth == 0) {
        open = i;
        break;
      }
      i--;
    }
    if (open != size_t(-1) && open > 0 && open + 2 < off->getTokenIndex()) {
      size_t before = ts->get(open - 1)->getType();
      size_t first = ts->get(open + 1)->getType();
      bool call = before == GoLexer::IDENTIFIER || before == GoLexer::R_PAREN || before == GoLexer::R_BRACKET ||
                  before == GoLexer::R_CURLY || before == GoLexer::FUNC;
      bool typeLike = first == GoLexer::IDENTIFIER || first == GoLexer::L_BRACKET || first == GoLexer::MAP ||
                      first == GoLexer::STRUCT;
      bool simple = true;  // a name, qualified name or type literal inside
      for (size_t k = open + 1; k + 1 < off->getTokenIndex() && first == GoLexer::IDENTIFIER; k++) {
        size_t t = ts->get(k)->getType();
        simple = simple && (t == GoLexer::IDENTIFIER || t == GoLexer::DOT);
      }
      if (!call && typeLike && simple) return "syntax error: cannot parenthesize type in composite literal";
    }
  }
  // a rule entered without consuming anything: the error is at the start of
  // an element of its parent (type T <newline>: gc's "in type declaration")
  if (ctx && ctx->children.empty() && (rule == GoParser::RuleType_ || rule == GoParser::RuleTypeNoParen)) {
    auto* parent = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent);
    if (parent && parent->getRuleIndex() == GoParser::RuleTypeSpec) return unexpected(" in type declaration");
  }

  switch (rule) {
    case GoParser::RuleSourceFile:
    case GoParser::RuleTopLevelDecls: {
      if (!ctx) break;
      bool resumed = rule == GoParser::RuleTopLevelDecls;
      if (!resumed && ctx->children.empty()) return "syntax error: package statement must be first";
      if (!resumed && ctx->children.size() == 1) break;  // after the package clause: generic
      if (pt == GoLexer::SEMI || ctx->children.empty()) {
        // at the start of a top-level declaration
        if (ot == GoLexer::L_CURLY) {
          auto* last = ctx->children.size() < 2 ? nullptr
                       : dynamic_cast<antlr4::ParserRuleContext*>(ctx->children[ctx->children.size() - 2]);
          if (last && last->getRuleIndex() == GoParser::RuleTopLevelDecl) {
            auto* fd = dynamic_cast<antlr4::ParserRuleContext*>(last->children[0]);
            auto* lastChild = fd ? dynamic_cast<antlr4::ParserRuleContext*>(fd->children.back()) : nullptr;
            bool bodyless = fd && fd->getRuleIndex() == GoParser::RuleFuncDecl && lastChild &&
                            lastChild->getRuleIndex() != GoParser::RuleBlock;
            if (bodyless) return "syntax error: unexpected semicolon or newline before {";
          }
        }
        return "syntax error: non-declaration statement outside function body";
      }
      return unexpected(" after top level declaration");
    }
    case GoParser::RulePackageClause:
      if (firstTok != GoLexer::PACKAGE) return "syntax error: package statement must be first";
      break;
    case GoParser::RuleChanType:
      if (pt == GoLexer::RECEIVE && hasChild(GoLexer::CHAN)) return "syntax error: missing channel element type";
      break;
    case GoParser::RuleFuncDecl:
      // gc's funcDeclOrNil: after `func` (or a receiver) comes the name; an
      // empty receiver list is its own error
      if (ctx && pt == GoLexer::R_PAREN && ctx->children.size() == 2) {
        auto* recv = dynamic_cast<antlr4::ParserRuleContext*>(ctx->children[1]);
        if (recv && recv->getStop() && recv->getStart() &&
            recv->getStop()->getTokenIndex() == recv->getStart()->getTokenIndex() + 1)
          return "method has no receiver";
        return unexpected(", expecting name or (");
      }
      if (pt == GoLexer::FUNC) return unexpected(", expecting name or (");
      break;
    case GoParser::RuleBlock:
      if (!ctx) break;
      if (ctx->children.empty()) {  // the '{' of an if/for/switch body or a function body
        if (ot == GoLexer::VAR && (pt == GoLexer::FOR || pt == GoLexer::IF || pt == GoLexer::SWITCH)) {
          *at = ts->get(off->getTokenIndex() + 1);
          return std::string("syntax error: var declaration not allowed in ") + prev->getText() + " initializer";
        }
        // gc's blockStmt("if clause") after a complete header `init; cond`;
        // its header() itself asks for '{' after a lone first statement, and
        // right after a header's `;` it parses the next part (the condition,
        // a for clause's post statement): "expecting expression"
        auto* parent = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent);
        if (parent && (parent->getRuleIndex() == GoParser::RuleIfStmt || parent->getRuleIndex() == GoParser::RuleForStmt)) {
          // a header statement that is a bare list `i, v`: gc's simpleStmt
          // wants := or = after a list
          antlr4::tree::ParseTree* lastStmt = nullptr;
          for (auto* ch : parent->children) {
            if (ch == ctx) break;
            if (auto* r = dynamic_cast<antlr4::ParserRuleContext*>(ch); r && r->getRuleIndex() == GoParser::RuleSimpleStmtNL)
              lastStmt = r;
          }
          if (auto* st = dynamic_cast<antlr4::ParserRuleContext*>(lastStmt); st && st->children.size() == 1) {
            auto* list = dynamic_cast<antlr4::ParserRuleContext*>(st->children[0]);
            bool comma = false;
            if (list)
              for (auto* ch : list->children)
                if (auto* tn = dynamic_cast<antlr4::tree::TerminalNode*>(ch)) comma = comma || tn->getSymbol()->getType() == GoLexer::COMMA;
            if (comma && st->getStop() && st->getStop()->getTokenIndex() + 1 == off->getTokenIndex())
              return unexpected(", expecting := or = or comma");
          }
          bool semi = false, semiLast = false;
          for (auto* ch : parent->children) {
            if (ch == ctx) break;
            auto* tn = dynamic_cast<antlr4::tree::TerminalNode*>(ch);
            bool isSemi = tn && tn->getSymbol()->getType() == GoLexer::SEMI;
            semi = semi || isSemi;
            semiLast = isSemi;
          }
          if (semiLast) return unexpected(", expecting expression");
          if (semi)
            return unexpected(parent->getRuleIndex() == GoParser::RuleIfStmt ? ", expecting { after if clause"
                                                                               : ", expecting { after for clause");
        }
        return unexpected(", expecting {");
      }
      if (pt == GoLexer::SEMI || pt == GoLexer::L_CURLY) return unexpected(", expecting }");
      if (pt == GoLexer::RETURN) return unexpected(", expecting expression");
      return unexpected(" at end of statement");
    case GoParser::RuleSwitchStmt:
    case GoParser::RuleSelectStmt:
      if (hasChild(GoLexer::L_CURLY)) {
        if (pt == GoLexer::SEMI || pt == GoLexer::L_CURLY || pt == GoLexer::COLON)
          return unexpected(", expecting case or default or }");
        return unexpected(" at end of statement");
      }
      if (rule == GoParser::RuleSelectStmt) break;
      [[fallthrough]];
    case GoParser::RuleIfStmt:
    case GoParser::RuleForStmt: {
      if (hasChild(GoLexer::ELSE)) return "syntax error: else must be followed by if or statement block";
      if (ot == GoLexer::VAR && (pt == GoLexer::FOR || pt == GoLexer::IF || pt == GoLexer::SWITCH)) {
        *at = ts->get(off->getTokenIndex() + 1);
        return std::string("syntax error: var declaration not allowed in ") + prev->getText() + " initializer";
      }
      if (rule == GoParser::RuleForStmt && ot == GoLexer::L_CURLY && pt == GoLexer::SEMI &&
          countChild(GoLexer::SEMI) == 1)
        return unexpected(", expecting for loop condition");
      if (rule == GoParser::RuleSwitchStmt && countChild(GoLexer::SEMI) > 0 && expected.contains(size_t(GoLexer::L_CURLY)))
        return "syntax error: missing { after switch clause";
      if (expected.contains(size_t(GoLexer::L_CURLY))) return unexpected(", expecting {");
      break;
    }
    case GoParser::RuleSelectorSuffix: {
      // (a failed prediction between the [ alternatives comes before the [
      // is a child: take it, and the colons so far, from the tokens)
      int colons = countChild(GoLexer::COLON);
      if (ctx && ctx->children.empty() && ctx->getStart() && ctx->getStart()->getType() == GoLexer::L_BRACKET) {
        firstTok = GoLexer::L_BRACKET;
        for (size_t i = ctx->getStart()->getTokenIndex(); i < off->getTokenIndex(); i++)
          colons += ts->get(i)->getType() == GoLexer::COLON;
      }
      if (firstTok == GoLexer::L_PAREN) {
        if (ot == antlr4::Token::EOF) return unexpected(", expecting )");
        if (pt == GoLexer::L_PAREN || pt == GoLexer::COMMA) return unexpected(", expecting expression");
        return unexpected(" in argument list; possibly missing comma or )");
      }
      if (firstTok == GoLexer::L_BRACKET && pt == GoLexer::COMMA) {
        // x[i, j]: gc parses a list (an instantiation's) whose other elements
        // are types; its type checker rejects a second index, its parser what
        // is not a type
        const size_t ti = off->getTokenIndex();
        const size_t next = ti + 1 < ts->size() ? ts->get(ti + 1)->getType() : 0;
        if (ot == GoLexer::IDENTIFIER && next != GoLexer::R_BRACKET && next != GoLexer::COMMA &&
            next != GoLexer::DOT && next != GoLexer::L_BRACKET) {
          *at = ts->get(ti + 1);
          return "syntax error: unexpected " + describeToken(src_, *at) + ", expecting ]";
        }
        if (ot == GoLexer::IDENTIFIER || ot == GoLexer::L_BRACKET || ot == GoLexer::STAR || ot == GoLexer::MAP ||
            ot == GoLexer::CHAN || ot == GoLexer::FUNC || ot == GoLexer::STRUCT || ot == GoLexer::INTERFACE)
          return "invalid operation: more than one index";
        return unexpected(", expecting ]");
      }
      if (firstTok == GoLexer::L_BRACKET && pt != GoLexer::L_BRACKET && colons == 0)
        return unexpected(", expecting comma, : or ]");
      if (pt == GoLexer::DOT) return unexpected(", expecting name or (");
      break;
    }
    case GoParser::RuleLiteralValue:
      // A type literal with no { after it: gc parses any type as an operand
      // and its type checker rejects it ("[]int (type) is not an expression").
      // (ANTLR fails to predict within the operand: the type's tokens run from
      // the primary expression's start to the offending token.)
      if (!ctx && ot != GoLexer::L_CURLY)
        if (auto* pe = parser->getContext(); pe && pe->getRuleIndex() == GoParser::RulePrimaryExpr && pe->getStart()) {
          const size_t a = pe->getStart()->getTokenIndex(), b = off->getTokenIndex();
          const size_t t0 = pe->getStart()->getType();
          if (b > a + 1 && b != size_t(-1) && (t0 == GoLexer::L_BRACKET || t0 == GoLexer::MAP)) {
            *at = pe->getStart();
            return tokenText(ts, a, b - 1) + " (type) is not an expression";
          }
        }
      if (ot == antlr4::Token::EOF) return unexpected(", expecting }");
      if (pt == GoLexer::L_CURLY || pt == GoLexer::COMMA) return unexpected(", expecting expression");
      return unexpected(" in composite literal; possibly missing comma or }");
    case GoParser::RuleTypeSpec:
      if (pt == GoLexer::IDENTIFIER || pt == GoLexer::ASSIGN) return unexpected(" in type declaration");
      break;
    case GoParser::RuleParameters:
      if (!hasChild(GoLexer::L_PAREN)) return unexpected(", expecting (");  // (gc's funcType: want '(')
      if (ot == antlr4::Token::EOF || pt == GoLexer::L_PAREN || pt == GoLexer::COMMA) return unexpected(", expecting )");
      return unexpected(" in parameter list; possibly missing comma or )");
    case GoParser::RuleStructType:
      if (!hasChild(GoLexer::L_CURLY)) break;
      if (pt == GoLexer::SEMI || pt == GoLexer::L_CURLY) {
        if (ot == GoLexer::L_PAREN) return "syntax error: cannot parenthesize embedded type";
        return unexpected(", expecting field name or embedded type");
      }
      if (pt == GoLexer::IDENTIFIER && off->getTokenIndex() >= 2) {
        // after a field name (gc's fieldDecl: a name not followed by ., a
        // tag, ; or } starts a name list, and a type must come)
        const size_t before = ts->get(off->getTokenIndex() - 2)->getType();
        if ((before == GoLexer::L_CURLY || before == GoLexer::SEMI || before == GoLexer::COMMA) &&
            ot != GoLexer::DOT && ot != GoLexer::STRING_LIT && ot != GoLexer::RAW_STRING_LIT)
          return unexpected(", expecting type");
      }
      return unexpected(" in struct type; possibly missing semicolon or newline or }");
    case GoParser::RuleInterfaceType:
      if (!hasChild(GoLexer::L_CURLY)) break;
      if (pt == GoLexer::SEMI || pt == GoLexer::L_CURLY) return unexpected(", expecting ~ term or type");
      return unexpected(" in interface type; possibly missing semicolon or newline or }");
    case GoParser::RuleString_:
    case GoParser::RuleImportDecl:
    case GoParser::RuleImportSpec: {
      auto* p = ctx;
      if (p && rule == GoParser::RuleString_) p = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent);
      if (!p || (p->getRuleIndex() != GoParser::RuleImportSpec && p->getRuleIndex() != GoParser::RuleImportDecl))
        break;
      if (pt == GoLexer::IMPORT || pt == GoLexer::SEMI || pt == GoLexer::L_PAREN || pt == GoLexer::IDENTIFIER ||
          pt == GoLexer::DOT) {
        if (ot == GoLexer::INT_LIT || ot == GoLexer::FLOAT_LIT || ot == GoLexer::IMAG_LIT || ot == GoLexer::RUNE_LIT) {
          *at = ts->get(off->getTokenIndex() + 1);  // gc reports after the literal
          return "syntax error: import path must be a string";
        }
        if (pt != GoLexer::SEMI && pt != GoLexer::L_PAREN) return "syntax error: missing import path";
      }
      if (rule == GoParser::RuleString_) break;
    }
      [[fallthrough]];
    case GoParser::RuleConstDecl:
    case GoParser::RuleVarDecl:
    case GoParser::RuleTypeDecl:
      if (pt == GoLexer::CONST || pt == GoLexer::VAR || pt == GoLexer::TYPE) return unexpected(", expecting name");
      if (!hasChild(GoLexer::L_PAREN) || pt == GoLexer::SEMI || pt == GoLexer::L_PAREN) break;
      return unexpected(" in grouped declaration; possibly missing semicolon or newline or )");
    default:
      break;
  }

  // Generic: describe what was expected, as gc's want() / expr() / type_() do.
  bool exprStart = expected.contains(size_t(GoLexer::IDENTIFIER)) && expected.contains(size_t(GoLexer::INT_LIT)) &&
                   expected.contains(size_t(GoLexer::FUNC));
  bool typeStart = expected.contains(size_t(GoLexer::IDENTIFIER)) && expected.contains(size_t(GoLexer::STAR)) &&
                   expected.contains(size_t(GoLexer::MAP)) && !expected.contains(size_t(GoLexer::INT_LIT));
  if (exprStart) return unexpected(", expecting expression");
  if (typeStart) return unexpected(", expecting type");
  if (expected.size() == 1) return unexpected(", expecting " + tokenName(parser->getVocabulary(), expected.getMinElement()));
  if (expected.size() == 2 && expected.contains(size_t(GoLexer::IDENTIFIER)) && expected.contains(size_t(GoLexer::L_PAREN)))
    return unexpected(", expecting name or (");
  // a type name inside [...] (map[K, [N]T) that may still be qualified
  if (expected.size() == 2 && expected.contains(size_t(GoLexer::R_BRACKET)) && expected.contains(size_t(GoLexer::DOT)))
    return unexpected(", expecting ]");
  return unexpected("");
}

// ---------------------------------------------------------------------------
// Lexical errors

// An identifier's non-ASCII characters (the lexer takes them all, as gc's
// scanner does): each must be a Unicode letter, or a digit after the first.
static void identifierErrors(const SourceText& src, const antlr4::Token* t, const std::string& file,
                             std::vector<ast::Diag>& errors) {
  for (size_t i = t->getStartIndex(); i <= t->getStopIndex() && i < src.codePoints().size(); i++) {
    uint32_t r = src.codePoints()[i];
    if (r < 0x80 || isUnicodeLetter(r)) continue;
    size_t b = src.byteOffset(i), e = src.byteOffset(i + 1);
    std::string tx = src.bytes().substr(b, e - b);
    if (r == 0xFFFD && tx != "\xEF\xBF\xBD") continue;  // invalid UTF-8: reported as such
    if (isUnicodeDigit(r)) {
      if (i == t->getStartIndex())
        errors.push_back(ast::Diag{file, src.posOfByte(b), "identifier cannot begin with digit " + formatCodePoint(r)});
      continue;
    }
    errors.push_back(ast::Diag{file, src.posOfByte(b), "invalid character " + formatCodePoint(r) + " in identifier"});
  }
}

void lexicalErrors(const SourceText& src, const goro_antlr::GoLexer& lexer, antlr4::CommonTokenStream& tokens,
                   const std::string& file, std::vector<ast::Diag>& errors) {
  using ast::Diag;
  using ast::Pos;
  for (auto& [off, msg] : src.encodingErrors()) errors.push_back(Diag{file, src.posOfByte(off), msg});
  for (const auto& et : lexer.errorTokens) {
    size_t startByte = src.byteOffset(et.start), endByte = src.byteOffset(et.stop + 1);
    Pos p = src.posOfByte(startByte);
    bool atEOF = endByte >= src.bytes().size();
    switch (et.type) {
      case GoLexer::INVALID_CHAR: {
        uint32_t r = src.codePoints()[et.start];
        std::string tx = src.bytes().substr(startByte, endByte - startByte);
        if ((r == 0xFFFD && tx != "\xEF\xBF\xBD") || r == 0 || r == 0xFEFF) break;  // reported above
        errors.push_back(Diag{file, p, "invalid character " + formatCodePoint(r)});
        break;
      }
      case GoLexer::UNTERMINATED_STRING:
        if (atEOF) errors.push_back(Diag{file, p, "string not terminated"});
        else errors.push_back(Diag{file, src.posOfByte(endByte), "newline in string"});
        break;
      case GoLexer::UNTERMINATED_RUNE:
        if (atEOF) errors.push_back(Diag{file, p, "rune literal not terminated"});
        else errors.push_back(Diag{file, src.posOfByte(endByte), "newline in rune literal"});
        break;
      case GoLexer::UNTERMINATED_RAW:
        errors.push_back(Diag{file, p, "string not terminated"});
        break;
      case GoLexer::UNTERMINATED_COMMENT:
        errors.push_back(Diag{file, p, "comment not terminated"});
        break;
      default:
        break;
    }
  }
  // Literals and identifiers, validated as gc's scanner does (whatever the
  // parser thinks)
  for (antlr4::Token* t : tokens.getTokens()) {
    size_t ty = t->getType();
    if (ty == GoLexer::IDENTIFIER) {
      identifierErrors(src, t, file, errors);
      continue;
    }
    if (ty != GoLexer::INT_LIT && ty != GoLexer::FLOAT_LIT && ty != GoLexer::IMAG_LIT && ty != GoLexer::RUNE_LIT &&
        ty != GoLexer::STRING_LIT)
      continue;
    Pos p = src.pos(t);
    auto err = [&](size_t off, const std::string& m) { errors.push_back(Diag{file, Pos{p.line, p.col + int(off)}, m}); };
    std::string tx = src.text(t);
    bool ovf;
    switch (ty) {
      case GoLexer::INT_LIT: decodeInt(tx, &ovf, err); break;
      case GoLexer::FLOAT_LIT: decodeFloat(tx, err); break;
      case GoLexer::IMAG_LIT: decodeImag(tx, err); break;
      case GoLexer::RUNE_LIT: decodeRune(tx, err); break;
      default: decodeString(tx, err); break;
    }
  }
}

}  // namespace goro::grammar
