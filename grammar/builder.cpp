// grammar/builder.cpp — parse tree -> AST: files, declarations, types and
// expressions (statements: builder_stmt.cpp). See builder_internal.h.
#include <cstring>

#include "grammar/builder_internal.h"
#include "grammar/literals.h"

namespace goro::grammar::detail {

// ---------------------------------------------------------------------------
// Files and declarations

File* Builder::sourceFile(GoParser::SourceFileContext* c) {
  auto* f = new File;
  f->filename = file_;
  for (ParseTree* ch : c->children) {
    switch (ruleIndex(ch)) {
      case GoParser::RulePackageClause: {
        auto* pc = rule(ch);
        f->pkgName = text(pc->children[1]);
        f->pkgPos = pos(pc->children[0]);
        break;
      }
      case GoParser::RuleImportDecl:
        f->imports.push_back(genDecl(rule(ch)));
        break;
      case GoParser::RuleTopLevelDecl: {
        auto* d = rule(rule(ch)->children[0]);
        if (d->getRuleIndex() == GoParser::RuleFuncDecl) {
          FuncDecl* fd = funcDecl(d);
          f->funcs.push_back(fd);
          f->decls.push_back(File::Decl{nullptr, fd});
        } else {
          GenDecl* gd = genDecl(d);
          f->genDecls.push_back(gd);
          f->decls.push_back(File::Decl{gd, nullptr});
        }
        break;
      }
      default:
        break;
    }
  }
  for (TypeAssertExpr* g : typeGuards_) error(g->pos, "invalid AST: use of .(type) outside type switch");
  return f;
}

std::vector<Ident*> Builder::identList(ParserRuleContext* c) {
  std::vector<Ident*> out;
  for (ParseTree* ch : c->children)
    if (tokenType(ch) == GoLexer::IDENTIFIER) out.push_back(ident(token(ch)));
  return out;
}

std::vector<Expr*> Builder::exprList(ParserRuleContext* c) {
  std::vector<Expr*> out;
  for (ParseTree* ch : c->children)
    if (rule(ch)) out.push_back(expr(ch));
  return out;
}

GenDecl* Builder::genDecl(ParserRuleContext* c) {
  if (c->getRuleIndex() == GoParser::RuleDeclaration) c = rule(c->children[0]);
  auto* g = new GenDecl;
  g->pos = pos(c->children[0]);
  // the specs: direct rule children (grouped or not)
  std::vector<ParserRuleContext*> specs;
  for (ParseTree* ch : c->children)
    if (auto* r = rule(ch)) specs.push_back(r);

  switch (c->getRuleIndex()) {
    case GoParser::RuleImportDecl: {
      g->tok = Tok::Import;
      for (auto* s : specs) {
        auto* spec = new ImportSpec;
        spec->pos = pos(s->getStart());
        for (ParseTree* ch : s->children) {
          if (tokenType(ch) == GoLexer::DOT || tokenType(ch) == GoLexer::IDENTIFIER) {
            spec->name = ident(token(ch));  // a name, or "." for a dot import
          } else if (isRule(ch, GoParser::RuleString_)) {
            Token* lit = token(rule(ch)->children[0]);
            spec->path = grammar::decodeString(text(lit), [](size_t, const std::string&) {});
            // the go command's check (what `go run` prints; gc's own
            // wording would be "invalid import path (...)")
            bool bad = spec->path.empty();
            for (size_t i = 0; i < spec->path.size() && !bad;) {
              uint32_t r = grammar::decodeRuneAt(spec->path, i);
              bad = r < 0x21 || r == 0x7f || r == 0xFFFD || (r < 0x80 && strchr("!\"#$%&'()*,:;<=>?[\\]^`{|}", int(r)));
            }
            if (bad) {
              error(pos(lit), "invalid import path: " + text(lit));
              spec->badPath = true;
            }
          }
        }
        g->imports.push_back(spec);
      }
      break;
    }
    case GoParser::RuleConstDecl: {
      g->tok = Tok::Const;
      // Go spec "Constant declarations": an omitted list is the textual
      // substitution of the previous list (and its type); the builder
      // re-builds those nodes (fresh nodes, the original positions) so that
      // each spec has its own checker annotations.
      ParserRuleContext* lastType = nullptr;
      ParserRuleContext* lastValues = nullptr;
      int iota = 0;
      for (auto* s : specs) {
        auto* vs = new ValueSpec;
        vs->pos = pos(s->getStart());
        vs->iota = iota++;
        ParserRuleContext* typeCtx = nullptr;
        ParserRuleContext* valuesCtx = nullptr;
        for (ParseTree* ch : s->children) {
          switch (ruleIndex(ch)) {
            case GoParser::RuleIdentifierList: vs->names = identList(rule(ch)); break;
            case GoParser::RuleType_: typeCtx = rule(ch); break;
            case GoParser::RuleExpressionList: valuesCtx = rule(ch); break;
            default: break;
          }
        }
        if (!typeCtx && !valuesCtx && lastValues) {
          vs->implicit = true;
          typeCtx = lastType;
          valuesCtx = lastValues;
        } else if (valuesCtx) {
          lastType = typeCtx;
          lastValues = valuesCtx;
        }
        if (typeCtx) vs->typeExpr = expr(typeCtx);
        if (valuesCtx) vs->values = exprList(valuesCtx);
        g->values.push_back(vs);
      }
      break;
    }
    case GoParser::RuleVarDecl: {
      g->tok = Tok::Var;
      for (auto* s : specs) {
        auto* vs = new ValueSpec;
        vs->pos = pos(s->getStart());
        for (ParseTree* ch : s->children) {
          switch (ruleIndex(ch)) {
            case GoParser::RuleIdentifierList: vs->names = identList(rule(ch)); break;
            case GoParser::RuleType_: vs->typeExpr = expr(ch); break;
            case GoParser::RuleExpressionList: vs->values = exprList(rule(ch)); break;
            default: break;
          }
        }
        g->values.push_back(vs);
      }
      break;
    }
    case GoParser::RuleTypeDecl: {
      g->tok = Tok::Type;
      for (auto* s : specs) {
        auto* ts = new TypeSpec;
        ts->pos = pos(s->getStart());
        ts->name = ident(token(s->children[0]));
        ts->alias = tokenType(s->children[1]) == GoLexer::ASSIGN;
        ts->typeExpr = expr(s->children.back());
        g->types.push_back(ts);
      }
      break;
    }
    default:
      break;
  }
  return g;
}

FuncDecl* Builder::funcDecl(ParserRuleContext* c) {
  // 'func' parameters? IDENTIFIER signature block?
  auto* fd = new FuncDecl;
  fd->pos = pos(c->children[0]);
  for (ParseTree* ch : c->children) {
    switch (ruleIndex(ch)) {
      case GoParser::RuleParameters: fd->recv = parameters(rule(ch)); break;
      case GoParser::RuleSignature: fd->sig = signature(rule(ch), fd->pos); break;
      case GoParser::RuleBlock: fd->body = block(rule(ch)); break;
      default:
        if (tokenType(ch) == GoLexer::IDENTIFIER) fd->name = ident(token(ch));
        break;
    }
  }
  return fd;
}

// ---------------------------------------------------------------------------
// Types

FuncType* Builder::signature(ParserRuleContext* c, Pos funcPos) {
  auto* ft = new FuncType;
  ft->pos = funcPos;
  ft->params = parameters(rule(c->children[0]));
  if (c->children.size() > 1) {
    auto* res = rule(c->children[1]);
    auto* r0 = rule(res->children[0]);
    if (r0->getRuleIndex() == GoParser::RuleParameters) {
      ft->results = parameters(r0, true);
    } else {
      auto* fl = new FieldList;
      auto* fdecl = new FieldDecl;
      fdecl->typeExpr = expr(r0);
      fdecl->pos = pos(r0->getStart());
      fl->list.push_back(fdecl);
      fl->open = fl->close = fdecl->pos;
      ft->results = fl;
    }
  }
  return ft;
}

// Go spec "Function types": within a list either all parameters are named
// or none; `a, b int` arrives as [type-only a] [b int] and is grouped here.
FieldList* Builder::parameters(ParserRuleContext* c, bool results) {
  auto* fl = new FieldList;
  fl->open = pos(c->children.front());
  fl->close = pos(c->children.back());
  struct Entry {
    Ident* name = nullptr;
    Expr* type = nullptr;
    Pos pos;
  };
  std::vector<Entry> entries;
  bool anyNamed = false;
  for (ParseTree* ch : c->children) {
    auto* pd = rule(ch);
    if (!pd) continue;
    Entry e;
    e.pos = pos(pd->getStart());
    Token* dots = nullptr;
    for (ParseTree* x : pd->children) {
      if (tokenType(x) == GoLexer::IDENTIFIER) e.name = ident(token(x));
      else if (tokenType(x) == GoLexer::ELLIPSIS) dots = token(x);
      else if (rule(x)) e.type = expr(x);
    }
    if (dots) {
      // types2: "can only use ... with final parameter in list"
      bool last = pd == rule(c->children[c->children.size() - 2]) ||
                  (c->children.size() >= 3 && tokenType(c->children[c->children.size() - 2]) == GoLexer::COMMA &&
                   pd == rule(c->children[c->children.size() - 3]));
      if (results || !last) error(pos(dots), "can only use ... with final parameter in list");
      auto* el = new EllipsisExpr;
      el->pos = pos(dots);
      el->elem = e.type;
      e.type = el;
    }
    // gc's parser reads `name [` as the start of a type argument list, where
    // `...` cannot follow: a syntax error there (elsewhere the checker says
    // "invalid use of [...] array")
    if (e.name) rejectNamedEllipsisArray(e.type);
    anyNamed = anyNamed || e.name;
    entries.push_back(e);
  }
  if (!anyNamed) {
    for (auto& e : entries) {
      auto* f = new FieldDecl;
      f->typeExpr = e.type;
      f->pos = e.pos;
      fl->list.push_back(f);
    }
    return fl;
  }
  // Right to left, as gc: an unnamed entry that is a plain name takes the
  // type of the named entry to its right.
  std::vector<FieldDecl*> rev;
  FieldDecl* cur = nullptr;
  Pos errPos;
  for (size_t i = entries.size(); i-- > 0;) {
    Entry& e = entries[i];
    if (e.name) {
      cur = new FieldDecl;
      cur->typeExpr = e.type;
      cur->names.push_back(e.name);
      cur->pos = e.pos;
      rev.push_back(cur);
    } else if (e.type->kind == ExprKind::Ident && cur) {
      cur->names.insert(cur->names.begin(), static_cast<Ident*>(e.type));
      cur->pos = e.pos;
    } else {
      // an unnamed entry among named ones: an error (gc reports the
      // left-most); a typed one still gives its type to names on its left
      errPos = e.pos;
      if (e.type->kind != ExprKind::Ident) {
        cur = new FieldDecl;
        cur->typeExpr = e.type;
        cur->pos = e.pos;
        rev.push_back(cur);
      }
    }
  }
  if (errPos.line) syntaxError(errPos, "mixed named and unnamed parameters");
  fl->list.assign(rev.rbegin(), rev.rend());
  return fl;
}

void Builder::rejectNamedEllipsisArray(const Expr* type) {
  if (type && type->kind == ExprKind::ArrayType) {
    auto* a = static_cast<const ArrayTypeExpr*>(type);
    if (a->ellipsisLen) syntaxError(a->ellipsis, "unexpected ..., expecting expression");
  }
}

Expr* Builder::structType(ParserRuleContext* c) {
  auto* st = new StructTypeExpr;
  st->pos = pos(c->children[0]);
  st->fields = new FieldList;
  st->fields->open = pos(c->children[1]);
  st->fields->close = pos(c->children.back());
  for (ParseTree* ch : c->children) {
    auto* fd = rule(ch);
    if (!fd) continue;
    auto* f = new FieldDecl;
    f->pos = pos(fd->getStart());
    Token* star = nullptr;
    for (ParseTree* x : fd->children) {
      switch (ruleIndex(x)) {
        case GoParser::RuleIdentifierList: f->names = identList(rule(x)); break;
        case GoParser::RuleType_: f->typeExpr = expr(x); break;
        case GoParser::RuleTypeName: f->typeExpr = expr(x); break;
        case GoParser::RuleString_: {
          Token* lit = token(rule(x)->children[0]);
          f->tag = grammar::decodeString(text(lit), [](size_t, const std::string&) {});
          break;
        }
        default:
          if (tokenType(x) == GoLexer::STAR) star = token(x);
          break;
      }
    }
    if (f->names.size() == 1 && !star) rejectNamedEllipsisArray(f->typeExpr);
    if (star) {
      auto* s = new StarExpr;
      s->pos = pos(star);
      s->x = f->typeExpr;
      f->typeExpr = s;
    }
    st->fields->list.push_back(f);
  }
  return st;
}

Expr* Builder::interfaceType(ParserRuleContext* c) {
  auto* it = new InterfaceTypeExpr;
  it->pos = pos(c->children[0]);
  it->methods = new FieldList;
  it->methods->open = pos(c->children[1]);
  it->methods->close = pos(c->children.back());
  for (ParseTree* ch : c->children) {
    auto* el = rule(ch);
    if (!el) continue;
    auto* f = new FieldDecl;
    f->pos = pos(el->getStart());
    if (el->children.size() == 2 && tokenType(el->children[0]) == GoLexer::IDENTIFIER) {
      f->names.push_back(ident(token(el->children[0])));
      f->typeExpr = signature(rule(el->children[1]), f->pos);
    } else {
      f->typeExpr = expr(el->children[0]);
    }
    it->methods->list.push_back(f);
  }
  return it;
}

// ---------------------------------------------------------------------------
// Expressions

Ident* Builder::ident(Token* t) {
  auto* id = new Ident;
  id->pos = pos(t);
  id->name = text(t);
  return id;
}

Expr* Builder::basicLit(Token* t) {
  auto* b = new BasicLit;
  b->pos = pos(t);
  b->text = text(t);
  // literal errors were reported by the lexical pass (lexicalErrors): the
  // literal is only marked bad, as gc's parser does
  auto err = [b](size_t, const std::string&) { b->bad = true; };
  switch (t->getType()) {
    case GoLexer::UNTERMINATED_RUNE:  // already reported by the lexical check
      b->litKind = Tok::Char;
      b->bad = true;
      break;
    case GoLexer::UNTERMINATED_STRING:
    case GoLexer::UNTERMINATED_RAW:
      b->litKind = Tok::String;
      b->bad = true;
      break;
    case GoLexer::INT_LIT:
      b->litKind = Tok::Int;
      b->intVal = grammar::decodeInt(b->text, &b->intOverflow, err);
      break;
    case GoLexer::FLOAT_LIT:
      b->litKind = Tok::Float;
      b->floatVal = grammar::decodeFloat(b->text, err);
      break;
    case GoLexer::IMAG_LIT:
      b->litKind = Tok::Imag;
      b->floatVal = grammar::decodeImag(b->text, err);
      break;
    case GoLexer::RUNE_LIT:
      b->litKind = Tok::Char;
      b->intVal = grammar::decodeRune(b->text, err);
      break;
    default:
      b->litKind = Tok::String;
      b->strVal = grammar::decodeString(b->text, err);
      break;
  }
  return b;
}

CompositeLit* Builder::compositeLit(Expr* type, ParserRuleContext* lv, Pos p) {
  // literalValue: '{' (element (',' element)* ','?)? '}'
  auto* cl = new CompositeLit;
  cl->typeExpr = type;
  cl->pos = p;
  cl->lbrace = pos(lv->children.front());
  cl->rbrace = pos(lv->children.back());
  for (ParseTree* ch : lv->children) {
    auto* el = rule(ch);
    if (!el) continue;
    if (el->children.size() == 3) {
      auto* kv = new KeyValueExpr;
      kv->key = expr(el->children[0]);
      kv->value = expr(el->children[2]);
      kv->pos = pos(el->children[1]);  // the ':' (gc's KeyValueExpr position)
      cl->elts.push_back(kv);
    } else {
      cl->elts.push_back(expr(el->children[0]));
    }
  }
  return cl;
}

Tok binaryOp(size_t t) {
  switch (t) {
    case GoLexer::STAR: return Tok::Mul;
    case GoLexer::DIV: return Tok::Quo;
    case GoLexer::MOD: return Tok::Rem;
    case GoLexer::LSHIFT: return Tok::Shl;
    case GoLexer::RSHIFT: return Tok::Shr;
    case GoLexer::AMPERSAND: return Tok::And;
    case GoLexer::BIT_CLEAR: return Tok::AndNot;
    case GoLexer::PLUS: return Tok::Add;
    case GoLexer::MINUS: return Tok::Sub;
    case GoLexer::OR: return Tok::Or;
    case GoLexer::CARET: return Tok::Xor;
    case GoLexer::EQUALS: return Tok::Eql;
    case GoLexer::NOT_EQUALS: return Tok::Neq;
    case GoLexer::LESS: return Tok::Lss;
    case GoLexer::LESS_OR_EQUALS: return Tok::Leq;
    case GoLexer::GREATER: return Tok::Gtr;
    case GoLexer::GREATER_OR_EQUALS: return Tok::Geq;
    case GoLexer::LOGICAL_AND: return Tok::LAnd;
    case GoLexer::LOGICAL_OR: return Tok::LOr;
    default: return Tok::None;
  }
}

Tok assignOp(size_t t) {
  switch (t) {
    case GoLexer::ASSIGN: return Tok::Assign;
    case GoLexer::DECLARE_ASSIGN: return Tok::Define;
    case GoLexer::PLUS_ASSIGN: return Tok::AddAssign;
    case GoLexer::MINUS_ASSIGN: return Tok::SubAssign;
    case GoLexer::STAR_ASSIGN: return Tok::MulAssign;
    case GoLexer::DIV_ASSIGN: return Tok::QuoAssign;
    case GoLexer::MOD_ASSIGN: return Tok::RemAssign;
    case GoLexer::AND_ASSIGN: return Tok::AndAssign;
    case GoLexer::OR_ASSIGN: return Tok::OrAssign;
    case GoLexer::XOR_ASSIGN: return Tok::XorAssign;
    case GoLexer::LSHIFT_ASSIGN: return Tok::ShlAssign;
    case GoLexer::RSHIFT_ASSIGN: return Tok::ShrAssign;
    case GoLexer::BIT_CLEAR_ASSIGN: return Tok::AndNotAssign;
    default: return Tok::None;
  }
}

Expr* Builder::unary(Token* op, Expr* x) {
  Pos p = pos(op);
  switch (op->getType()) {
    case GoLexer::STAR: {
      auto* s = new StarExpr;
      s->pos = p;
      s->x = x;
      return s;
    }
    case GoLexer::RECEIVE:
      if (x->kind == ExprKind::ChanType) {
        // <-chan T is a type, not a receive (go/parser's re-association:
        // the arrow moves into the channel types from the outside in).
        auto* typ = static_cast<ChanTypeExpr*>(x);
        auto dir = ChanTypeExpr::Dir::Send;
        Pos arrow = p;
        while (typ && dir == ChanTypeExpr::Dir::Send) {
          if (typ->dir == ChanTypeExpr::Dir::Recv) syntaxError(typ->pos, "unexpected <-, expecting chan");
          dir = typ->dir;
          typ->dir = ChanTypeExpr::Dir::Recv;
          typ->pos = arrow;
          typ = typ->value && typ->value->kind == ExprKind::ChanType
                    ? static_cast<ChanTypeExpr*>(typ->value)
                    : nullptr;
        }
        if (dir == ChanTypeExpr::Dir::Send) syntaxError(arrow, "unexpected <-, expecting chan");
        return x;
      }
      break;
    default:
      break;
  }
  auto* u = new UnaryExpr;
  u->pos = p;
  u->x = x;
  switch (op->getType()) {
    case GoLexer::PLUS: u->op = Tok::Add; break;
    case GoLexer::MINUS: u->op = Tok::Sub; break;
    case GoLexer::EXCLAMATION: u->op = Tok::Not; break;
    case GoLexer::CARET: u->op = Tok::Xor; break;
    case GoLexer::AMPERSAND: u->op = Tok::Amp; break;
    case GoLexer::TILDE: u->op = Tok::Tilde; break;
    case GoLexer::RECEIVE: u->op = Tok::Arrow; break;
    default: break;
  }
  return u;
}

Expr* Builder::expr(ParseTree* t) {
  auto* c = rule(t);
  if (!c) {
    auto* bad = new Expr(ExprKind::Bad);
    bad->pos = pos(t);
    return bad;
  }
  auto& ch = c->children;
  switch (c->getRuleIndex()) {
    case GoParser::RuleExpression:
    case GoParser::RuleExpressionNL:
      if (ch.size() == 1) return expr(ch[0]);
      if (ch.size() == 2) return unary(token(ch[0]), expr(ch[1]));
      {
        auto* b = new BinaryExpr;
        b->op = binaryOp(tokenType(ch[1]));
        b->pos = pos(ch[1]);
        b->x = expr(ch[0]);
        b->y = expr(ch[2]);
        return b;
      }
    case GoParser::RulePrimaryExpr:
    case GoParser::RulePrimaryExprNL:
      if (ch.size() == 1) return expr(ch[0]);
      return suffix(expr(ch[0]), rule(ch[1]), c);
    case GoParser::RuleOperand:
    case GoParser::RuleOperandNL:
      return operand(c);
    case GoParser::RuleLiteral:
      return basicLit(token(rule(ch[0]) ? rule(ch[0])->children[0] : ch[0]));
    case GoParser::RuleString_:
      return basicLit(token(ch[0]));
    case GoParser::RuleElementValue:
      if (isRule(ch[0], GoParser::RuleLiteralValue))
        return compositeLit(nullptr, rule(ch[0]), pos(ch[0]));
      return expr(ch[0]);
    case GoParser::RuleType_:
      return ch.size() == 1 ? expr(ch[0]) : expr(ch[1]);  // parenthesized type: no node
    case GoParser::RuleTypeNoParen:
    case GoParser::RuleTypeLit:
    case GoParser::RuleLiteralTypeLit:
      return expr(ch[0]);
    case GoParser::RuleTypeName: {
      Ident* id = ident(token(ch[0]));
      if (ch.size() == 1) return id;
      auto* sel = new SelectorExpr;
      sel->x = id;
      sel->sel = ident(token(ch[2]));
      sel->pos = sel->sel->pos;
      return sel;
    }
    case GoParser::RuleArrayType: {
      auto* a = new ArrayTypeExpr;
      a->pos = pos(ch[0]);
      if (auto* t = dynamic_cast<TerminalNode*>(ch[1]); t && t->getSymbol()->getType() == GoLexer::ELLIPSIS) {
        a->ellipsisLen = true;  // [...]T
        a->ellipsis = pos(t->getSymbol());
      } else
        a->len = expr(ch[1]);
      a->elem = expr(ch[3]);
      return a;
    }
    case GoParser::RuleSliceType: {
      auto* a = new ArrayTypeExpr;
      a->pos = pos(ch[0]);
      a->elem = expr(ch[2]);
      return a;
    }
    case GoParser::RulePointerType: {
      auto* s = new StarExpr;
      s->pos = pos(ch[0]);
      s->x = expr(ch[1]);
      return s;
    }
    case GoParser::RuleFuncType:
      return signature(rule(ch[1]), pos(ch[0]));
    case GoParser::RuleMapType: {
      auto* m = new MapTypeExpr;
      m->pos = pos(ch[0]);
      m->key = expr(ch[2]);
      m->value = expr(ch[4]);
      return m;
    }
    case GoParser::RuleChanType: {
      auto* ct = new ChanTypeExpr;
      ct->pos = pos(ch[0]);
      if (tokenType(ch[0]) == GoLexer::RECEIVE) ct->dir = ChanTypeExpr::Dir::Recv;
      else if (tokenType(ch[1]) == GoLexer::RECEIVE) ct->dir = ChanTypeExpr::Dir::Send;
      ct->value = expr(ch.back());
      return ct;
    }
    case GoParser::RuleExprOrType:
      return expr(ch[0]);
    case GoParser::RuleTypeLitExpr: {
      if (ch.size() == 1) return expr(ch[0]);
      auto* s = new StarExpr;  // '*' typeLitExpr
      s->pos = pos(ch[0]);
      s->x = expr(ch[1]);
      return s;
    }
    case GoParser::RuleConversion: {  // typeLitExpr '(' (exprOrType (',' exprOrType)* ','?)? ')'
      // (any number of arguments parses, as in gc: the checker reports
      // "missing argument" / "too many arguments in conversion to T")
      auto* call = new CallExpr;
      call->fun = expr(ch[0]);
      call->pos = pos(ch[1]);
      for (size_t i = 2; i + 1 < ch.size(); i++)
        if (!token(ch[i])) call->args.push_back(expr(ch[i]));
      call->rparen = pos(ch.back());
      return call;
    }
    case GoParser::RuleStructType:
      return structType(c);
    case GoParser::RuleInterfaceType:
      return interfaceType(c);
    default: {
      auto* bad = new Expr(ExprKind::Bad);
      bad->pos = pos(c->getStart());
      return bad;
    }
  }
}

Expr* Builder::operand(ParserRuleContext* c) {
  auto& ch = c->children;
  ParseTree* c0 = ch[0];
  switch (ruleIndex(c0)) {
    case GoParser::RuleLiteral: {
      ParseTree* lit = rule(c0)->children[0];
      if (auto* s = rule(lit)) lit = s->children[0];  // string_
      return basicLit(token(lit));
    }
    case GoParser::RuleLiteralTypeLit: {
      Expr* t = expr(c0);
      return compositeLit(t, rule(ch[1]), t->pos);
    }
    case GoParser::RuleStructType: {
      Expr* t = expr(c0);
      return ch.size() == 2 ? compositeLit(t, rule(ch[1]), t->pos) : t;
    }
    case GoParser::RuleInterfaceType:
      return expr(c0);
    default:
      break;
  }
  switch (tokenType(c0)) {
    case GoLexer::IDENTIFIER: {
      Ident* id = ident(token(c0));
      if (ch.size() == 1) return id;
      if (ch.size() == 2) return compositeLit(id, rule(ch[1]), id->pos);
      auto* sel = new SelectorExpr;  // pkg.T{...}
      sel->x = id;
      sel->sel = ident(token(ch[2]));
      sel->pos = sel->sel->pos;
      return compositeLit(sel, rule(ch[3]), id->pos);
    }
    case GoLexer::L_PAREN: {
      auto* p = new ParenExpr;
      p->pos = pos(c0);
      p->x = expr(ch[1]);
      return p;
    }
    case GoLexer::FUNC: {
      FuncType* sig = signature(rule(ch[1]), pos(c0));
      auto* fl = new FuncLit;
      fl->pos = sig->pos;
      fl->sig = sig;
      fl->body = block(rule(ch[2]));
      return fl;
    }
    default: {
      auto* bad = new Expr(ExprKind::Bad);
      bad->pos = pos(c0);
      return bad;
    }
  }
}

// selectorSuffix: .name  .(T)  .(type)  [i]  [lo:hi:max]  (args)
Expr* Builder::suffix(Expr* x, ParserRuleContext* s, ParserRuleContext* whole) {
  auto& ch = s->children;
  Pos start = pos(whole->getStart());
  switch (tokenType(ch[0])) {
    case GoLexer::DOT: {
      if (tokenType(ch[1]) == GoLexer::IDENTIFIER) {
        auto* sel = new SelectorExpr;
        sel->x = x;
        sel->sel = ident(token(ch[1]));
        sel->pos = sel->sel->pos;
        return sel;
      }
      auto* ta = new TypeAssertExpr;
      ta->pos = start;
      ta->x = x;
      if (tokenType(ch[2]) == GoLexer::TYPE) typeGuards_.push_back(ta);
      else ta->typeExpr = expr(ch[2]);
      return ta;
    }
    case GoLexer::L_BRACKET: {
      // '[' expression? (':' expression? (':' expression?)?)? ']'  or  '[' expression ',' ']'
      Expr* parts[3] = {nullptr, nullptr, nullptr};
      int colons = 0;
      Token* colonTok[2] = {nullptr, nullptr};
      for (size_t i = 1; i + 1 < ch.size(); i++) {
        if (tokenType(ch[i]) == GoLexer::COLON) {
          colonTok[colons] = token(ch[i]);
          colons++;
        } else if (tokenType(ch[i]) != GoLexer::COMMA) {  // ([i,])
          parts[colons] = expr(ch[i]);
        }
      }
      Token* rbrack = token(ch.back());
      if (colons == 0) {
        if (!parts[0]) syntaxError(pos(rbrack), "unexpected ], expecting operand");
        auto* ix = new IndexExpr;
        ix->pos = start;
        ix->x = x;
        ix->index = parts[0];
        ix->lbrack = pos(ch[0]);
        ix->rbrack = pos(rbrack);
        return ix;
      }
      auto* sl = new SliceExpr;
      sl->lbrack = pos(ch[0]);
      sl->pos = sl->lbrack;  // gc's position of a slice expression (syntax.StartPos keeps it)
      sl->x = x;
      sl->lo = parts[0];
      sl->hi = parts[1];
      if (colons == 2) {
        sl->slice3 = true;
        sl->max = parts[2];
        // gc: "middle index required in 3-index slice" at the 2nd colon,
        // "final index required in 3-index slice" at the ']'
        if (!sl->hi) error(pos(colonTok[1]), "middle index required in 3-index slice");
        if (!sl->max) error(pos(rbrack), "final index required in 3-index slice");
      }
      return sl;
    }
    case GoLexer::L_PAREN: {
      auto* call = new CallExpr;
      call->pos = pos(ch[0]);
      call->fun = x;
      call->rparen = pos(ch.back());
      for (ParseTree* a : ch) {
        if (isRule(a, GoParser::RuleArgumentList)) call->args = exprList(rule(a));
        if (tokenType(a) == GoLexer::ELLIPSIS) call->hasEllipsis = true;
      }
      return call;
    }
    default: {
      auto* bad = new Expr(ExprKind::Bad);
      bad->pos = start;
      return bad;
    }
  }
}

}  // namespace goro::grammar::detail
