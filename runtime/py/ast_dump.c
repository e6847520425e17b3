/* runtime/py/ast_dump.c — CPython's ast.dump() format; see ast_dump.h.
 *
 * ast.dump prints every field of a node as name=value, leaves out optional fields that
 * are None, prints lists as [a, b] and values with repr(). The reprs of constants are
 * reproduced here: ints in decimal (from digits of any length), floats in Python's
 * shortest round-trip form, str and bytes with Python's quoting and escapes. */
#include "py/ast_dump.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/mem.h"

typedef struct {
  char *s;
  size_t len, cap;
  int oom;
  int attrs;
} sb;

static void add(sb *b, const char *s, size_t n) {
  if (b->oom) return;
  if (b->len + n + 1 > b->cap) {
    size_t nc = b->cap ? b->cap * 2 : 1024;
    while (nc < b->len + n + 1) nc *= 2;
    char *x = py_mem_realloc(b->s, b->cap, nc);
    if (!x) {
      b->oom = 1;
      return;
    }
    b->s = x;
    b->cap = nc;
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

static void adds(sb *b, const char *s) { add(b, s, strlen(s)); }

static void addf(sb *b, const char *fmt, ...) {
  char tmp[64];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n > 0) add(b, tmp, (size_t)n);
}

/* ---- reprs -------------------------------------------------------------------------- */

/* Decimal text of an int given as digits in base 2, 8, 10 or 16. */
static void int_repr(sb *b, const char *digits, int base) {
  if (base == 10) {
    adds(b, digits);
    return;
  }
  size_t n = strlen(digits);
  /* Little-endian base-10^9 limbs. */
  size_t cap = n + 2;
  unsigned *limbs = py_mem_calloc(cap * sizeof *limbs);
  if (!limbs) {
    b->oom = 1;
    return;
  }
  size_t used = 1;
  for (size_t i = 0; i < n; i++) {
    int c = digits[i];
    unsigned d = (unsigned)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    unsigned long long carry = d;
    for (size_t k = 0; k < used; k++) {
      unsigned long long v = (unsigned long long)limbs[k] * (unsigned)base + carry;
      limbs[k] = (unsigned)(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry) limbs[used++] = (unsigned)carry;
  }
  addf(b, "%u", limbs[used - 1]);
  for (size_t k = used - 1; k-- > 0;) addf(b, "%09u", limbs[k]);
  py_mem_free(limbs, cap * sizeof *limbs);
}

/* Python's repr(float): the shortest digits that read back the same, in fixed
 * notation when the exponent is in [-4, 16), else as 1e+16. add_dot_0 adds ".0" to
 * integral values (float repr does; the imaginary part of a complex repr does not). */
static void float_repr(sb *b, double x, int add_dot_0) {
  if (isnan(x)) { adds(b, "nan"); return; }
  if (isinf(x)) { adds(b, x < 0 ? "-inf" : "inf"); return; }
  char tmp[40];
  int prec = 1;
  for (; prec <= 17; prec++) {
    snprintf(tmp, sizeof tmp, "%.*e", prec - 1, x);
    if (strtod(tmp, NULL) == x) break;
  }
  /* tmp is [-]d[.ddd]e[+-]XX */
  const char *s = tmp;
  int neg = 0;
  if (*s == '-') { neg = 1; s++; }
  char digs[24];
  int nd = 0;
  for (; *s && *s != 'e'; s++)
    if (*s != '.') digs[nd++] = *s;
  while (nd > 1 && digs[nd - 1] == '0') nd--;
  digs[nd] = 0;
  int exp = atoi(s + 1);
  int decpt = exp + 1; /* digits before the point */
  if (neg) adds(b, "-");
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      adds(b, "0.");
      for (int i = 0; i < -decpt; i++) adds(b, "0");
      add(b, digs, (size_t)nd);
    } else if (decpt >= nd) {
      add(b, digs, (size_t)nd);
      for (int i = nd; i < decpt; i++) adds(b, "0");
      if (add_dot_0) adds(b, ".0");
    } else {
      add(b, digs, (size_t)decpt);
      adds(b, ".");
      add(b, digs + decpt, (size_t)(nd - decpt));
    }
  } else {
    add(b, digs, 1);
    if (nd > 1) {
      adds(b, ".");
      add(b, digs + 1, (size_t)(nd - 1));
    }
    addf(b, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
  }
}

/* Whether Python's str.isprintable() holds for the code point (approximation: see the
 * lexer's table; good for the characters programs put in literals). */
static int printable(unsigned c) {
  if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD) return 0;
  if ((c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
      (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF)
    return 0;
  if ((c >= 0xD800 && c <= 0xF8FF) || (c >= 0xFFF0 && c <= 0xFFFB) || (c >= 0xFFFE && c <= 0xFFFF)) return 0;
  if ((c >= 0xE0000 && c < 0xE0100) || c >= 0xE01F0) return 0;
  return 1;
}

static void str_repr(sb *b, const char *s, size_t n, int is_bytes) {
  int has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
  char q = has_sq && !has_dq ? '"' : '\'';
  if (is_bytes) adds(b, "b");
  add(b, &q, 1);
  size_t i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c == (unsigned char)q || c == '\\') {
      char e[2] = {'\\', (char)c};
      add(b, e, 2);
      i++;
      continue;
    }
    if (c == '\n') { adds(b, "\\n"); i++; continue; }
    if (c == '\r') { adds(b, "\\r"); i++; continue; }
    if (c == '\t') { adds(b, "\\t"); i++; continue; }
    if (c < 0x20 || c == 0x7F || (is_bytes && c >= 0x80)) {
      addf(b, "\\x%02x", c);
      i++;
      continue;
    }
    if (c < 0x80) {
      add(b, (const char *)&c, 1);
      i++;
      continue;
    }
    /* A UTF-8 sequence (str only). */
    int len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    unsigned cp = len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (int k = 1; k < len && i + (size_t)k < n; k++) cp = (cp << 6) | ((unsigned char)s[i + (size_t)k] & 0x3Fu);
    if (printable(cp)) add(b, s + i, (size_t)len);
    else if (cp <= 0xFF) addf(b, "\\x%02x", cp);
    else if (cp <= 0xFFFF) addf(b, "\\u%04x", cp);
    else addf(b, "\\U%08x", cp);
    i += (size_t)len;
  }
  add(b, &q, 1);
}

/* ---- nodes -------------------------------------------------------------------------- */

static void dump_expr(sb *b, const py_ast_expr *e);
static void dump_stmt(sb *b, const py_ast_stmt *s);

/* A node is printed as Name(field=value, ...): `first` tracks the comma. */
typedef struct {
  sb *b;
  int first;
} fields;

static void field(fields *f, const char *name) {
  if (!f->first) adds(f->b, ", ");
  f->first = 0;
  adds(f->b, name);
  adds(f->b, "=");
}

static void open_node(fields *f, sb *b, const char *name) {
  f->b = b;
  f->first = 1;
  adds(b, name);
  adds(b, "(");
}

static void attrs(fields *f, int lineno, int col, int end_lineno, int end_col) {
  if (!f->b->attrs) return;
  field(f, "lineno"); addf(f->b, "%d", lineno);
  field(f, "col_offset"); addf(f->b, "%d", col);
  field(f, "end_lineno"); addf(f->b, "%d", end_lineno);
  field(f, "end_col_offset"); addf(f->b, "%d", end_col);
}

static void close_node(fields *f) { adds(f->b, ")"); }

#define POS(n) (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset

static void expr_opt(fields *f, const char *name, const py_ast_expr *e) {
  if (!e) return;
  field(f, name);
  dump_expr(f->b, e);
}

static void expr_req(fields *f, const char *name, const py_ast_expr *e) {
  field(f, name);
  if (e) dump_expr(f->b, e); else adds(f->b, "None");
}

static void expr_list(fields *f, const char *name, py_ast_expr_seq s) {
  field(f, name);
  adds(f->b, "[");
  for (size_t i = 0; i < s.len; i++) {
    if (i) adds(f->b, ", ");
    if (s.items[i]) dump_expr(f->b, s.items[i]); else adds(f->b, "None");
  }
  adds(f->b, "]");
}

static void stmt_list(fields *f, const char *name, py_ast_stmt_seq s) {
  field(f, name);
  adds(f->b, "[");
  for (size_t i = 0; i < s.len; i++) {
    if (i) adds(f->b, ", ");
    dump_stmt(f->b, s.items[i]);
  }
  adds(f->b, "]");
}

static void ident(fields *f, const char *name, const char *id) {
  if (!id) return;
  field(f, name);
  str_repr(f->b, id, strlen(id), 0);
}

static void simple(fields *f, const char *name, const char *value) {
  field(f, name);
  adds(f->b, value);
  adds(f->b, "()");
}

static const char *ctx_name(py_ast_expr_context c) {
  return c == PY_CTX_Store ? "Store" : c == PY_CTX_Del ? "Del" : "Load";
}

static const char *op_name(py_ast_operator op) {
  static const char *const n[] = {"?", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                  "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
  return (unsigned)op < sizeof n / sizeof n[0] ? n[op] : "?";
}

static const char *cmp_name(int op) {
  static const char *const n[] = {"?", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot",
                                  "In", "NotIn"};
  return (unsigned)op < sizeof n / sizeof n[0] ? n[op] : "?";
}

static void dump_arg(sb *b, const py_ast_arg *a) {
  fields f;
  open_node(&f, b, "arg");
  ident(&f, "arg", a->arg);
  expr_opt(&f, "annotation", a->annotation);
  attrs(&f, POS(a));
  close_node(&f);
}

static void arg_list(fields *f, const char *name, py_ast_arg_seq s) {
  field(f, name);
  adds(f->b, "[");
  for (size_t i = 0; i < s.len; i++) {
    if (i) adds(f->b, ", ");
    dump_arg(f->b, s.items[i]);
  }
  adds(f->b, "]");
}

static void dump_arguments(fields *outer, const char *name, const py_ast_arguments *a) {
  field(outer, name);
  fields f;
  open_node(&f, outer->b, "arguments");
  arg_list(&f, "posonlyargs", a->posonlyargs);
  arg_list(&f, "args", a->args);
  if (a->vararg) { field(&f, "vararg"); dump_arg(f.b, a->vararg); }
  arg_list(&f, "kwonlyargs", a->kwonlyargs);
  expr_list(&f, "kw_defaults", a->kw_defaults);
  if (a->kwarg) { field(&f, "kwarg"); dump_arg(f.b, a->kwarg); }
  expr_list(&f, "defaults", a->defaults);
  close_node(&f);
}

static void keyword_list(fields *f, const char *name, py_ast_keyword_seq s) {
  field(f, name);
  adds(f->b, "[");
  for (size_t i = 0; i < s.len; i++) {
    if (i) adds(f->b, ", ");
    fields k;
    open_node(&k, f->b, "keyword");
    ident(&k, "arg", s.items[i]->arg);
    expr_req(&k, "value", s.items[i]->value);
    attrs(&k, POS(s.items[i]));
    close_node(&k);
  }
  adds(f->b, "]");
}

static void comprehension_list(fields *f, const char *name, py_ast_comprehension_seq s) {
  field(f, name);
  adds(f->b, "[");
  for (size_t i = 0; i < s.len; i++) {
    if (i) adds(f->b, ", ");
    fields c;
    open_node(&c, f->b, "comprehension");
    expr_req(&c, "target", s.items[i]->target);
    expr_req(&c, "iter", s.items[i]->iter);
    expr_list(&c, "ifs", s.items[i]->ifs);
    field(&c, "is_async");
    addf(c.b, "%d", s.items[i]->is_async);
    close_node(&c);
  }
  adds(f->b, "]");
}

static void dump_constant(fields *f, const py_ast_expr *e) {
  const py_ast_constant *c = &e->v.Constant.value;
  field(f, "value");
  sb *b = f->b;
  switch (c->kind) {
    case PY_CONST_None: adds(b, "None"); break;
    case PY_CONST_True: adds(b, "True"); break;
    case PY_CONST_False: adds(b, "False"); break;
    case PY_CONST_Ellipsis: adds(b, "Ellipsis"); break;
    case PY_CONST_int: int_repr(b, c->digits, c->base); break;
    case PY_CONST_float: float_repr(b, c->f, 1); break;
    case PY_CONST_complex: float_repr(b, c->f, 0); adds(b, "j"); break;
    case PY_CONST_str: str_repr(b, c->bytes, c->len, 0); break;
    case PY_CONST_bytes: str_repr(b, c->bytes, c->len, 1); break;
  }
  if (e->v.Constant.kind_u) {
    field(f, "kind");
    adds(b, "'u'");
  }
}

static void dump_expr(sb *b, const py_ast_expr *e) {
  static const char *const names[] = {
      "?", "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set",
      "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom",
      "Compare", "Call", "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript",
      "Starred", "Name", "List", "Tuple", "Slice"};
  fields f;
  open_node(&f, b, names[e->kind]);
  switch (e->kind) {
    case PY_EXPR_BoolOp:
      simple(&f, "op", e->v.BoolOp.op == PY_BOOLOP_And ? "And" : "Or");
      expr_list(&f, "values", e->v.BoolOp.values);
      break;
    case PY_EXPR_NamedExpr:
      expr_req(&f, "target", e->v.NamedExpr.target);
      expr_req(&f, "value", e->v.NamedExpr.value);
      break;
    case PY_EXPR_BinOp:
      expr_req(&f, "left", e->v.BinOp.left);
      simple(&f, "op", op_name(e->v.BinOp.op));
      expr_req(&f, "right", e->v.BinOp.right);
      break;
    case PY_EXPR_UnaryOp: {
      static const char *const u[] = {"?", "Invert", "Not", "UAdd", "USub"};
      simple(&f, "op", u[e->v.UnaryOp.op]);
      expr_req(&f, "operand", e->v.UnaryOp.operand);
      break;
    }
    case PY_EXPR_Lambda:
      dump_arguments(&f, "args", e->v.Lambda.args);
      expr_req(&f, "body", e->v.Lambda.body);
      break;
    case PY_EXPR_IfExp:
      expr_req(&f, "test", e->v.IfExp.test);
      expr_req(&f, "body", e->v.IfExp.body);
      expr_req(&f, "orelse", e->v.IfExp.orelse);
      break;
    case PY_EXPR_Dict:
      expr_list(&f, "keys", e->v.Dict.keys);
      expr_list(&f, "values", e->v.Dict.values);
      break;
    case PY_EXPR_Set: expr_list(&f, "elts", e->v.Set.elts); break;
    case PY_EXPR_ListComp: case PY_EXPR_SetComp: case PY_EXPR_GeneratorExp:
      expr_req(&f, "elt", e->v.ListComp.elt);
      comprehension_list(&f, "generators", e->v.ListComp.generators);
      break;
    case PY_EXPR_DictComp:
      expr_req(&f, "key", e->v.DictComp.key);
      expr_req(&f, "value", e->v.DictComp.value);
      comprehension_list(&f, "generators", e->v.DictComp.generators);
      break;
    case PY_EXPR_Await: expr_req(&f, "value", e->v.Await.value); break;
    case PY_EXPR_Yield: expr_opt(&f, "value", e->v.Yield.value); break;
    case PY_EXPR_YieldFrom: expr_req(&f, "value", e->v.YieldFrom.value); break;
    case PY_EXPR_Compare:
      expr_req(&f, "left", e->v.Compare.left);
      field(&f, "ops");
      adds(b, "[");
      for (size_t i = 0; i < e->v.Compare.ops.len; i++) {
        if (i) adds(b, ", ");
        adds(b, cmp_name(e->v.Compare.ops.items[i]));
        adds(b, "()");
      }
      adds(b, "]");
      expr_list(&f, "comparators", e->v.Compare.comparators);
      break;
    case PY_EXPR_Call:
      expr_req(&f, "func", e->v.Call.func);
      expr_list(&f, "args", e->v.Call.args);
      keyword_list(&f, "keywords", e->v.Call.keywords);
      break;
    case PY_EXPR_FormattedValue:
      expr_req(&f, "value", e->v.FormattedValue.value);
      field(&f, "conversion");
      addf(b, "%d", e->v.FormattedValue.conversion);
      expr_opt(&f, "format_spec", e->v.FormattedValue.format_spec);
      break;
    case PY_EXPR_JoinedStr: expr_list(&f, "values", e->v.JoinedStr.values); break;
    case PY_EXPR_Constant: dump_constant(&f, e); break;
    case PY_EXPR_Attribute:
      expr_req(&f, "value", e->v.Attribute.value);
      ident(&f, "attr", e->v.Attribute.attr);
      simple(&f, "ctx", ctx_name(e->v.Attribute.ctx));
      break;
    case PY_EXPR_Subscript:
      expr_req(&f, "value", e->v.Subscript.value);
      expr_req(&f, "slice", e->v.Subscript.slice);
      simple(&f, "ctx", ctx_name(e->v.Subscript.ctx));
      break;
    case PY_EXPR_Starred:
      expr_req(&f, "value", e->v.Starred.value);
      simple(&f, "ctx", ctx_name(e->v.Starred.ctx));
      break;
    case PY_EXPR_Name:
      ident(&f, "id", e->v.Name.id);
      simple(&f, "ctx", ctx_name(e->v.Name.ctx));
      break;
    case PY_EXPR_List: case PY_EXPR_Tuple:
      expr_list(&f, "elts", e->v.List.elts);
      simple(&f, "ctx", ctx_name(e->v.List.ctx));
      break;
    case PY_EXPR_Slice:
      expr_opt(&f, "lower", e->v.Slice.lower);
      expr_opt(&f, "upper", e->v.Slice.upper);
      expr_opt(&f, "step", e->v.Slice.step);
      break;
  }
  attrs(&f, POS(e));
  close_node(&f);
}

static void alias_list(fields *f, const char *name, py_ast_alias_seq s) {
  field(f, name);
  adds(f->b, "[");
  for (size_t i = 0; i < s.len; i++) {
    if (i) adds(f->b, ", ");
    fields a;
    open_node(&a, f->b, "alias");
    ident(&a, "name", s.items[i]->name);
    ident(&a, "asname", s.items[i]->asname);
    attrs(&a, POS(s.items[i]));
    close_node(&a);
  }
  adds(f->b, "]");
}

static void ident_list(fields *f, const char *name, py_ast_identifier_seq s) {
  field(f, name);
  adds(f->b, "[");
  for (size_t i = 0; i < s.len; i++) {
    if (i) adds(f->b, ", ");
    str_repr(f->b, s.items[i], strlen(s.items[i]), 0);
  }
  adds(f->b, "]");
}

static void dump_pattern(sb *b, const py_ast_pattern *p);

static void pattern_list(fields *f, const char *name, py_ast_pattern_seq s) {
  field(f, name);
  adds(f->b, "[");
  for (size_t i = 0; i < s.len; i++) {
    if (i) adds(f->b, ", ");
    dump_pattern(f->b, s.items[i]);
  }
  adds(f->b, "]");
}

static void dump_pattern(sb *b, const py_ast_pattern *p) {
  static const char *const names[] = {"?", "MatchValue", "MatchSingleton", "MatchSequence",
                                      "MatchMapping", "MatchClass", "MatchStar", "MatchAs",
                                      "MatchOr"};
  fields f;
  open_node(&f, b, names[p->kind]);
  switch (p->kind) {
    case PY_PAT_MatchValue: expr_req(&f, "value", p->v.MatchValue.value); break;
    case PY_PAT_MatchSingleton:
      field(&f, "value");
      adds(b, p->v.MatchSingleton.value == PY_CONST_True    ? "True"
              : p->v.MatchSingleton.value == PY_CONST_False ? "False"
                                                            : "None");
      break;
    case PY_PAT_MatchSequence: pattern_list(&f, "patterns", p->v.MatchSequence.patterns); break;
    case PY_PAT_MatchMapping:
      expr_list(&f, "keys", p->v.MatchMapping.keys);
      pattern_list(&f, "patterns", p->v.MatchMapping.patterns);
      ident(&f, "rest", p->v.MatchMapping.rest);
      break;
    case PY_PAT_MatchClass:
      expr_req(&f, "cls", p->v.MatchClass.cls);
      pattern_list(&f, "patterns", p->v.MatchClass.patterns);
      ident_list(&f, "kwd_attrs", p->v.MatchClass.kwd_attrs);
      pattern_list(&f, "kwd_patterns", p->v.MatchClass.kwd_patterns);
      break;
    case PY_PAT_MatchStar: ident(&f, "name", p->v.MatchStar.name); break;
    case PY_PAT_MatchAs:
      if (p->v.MatchAs.pattern) {
        field(&f, "pattern");
        dump_pattern(b, p->v.MatchAs.pattern);
      }
      ident(&f, "name", p->v.MatchAs.name);
      break;
    case PY_PAT_MatchOr: pattern_list(&f, "patterns", p->v.MatchOr.patterns); break;
  }
  attrs(&f, POS(p));
  close_node(&f);
}

static void dump_stmt(sb *b, const py_ast_stmt *s) {
  static const char *const names[] = {
      "?", "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign",
      "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Raise",
      "Try", "TryStar", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass",
      "Break", "Continue", "Match"};
  fields f;
  open_node(&f, b, names[s->kind]);
  switch (s->kind) {
    case PY_STMT_FunctionDef: case PY_STMT_AsyncFunctionDef:
      ident(&f, "name", s->v.FunctionDef.name);
      dump_arguments(&f, "args", s->v.FunctionDef.args);
      stmt_list(&f, "body", s->v.FunctionDef.body);
      expr_list(&f, "decorator_list", s->v.FunctionDef.decorator_list);
      expr_opt(&f, "returns", s->v.FunctionDef.returns);
      break;
    case PY_STMT_ClassDef:
      ident(&f, "name", s->v.ClassDef.name);
      expr_list(&f, "bases", s->v.ClassDef.bases);
      keyword_list(&f, "keywords", s->v.ClassDef.keywords);
      stmt_list(&f, "body", s->v.ClassDef.body);
      expr_list(&f, "decorator_list", s->v.ClassDef.decorator_list);
      break;
    case PY_STMT_Return: expr_opt(&f, "value", s->v.Return.value); break;
    case PY_STMT_Delete: expr_list(&f, "targets", s->v.Delete.targets); break;
    case PY_STMT_Assign:
      expr_list(&f, "targets", s->v.Assign.targets);
      expr_req(&f, "value", s->v.Assign.value);
      break;
    case PY_STMT_AugAssign:
      expr_req(&f, "target", s->v.AugAssign.target);
      simple(&f, "op", op_name(s->v.AugAssign.op));
      expr_req(&f, "value", s->v.AugAssign.value);
      break;
    case PY_STMT_AnnAssign:
      expr_req(&f, "target", s->v.AnnAssign.target);
      expr_req(&f, "annotation", s->v.AnnAssign.annotation);
      expr_opt(&f, "value", s->v.AnnAssign.value);
      field(&f, "simple");
      addf(b, "%d", s->v.AnnAssign.simple);
      break;
    case PY_STMT_For: case PY_STMT_AsyncFor:
      expr_req(&f, "target", s->v.For.target);
      expr_req(&f, "iter", s->v.For.iter);
      stmt_list(&f, "body", s->v.For.body);
      stmt_list(&f, "orelse", s->v.For.orelse);
      break;
    case PY_STMT_While: case PY_STMT_If:
      expr_req(&f, "test", s->v.If.test);
      stmt_list(&f, "body", s->v.If.body);
      stmt_list(&f, "orelse", s->v.If.orelse);
      break;
    case PY_STMT_With: case PY_STMT_AsyncWith:
      field(&f, "items");
      adds(b, "[");
      for (size_t i = 0; i < s->v.With.items.len; i++) {
        if (i) adds(b, ", ");
        fields w;
        open_node(&w, b, "withitem");
        expr_req(&w, "context_expr", s->v.With.items.items[i]->context_expr);
        expr_opt(&w, "optional_vars", s->v.With.items.items[i]->optional_vars);
        close_node(&w);
      }
      adds(b, "]");
      stmt_list(&f, "body", s->v.With.body);
      break;
    case PY_STMT_Raise:
      expr_opt(&f, "exc", s->v.Raise.exc);
      expr_opt(&f, "cause", s->v.Raise.cause);
      break;
    case PY_STMT_Try: case PY_STMT_TryStar:
      stmt_list(&f, "body", s->v.Try.body);
      field(&f, "handlers");
      adds(b, "[");
      for (size_t i = 0; i < s->v.Try.handlers.len; i++) {
        const py_ast_excepthandler *h = s->v.Try.handlers.items[i];
        if (i) adds(b, ", ");
        fields hf;
        open_node(&hf, b, "ExceptHandler");
        expr_opt(&hf, "type", h->type);
        ident(&hf, "name", h->name);
        stmt_list(&hf, "body", h->body);
        attrs(&hf, POS(h));
        close_node(&hf);
      }
      adds(b, "]");
      stmt_list(&f, "orelse", s->v.Try.orelse);
      stmt_list(&f, "finalbody", s->v.Try.finalbody);
      break;
    case PY_STMT_Assert:
      expr_req(&f, "test", s->v.Assert.test);
      expr_opt(&f, "msg", s->v.Assert.msg);
      break;
    case PY_STMT_Import: alias_list(&f, "names", s->v.Import.names); break;
    case PY_STMT_ImportFrom:
      ident(&f, "module", s->v.ImportFrom.module);
      alias_list(&f, "names", s->v.ImportFrom.names);
      field(&f, "level");
      addf(b, "%d", s->v.ImportFrom.level);
      break;
    case PY_STMT_Global: case PY_STMT_Nonlocal:
      ident_list(&f, "names", s->v.Global.names);
      break;
    case PY_STMT_Expr: expr_req(&f, "value", s->v.Expr.value); break;
    case PY_STMT_Pass: case PY_STMT_Break: case PY_STMT_Continue: break;
    case PY_STMT_Match:
      expr_req(&f, "subject", s->v.Match.subject);
      field(&f, "cases");
      adds(b, "[");
      for (size_t i = 0; i < s->v.Match.cases.len; i++) {
        const py_ast_match_case *m = s->v.Match.cases.items[i];
        if (i) adds(b, ", ");
        fields mf;
        open_node(&mf, b, "match_case");
        field(&mf, "pattern");
        dump_pattern(b, m->pattern);
        expr_opt(&mf, "guard", m->guard);
        stmt_list(&mf, "body", m->body);
        close_node(&mf);
      }
      adds(b, "]");
      break;
  }
  attrs(&f, POS(s));
  close_node(&f);
}

char *py_ast_dump(const py_ast_mod *m, int include_attributes, size_t *size) {
  sb b = {0};
  b.attrs = include_attributes;
  fields f;
  switch (m->kind) {
    case PY_MOD_Module:
      open_node(&f, &b, "Module");
      stmt_list(&f, "body", m->v.Module.body);
      field(&f, "type_ignores");
      adds(&b, "[]");
      break;
    case PY_MOD_Interactive:
      open_node(&f, &b, "Interactive");
      stmt_list(&f, "body", m->v.Interactive.body);
      break;
    case PY_MOD_Expression:
      open_node(&f, &b, "Expression");
      expr_req(&f, "body", m->v.Expression.body);
      break;
  }
  close_node(&f);
  if (b.oom) {
    py_mem_free(b.s, b.cap);
    return NULL;
  }
  *size = b.cap;
  return b.s;
}
