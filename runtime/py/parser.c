/* runtime/py/parser.c — recursive descent over the token array, building the AST.
 *
 * The grammar is CPython 3.11's Grammar/python.gram. The parser is
 * predictive where CPython's PEG parser backtracks: an assignment is parsed as an
 * expression first and then turned into a target, a parenthesized form is parsed once
 * and then classified as a group, tuple or generator expression. That keeps the work
 * linear in the input.
 *
 * Errors follow CPython's two passes. The first pass only recognizes valid programs;
 * when it fails, the furthest token it looked at is where "invalid syntax" points. A
 * second pass then reparses with the checks of CPython's invalid_* rules switched on,
 * which produce the specific messages ("expected ':'", "cannot assign to ...",
 * "Perhaps you forgot a comma?"); if none fires, the generic error stands. Tokenizer
 * errors win as in CPython (see py_lexer_error_kind). */
#include "py/parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/mem.h"
#include "py/parser_internal.h"

enum {
  MAX_DEPTH = 1500,      /* nested expression() calls; bounds the C stack */
  MAX_UNARY = 5900       /* a chain of unary operators: CPython's parser stack gives up */
};

typedef py__parser parser;
typedef py_ast_expr expr;
typedef py_ast_stmt stmt;

/* ---- errors ------------------------------------------------------------------------- */

/* Errors inside an f-string's expression are named after it, as CPython 3.11 does:
 * "f-string: invalid syntax". */
static void prefix_fstring(char *msg, size_t cap) {
  static const char pre[] = "f-string";
  const size_t k = sizeof pre - 1 + 2;
  if (strncmp(msg, pre, sizeof pre - 1) == 0) return;
  size_t n = strlen(msg);
  if (n + k >= cap) n = cap - k - 1;
  memmove(msg + k, msg, n);
  memcpy(msg, "f-string: ", k);
  msg[n + k] = '\0';
}

void *py__raise_at(parser *p, py_syntax_error_type type, int lineno, int col, int end_lineno,
                   int end_col, const char *fmt, ...) {
  if (p->error) return NULL;
  p->error = 1;
  py_syntax_error *e = p->err;
  memset(e, 0, sizeof *e);
  e->type = type;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(e->msg, sizeof e->msg, fmt, ap);
  va_end(ap);
  if (p->in_fstring) prefix_fstring(e->msg, sizeof e->msg);
  /* CPython 3.11 converts a parser error's byte columns to characters only when the
   * file declares its encoding; for the files people run, they stay bytes. */
  e->lineno = lineno;
  e->end_lineno = end_lineno;
  e->offset = col + 1;
  e->end_offset = end_col < 0 ? end_col : end_col + 1;
  return NULL;
}

void *py__no_memory(parser *p) {
  if (!p->error) {
    p->error = 1;
    memset(p->err, 0, sizeof *p->err);
    p->err->type = PY_SYNERR_MemoryError;
  }
  return NULL;
}

void *py__alloc(parser *p, size_t n) {
  void *x = py_ast_arena_alloc(p->arena, n);
  if (!x) py__no_memory(p);
  return x;
}

int py__vec_push(parser *p, py__vec *v, void *x) {
  if (v->len == v->cap) {
    size_t nc = v->cap ? v->cap * 2 : 4;
    void **items = py__alloc(p, nc * sizeof *items);
    if (!items) return -1;
    if (v->len) memcpy(items, v->items, v->len * sizeof *items);
    v->items = items;
    v->cap = nc;
  }
  v->items[v->len++] = x;
  return 0;
}

#define SEQ(type, v) ((type){(v).len, (void *)(v).items})

/* Whether CPython's tokenizer gives t no position: the end of input, and what stands
 * there (DEDENTs, the NEWLINE 'single' mode adds). The lexer puts those zero-width
 * tokens past the last byte of the source. */
static int at_end_of_input(const parser *p, const py_token *t) {
  return t->start >= p->t->len;
}

/* After a report at token t made as CPython's _PyPegen_raise_error makes it (the
 * indentation errors, the match statement's errors): a token without a column puts
 * the caret where CPython's tokenizer stands, with no end. At a DEDENT that is where
 * the line's text starts; at the end of input it is past the last line of a string,
 * and nowhere for a file, whose line buffer is empty by then. */
static void place_columnless(parser *p, const py_token *t) {
  if (at_end_of_input(p, t)) {
    p->err->offset = p->string_input ? t->col + 1 : 0;
    p->err->end_offset = -1;
  } else if (t->type == PY_TOK_DEDENT) {
    p->err->offset = t->col;
    p->err->end_offset = -1;
  }
}

/* Raises at a token's span. */
static void *raise_tok(parser *p, const py_token *t, const char *fmt, const char *arg) {
  py__raise_at(p, PY_SYNERR_SyntaxError, t->lineno, t->col, t->end_lineno, t->end_col, fmt, arg);
  /* A DEDENT has no column in CPython: the report shows no caret. */
  if (t->type == PY_TOK_DEDENT) p->err->offset = 0;
  return NULL;
}

/* Raises over a node's span. */
static void *raise_node(parser *p, const expr *e, const char *fmt, const char *arg) {
  return py__raise_at(p, PY_SYNERR_SyntaxError, e->lineno, e->col_offset, e->end_lineno,
                      e->end_col_offset, fmt, arg);
}

static void *raise_range(parser *p, const expr *a, const expr *b, const char *fmt,
                         const char *arg) {
  return py__raise_at(p, PY_SYNERR_SyntaxError, a->lineno, a->col_offset, b->end_lineno,
                      b->end_col_offset, fmt, arg);
}

/* ---- tokens ------------------------------------------------------------------------- */

static const py_token error_token = {PY_TOK_ERRORTOKEN, 0, 0, 0, 0, 0, 0, 0};

/* Reaching the place where the tokenizer failed raises the tokenizer's error. */
static void reach_lexer_error(parser *p) {
  if (p->error) return;
  p->error = 1;
  *p->err = p->t->error;
}

static const py_token *peek(parser *p) {
  if (p->pos >= p->ntok) {
    reach_lexer_error(p);
    return &error_token;
  }
  if (p->pos + 1 > p->fill) p->fill = p->pos + 1;
  return &p->toks[p->pos];
}

static const py_token *peek_at(parser *p, size_t k) {
  size_t save = p->pos;
  p->pos += k;
  const py_token *t = peek(p);
  p->pos = save;
  return t;
}

static int check(parser *p, py_token_type type) { return peek(p)->type == type; }

static const py_token *accept(parser *p, py_token_type type) {
  const py_token *t = peek(p);
  if (t->type != type) return NULL;
  p->pos++;
  return t;
}

static const py_token *prev(parser *p) { return &p->toks[p->pos - 1]; }

/* CPython's forced token (&&':'): a missing one is "expected ':'" at once. */
static const py_token *expect_forced(parser *p, py_token_type type) {
  const py_token *t = accept(p, type);
  if (!t && !p->error) {
    const py_token *n = peek(p);
    if (p->error) return NULL;
    return raise_tok(p, n, "expected '%s'", py_token_name(type));
  }
  return t;
}

/* ---- node construction -------------------------------------------------------------- */

static expr *new_expr(parser *p, py_ast_expr_kind kind, int lineno, int col) {
  expr *e = py__alloc(p, sizeof *e);
  if (!e) return NULL;
  e->kind = kind;
  e->lineno = lineno;
  e->col_offset = col;
  if (p->pos > 0) {
    const py_token *t = prev(p);
    e->end_lineno = t->end_lineno;
    e->end_col_offset = t->end_col;
  }
  return e;
}

static expr *expr_at_tok(parser *p, py_ast_expr_kind kind, const py_token *start) {
  return new_expr(p, kind, start->lineno, start->col);
}

/* The last token consumed that is not NEWLINE/INDENT/DEDENT/ENDMARKER: where CPython
 * ends a node (_PyPegen_get_last_nonnwhitespace_token). */
static const py_token *last_real_token(parser *p) {
  size_t m = p->pos;
  while (m > 0) {
    const py_token *t = &p->toks[m - 1];
    if (t->type != PY_TOK_NEWLINE && t->type != PY_TOK_INDENT && t->type != PY_TOK_DEDENT &&
        t->type != PY_TOK_ENDMARKER)
      return t;
    m--;
  }
  return &p->toks[0];
}

static stmt *new_stmt(parser *p, py_ast_stmt_kind kind, const py_token *start) {
  stmt *s = py__alloc(p, sizeof *s);
  if (!s) return NULL;
  s->kind = kind;
  s->lineno = start->lineno;
  s->col_offset = start->col;
  const py_token *t = last_real_token(p);
  s->end_lineno = t->end_lineno;
  s->end_col_offset = t->end_col;
  return s;
}

static void stmt_end_at_body(parser *p, stmt *s) {
  const py_token *t = last_real_token(p);
  s->end_lineno = t->end_lineno;
  s->end_col_offset = t->end_col;
}

/* NFKC for the compatibility characters people actually type in names: fullwidth
 * ASCII, the micro sign, the Latin ligatures and long s, and the mathematical
 * alphanumerics (full NFKC needs the Unicode tables; other characters stay as they
 * are). Appends the normalized form of code point c to out; returns bytes written. */
static size_t nfkc_char(unsigned c, char *out) {
  static const char *const ligatures[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
      (c >= 0xFF41 && c <= 0xFF5A) || c == 0xFF3F) {
    out[0] = (char)(c - 0xFF00 + 0x20);
    return 1;
  }
  if (c == 0x17F) { out[0] = 's'; return 1; }
  if (c == 0xB5) { out[0] = (char)0xCE; out[1] = (char)0xBC; return 2; }
  if (c >= 0xFB00 && c <= 0xFB06) {
    size_t n = strlen(ligatures[c - 0xFB00]);
    memcpy(out, ligatures[c - 0xFB00], n);
    return n;
  }
  if (c >= 0x1D400 && c <= 0x1D6A3) {
    unsigned k = (c - 0x1D400) % 52;
    out[0] = (char)(k < 26 ? 'A' + k : 'a' + (k - 26));
    return 1;
  }
  if (c >= 0x1D7CE && c <= 0x1D7FF) {
    out[0] = (char)('0' + (c - 0x1D7CE) % 10);
    return 1;
  }
  return 0;
}

static char *tok_str(parser *p, const py_token *t) {
  const unsigned char *s = (const unsigned char *)p->t->src + t->start;
  size_t n = t->len, i = 0;
  while (i < n && s[i] < 0x80) i++;
  if (i == n || t->type != PY_TOK_NAME) {
    char *r = py_ast_arena_strndup(p->arena, (const char *)s, n);
    if (!r) py__no_memory(p);
    return r;
  }
  /* A name with non-ASCII characters: normalize (never longer than 3x the input). */
  char *r = py__alloc(p, 3 * n + 1);
  if (!r) return NULL;
  size_t k = 0;
  for (i = 0; i < n;) {
    unsigned c = s[i];
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + len > n) len = n - i;
    unsigned cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (size_t j = 1; j < len; j++) cp = (cp << 6) | (s[i + j] & 0x3Fu);
    size_t w = cp >= 0x80 ? nfkc_char(cp, r + k) : 0;
    if (w) {
      k += w;
    } else {
      memcpy(r + k, s + i, len);
      k += len;
    }
    i += len;
  }
  r[k] = '\0';
  return r;
}

static expr *name_expr(parser *p, const py_token *t, py_ast_expr_context ctx) {
  expr *e = expr_at_tok(p, PY_EXPR_Name, t);
  if (!e) return NULL;
  e->end_lineno = t->end_lineno;
  e->end_col_offset = t->end_col;
  e->v.Name.id = tok_str(p, t);
  e->v.Name.ctx = ctx;
  return e->v.Name.id ? e : NULL;
}

/* ---- the names CPython's messages use for an expression ----------------------------- */

static const char *expr_name(const expr *e) {
  switch (e->kind) {
    case PY_EXPR_Attribute: return "attribute";
    case PY_EXPR_Subscript: return "subscript";
    case PY_EXPR_Starred: return "starred";
    case PY_EXPR_Name: return "name";
    case PY_EXPR_List: return "list";
    case PY_EXPR_Tuple: return "tuple";
    case PY_EXPR_Lambda: return "lambda";
    case PY_EXPR_Call: return "function call";
    case PY_EXPR_BoolOp: case PY_EXPR_BinOp: case PY_EXPR_UnaryOp: return "expression";
    case PY_EXPR_GeneratorExp: return "generator expression";
    case PY_EXPR_Yield: case PY_EXPR_YieldFrom: return "yield expression";
    case PY_EXPR_Await: return "await expression";
    case PY_EXPR_ListComp: return "list comprehension";
    case PY_EXPR_SetComp: return "set comprehension";
    case PY_EXPR_DictComp: return "dict comprehension";
    case PY_EXPR_Dict: return "dict literal";
    case PY_EXPR_Set: return "set display";
    case PY_EXPR_JoinedStr: case PY_EXPR_FormattedValue: return "f-string expression";
    case PY_EXPR_Constant:
      switch (e->v.Constant.value.kind) {
        case PY_CONST_None: return "None";
        case PY_CONST_True: return "True";
        case PY_CONST_False: return "False";
        case PY_CONST_Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case PY_EXPR_Compare: return "comparison";
    case PY_EXPR_IfExp: return "conditional expression";
    case PY_EXPR_NamedExpr: return "named expression";
    default: return "expression";
  }
}

typedef enum { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS } targets_type;

/* CPython's _PyPegen_get_invalid_target: the sub-expression that cannot be a target. */
static const expr *invalid_target(const expr *e, targets_type tt) {
  if (!e) return NULL;
  switch (e->kind) {
    case PY_EXPR_List:
    case PY_EXPR_Tuple: {
      py_ast_expr_seq elts = e->kind == PY_EXPR_List ? e->v.List.elts : e->v.Tuple.elts;
      for (size_t i = 0; i < elts.len; i++) {
        const expr *c = invalid_target(elts.items[i], tt);
        if (c) return c;
      }
      return NULL;
    }
    case PY_EXPR_Starred:
      if (tt == DEL_TARGETS) return e;
      return invalid_target(e->v.Starred.value, tt);
    case PY_EXPR_Compare:
      if (tt == FOR_TARGETS) {
        if (e->v.Compare.ops.items[0] == PY_CMP_In) return invalid_target(e->v.Compare.left, tt);
        return NULL;
      }
      return e;
    case PY_EXPR_Name: case PY_EXPR_Subscript: case PY_EXPR_Attribute:
      return NULL;
    default:
      return e;
  }
}

/* Turns an expression into an assignment or del target (ctx Store or Del). Returns 0,
 * or -1 when e is not a valid target (no error set: the caller decides). */
static int set_context(expr *e, py_ast_expr_context ctx, int allow_star) {
  switch (e->kind) {
    case PY_EXPR_Name: e->v.Name.ctx = ctx; return 0;
    case PY_EXPR_Attribute: e->v.Attribute.ctx = ctx; return 0;
    case PY_EXPR_Subscript: e->v.Subscript.ctx = ctx; return 0;
    case PY_EXPR_Starred:
      if (!allow_star) return -1;
      e->v.Starred.ctx = ctx;
      return set_context(e->v.Starred.value, ctx, 0);
    case PY_EXPR_List:
    case PY_EXPR_Tuple: {
      py_ast_expr_seq elts = e->kind == PY_EXPR_List ? e->v.List.elts : e->v.Tuple.elts;
      if (e->kind == PY_EXPR_List) e->v.List.ctx = ctx; else e->v.Tuple.ctx = ctx;
      for (size_t i = 0; i < elts.len; i++)
        if (set_context(elts.items[i], ctx, ctx != PY_CTX_Del)) return -1;
      return 0;
    }
    default:
      return -1;
  }
}

/* Makes e an assignment target or raises CPython's error for it. */
static int to_target(parser *p, expr *e, targets_type tt) {
  py_ast_expr_context ctx = tt == DEL_TARGETS ? PY_CTX_Del : PY_CTX_Store;
  if (set_context(e, ctx, tt != DEL_TARGETS) == 0) return 0;
  const expr *bad = invalid_target(e, tt);
  if (!bad) bad = e;
  raise_node(p, bad, tt == DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s",
             expr_name(bad));
  return -1;
}

/* ---- expressions -------------------------------------------------------------------- */

static expr *expression(parser *p);
static expr *named_expression(parser *p);
static expr *star_expressions(parser *p);
static expr *star_named_expression(parser *p);
static expr *disjunction(parser *p);
static expr *bitwise_or(parser *p);
static expr *primary(parser *p);
static expr *yield_expr(parser *p);
static py_ast_arguments *parameters(parser *p, int lambda);
static int comprehension_clauses(parser *p, py__vec *gens);
static expr *slices(parser *p);

/* Whether a comprehension clause starts here: 'for' or 'async' 'for'. */
static int starts_comprehension(parser *p) {
  const py_token *t = peek(p);
  return t->type == PY_TOK_KW_for ||
         (t->type == PY_TOK_KW_async && peek_at(p, 1)->type == PY_TOK_KW_for);
}

/* Whether the next token can start an expression. */
static int starts_expression(py_token_type t) {
  switch (t) {
    case PY_TOK_NAME: case PY_TOK_NUMBER: case PY_TOK_STRING: case PY_TOK_LPAR:
    case PY_TOK_LSQB: case PY_TOK_LBRACE: case PY_TOK_MINUS: case PY_TOK_PLUS:
    case PY_TOK_TILDE: case PY_TOK_ELLIPSIS: case PY_TOK_KW_None: case PY_TOK_KW_True:
    case PY_TOK_KW_False: case PY_TOK_KW_not: case PY_TOK_KW_lambda: case PY_TOK_KW_await:
      return 1;
    default:
      return 0;
  }
}

/* atom: NAME | True | False | None | strings | NUMBER | tuple/group/genexp |
 *       list/listcomp | dict/set/dictcomp/setcomp | '...' */
static expr *number(parser *p, const py_token *t);
static expr *paren_form(parser *p);
static expr *list_form(parser *p);
static expr *brace_form(parser *p);

static expr *constant(parser *p, const py_token *t, py_ast_constant_kind k) {
  expr *e = expr_at_tok(p, PY_EXPR_Constant, t);
  if (e) e->v.Constant.value.kind = k;
  return e;
}

static expr *atom(parser *p) {
  const py_token *t = peek(p);
  switch (t->type) {
    case PY_TOK_NAME: p->pos++; return name_expr(p, t, PY_CTX_Load);
    case PY_TOK_KW_True: p->pos++; return constant(p, t, PY_CONST_True);
    case PY_TOK_KW_False: p->pos++; return constant(p, t, PY_CONST_False);
    case PY_TOK_KW_None: p->pos++; return constant(p, t, PY_CONST_None);
    case PY_TOK_ELLIPSIS: p->pos++; return constant(p, t, PY_CONST_Ellipsis);
    case PY_TOK_NUMBER: p->pos++; return number(p, t);
    case PY_TOK_STRING: {
      size_t first = p->pos;
      while (check(p, PY_TOK_STRING)) p->pos++;
      if (p->error) return NULL;
      return py__parse_strings(p, first, p->pos - 1);
    }
    case PY_TOK_LPAR: return paren_form(p);
    case PY_TOK_LSQB: return list_form(p);
    case PY_TOK_LBRACE: return brace_form(p);
    default: return NULL;
  }
}

/* A NUMBER token into a Constant: ints keep their digits, floats go through strtod. */
static expr *number(parser *p, const py_token *t) {
  const char *s = p->t->src + t->start;
  size_t n = t->len;
  expr *e = expr_at_tok(p, PY_EXPR_Constant, t);
  if (!e) return NULL;
  py_ast_constant *c = &e->v.Constant.value;
  char *buf = py__alloc(p, n + 1);
  if (!buf) return NULL;
  size_t k = 0;
  int base = 10, is_float = 0, imag = 0;
  size_t i = 0;
  if (n > 1 && s[0] == '0' && strchr("xXoObB", s[1])) {
    base = (s[1] == 'x' || s[1] == 'X') ? 16 : (s[1] == 'o' || s[1] == 'O') ? 8 : 2;
    i = 2;
  }
  for (; i < n; i++) {
    char ch = s[i];
    if (ch == '_') continue;
    if (base == 10 && (ch == '.' || ch == 'e' || ch == 'E')) is_float = 1;
    if (base == 10 && (ch == 'j' || ch == 'J')) { imag = 1; continue; }
    buf[k++] = ch;
  }
  buf[k] = '\0';
  if (imag || is_float) {
    c->kind = imag ? PY_CONST_complex : PY_CONST_float;
    c->f = strtod(buf, NULL);
    return e;
  }
  /* Leading zeros of "000" leave one "0"; other ints have no leading zero. */
  size_t z = 0;
  while (z + 1 < k && buf[z] == '0') z++;
  c->kind = PY_CONST_int;
  c->digits = buf + z;
  c->base = base;
  return e;
}

/* The comma-separated elements of a display, after the first one was parsed:
 * star_named_expression (',' star_named_expression)* [','] up to `close`. */
static int rest_of_elements(parser *p, py__vec *elts, py_token_type close) {
  while (accept(p, PY_TOK_COMMA)) {
    if (check(p, close)) break;
    if (p->second_pass && starts_comprehension(p)) break; /* see invalid_comprehension */
    expr *e = star_named_expression(p);
    if (!e) return -1;
    if (py__vec_push(p, elts, e)) return -1;
  }
  return p->error ? -1 : 0;
}

/* invalid_comprehension (second pass), when a comprehension clause follows a display's
 * elements: `[*a for ...]`, `[a, b for ...]`, `[a, for ...]`. */
static void invalid_comprehension(parser *p, const py__vec *elts, int allow_target_hint) {
  if (p->error || !elts->len || !starts_comprehension(p)) return;
  expr *first = elts->items[0];
  if (elts->len == 1 && first->kind == PY_EXPR_Starred && prev(p)->type != PY_TOK_COMMA) {
    raise_node(p, first, "iterable unpacking cannot be used in comprehension", NULL);
    return;
  }
  if (!allow_target_hint) return;
  const py_token *last_tok = prev(p);
  expr *last = elts->items[elts->len - 1];
  py__vec gens = {0};
  if (comprehension_clauses(p, &gens) || p->error) return;
  if (last_tok->type == PY_TOK_COMMA && elts->len == 1)
    py__raise_at(p, PY_SYNERR_SyntaxError, first->lineno, first->col_offset, last_tok->end_lineno,
                 last_tok->end_col, "did you forget parentheses around the comprehension target?");
  else
    raise_range(p, first, last, "did you forget parentheses around the comprehension target?", NULL);
}

/* The rest of a comprehension whose element elt was read after the bracket open: the
 * `for` clauses, then the closing bracket; kind is GeneratorExp, ListComp or SetComp.
 * A starred element cannot start one (the second pass reports it). */
static expr *element_comprehension(parser *p, const py_token *open, expr *elt,
                                   py_token_type close, py_ast_expr_kind kind) {
  if (elt->kind == PY_EXPR_Starred) {
    if (p->second_pass) {
      py__vec one = {0};
      if (py__vec_push(p, &one, elt)) return NULL;
      invalid_comprehension(p, &one, 0);
    }
    return NULL;
  }
  py__vec gens = {0};
  if (comprehension_clauses(p, &gens)) return NULL;
  if (!accept(p, close)) return NULL;
  expr *e = expr_at_tok(p, kind, open);
  if (!e) return NULL;
  py_ast_comprehension_seq generators = SEQ(py_ast_comprehension_seq, gens);
  if (kind == PY_EXPR_GeneratorExp) {
    e->v.GeneratorExp.elt = elt;
    e->v.GeneratorExp.generators = generators;
  } else if (kind == PY_EXPR_ListComp) {
    e->v.ListComp.elt = elt;
    e->v.ListComp.generators = generators;
  } else {
    e->v.SetComp.elt = elt;
    e->v.SetComp.generators = generators;
  }
  return e;
}

/* '(' ... ')': the empty tuple, a group `(x)`, a tuple, a generator expression, or a
 * parenthesized yield. */
static expr *paren_form(parser *p) {
  const py_token *open = accept(p, PY_TOK_LPAR);
  if (accept(p, PY_TOK_RPAR)) {
    expr *e = expr_at_tok(p, PY_EXPR_Tuple, open);
    if (e) e->v.Tuple.ctx = PY_CTX_Load;
    return e;
  }
  if (p->error) return NULL;
  if (check(p, PY_TOK_KW_yield)) {
    expr *y = yield_expr(p);
    if (!y) return NULL;
    if (!accept(p, PY_TOK_RPAR)) return NULL;
    return y;
  }
  expr *first = star_named_expression(p);
  if (!first) return NULL;
  if (starts_comprehension(p))
    return element_comprehension(p, open, first, PY_TOK_RPAR, PY_EXPR_GeneratorExp);
  if (accept(p, PY_TOK_RPAR)) {
    if (first->kind == PY_EXPR_Starred) {
      /* `(*x)` is not an expression. */
      if (p->second_pass)
        return raise_node(p, first, "cannot use starred expression here", NULL);
      return NULL;
    }
    return first; /* a group keeps the inner expression's position */
  }
  if (!check(p, PY_TOK_COMMA)) return NULL;
  py__vec elts = {0};
  if (py__vec_push(p, &elts, first)) return NULL;
  if (rest_of_elements(p, &elts, PY_TOK_RPAR)) return NULL;
  if (!accept(p, PY_TOK_RPAR)) return NULL;
  expr *e = expr_at_tok(p, PY_EXPR_Tuple, open);
  if (!e) return NULL;
  e->v.Tuple.elts = SEQ(py_ast_expr_seq, elts);
  e->v.Tuple.ctx = PY_CTX_Load;
  return e;
}

/* '[' ... ']': a list or a list comprehension. */
static expr *list_form(parser *p) {
  const py_token *open = accept(p, PY_TOK_LSQB);
  py__vec elts = {0};
  if (!check(p, PY_TOK_RSQB)) {
    if (p->error) return NULL;
    expr *first = star_named_expression(p);
    if (!first) return NULL;
    if (starts_comprehension(p))
      return element_comprehension(p, open, first, PY_TOK_RSQB, PY_EXPR_ListComp);
    if (py__vec_push(p, &elts, first)) return NULL;
    if (rest_of_elements(p, &elts, PY_TOK_RSQB)) return NULL;
    if (p->second_pass) invalid_comprehension(p, &elts, 1);
  }
  if (!accept(p, PY_TOK_RSQB)) return NULL;
  expr *e = expr_at_tok(p, PY_EXPR_List, open);
  if (!e) return NULL;
  e->v.List.elts = SEQ(py_ast_expr_seq, elts);
  e->v.List.ctx = PY_CTX_Load;
  return e;
}

/* '{' ... '}': a dict, a set, or their comprehensions. */
static expr *brace_form(parser *p) {
  const py_token *open = accept(p, PY_TOK_LBRACE);
  py__vec keys = {0}, values = {0};
  if (accept(p, PY_TOK_RBRACE)) {
    expr *e = expr_at_tok(p, PY_EXPR_Dict, open);
    return e;
  }
  if (p->error) return NULL;
  /* The first item decides: `**m` or `k: v` is a dict, anything else a set. */
  int is_dict;
  expr *k = NULL, *v = NULL;
  size_t dstar_pos = p->pos;
  if (accept(p, PY_TOK_DOUBLESTAR)) {
    is_dict = 1;
    v = bitwise_or(p);
    if (!v) return NULL;
  } else {
    k = star_named_expression(p);
    if (!k) return NULL;
    is_dict = check(p, PY_TOK_COLON);
    if (is_dict) {
      if (k->kind == PY_EXPR_Starred) return NULL;
      if (k->kind == PY_EXPR_NamedExpr && p->pos && prev(p)->type != PY_TOK_RPAR) return NULL;
      p->pos++;
      v = expression(p);
      if (!v) return NULL;
    }
  }
  if (starts_comprehension(p)) {
    if (!is_dict) return element_comprehension(p, open, k, PY_TOK_RBRACE, PY_EXPR_SetComp);
    if (!k) {
      if (p->second_pass)
        return raise_tok(p, &p->toks[dstar_pos],
                         "dict unpacking cannot be used in dict comprehension", NULL);
      return NULL;
    }
    py__vec gens = {0};
    if (comprehension_clauses(p, &gens)) return NULL;
    if (!accept(p, PY_TOK_RBRACE)) return NULL;
    expr *e = expr_at_tok(p, PY_EXPR_DictComp, open);
    if (!e) return NULL;
    e->v.DictComp.key = k;
    e->v.DictComp.value = v;
    e->v.DictComp.generators = SEQ(py_ast_comprehension_seq, gens);
    return e;
  }
  if (!is_dict) {
    py__vec elts = {0};
    if (py__vec_push(p, &elts, k)) return NULL;
    if (rest_of_elements(p, &elts, PY_TOK_RBRACE)) return NULL;
    if (p->second_pass) invalid_comprehension(p, &elts, 1);
    if (!accept(p, PY_TOK_RBRACE)) return NULL;
    expr *e = expr_at_tok(p, PY_EXPR_Set, open);
    if (!e) return NULL;
    e->v.Set.elts = SEQ(py_ast_expr_seq, elts);
    return e;
  }
  if (py__vec_push(p, &keys, k) || py__vec_push(p, &values, v)) return NULL;
  while (accept(p, PY_TOK_COMMA)) {
    if (check(p, PY_TOK_RBRACE)) break;
    if (accept(p, PY_TOK_DOUBLESTAR)) {
      k = NULL;
      v = bitwise_or(p);
      if (!v) return NULL;
    } else {
      k = expression(p);
      if (!k) return NULL;
      if (!accept(p, PY_TOK_COLON)) {
        if (p->second_pass && !p->error && (check(p, PY_TOK_RBRACE) || check(p, PY_TOK_COMMA)))
          return raise_node(p, k, "':' expected after dictionary key", NULL);
        return NULL;
      }
      v = expression(p);
      if (!v) return NULL;
    }
    if (py__vec_push(p, &keys, k) || py__vec_push(p, &values, v)) return NULL;
  }
  if (!accept(p, PY_TOK_RBRACE)) return NULL;
  expr *e = expr_at_tok(p, PY_EXPR_Dict, open);
  if (!e) return NULL;
  e->v.Dict.keys = SEQ(py_ast_expr_seq, keys);
  e->v.Dict.values = SEQ(py_ast_expr_seq, values);
  return e;
}

/* invalid_for_target (second pass): the target read as star_expressions, with the
 * specific checks on ("Perhaps you forgot a comma?" inside brackets), then the part
 * that cannot be assigned to. */
static void invalid_for_target(parser *p, size_t target_start) {
  p->pos = target_start;
  expr *e = star_expressions(p);
  if (e && !p->error) {
    const expr *bad = invalid_target(e, FOR_TARGETS);
    if (bad) raise_node(p, bad, "cannot assign to %s", expr_name(bad));
  }
}

/* for_if_clauses: (['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+ */
static int comprehension_clauses(parser *p, py__vec *gens) {
  while (check(p, PY_TOK_KW_for) || (check(p, PY_TOK_KW_async) &&
                                      peek_at(p, 1)->type == PY_TOK_KW_for)) {
    int is_async = accept(p, PY_TOK_KW_async) != NULL;
    p->pos++; /* 'for' */
    size_t tpos = p->pos;
    /* star_targets are parsed as expressions up to 'in' (bitwise_or level, so the
     * 'in' is not taken as a comparison). */
    const py_token *tstart = peek(p);
    py__vec elts = {0};
    int trailing = 0;
    for (;;) {
      expr *t;
      const py_token *star = accept(p, PY_TOK_STAR);
      if (star) {
        expr *inner = bitwise_or(p);
        if (!inner) return -1;
        t = expr_at_tok(p, PY_EXPR_Starred, star);
        if (!t) return -1;
        t->v.Starred.value = inner;
      } else {
        t = bitwise_or(p);
        if (!t) return -1;
      }
      if (py__vec_push(p, &elts, t)) return -1;
      trailing = 0;
      if (!accept(p, PY_TOK_COMMA)) break;
      trailing = 1;
      if (check(p, PY_TOK_KW_in)) break;
    }
    expr *target;
    if (elts.len == 1 && !trailing) {
      target = elts.items[0];
    } else {
      target = expr_at_tok(p, PY_EXPR_Tuple, tstart);
      if (!target) return -1;
      target->v.Tuple.elts = SEQ(py_ast_expr_seq, elts);
    }
    if (!check(p, PY_TOK_KW_in)) {
      if (p->second_pass && !p->error) invalid_for_target(p, tpos);
      return -1;
    }
    p->pos++;
    if (to_target(p, target, FOR_TARGETS)) return -1;
    expr *iter = disjunction(p);
    if (!iter) return -1;
    py__vec ifs = {0};
    while (accept(p, PY_TOK_KW_if)) {
      expr *cond = disjunction(p);
      if (!cond) return -1;
      if (py__vec_push(p, &ifs, cond)) return -1;
    }
    py_ast_comprehension *c = py__alloc(p, sizeof *c);
    if (!c) return -1;
    c->target = target;
    c->iter = iter;
    c->ifs = SEQ(py_ast_expr_seq, ifs);
    c->is_async = is_async;
    if (py__vec_push(p, gens, c)) return -1;
  }
  return p->error ? -1 : 0;
}

/* arguments of a call, after '(' : positional, starred, keywords, **kwargs, and a bare
 * generator expression as the only argument. Fills the Call node. */
/* call_arguments' generator expression argument and its errors, functions of their
 * own so that V8 compiles them only for the programs that reach them
 * (docs/performance.md, "Cold start (session 7)"). */

/* f(x for x in y): v, read, is the element of a generator expression, which must be the
 * call's sole argument (args and kws hold those before it). Returns call. */
static expr *generator_argument(parser *p, expr *call, const py_token *open, expr *v,
                                py__vec *args, const py__vec *kws) {
  py__vec gens = {0};
  if (comprehension_clauses(p, &gens)) return NULL;
  expr *g = expr_at_tok(p, PY_EXPR_GeneratorExp, open);
  if (!g) return NULL;
  g->v.GeneratorExp.elt = v;
  g->v.GeneratorExp.generators = SEQ(py_ast_comprehension_seq, gens);
  if (args->len || kws->len || !check(p, PY_TOK_RPAR)) {
    /* Only the sole argument may be a bare generator expression. */
    if (p->second_pass && !p->error) {
      g->col_offset = v->col_offset;
      g->lineno = v->lineno;
      return raise_range(p, g, g, "Generator expression must be parenthesized", NULL);
    }
    return NULL;
  }
  p->pos++;
  g->end_lineno = prev(p)->end_lineno;
  g->end_col_offset = prev(p)->end_col;
  if (py__vec_push(p, args, g)) return NULL;
  call->v.Call.args = SEQ(py_ast_expr_seq, *args);
  call->end_lineno = prev(p)->end_lineno;
  call->end_col_offset = prev(p)->end_col;
  return call;
}

/* A positional argument v followed by '=' (invalid_kwarg). Returns NULL. */
static expr *invalid_kwarg(parser *p, expr *v) {
  /* invalid_kwarg reads a plain expression before '=': `f(a:=1=2)` has none. */
  if (p->second_pass && v->kind != PY_EXPR_NamedExpr) {
    const py_token *eq = peek(p);
    if (v->kind == PY_EXPR_Constant && (v->v.Constant.value.kind == PY_CONST_True ||
                                         v->v.Constant.value.kind == PY_CONST_False ||
                                         v->v.Constant.value.kind == PY_CONST_None))
      return py__raise_at(p, PY_SYNERR_SyntaxError, v->lineno, v->col_offset,
                          eq->end_lineno, eq->end_col, "cannot assign to %s",
                          expr_name(v));
    return py__raise_at(p, PY_SYNERR_SyntaxError, v->lineno, v->col_offset,
                        eq->end_lineno, eq->end_col,
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
  }
  return NULL;
}

/* A positional argument after keyword arguments or ** unpacking. Returns NULL. */
static expr *positional_after_keyword_arg(parser *p, int seen_double_star) {
  if (p->second_pass && !p->error) {
    /* CPython reports these at the furthest token it read. */
    const py_token *n = peek(p);
    return py__raise_at(p, PY_SYNERR_SyntaxError, n->lineno, n->col, n->end_lineno,
                        n->end_col, "%s", seen_double_star
                            ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument");
  }
  return NULL;
}

static expr *call_arguments(parser *p, expr *call, const py_token *open) {
  py__vec args = {0}, kws = {0};
  int seen_keyword = 0, seen_double_star = 0;
  while (!check(p, PY_TOK_RPAR)) {
    if (p->error) return NULL;
    const py_token *t = peek(p);
    if (accept(p, PY_TOK_STAR)) {
      expr *v = expression(p);
      if (!v) return NULL;
      expr *s = expr_at_tok(p, PY_EXPR_Starred, t);
      if (!s) return NULL;
      s->v.Starred.value = v;
      s->v.Starred.ctx = PY_CTX_Load;
      if (seen_double_star) {
        if (p->second_pass)
          return py__raise_at(p, PY_SYNERR_SyntaxError, t->lineno, t->col, t->lineno, t->col,
                              "iterable argument unpacking follows keyword argument unpacking");
        return NULL;
      }
      if (py__vec_push(p, &args, s)) return NULL;
    } else if (accept(p, PY_TOK_DOUBLESTAR)) {
      expr *v = expression(p);
      if (!v) return NULL;
      py_ast_keyword *k = py__alloc(p, sizeof *k);
      if (!k) return NULL;
      k->value = v;
      k->lineno = t->lineno;
      k->col_offset = t->col;
      k->end_lineno = prev(p)->end_lineno;
      k->end_col_offset = prev(p)->end_col;
      if (py__vec_push(p, &kws, k)) return NULL;
      seen_double_star = 1;
    } else if (t->type == PY_TOK_NAME && peek_at(p, 1)->type == PY_TOK_EQUAL) {
      p->pos += 2;
      expr *v = expression(p);
      if (!v) return NULL;
      py_ast_keyword *k = py__alloc(p, sizeof *k);
      if (!k) return NULL;
      k->arg = tok_str(p, t);
      k->value = v;
      k->lineno = t->lineno;
      k->col_offset = t->col;
      k->end_lineno = prev(p)->end_lineno;
      k->end_col_offset = prev(p)->end_col;
      if (py__vec_push(p, &kws, k)) return NULL;
      seen_keyword = 1;
    } else {
      /* The '=' after a positional argument is reported below (invalid_kwarg), not by
       * named_expression. */
      size_t saved_arg = p->call_arg_start;
      p->call_arg_start = p->pos + 1;
      expr *v = named_expression(p);
      p->call_arg_start = saved_arg;
      if (!v) return NULL;
      /* A generator expression argument: f(x for x in y). */
      if (starts_comprehension(p)) return generator_argument(p, call, open, v, &args, &kws);
      if (check(p, PY_TOK_EQUAL)) return invalid_kwarg(p, v);
      if (seen_keyword || seen_double_star) return positional_after_keyword_arg(p, seen_double_star);
      if (py__vec_push(p, &args, v)) return NULL;
    }
    if (!accept(p, PY_TOK_COMMA)) break;
  }
  if (!accept(p, PY_TOK_RPAR)) return NULL;
  call->v.Call.args = SEQ(py_ast_expr_seq, args);
  call->v.Call.keywords = SEQ(py_ast_keyword_seq, kws);
  call->end_lineno = prev(p)->end_lineno;
  call->end_col_offset = prev(p)->end_col;
  return call;
}

/* primary: atom followed by any number of .NAME, (args), [slices] */
static expr *primary(parser *p) {
  const py_token *start = peek(p);
  expr *e = atom(p);
  if (!e) return NULL;
  for (;;) {
    const py_token *t = peek(p);
    if (t->type == PY_TOK_DOT) {
      p->pos++;
      const py_token *n = accept(p, PY_TOK_NAME);
      if (!n) return NULL;
      expr *a = expr_at_tok(p, PY_EXPR_Attribute, start);
      if (!a) return NULL;
      a->v.Attribute.value = e;
      a->v.Attribute.attr = tok_str(p, n);
      a->v.Attribute.ctx = PY_CTX_Load;
      e = a;
    } else if (t->type == PY_TOK_LPAR) {
      p->pos++;
      expr *c = expr_at_tok(p, PY_EXPR_Call, start);
      if (!c) return NULL;
      c->v.Call.func = e;
      if (!call_arguments(p, c, t)) return NULL;
      e = c;
    } else if (t->type == PY_TOK_LSQB) {
      p->pos++;
      expr *s = slices(p);
      if (!s) return NULL;
      if (!accept(p, PY_TOK_RSQB)) return NULL;
      expr *sub = expr_at_tok(p, PY_EXPR_Subscript, start);
      if (!sub) return NULL;
      sub->v.Subscript.value = e;
      sub->v.Subscript.slice = s;
      sub->v.Subscript.ctx = PY_CTX_Load;
      e = sub;
    } else {
      return p->error ? NULL : e;
    }
  }
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static expr *slice(parser *p) {
  const py_token *start = peek(p);
  expr *lower = NULL, *upper = NULL, *step = NULL;
  if (!check(p, PY_TOK_COLON)) {
    if (p->error) return NULL;
    lower = named_expression(p);
    if (!lower) return NULL;
    if (!check(p, PY_TOK_COLON)) return lower;
    if (lower->kind == PY_EXPR_NamedExpr) return NULL;
  }
  p->pos++; /* ':' */
  if (!check(p, PY_TOK_COLON) && !check(p, PY_TOK_RSQB) && !check(p, PY_TOK_COMMA)) {
    if (p->error) return NULL;
    upper = expression(p);
    if (!upper) return NULL;
  }
  if (accept(p, PY_TOK_COLON)) {
    if (!check(p, PY_TOK_RSQB) && !check(p, PY_TOK_COMMA)) {
      if (p->error) return NULL;
      step = expression(p);
      if (!step) return NULL;
    }
  }
  expr *e = expr_at_tok(p, PY_EXPR_Slice, start);
  if (!e) return NULL;
  e->v.Slice.lower = lower;
  e->v.Slice.upper = upper;
  e->v.Slice.step = step;
  return e;
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
static expr *slices(parser *p) {
  const py_token *start = peek(p);
  py__vec elts = {0};
  for (;;) {
    expr *e;
    const py_token *star = accept(p, PY_TOK_STAR);
    if (star) {
      expr *v = expression(p);
      if (!v) return NULL;
      e = expr_at_tok(p, PY_EXPR_Starred, star);
      if (!e) return NULL;
      e->v.Starred.value = v;
      e->v.Starred.ctx = PY_CTX_Load;
    } else {
      e = slice(p);
      if (!e) return NULL;
    }
    if (py__vec_push(p, &elts, e)) return NULL;
    if (!accept(p, PY_TOK_COMMA)) break;
    if (check(p, PY_TOK_RSQB)) break;
  }
  if (elts.len == 1 && prev(p)->type != PY_TOK_COMMA &&
      ((expr *)elts.items[0])->kind != PY_EXPR_Starred)
    return elts.items[0];
  expr *t = expr_at_tok(p, PY_EXPR_Tuple, start);
  if (!t) return NULL;
  t->v.Tuple.elts = SEQ(py_ast_expr_seq, elts);
  t->v.Tuple.ctx = PY_CTX_Load;
  return t;
}

/* await_primary: AWAIT primary | primary */
static expr *await_primary(parser *p) {
  const py_token *aw = accept(p, PY_TOK_KW_await);
  expr *e = primary(p);
  if (!e || !aw) return e;
  expr *a = expr_at_tok(p, PY_EXPR_Await, aw);
  if (a) a->v.Await.value = e;
  return a;
}

static expr *factor(parser *p);

/* power: await_primary '**' factor | await_primary */
static expr *power(parser *p) {
  const py_token *start = peek(p);
  expr *left = await_primary(p);
  if (!left) return NULL;
  if (!accept(p, PY_TOK_DOUBLESTAR)) return p->error ? NULL : left;
  if (++p->depth > MAX_DEPTH) return py__no_memory(p);
  expr *right = factor(p);
  p->depth--;
  if (!right) return NULL;
  expr *e = expr_at_tok(p, PY_EXPR_BinOp, start);
  if (!e) return NULL;
  e->v.BinOp.left = left;
  e->v.BinOp.op = PY_OP_Pow;
  e->v.BinOp.right = right;
  return e;
}

/* factor: ('+' | '-' | '~') factor | power — the prefix chain is read in a loop so a
 * long chain costs no C stack. */
static expr *factor(parser *p) {
  size_t first = p->pos;
  size_t n = 0;
  while (check(p, PY_TOK_PLUS) || check(p, PY_TOK_MINUS) || check(p, PY_TOK_TILDE)) {
    p->pos++;
    if (++n > MAX_UNARY) return py__no_memory(p);
  }
  expr *e = power(p);
  if (!e) return NULL;
  for (size_t i = n; i-- > 0;) {
    const py_token *t = &p->toks[first + i];
    expr *u = expr_at_tok(p, PY_EXPR_UnaryOp, t);
    if (!u) return NULL;
    u->v.UnaryOp.op = t->type == PY_TOK_PLUS ? PY_UNARY_UAdd
                      : t->type == PY_TOK_MINUS ? PY_UNARY_USub : PY_UNARY_Invert;
    u->v.UnaryOp.operand = e;
    e = u;
  }
  return e;
}

/* The binary operator levels, loosest first: | ^ & << >> + - * / // % @ */
static int binary_level(py_token_type t, py_ast_operator *op) {
  switch (t) {
    case PY_TOK_VBAR: *op = PY_OP_BitOr; return 1;
    case PY_TOK_CIRCUMFLEX: *op = PY_OP_BitXor; return 2;
    case PY_TOK_AMPER: *op = PY_OP_BitAnd; return 3;
    case PY_TOK_LEFTSHIFT: *op = PY_OP_LShift; return 4;
    case PY_TOK_RIGHTSHIFT: *op = PY_OP_RShift; return 4;
    case PY_TOK_PLUS: *op = PY_OP_Add; return 5;
    case PY_TOK_MINUS: *op = PY_OP_Sub; return 5;
    case PY_TOK_STAR: *op = PY_OP_Mult; return 6;
    case PY_TOK_SLASH: *op = PY_OP_Div; return 6;
    case PY_TOK_DOUBLESLASH: *op = PY_OP_FloorDiv; return 6;
    case PY_TOK_PERCENT: *op = PY_OP_Mod; return 6;
    case PY_TOK_AT: *op = PY_OP_MatMult; return 6;
    default: return 0;
  }
}

/* bitwise_or down to term, by precedence climbing (all left-associative). */
static expr *binary(parser *p, int min_level) {
  const py_token *start = peek(p);
  expr *left = factor(p);
  if (!left) return NULL;
  for (;;) {
    py_ast_operator op;
    int level = binary_level(peek(p)->type, &op);
    if (p->error) return NULL;
    if (!level || level < min_level) return left;
    p->pos++;
    expr *right = level == 6 ? factor(p) : binary(p, level + 1);
    if (!right) return NULL;
    expr *e = expr_at_tok(p, PY_EXPR_BinOp, start);
    if (!e) return NULL;
    e->v.BinOp.left = left;
    e->v.BinOp.op = op;
    e->v.BinOp.right = right;
    left = e;
  }
}

static expr *bitwise_or(parser *p) { return binary(p, 1); }

/* comparison: bitwise_or (compare_op bitwise_or)* */
static expr *comparison(parser *p) {
  const py_token *start = peek(p);
  expr *left = bitwise_or(p);
  if (!left) return NULL;
  py__vec comps = {0};
  int *ops = NULL;
  size_t nops = 0, cap = 0;
  for (;;) {
    const py_token *t = peek(p);
    py_ast_cmpop op = 0;
    switch (t->type) {
      case PY_TOK_EQEQUAL: op = PY_CMP_Eq; break;
      case PY_TOK_NOTEQUAL: op = PY_CMP_NotEq; break;
      case PY_TOK_LESS: op = PY_CMP_Lt; break;
      case PY_TOK_LESSEQUAL: op = PY_CMP_LtE; break;
      case PY_TOK_GREATER: op = PY_CMP_Gt; break;
      case PY_TOK_GREATEREQUAL: op = PY_CMP_GtE; break;
      case PY_TOK_KW_in: op = PY_CMP_In; break;
      case PY_TOK_KW_is:
        op = peek_at(p, 1)->type == PY_TOK_KW_not ? PY_CMP_IsNot : PY_CMP_Is;
        break;
      case PY_TOK_KW_not:
        if (peek_at(p, 1)->type == PY_TOK_KW_in) op = PY_CMP_NotIn;
        break;
      default: break;
    }
    if (!op || p->error) break;
    p->pos += (op == PY_CMP_IsNot || op == PY_CMP_NotIn) ? 2 : 1;
    expr *right = bitwise_or(p);
    if (!right) return NULL;
    if (nops == cap) {
      size_t nc = cap ? cap * 2 : 4;
      int *n = py__alloc(p, nc * sizeof *n);
      if (!n) return NULL;
      if (nops) memcpy(n, ops, nops * sizeof *n);
      ops = n;
      cap = nc;
    }
    ops[nops++] = op;
    if (py__vec_push(p, &comps, right)) return NULL;
  }
  if (p->error) return NULL;
  if (!nops) return left;
  expr *e = expr_at_tok(p, PY_EXPR_Compare, start);
  if (!e) return NULL;
  e->v.Compare.left = left;
  e->v.Compare.ops = (py_ast_cmpop_seq){nops, ops};
  e->v.Compare.comparators = SEQ(py_ast_expr_seq, comps);
  return e;
}

/* inversion: 'not' inversion | comparison (the 'not' chain in a loop) */
static expr *inversion(parser *p) {
  size_t first = p->pos, n = 0;
  while (accept(p, PY_TOK_KW_not))
    if (++n > MAX_UNARY) return py__no_memory(p);
  expr *e = comparison(p);
  if (!e) return NULL;
  for (size_t i = n; i-- > 0;) {
    expr *u = expr_at_tok(p, PY_EXPR_UnaryOp, &p->toks[first + i]);
    if (!u) return NULL;
    u->v.UnaryOp.op = PY_UNARY_Not;
    u->v.UnaryOp.operand = e;
    e = u;
  }
  return e;
}

/* conjunction / disjunction: operands joined by 'and' / 'or' into one BoolOp. */
static expr *boolop(parser *p, py_token_type kw, py_ast_boolop op, expr *(*operand)(parser *)) {
  const py_token *start = peek(p);
  expr *first = operand(p);
  if (!first) return NULL;
  if (!check(p, kw)) return p->error ? NULL : first;
  py__vec values = {0};
  if (py__vec_push(p, &values, first)) return NULL;
  while (accept(p, kw)) {
    expr *e = operand(p);
    if (!e) return NULL;
    if (py__vec_push(p, &values, e)) return NULL;
  }
  expr *b = expr_at_tok(p, PY_EXPR_BoolOp, start);
  if (!b) return NULL;
  b->v.BoolOp.op = op;
  b->v.BoolOp.values = SEQ(py_ast_expr_seq, values);
  return b;
}

static expr *conjunction(parser *p) { return boolop(p, PY_TOK_KW_and, PY_BOOLOP_And, inversion); }
static expr *disjunction(parser *p) { return boolop(p, PY_TOK_KW_or, PY_BOOLOP_Or, conjunction); }

/* lambdef: 'lambda' [lambda_params] ':' expression */
static expr *lambdef(parser *p) {
  const py_token *kw = accept(p, PY_TOK_KW_lambda);
  py_ast_arguments *args = parameters(p, 1);
  if (!args) return NULL;
  if (!accept(p, PY_TOK_COLON)) return NULL;
  expr *body = expression(p);
  if (!body) return NULL;
  expr *e = expr_at_tok(p, PY_EXPR_Lambda, kw);
  if (!e) return NULL;
  e->v.Lambda.args = args;
  e->v.Lambda.body = body;
  return e;
}

/* Whether NAME STRING starts here (CPython does not suggest a comma for f'{a}' typos
 * like `print f"x"`). */
static int is_legacy_name(const expr *a) {
  return a->kind == PY_EXPR_Name &&
         (strcmp(a->v.Name.id, "print") == 0 || strcmp(a->v.Name.id, "exec") == 0);
}

/* invalid_expression and invalid_legacy_expression (second pass only): two
 * expressions side by side. Called after `a` was parsed as a disjunction. */
static void check_juxtaposed(parser *p, expr *a, size_t a_start) {
  const py_token *t = peek(p);
  if (p->error || !starts_expression(t->type)) return;
  size_t save = p->pos;
  int save_second = p->second_pass;
  p->second_pass = 0;
  int is_name_string = a->kind == PY_EXPR_Name && p->toks[a_start].type == PY_TOK_NAME &&
                       a_start + 1 == save && t->type == PY_TOK_STRING;
  if (is_legacy_name(a) && a_start + 1 == save && t->type != PY_TOK_LPAR) {
    expr *b = star_expressions(p);
    p->second_pass = save_second;
    if (b) {
      py__raise_at(p, PY_SYNERR_SyntaxError, a->lineno, a->col_offset, b->end_lineno,
                   b->end_col_offset, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                   a->v.Name.id, a->v.Name.id);
      return;
    }
    if (p->error) return;
    p->pos = save;
    return;
  }
  if (is_name_string) {
    p->second_pass = save_second;
    return;
  }
  expr *b = expression(p);
  p->second_pass = save_second;
  if (p->error) return;
  if (b && p->toks[p->pos - 1].level > 0 && !is_legacy_name(a)) {
    raise_range(p, a, b, "invalid syntax. Perhaps you forgot a comma?", NULL);
    return;
  }
  p->pos = save;
}

/* expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
static expr *expression(parser *p) {
  if (++p->depth > MAX_DEPTH) return py__no_memory(p);
  expr *result = NULL;
  if (check(p, PY_TOK_KW_lambda)) {
    result = lambdef(p);
    goto done;
  }
  size_t start = p->pos;
  const py_token *start_tok = peek(p);
  expr *body = disjunction(p);
  if (!body) goto done;
  if (p->second_pass) {
    check_juxtaposed(p, body, start);
    if (p->error) goto done;
  }
  if (!accept(p, PY_TOK_KW_if)) {
    result = p->error ? NULL : body;
    goto done;
  }
  /* As in the PEG grammar, a ternary that does not complete leaves the plain
   * disjunction, and the 'if' for the caller to stumble on. */
  size_t at_if = p->pos - 1;
  expr *test = disjunction(p);
  if (!test) goto backtrack;
  if (!accept(p, PY_TOK_KW_else)) {
    if (p->second_pass && !p->error && !check(p, PY_TOK_COLON))
      raise_range(p, body, test, "expected 'else' after 'if' expression", NULL);
    goto backtrack;
  }
  expr *orelse = expression(p);
  if (!orelse) goto backtrack;
  result = expr_at_tok(p, PY_EXPR_IfExp, start_tok);
  if (!result) goto done;
  result->v.IfExp.test = test;
  result->v.IfExp.body = body;
  result->v.IfExp.orelse = orelse;
  goto done;
backtrack:
  if (!p->error) {
    p->pos = at_if;
    result = body;
  }
done:
  p->depth--;
  return result;
}

/* named_expression: NAME ':=' expression | expression !':=' */
static expr *named_expression(parser *p) {
  const py_token *t = peek(p);
  if (t->type == PY_TOK_NAME && peek_at(p, 1)->type == PY_TOK_COLONEQUAL) {
    p->pos += 2;
    expr *target = name_expr(p, t, PY_CTX_Store);
    expr *value = expression(p);
    if (!target || !value) return NULL;
    expr *e = expr_at_tok(p, PY_EXPR_NamedExpr, t);
    if (!e) return NULL;
    e->v.NamedExpr.target = target;
    e->v.NamedExpr.value = value;
    return e;
  }
  size_t start = p->pos;
  expr *e = expression(p);
  if (!e) return NULL;
  if (check(p, PY_TOK_COLONEQUAL)) {
    if (p->second_pass)
      return raise_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
    return NULL;
  }
  /* invalid_named_expression: `if x = 1:` and `f() = 1` in an expression context. */
  if (p->second_pass && check(p, PY_TOK_EQUAL) && !p->error && start + 1 != p->call_arg_start) {
    const py_token *first = &p->toks[start];
    size_t save = p->pos;
    p->pos++;
    int ss = p->second_pass;
    p->second_pass = 0;
    /* The rule reads a bitwise_or before '=': a comparison or a boolean operation
     * does not qualify (it gets the plain "cannot assign to comparison" later). */
    p->pos = start;
    expr *a = bitwise_or(p);
    int a_whole = a && p->pos == save;
    p->pos = save + 1;
    expr *b = a_whole ? bitwise_or(p) : NULL;
    p->second_pass = ss;
    if (b && !check(p, PY_TOK_EQUAL) && !check(p, PY_TOK_COLONEQUAL) && !p->error) {
      if (e->kind == PY_EXPR_Name && first->type == PY_TOK_NAME && start + 1 == save)
        return raise_range(p, e, b,
                           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", NULL);
      /* Not for a list, tuple or generator expression written with its brackets, nor
       * True/None/False (those get "cannot assign to True"). */
      int bracketed = (first->type == PY_TOK_LSQB && e->kind == PY_EXPR_List) ||
                      (first->type == PY_TOK_LPAR &&
                       (e->kind == PY_EXPR_Tuple || e->kind == PY_EXPR_GeneratorExp));
      int excluded = bracketed || first->type == PY_TOK_KW_True ||
                     first->type == PY_TOK_KW_None || first->type == PY_TOK_KW_False;
      if (!excluded)
        return raise_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                          expr_name(e));
    }
    if (p->error) return NULL;
    p->pos = save;
  }
  return e;
}

/* star_named_expression: '*' bitwise_or | named_expression */
static expr *star_named_expression(parser *p) {
  const py_token *star = accept(p, PY_TOK_STAR);
  if (!star) return named_expression(p);
  expr *v = bitwise_or(p);
  if (!v) return NULL;
  expr *e = expr_at_tok(p, PY_EXPR_Starred, star);
  if (!e) return NULL;
  e->v.Starred.value = v;
  e->v.Starred.ctx = PY_CTX_Load;
  return e;
}

/* star_expression: '*' bitwise_or | expression */
static expr *star_expression(parser *p) {
  const py_token *star = accept(p, PY_TOK_STAR);
  if (!star) return expression(p);
  expr *v = bitwise_or(p);
  if (!v) return NULL;
  expr *e = expr_at_tok(p, PY_EXPR_Starred, star);
  if (!e) return NULL;
  e->v.Starred.value = v;
  e->v.Starred.ctx = PY_CTX_Load;
  return e;
}

/* Elements separated by commas, into a Tuple when there is a comma (the shared shape
 * of star_expressions, expressions, star_targets...). */
static expr *comma_list(parser *p, expr *(*item)(parser *)) {
  const py_token *start = peek(p);
  expr *first = item(p);
  if (!first) return NULL;
  if (!check(p, PY_TOK_COMMA)) return p->error ? NULL : first;
  py__vec elts = {0};
  if (py__vec_push(p, &elts, first)) return NULL;
  while (accept(p, PY_TOK_COMMA)) {
    if (!starts_expression(peek(p)->type) && !check(p, PY_TOK_STAR)) break;
    expr *e = item(p);
    if (!e) return NULL;
    if (py__vec_push(p, &elts, e)) return NULL;
  }
  if (p->error) return NULL;
  expr *t = expr_at_tok(p, PY_EXPR_Tuple, start);
  if (!t) return NULL;
  t->v.Tuple.elts = SEQ(py_ast_expr_seq, elts);
  t->v.Tuple.ctx = PY_CTX_Load;
  return t;
}

static expr *star_expressions(parser *p) { return comma_list(p, star_expression); }
static expr *expressions(parser *p) { return comma_list(p, expression); }

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
static expr *yield_expr(parser *p) {
  const py_token *kw = accept(p, PY_TOK_KW_yield);
  if (accept(p, PY_TOK_KW_from)) {
    expr *v = expression(p);
    if (!v) return NULL;
    expr *e = expr_at_tok(p, PY_EXPR_YieldFrom, kw);
    if (e) e->v.YieldFrom.value = v;
    return e;
  }
  expr *v = NULL;
  if (starts_expression(peek(p)->type) || check(p, PY_TOK_STAR)) {
    v = star_expressions(p);
    if (!v) return NULL;
  }
  if (p->error) return NULL;
  expr *e = expr_at_tok(p, PY_EXPR_Yield, kw);
  if (e) e->v.Yield.value = v;
  return e;
}

/* ---- parameters --------------------------------------------------------------------- */

static py_ast_arg *param(parser *p, int lambda, int allow_star_annotation) {
  const py_token *n = accept(p, PY_TOK_NAME);
  if (!n) return NULL;
  py_ast_arg *a = py__alloc(p, sizeof *a);
  if (!a) return NULL;
  a->arg = tok_str(p, n);
  a->lineno = n->lineno;
  a->col_offset = n->col;
  a->end_lineno = n->end_lineno;
  a->end_col_offset = n->end_col;
  if (!lambda && accept(p, PY_TOK_COLON)) {
    expr *ann = allow_star_annotation && check(p, PY_TOK_STAR) ? star_expression(p)
                                                               : expression(p);
    if (!ann) return NULL;
    a->annotation = ann;
    a->end_lineno = prev(p)->end_lineno;
    a->end_col_offset = prev(p)->end_col;
  }
  return a;
}

/* parameters / lambda_params: the whole list up to ')' (def) or ':' (lambda).
 * Returns an empty arguments node when there are none. */
static py_ast_arguments *parameters(parser *p, int lambda) {
  py_token_type close = lambda ? PY_TOK_COLON : PY_TOK_RPAR;
  py_ast_arguments *args = py__alloc(p, sizeof *args);
  if (!args) return NULL;
  py__vec posonly = {0}, plain = {0}, kwonly = {0}, kwdefaults = {0}, defaults = {0};
  int after_star = 0, seen_default = 0, seen_slash = 0;
  while (!check(p, close)) {
    if (p->error) return NULL;
    const py_token *t = peek(p);
    if (args->kwarg) {
      if (p->second_pass) raise_tok(p, t, "arguments cannot follow var-keyword argument", NULL);
      return NULL;
    }
    if (t->type == PY_TOK_SLASH) {
      if (after_star || seen_slash || (posonly.len == 0 && plain.len == 0)) {
        if (p->second_pass) {
          if (seen_slash) raise_tok(p, t, "/ may appear only once", NULL);
          else if (after_star) raise_tok(p, t, "/ must be ahead of *", NULL);
          else raise_tok(p, t, "at least one argument must precede /", NULL);
        }
        return NULL;
      }
      p->pos++;
      seen_slash = 1;
      for (size_t i = 0; i < plain.len; i++)
        if (py__vec_push(p, &posonly, plain.items[i])) return NULL;
      plain.len = 0;
    } else if (t->type == PY_TOK_STAR) {
      if (after_star) {
        if (p->second_pass) raise_tok(p, t, "* argument may appear only once", NULL);
        return NULL;
      }
      p->pos++;
      after_star = 1;
      if (check(p, PY_TOK_NAME)) {
        args->vararg = param(p, lambda, 1);
        if (!args->vararg) return NULL;
        if (check(p, PY_TOK_EQUAL)) {
          if (p->second_pass) raise_tok(p, peek(p), "var-positional argument cannot have default value", NULL);
          return NULL;
        }
      } else if (check(p, PY_TOK_COMMA) && (peek_at(p, 1)->type == PY_TOK_NAME)) {
        /* a bare '*': keyword-only parameters follow */
      } else {
        if (p->second_pass && !p->error) {
          if (check(p, close) || (check(p, PY_TOK_COMMA) && peek_at(p, 1)->type == close))
            raise_tok(p, t, "named arguments must follow bare *", NULL);
        }
        return NULL;
      }
    } else if (t->type == PY_TOK_DOUBLESTAR) {
      p->pos++;
      args->kwarg = param(p, lambda, 0);
      if (!args->kwarg) return NULL;
      if (check(p, PY_TOK_EQUAL)) {
        if (p->second_pass) raise_tok(p, peek(p), "var-keyword argument cannot have default value", NULL);
        return NULL;
      }
    } else {
      py_ast_arg *a = param(p, lambda, 0);
      if (!a) return NULL;
      expr *def = NULL;
      if (accept(p, PY_TOK_EQUAL)) {
        def = expression(p);
        if (!def) return NULL;
      }
      if (after_star) {
        if (py__vec_push(p, &kwonly, a) || py__vec_push(p, &kwdefaults, def)) return NULL;
      } else {
        if (def) {
          seen_default = 1;
          if (py__vec_push(p, &defaults, def)) return NULL;
        } else if (seen_default) {
          if (p->second_pass)
            py__raise_at(p, PY_SYNERR_SyntaxError, a->lineno, a->col_offset, a->end_lineno,
                         a->end_col_offset, "non-default argument follows default argument");
          return NULL;
        }
        if (py__vec_push(p, &plain, a)) return NULL;
      }
    }
    if (!accept(p, PY_TOK_COMMA)) break;
  }
  if (p->error) return NULL;
  args->posonlyargs = SEQ(py_ast_arg_seq, posonly);
  args->args = SEQ(py_ast_arg_seq, plain);
  args->kwonlyargs = SEQ(py_ast_arg_seq, kwonly);
  args->kw_defaults = SEQ(py_ast_expr_seq, kwdefaults);
  args->defaults = SEQ(py_ast_expr_seq, defaults);
  return args;
}

/* ---- statements --------------------------------------------------------------------- */

static stmt *statement_list(parser *p, py__vec *out);
static int statements(parser *p, py__vec *out);

/* block: NEWLINE INDENT statements DEDENT | simple_stmts. `what` names the statement
 * for "expected an indented block after ... on line N". */
static int block(parser *p, py__vec *body, const char *what, int lineno) {
  if (accept(p, PY_TOK_NEWLINE)) {
    if (!accept(p, PY_TOK_INDENT)) {
      if (p->error) return -1;
      const py_token *t = peek(p);
      char msg[120];
      if (what)
        snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, lineno);
      else
        snprintf(msg, sizeof msg, "expected an indented block");
      py__raise_at(p, PY_SYNERR_IndentationError, t->lineno, t->col, t->end_lineno, t->end_col,
                   "%s", msg);
      place_columnless(p, t);
      return -1;
    }
    if (statements(p, body)) return -1;
    if (!accept(p, PY_TOK_DEDENT)) return -1;
    return 0;
  }
  if (p->error) return -1;
  return statement_list(p, body) ? 0 : -1;
}

/* Parses ':' block for a compound statement whose keyword token is kw. */
static int colon_block(parser *p, py__vec *body, const char *what, const py_token *kw, int forced) {
  if (!accept(p, PY_TOK_COLON)) {
    if (p->error) return -1;
    if (forced) {
      expect_forced(p, PY_TOK_COLON);
    } else if (p->second_pass && check(p, PY_TOK_NEWLINE)) {
      const py_token *t = peek(p);
      py__raise_at(p, PY_SYNERR_SyntaxError, t->lineno, t->col, t->end_lineno, t->end_col,
                   "expected ':'");
    }
    return -1;
  }
  return block(p, body, what, kw->lineno);
}

static char *dotted_name(parser *p) {
  const py_token *first = accept(p, PY_TOK_NAME);
  if (!first) return NULL;
  size_t start = first->start, end = first->start + first->len;
  while (check(p, PY_TOK_DOT) && peek_at(p, 1)->type == PY_TOK_NAME) {
    p->pos += 2;
    end = prev(p)->start + prev(p)->len;
  }
  /* Names may be split by spaces ("a . b"): join the names without them. */
  char *s = py__alloc(p, end - start + 1);
  if (!s) return NULL;
  size_t k = 0;
  for (size_t i = start; i < end; i++) {
    char c = p->t->src[i];
    if (c != ' ' && c != '\t' && c != '\\' && c != '\n' && c != '\f') s[k++] = c;
  }
  s[k] = 0;
  return s;
}

static py_ast_alias *alias(parser *p, int dotted) {
  const py_token *start = peek(p);
  char *name = dotted ? dotted_name(p) : (accept(p, PY_TOK_NAME) ? tok_str(p, prev(p)) : NULL);
  if (!name) return NULL;
  py_ast_alias *a = py__alloc(p, sizeof *a);
  if (!a) return NULL;
  a->name = name;
  if (accept(p, PY_TOK_KW_as)) {
    const py_token *n = accept(p, PY_TOK_NAME);
    if (!n) return NULL;
    a->asname = tok_str(p, n);
  }
  a->lineno = start->lineno;
  a->col_offset = start->col;
  a->end_lineno = prev(p)->end_lineno;
  a->end_col_offset = prev(p)->end_col;
  return a;
}

/* import_name: 'import' dotted_as_names */
static stmt *import_name(parser *p, const py_token *kw) {
  py__vec names = {0};
  do {
    py_ast_alias *a = alias(p, 1);
    if (!a || py__vec_push(p, &names, a)) return NULL;
  } while (accept(p, PY_TOK_COMMA));
  stmt *s = new_stmt(p, PY_STMT_Import, kw);
  if (s) s->v.Import.names = SEQ(py_ast_alias_seq, names);
  return s;
}

/* import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' dots 'import' ... */
static stmt *import_from(parser *p, const py_token *kw) {
  int level = 0;
  for (;;) {
    if (accept(p, PY_TOK_DOT)) level++;
    else if (accept(p, PY_TOK_ELLIPSIS)) level += 3;
    else break;
  }
  char *module = NULL;
  if (check(p, PY_TOK_NAME)) {
    module = dotted_name(p);
    if (!module) return NULL;
  } else if (level == 0) {
    return NULL;
  }
  if (!accept(p, PY_TOK_KW_import)) return NULL;
  py__vec names = {0};
  const py_token *star = accept(p, PY_TOK_STAR);
  if (star) {
    py_ast_alias *a = py__alloc(p, sizeof *a);
    if (!a) return NULL;
    a->name = "*";
    a->lineno = star->lineno;
    a->col_offset = star->col;
    a->end_lineno = star->end_lineno;
    a->end_col_offset = star->end_col;
    if (py__vec_push(p, &names, a)) return NULL;
  } else {
    int paren = accept(p, PY_TOK_LPAR) != NULL;
    do {
      if (paren && check(p, PY_TOK_RPAR) && names.len) break;
      if (!paren && names.len && check(p, PY_TOK_NEWLINE)) {
        if (p->second_pass)
          raise_tok(p, peek(p), "trailing comma not allowed without surrounding parentheses", NULL);
        return NULL;
      }
      py_ast_alias *a = alias(p, 0);
      if (!a || py__vec_push(p, &names, a)) return NULL;
    } while (accept(p, PY_TOK_COMMA));
    if (paren && !accept(p, PY_TOK_RPAR)) return NULL;
    if (!paren && prev(p)->type == PY_TOK_COMMA) {
      if (p->second_pass && check(p, PY_TOK_NEWLINE))
        raise_tok(p, prev(p), "trailing comma not allowed without surrounding parentheses", NULL);
      return NULL;
    }
  }
  stmt *s = new_stmt(p, PY_STMT_ImportFrom, kw);
  if (!s) return NULL;
  s->v.ImportFrom.module = module;
  s->v.ImportFrom.names = SEQ(py_ast_alias_seq, names);
  s->v.ImportFrom.level = level;
  return s;
}

static stmt *simple_stmt(parser *p);

/* The target forms of an annotated assignment: NAME, (single_target), a.b, a[b]. */
static int probe_named(parser *p, size_t stmt_start);

/* Whether ':' expression follows (CPython's invalid_assignment alternatives need the
 * annotation to parse before they report a bad target). */
static int annotation_follows(parser *p) {
  size_t save = p->pos;
  int ss = p->second_pass;
  p->second_pass = 0;
  p->pos++;
  expr *e = expression(p);
  p->second_pass = ss;
  int ok = e != NULL && !p->error;
  if (!p->error) {
    p->pos = save;
  }
  return ok;
}

static stmt *annotated(parser *p, const py_token *start, expr *target, size_t stmt_start) {
  int simple = target->kind == PY_EXPR_Name && start->type == PY_TOK_NAME;
  if (target->kind != PY_EXPR_Name && target->kind != PY_EXPR_Attribute &&
      target->kind != PY_EXPR_Subscript) {
    if (p->second_pass && !probe_named(p, stmt_start) && annotation_follows(p)) {
      int bare_tuple = target->kind == PY_EXPR_Tuple && start->type != PY_TOK_LPAR;
      if (bare_tuple) {
        /* `a, b: int` points at the first element only. */
        return raise_node(p, target->v.Tuple.elts.items[0],
                          "only single target (not tuple) can be annotated", NULL);
      }
      if ((target->kind == PY_EXPR_List && start->type == PY_TOK_LSQB) ||
          (target->kind == PY_EXPR_Tuple && start->type == PY_TOK_LPAR))
        return raise_node(p, target, "only single target (not %s) can be annotated",
                          expr_name(target));
      return raise_node(p, target, "illegal target for annotation", NULL);
    }
    return NULL;
  }
  set_context(target, PY_CTX_Store, 0);
  p->pos++; /* ':' */
  expr *ann = expression(p);
  if (!ann) return NULL;
  expr *value = NULL;
  if (accept(p, PY_TOK_EQUAL)) {
    value = check(p, PY_TOK_KW_yield) ? yield_expr(p) : star_expressions(p);
    if (!value) return NULL;
  }
  stmt *s = new_stmt(p, PY_STMT_AnnAssign, start);
  if (!s) return NULL;
  s->v.AnnAssign.target = target;
  s->v.AnnAssign.annotation = ann;
  s->v.AnnAssign.value = value;
  s->v.AnnAssign.simple = simple;
  return s;
}

static int augassign_op(py_token_type t, py_ast_operator *op) {
  switch (t) {
    case PY_TOK_PLUSEQUAL: *op = PY_OP_Add; return 1;
    case PY_TOK_MINEQUAL: *op = PY_OP_Sub; return 1;
    case PY_TOK_STAREQUAL: *op = PY_OP_Mult; return 1;
    case PY_TOK_ATEQUAL: *op = PY_OP_MatMult; return 1;
    case PY_TOK_SLASHEQUAL: *op = PY_OP_Div; return 1;
    case PY_TOK_PERCENTEQUAL: *op = PY_OP_Mod; return 1;
    case PY_TOK_AMPEREQUAL: *op = PY_OP_BitAnd; return 1;
    case PY_TOK_VBAREQUAL: *op = PY_OP_BitOr; return 1;
    case PY_TOK_CIRCUMFLEXEQUAL: *op = PY_OP_BitXor; return 1;
    case PY_TOK_LEFTSHIFTEQUAL: *op = PY_OP_LShift; return 1;
    case PY_TOK_RIGHTSHIFTEQUAL: *op = PY_OP_RShift; return 1;
    case PY_TOK_DOUBLESTAREQUAL: *op = PY_OP_Pow; return 1;
    case PY_TOK_DOUBLESLASHEQUAL: *op = PY_OP_FloorDiv; return 1;
    default: return 0;
  }
}

/* CPython's invalid_assignment tries star_named_expression (',' ...)* first, so the
 * checks of invalid_named_expression ("cannot assign to X here. Maybe you meant '=='
 * instead of '='?") win over the plain assignment errors. Returns 1 when one fired. */
static int probe_named(parser *p, size_t stmt_start) {
  size_t save = p->pos;
  p->pos = stmt_start;
  for (;;) {
    expr *e = star_named_expression(p);
    if (p->error) return 1;
    if (!e || !accept(p, PY_TOK_COMMA)) break;
    if (!starts_expression(peek(p)->type) && !check(p, PY_TOK_STAR)) break;
  }
  p->pos = save;
  return p->error;
}

/* An expression statement, an assignment (plain, augmented or annotated). */
static stmt *expr_or_assign(parser *p) {
  const size_t stmt_start = p->pos;
  const py_token *start = peek(p);
  expr *first = check(p, PY_TOK_KW_yield) ? yield_expr(p) : star_expressions(p);
  if (!first) return NULL;
  const py_token *t = peek(p);
  py_ast_operator op;
  if (t->type == PY_TOK_COLON) {
    stmt *s = annotated(p, start, first, stmt_start);
    return s;
  }
  if (augassign_op(t->type, &op)) {
    int ok = first->kind == PY_EXPR_Name || first->kind == PY_EXPR_Attribute ||
             first->kind == PY_EXPR_Subscript;
    if (!ok) {
      if (p->second_pass && !probe_named(p, stmt_start))
        return raise_node(p, first, "'%s' is an illegal expression for augmented assignment",
                          expr_name(first));
      return NULL;
    }
    set_context(first, PY_CTX_Store, 0);
    p->pos++;
    expr *value = check(p, PY_TOK_KW_yield) ? yield_expr(p) : star_expressions(p);
    if (!value) return NULL;
    stmt *s = new_stmt(p, PY_STMT_AugAssign, start);
    if (!s) return NULL;
    s->v.AugAssign.target = first;
    s->v.AugAssign.op = op;
    s->v.AugAssign.value = value;
    return s;
  }
  if (t->type != PY_TOK_EQUAL) {
    if (p->error) return NULL;
    stmt *s = new_stmt(p, PY_STMT_Expr, start);
    if (!s) return NULL;
    s->v.Expr.value = first;
    return s;
  }
  py__vec targets = {0};
  expr *value = first;
  while (accept(p, PY_TOK_EQUAL)) {
    if (value->kind == PY_EXPR_Yield || value->kind == PY_EXPR_YieldFrom) {
      if (p->second_pass && !probe_named(p, stmt_start))
        return raise_node(p, value, "assignment to yield expression not possible", NULL);
      return NULL;
    }
    if (set_context(value, PY_CTX_Store, 1)) {
      if (p->second_pass && !probe_named(p, stmt_start)) to_target(p, value, STAR_TARGETS);
      return NULL;
    }
    if (py__vec_push(p, &targets, value)) return NULL;
    value = check(p, PY_TOK_KW_yield) ? yield_expr(p) : star_expressions(p);
    if (!value) return NULL;
  }
  stmt *s = new_stmt(p, PY_STMT_Assign, start);
  if (!s) return NULL;
  s->v.Assign.targets = SEQ(py_ast_expr_seq, targets);
  s->v.Assign.value = value;
  return s;
}

/* del_stmt: 'del' del_targets &(';' | NEWLINE) */
static stmt *del_stmt(parser *p, const py_token *kw) {
  py__vec targets = {0};
  do {
    if (check(p, PY_TOK_NEWLINE) || check(p, PY_TOK_SEMI)) break;
    expr *e = bitwise_or(p);
    if (!e) return NULL;
    if (set_context(e, PY_CTX_Del, 0)) {
      if (p->second_pass) to_target(p, e, DEL_TARGETS);
      return NULL;
    }
    if (py__vec_push(p, &targets, e)) return NULL;
  } while (accept(p, PY_TOK_COMMA));
  if (!targets.len || (!check(p, PY_TOK_NEWLINE) && !check(p, PY_TOK_SEMI))) return NULL;
  stmt *s = new_stmt(p, PY_STMT_Delete, kw);
  if (s) s->v.Delete.targets = SEQ(py_ast_expr_seq, targets);
  return s;
}

/* simple_stmt: assignment | star_expressions | return | import | raise | pass | del |
 *              yield | assert | break | continue | global | nonlocal */
static stmt *simple_stmt(parser *p) {
  const py_token *t = peek(p);
  stmt *s;
  switch (t->type) {
    case PY_TOK_KW_pass: p->pos++; return new_stmt(p, PY_STMT_Pass, t);
    case PY_TOK_KW_break: p->pos++; return new_stmt(p, PY_STMT_Break, t);
    case PY_TOK_KW_continue: p->pos++; return new_stmt(p, PY_STMT_Continue, t);
    case PY_TOK_KW_return: {
      p->pos++;
      expr *v = NULL;
      if (starts_expression(peek(p)->type) || check(p, PY_TOK_STAR)) {
        v = star_expressions(p);
        if (!v) return NULL;
      }
      s = new_stmt(p, PY_STMT_Return, t);
      if (s) s->v.Return.value = v;
      return s;
    }
    case PY_TOK_KW_raise: {
      p->pos++;
      expr *exc = NULL, *cause = NULL;
      if (starts_expression(peek(p)->type)) {
        exc = expression(p);
        if (!exc) return NULL;
        if (accept(p, PY_TOK_KW_from)) {
          cause = expression(p);
          if (!cause) return NULL;
        }
      }
      s = new_stmt(p, PY_STMT_Raise, t);
      if (s) {
        s->v.Raise.exc = exc;
        s->v.Raise.cause = cause;
      }
      return s;
    }
    case PY_TOK_KW_global:
    case PY_TOK_KW_nonlocal: {
      p->pos++;
      py__vec names = {0};
      do {
        const py_token *n = accept(p, PY_TOK_NAME);
        if (!n) return NULL;
        char *id = tok_str(p, n);
        if (!id || py__vec_push(p, &names, id)) return NULL;
      } while (accept(p, PY_TOK_COMMA));
      s = new_stmt(p, t->type == PY_TOK_KW_global ? PY_STMT_Global : PY_STMT_Nonlocal, t);
      if (s) s->v.Global.names = SEQ(py_ast_identifier_seq, names);
      return s;
    }
    case PY_TOK_KW_del: p->pos++; return del_stmt(p, t);
    case PY_TOK_KW_assert: {
      p->pos++;
      expr *test = expression(p);
      if (!test) return NULL;
      expr *msg = NULL;
      if (accept(p, PY_TOK_COMMA)) {
        msg = expression(p);
        if (!msg) return NULL;
      }
      s = new_stmt(p, PY_STMT_Assert, t);
      if (s) {
        s->v.Assert.test = test;
        s->v.Assert.msg = msg;
      }
      return s;
    }
    case PY_TOK_KW_import: p->pos++; return import_name(p, t);
    case PY_TOK_KW_from: p->pos++; return import_from(p, t);
    default:
      if (!starts_expression(t->type) && t->type != PY_TOK_STAR && t->type != PY_TOK_KW_yield)
        return NULL;
      return expr_or_assign(p);
  }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE. Appends to out; returns
 * the last statement or NULL. */
static stmt *statement_list(parser *p, py__vec *out) {
  stmt *s;
  for (;;) {
    s = simple_stmt(p);
    if (!s || py__vec_push(p, out, s)) return NULL;
    if (!accept(p, PY_TOK_SEMI)) break;
    if (check(p, PY_TOK_NEWLINE)) break;
  }
  if (!accept(p, PY_TOK_NEWLINE)) return NULL;
  return s;
}

static stmt *compound_stmt(parser *p, const py_token *t);

/* decorators: ('@' named_expression NEWLINE)+ then a def or class. */
static stmt *decorated(parser *p) {
  py__vec decos = {0};
  while (accept(p, PY_TOK_AT)) {
    expr *d = named_expression(p);
    if (!d || py__vec_push(p, &decos, d)) return NULL;
    if (!accept(p, PY_TOK_NEWLINE)) return NULL;
  }
  const py_token *t = peek(p);
  if (t->type != PY_TOK_KW_def && t->type != PY_TOK_KW_class &&
      !(t->type == PY_TOK_KW_async && peek_at(p, 1)->type == PY_TOK_KW_def))
    return NULL;
  stmt *s = compound_stmt(p, t);
  if (!s) return NULL;
  if (s->kind == PY_STMT_ClassDef) s->v.ClassDef.decorator_list = SEQ(py_ast_expr_seq, decos);
  else s->v.FunctionDef.decorator_list = SEQ(py_ast_expr_seq, decos);
  return s;
}

static stmt *function_def(parser *p, const py_token *start, int is_async) {
  const py_token *def = accept(p, PY_TOK_KW_def);
  const py_token *name = accept(p, PY_TOK_NAME);
  if (!name) return NULL;
  if (!expect_forced(p, PY_TOK_LPAR)) return NULL;
  py_ast_arguments *args = parameters(p, 0);
  if (!args) return NULL;
  if (!accept(p, PY_TOK_RPAR)) return NULL;
  expr *returns = NULL;
  if (accept(p, PY_TOK_RARROW)) {
    returns = expression(p);
    if (!returns) return NULL;
  }
  py__vec body = {0};
  if (colon_block(p, &body, "function definition", def, 1)) return NULL;
  stmt *s = new_stmt(p, is_async ? PY_STMT_AsyncFunctionDef : PY_STMT_FunctionDef, start);
  if (!s) return NULL;
  s->v.FunctionDef.name = tok_str(p, name);
  s->v.FunctionDef.args = args;
  s->v.FunctionDef.body = SEQ(py_ast_stmt_seq, body);
  s->v.FunctionDef.returns = returns;
  stmt_end_at_body(p, s);
  return s;
}

static stmt *class_def(parser *p, const py_token *kw) {
  p->pos++;
  const py_token *name = accept(p, PY_TOK_NAME);
  if (!name) return NULL;
  stmt *s = py__alloc(p, sizeof *s);
  if (!s) return NULL;
  s->kind = PY_STMT_ClassDef;
  if (check(p, PY_TOK_LPAR)) {
    const py_token *open = accept(p, PY_TOK_LPAR);
    expr call;
    memset(&call, 0, sizeof call);
    call.kind = PY_EXPR_Call;
    if (!call_arguments(p, &call, open)) return NULL;
    s->v.ClassDef.bases = call.v.Call.args;
    s->v.ClassDef.keywords = call.v.Call.keywords;
  }
  py__vec body = {0};
  if (colon_block(p, &body, "class definition", kw, 0)) return NULL;
  s->lineno = kw->lineno;
  s->col_offset = kw->col;
  s->v.ClassDef.name = tok_str(p, name);
  s->v.ClassDef.body = SEQ(py_ast_stmt_seq, body);
  stmt_end_at_body(p, s);
  return s;
}

/* if_stmt / elif_stmt: the elif chain nests as If nodes in orelse. */
static stmt *if_stmt(parser *p, const py_token *kw) {
  p->pos++;
  expr *test = named_expression(p);
  if (!test) return NULL;
  py__vec body = {0};
  const char *what = kw->type == PY_TOK_KW_if ? "'if' statement" : "'elif' statement";
  if (colon_block(p, &body, what, kw, 0)) return NULL;
  stmt *s = py__alloc(p, sizeof *s);
  if (!s) return NULL;
  s->kind = PY_STMT_If;
  s->lineno = kw->lineno;
  s->col_offset = kw->col;
  s->v.If.test = test;
  s->v.If.body = SEQ(py_ast_stmt_seq, body);
  stmt_end_at_body(p, s);
  const py_token *t = peek(p);
  if (t->type == PY_TOK_KW_elif) {
    /* Each elif recurses once: a chain of 100,000 overflowed the C stack. Bounded as
     * expressions are (CPython's parser gives MemoryError too, from ~6,000 levels).
     * Found by tests/robustness/programs/long_elif_chain.py (fuzz branch). */
    if (++p->depth > MAX_DEPTH) return py__no_memory(p);
    stmt *e = if_stmt(p, t);
    p->depth--;
    if (!e) return NULL;
    py__vec orelse = {0};
    if (py__vec_push(p, &orelse, e)) return NULL;
    s->v.If.orelse = SEQ(py_ast_stmt_seq, orelse);
    stmt_end_at_body(p, s);
  } else if (t->type == PY_TOK_KW_else) {
    p->pos++;
    py__vec orelse = {0};
    if (colon_block(p, &orelse, "'else' statement", t, 1)) return NULL;
    s->v.If.orelse = SEQ(py_ast_stmt_seq, orelse);
    stmt_end_at_body(p, s);
  }
  return p->error ? NULL : s;
}

/* An optional `else: block` after a loop. */
static int else_block(parser *p, py_ast_stmt_seq *orelse) {
  const py_token *t = accept(p, PY_TOK_KW_else);
  if (!t) return p->error ? -1 : 0;
  py__vec body = {0};
  if (colon_block(p, &body, "'else' statement", t, 1)) return -1;
  *orelse = SEQ(py_ast_stmt_seq, body);
  return 0;
}

static stmt *while_stmt(parser *p, const py_token *kw) {
  p->pos++;
  expr *test = named_expression(p);
  if (!test) return NULL;
  py__vec body = {0};
  if (colon_block(p, &body, "'while' statement", kw, 0)) return NULL;
  stmt *s = py__alloc(p, sizeof *s);
  if (!s) return NULL;
  s->kind = PY_STMT_While;
  s->lineno = kw->lineno;
  s->col_offset = kw->col;
  s->v.While.test = test;
  s->v.While.body = SEQ(py_ast_stmt_seq, body);
  if (else_block(p, &s->v.While.orelse)) return NULL;
  stmt_end_at_body(p, s);
  return s;
}

/* star_targets for a for loop, parsed as expressions up to 'in'. */
static expr *for_targets(parser *p) {
  const py_token *start = peek(p);
  py__vec elts = {0};
  int trailing = 0;
  for (;;) {
    expr *t;
    const py_token *star = accept(p, PY_TOK_STAR);
    if (star) {
      expr *inner = bitwise_or(p);
      if (!inner) return NULL;
      t = expr_at_tok(p, PY_EXPR_Starred, star);
      if (!t) return NULL;
      t->v.Starred.value = inner;
    } else {
      t = bitwise_or(p);
      if (!t) return NULL;
    }
    if (py__vec_push(p, &elts, t)) return NULL;
    trailing = 0;
    if (!accept(p, PY_TOK_COMMA)) break;
    trailing = 1;
    if (check(p, PY_TOK_KW_in)) break;
  }
  if (elts.len == 1 && !trailing) return elts.items[0];
  expr *t = expr_at_tok(p, PY_EXPR_Tuple, start);
  if (t) t->v.Tuple.elts = SEQ(py_ast_expr_seq, elts);
  return t;
}

static stmt *for_stmt(parser *p, const py_token *start, int is_async) {
  const py_token *kw = accept(p, PY_TOK_KW_for);
  size_t tpos = p->pos;
  expr *target = for_targets(p);
  if (!target) return NULL;
  if (!accept(p, PY_TOK_KW_in)) {
    /* invalid_for_target: reparse the target as an expression (a comparison, so
     * `for f() in x` is seen whole) and report the part that cannot be assigned. */
    if (p->second_pass && !p->error) invalid_for_target(p, tpos);
    return NULL;
  }
  if (to_target(p, target, FOR_TARGETS)) return NULL;
  expr *iter = star_expressions(p);
  if (!iter) return NULL;
  py__vec body = {0};
  if (colon_block(p, &body, "'for' statement", kw, 0)) return NULL;
  stmt *s = py__alloc(p, sizeof *s);
  if (!s) return NULL;
  s->kind = is_async ? PY_STMT_AsyncFor : PY_STMT_For;
  s->lineno = start->lineno;
  s->col_offset = start->col;
  s->v.For.target = target;
  s->v.For.iter = iter;
  s->v.For.body = SEQ(py_ast_stmt_seq, body);
  if (else_block(p, &s->v.For.orelse)) return NULL;
  stmt_end_at_body(p, s);
  return s;
}

/* with_item: expression ['as' star_target] */
static py_ast_withitem *with_item(parser *p) {
  expr *e = expression(p);
  if (!e) return NULL;
  py_ast_withitem *w = py__alloc(p, sizeof *w);
  if (!w) return NULL;
  w->context_expr = e;
  if (accept(p, PY_TOK_KW_as)) {
    const py_token *star = accept(p, PY_TOK_STAR);
    expr *t = star ? bitwise_or(p) : primary(p);
    if (!t) return NULL;
    if (star) {
      expr *st = expr_at_tok(p, PY_EXPR_Starred, star);
      if (!st) return NULL;
      st->v.Starred.value = t;
      t = st;
    }
    if (to_target(p, t, STAR_TARGETS)) return NULL;
    w->optional_vars = t;
  }
  return w;
}

/* with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block | 'with' ','.with_item+ ':' block */
static stmt *with_stmt(parser *p, const py_token *start, int is_async) {
  const py_token *kw = accept(p, PY_TOK_KW_with);
  py__vec items = {0};
  size_t save = p->pos;
  int done = 0;
  if (check(p, PY_TOK_LPAR)) {
    /* Try the parenthesized form; if no ':' follows the ')', it was an expression. */
    p->pos++;
    int ok = 1;
    do {
      if (check(p, PY_TOK_RPAR) && items.len) break;
      py_ast_withitem *w = with_item(p);
      if (!w) { ok = 0; break; }
      if (py__vec_push(p, &items, w)) return NULL;
    } while (accept(p, PY_TOK_COMMA));
    if (p->error) return NULL;
    if (ok && accept(p, PY_TOK_RPAR) && check(p, PY_TOK_COLON)) {
      done = 1;
    } else {
      p->pos = save;
      items.len = 0;
    }
  }
  if (!done) {
    do {
      py_ast_withitem *w = with_item(p);
      if (!w || py__vec_push(p, &items, w)) return NULL;
    } while (accept(p, PY_TOK_COMMA));
  }
  py__vec body = {0};
  if (colon_block(p, &body, "'with' statement", kw, 0)) return NULL;
  stmt *s = py__alloc(p, sizeof *s);
  if (!s) return NULL;
  s->kind = is_async ? PY_STMT_AsyncWith : PY_STMT_With;
  s->lineno = start->lineno;
  s->col_offset = start->col;
  s->v.With.items = SEQ(py_ast_withitem_seq, items);
  s->v.With.body = SEQ(py_ast_stmt_seq, body);
  stmt_end_at_body(p, s);
  return s;
}

/* try_stmt: 'try' ':' block (finally_block | except_block+ [else] [finally] |
 *           except_star_block+ [else] [finally]) */
static stmt *try_stmt(parser *p, const py_token *kw) {
  p->pos++;
  py__vec body = {0}, handlers = {0};
  if (colon_block(p, &body, "'try' statement", kw, 1)) return NULL;
  stmt *s = py__alloc(p, sizeof *s);
  if (!s) return NULL;
  s->kind = PY_STMT_Try;
  s->lineno = kw->lineno;
  s->col_offset = kw->col;
  s->v.Try.body = SEQ(py_ast_stmt_seq, body);
  int star_kind = -1; /* unknown until the first handler */
  const py_token *ex;
  while ((ex = accept(p, PY_TOK_KW_except))) {
    int star = accept(p, PY_TOK_STAR) != NULL;
    if (star_kind >= 0 && star != star_kind) {
      if (p->second_pass)
        raise_tok(p, ex, "cannot have both 'except' and 'except*' on the same 'try'", NULL);
      return NULL;
    }
    star_kind = star;
    py_ast_excepthandler *h = py__alloc(p, sizeof *h);
    if (!h) return NULL;
    h->lineno = ex->lineno;
    h->col_offset = ex->col;
    if (!check(p, PY_TOK_COLON)) {
      if (p->error) return NULL;
      if (star && check(p, PY_TOK_NEWLINE)) {
        if (p->second_pass) raise_tok(p, peek(p), "expected ':'", NULL);
        return NULL;
      }
      if (!star && check(p, PY_TOK_NEWLINE)) {
        if (p->second_pass) raise_tok(p, peek(p), "expected ':'", NULL);
        return NULL;
      }
      h->type = expression(p);
      if (!h->type) return NULL;
      if (check(p, PY_TOK_COMMA)) {
        /* `except A, B:` needs parentheses. */
        if (p->second_pass) {
          py_ast_expr *first = h->type;
          p->pos++;
          expr *rest = expressions(p);
          if (rest && (check(p, PY_TOK_COLON) || check(p, PY_TOK_KW_as)))
            return raise_range(p, first, rest, "multiple exception types must be parenthesized",
                               NULL);
        }
        return NULL;
      }
      if (accept(p, PY_TOK_KW_as)) {
        const py_token *n = accept(p, PY_TOK_NAME);
        if (!n) return NULL;
        h->name = tok_str(p, n);
      }
      if (!check(p, PY_TOK_COLON)) {
        if (p->second_pass && check(p, PY_TOK_NEWLINE)) raise_tok(p, peek(p), "expected ':'", NULL);
        return NULL;
      }
    }
    py__vec hbody = {0};
    if (colon_block(p, &hbody, star ? "'except*' statement" : "'except' statement", ex, 1))
      return NULL;
    h->body = SEQ(py_ast_stmt_seq, hbody);
    const py_token *last = last_real_token(p);
    h->end_lineno = last->end_lineno;
    h->end_col_offset = last->end_col;
    if (py__vec_push(p, &handlers, h)) return NULL;
  }
  if (p->error) return NULL;
  if (star_kind == 1) s->kind = PY_STMT_TryStar;
  s->v.Try.handlers = SEQ(py_ast_excepthandler_seq, handlers);
  if (handlers.len && else_block(p, &s->v.Try.orelse)) return NULL;
  const py_token *fin = accept(p, PY_TOK_KW_finally);
  if (fin) {
    py__vec fbody = {0};
    if (colon_block(p, &fbody, "'finally' statement", fin, 1)) return NULL;
    s->v.Try.finalbody = SEQ(py_ast_stmt_seq, fbody);
  }
  if (!handlers.len && !fin) {
    if (p->second_pass && !p->error) {
      raise_tok(p, peek(p), "expected 'except' or 'finally' block", NULL);
      place_columnless(p, peek(p));
    }
    return NULL;
  }
  stmt_end_at_body(p, s);
  return s;
}

/* ---- match statements ---------------------------------------------------------------- */

/* `match`, `case` and `_` are soft keywords: NAME tokens that mean something only where
 * a match statement can stand, so `match = 3` or `print(case)` stay ordinary code. As
 * CPython's grammar does, a statement starting with the name `match` is first tried as
 * a match statement and, when that fails before the `:` NEWLINE INDENT that commits it,
 * reparsed as a simple statement. */

typedef py_ast_pattern pattern;

static int is_soft(parser *p, const py_token *t, const char *word) {
  size_t n = strlen(word);
  return t->type == PY_TOK_NAME && t->len == n && memcmp(p->t->src + t->start, word, n) == 0;
}

/* RAISE_SYNTAX_ERROR of CPython's invalid_* rules for match: at the furthest token
 * read so far, which may lie beyond the statement being parsed. */
static void *raise_furthest(parser *p, py_syntax_error_type type, const char *fmt, int arg) {
  const py_token *t = &p->toks[p->fill ? p->fill - 1 : 0];
  py__raise_at(p, type, t->lineno, t->col, t->end_lineno, t->end_col, fmt, arg);
  place_columnless(p, t);
  return NULL;
}

/* A pattern node from token start to the last token consumed. */
static pattern *new_pattern(parser *p, py_ast_pattern_kind kind, const py_token *start) {
  pattern *x = py__alloc(p, sizeof *x);
  if (!x) return NULL;
  x->kind = kind;
  x->lineno = start->lineno;
  x->col_offset = start->col;
  const py_token *t = prev(p);
  x->end_lineno = t->end_lineno;
  x->end_col_offset = t->end_col;
  return x;
}

static pattern *pattern_at_expr(parser *p, py_ast_pattern_kind kind, const expr *e) {
  pattern *x = py__alloc(p, sizeof *x);
  if (!x) return NULL;
  x->kind = kind;
  x->lineno = e->lineno;
  x->col_offset = e->col_offset;
  x->end_lineno = e->end_lineno;
  x->end_col_offset = e->end_col_offset;
  return x;
}

static pattern *as_or_pattern(parser *p);

/* Whether a (maybe starred) pattern can start with token type t. */
static int starts_pattern(py_token_type t) {
  switch (t) {
    case PY_TOK_NAME: case PY_TOK_NUMBER: case PY_TOK_STRING: case PY_TOK_MINUS:
    case PY_TOK_LPAR: case PY_TOK_LSQB: case PY_TOK_LBRACE: case PY_TOK_STAR:
    case PY_TOK_KW_None: case PY_TOK_KW_True: case PY_TOK_KW_False:
      return 1;
    default:
      return 0;
  }
}

/* pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
static const py_token *capture_target(parser *p) {
  const py_token *t = peek(p);
  if (t->type != PY_TOK_NAME || is_soft(p, t, "_")) return NULL;
  py_token_type next = peek_at(p, 1)->type;
  if (next == PY_TOK_DOT || next == PY_TOK_LPAR || next == PY_TOK_EQUAL) return NULL;
  p->pos++;
  return t;
}

/* signed_number !('+' | '-') | complex_number: a number literal of a pattern, as the
 * expression CPython's parser builds (UnaryOp for a sign, BinOp for a complex). */
static expr *number_literal(parser *p) {
  const py_token *start = peek(p);
  const py_token *minus = accept(p, PY_TOK_MINUS);
  const py_token *num = accept(p, PY_TOK_NUMBER);
  if (!num) return NULL;
  expr *e = number(p, num);
  if (!e) return NULL;
  expr *real = e;
  if (minus) {
    expr *u = expr_at_tok(p, PY_EXPR_UnaryOp, minus);
    if (!u) return NULL;
    u->v.UnaryOp.op = PY_UNARY_USub;
    u->v.UnaryOp.operand = e;
    e = u;
  }
  const py_token *op = peek(p);
  if (op->type != PY_TOK_PLUS && op->type != PY_TOK_MINUS) return p->error ? NULL : e;
  if (real->v.Constant.value.kind == PY_CONST_complex)
    return raise_node(p, real, "real number required in complex literal", NULL);
  p->pos++;
  const py_token *inum = accept(p, PY_TOK_NUMBER);
  if (!inum) return NULL;
  expr *imag = number(p, inum);
  if (!imag) return NULL;
  if (imag->v.Constant.value.kind != PY_CONST_complex)
    return raise_node(p, imag, "imaginary number required in complex literal", NULL);
  expr *b = expr_at_tok(p, PY_EXPR_BinOp, start);
  if (!b) return NULL;
  b->v.BinOp.left = e;
  b->v.BinOp.op = op->type == PY_TOK_PLUS ? PY_OP_Add : PY_OP_Sub;
  b->v.BinOp.right = imag;
  return b;
}

/* name_or_attr: NAME ('.' NAME)*, as a Name or Attribute chain (Load). */
static expr *name_or_attr(parser *p, int *dotted) {
  const py_token *first = accept(p, PY_TOK_NAME);
  if (!first) return NULL;
  expr *e = name_expr(p, first, PY_CTX_Load);
  *dotted = 0;
  while (e && check(p, PY_TOK_DOT) && peek_at(p, 1)->type == PY_TOK_NAME) {
    p->pos += 2;
    expr *a = expr_at_tok(p, PY_EXPR_Attribute, first);
    if (!a) return NULL;
    a->v.Attribute.value = e;
    a->v.Attribute.attr = tok_str(p, prev(p));
    a->v.Attribute.ctx = PY_CTX_Load;
    e = a->v.Attribute.attr ? a : NULL;
    *dotted = 1;
  }
  return e;
}

/* star_pattern ('*' NAME or '*' '_') or pattern. */
static pattern *maybe_star_pattern(parser *p) {
  const py_token *star = accept(p, PY_TOK_STAR);
  if (!star) return as_or_pattern(p);
  const py_token *t = capture_target(p);
  if (!t) {
    if (!is_soft(p, peek(p), "_")) return NULL;
    p->pos++;
  }
  pattern *x = new_pattern(p, PY_PAT_MatchStar, star);
  if (x && t && !(x->v.MatchStar.name = tok_str(p, t))) return NULL;
  return x;
}

/* The elements of a sequence pattern after the first one (and its comma): up to
 * `close`, or to the first token that cannot start a pattern. */
static int rest_of_sequence(parser *p, py__vec *items) {
  while (starts_pattern(peek(p)->type)) {
    pattern *x = maybe_star_pattern(p);
    if (!x || py__vec_push(p, items, x)) return -1;
    if (!accept(p, PY_TOK_COMMA)) break;
  }
  return p->error ? -1 : 0;
}

/* '(' ... ')': a group pattern or a tuple-like sequence pattern. */
static pattern *paren_pattern(parser *p) {
  const py_token *open = accept(p, PY_TOK_LPAR);
  py__vec items = {0};
  if (!accept(p, PY_TOK_RPAR)) {
    pattern *first = maybe_star_pattern(p);
    if (!first) return NULL;
    if (first->kind != PY_PAT_MatchStar && accept(p, PY_TOK_RPAR)) return first; /* a group */
    if (!accept(p, PY_TOK_COMMA)) return NULL;
    if (py__vec_push(p, &items, first) || rest_of_sequence(p, &items)) return NULL;
    if (!accept(p, PY_TOK_RPAR)) return NULL;
  }
  pattern *x = new_pattern(p, PY_PAT_MatchSequence, open);
  if (x) x->v.MatchSequence.patterns = SEQ(py_ast_pattern_seq, items);
  return x;
}

/* '[' maybe_sequence_pattern? ']' */
static pattern *list_pattern(parser *p) {
  const py_token *open = accept(p, PY_TOK_LSQB);
  py__vec items = {0};
  if (rest_of_sequence(p, &items) || !accept(p, PY_TOK_RSQB)) return NULL;
  pattern *x = new_pattern(p, PY_PAT_MatchSequence, open);
  if (x) x->v.MatchSequence.patterns = SEQ(py_ast_pattern_seq, items);
  return x;
}

/* A mapping key: literal_expr | attr. */
static expr *mapping_key(parser *p) {
  const py_token *t = peek(p);
  switch (t->type) {
    case PY_TOK_NUMBER: case PY_TOK_MINUS: return number_literal(p);
    case PY_TOK_STRING: return atom(p);
    case PY_TOK_KW_None: case PY_TOK_KW_True: case PY_TOK_KW_False: return atom(p);
    case PY_TOK_NAME: {
      int dotted;
      expr *e = name_or_attr(p, &dotted);
      return e && dotted ? e : NULL;
    }
    default: return NULL;
  }
}

/* '{' [key ':' pattern (',' key ':' pattern)*] [',' '**' NAME] [','] '}' */
static pattern *mapping_pattern(parser *p) {
  const py_token *open = accept(p, PY_TOK_LBRACE);
  py__vec keys = {0}, values = {0};
  char *rest = NULL;
  while (!check(p, PY_TOK_RBRACE)) {
    if (p->error) return NULL;
    if (accept(p, PY_TOK_DOUBLESTAR)) {
      const py_token *t = capture_target(p);
      if (!t || !(rest = tok_str(p, t))) return NULL;
      accept(p, PY_TOK_COMMA);
      break;
    }
    expr *k = mapping_key(p);
    if (!k || !accept(p, PY_TOK_COLON)) return NULL;
    pattern *v = as_or_pattern(p);
    if (!v || py__vec_push(p, &keys, k) || py__vec_push(p, &values, v)) return NULL;
    if (!accept(p, PY_TOK_COMMA)) break;
  }
  if (!accept(p, PY_TOK_RBRACE)) return NULL;
  pattern *x = new_pattern(p, PY_PAT_MatchMapping, open);
  if (!x) return NULL;
  x->v.MatchMapping.keys = SEQ(py_ast_expr_seq, keys);
  x->v.MatchMapping.patterns = SEQ(py_ast_pattern_seq, values);
  x->v.MatchMapping.rest = rest;
  return x;
}

/* invalid_class_argument_pattern (second pass): positional patterns after keyword
 * ones; the run of them starting at the current token is reported. */
static pattern *positional_after_keyword(parser *p) {
  pattern *first = NULL, *last = NULL;
  for (;;) {
    pattern *x = as_or_pattern(p);
    if (!x) break;
    if (!first) first = x;
    last = x;
    if (!accept(p, PY_TOK_COMMA)) break;
  }
  if (p->error || !first) return NULL;
  return py__raise_at(p, PY_SYNERR_SyntaxError, first->lineno, first->col_offset,
                      last->end_lineno, last->end_col_offset,
                      "positional patterns follow keyword patterns");
}

/* name_or_attr '(' [patterns] [keyword patterns] [','] ')', after the class name. */
static pattern *class_pattern(parser *p, const py_token *start, expr *cls) {
  p->pos++; /* '(' */
  py__vec args = {0}, names = {0}, kwpats = {0};
  while (!check(p, PY_TOK_RPAR)) {
    if (p->error) return NULL;
    const py_token *t = peek(p);
    if (t->type == PY_TOK_NAME && peek_at(p, 1)->type == PY_TOK_EQUAL) {
      p->pos += 2;
      pattern *v = as_or_pattern(p);
      char *name = tok_str(p, t);
      if (!v || !name || py__vec_push(p, &names, name) || py__vec_push(p, &kwpats, v))
        return NULL;
    } else if (names.len) {
      return p->second_pass ? positional_after_keyword(p) : NULL;
    } else {
      pattern *v = as_or_pattern(p);
      if (!v || py__vec_push(p, &args, v)) return NULL;
    }
    if (!accept(p, PY_TOK_COMMA)) break;
  }
  if (!accept(p, PY_TOK_RPAR)) return NULL;
  pattern *x = new_pattern(p, PY_PAT_MatchClass, start);
  if (!x) return NULL;
  x->v.MatchClass.cls = cls;
  x->v.MatchClass.patterns = SEQ(py_ast_pattern_seq, args);
  x->v.MatchClass.kwd_attrs = SEQ(py_ast_identifier_seq, names);
  x->v.MatchClass.kwd_patterns = SEQ(py_ast_pattern_seq, kwpats);
  return x;
}

/* closed_pattern: literal | capture | wildcard | value | group | sequence | mapping |
 * class */
static pattern *closed_pattern(parser *p) {
  const py_token *t = peek(p);
  switch (t->type) {
    case PY_TOK_NUMBER: case PY_TOK_MINUS: case PY_TOK_STRING: {
      expr *e = t->type == PY_TOK_STRING ? atom(p) : number_literal(p);
      if (!e) return NULL;
      pattern *x = pattern_at_expr(p, PY_PAT_MatchValue, e);
      if (x) x->v.MatchValue.value = e;
      return x;
    }
    case PY_TOK_KW_None: case PY_TOK_KW_True: case PY_TOK_KW_False: {
      p->pos++;
      pattern *x = new_pattern(p, PY_PAT_MatchSingleton, t);
      if (x) x->v.MatchSingleton.value = t->type == PY_TOK_KW_None   ? PY_CONST_None
                                         : t->type == PY_TOK_KW_True ? PY_CONST_True
                                                                     : PY_CONST_False;
      return x;
    }
    case PY_TOK_LPAR: return paren_pattern(p);
    case PY_TOK_LSQB: return list_pattern(p);
    case PY_TOK_LBRACE: return mapping_pattern(p);
    case PY_TOK_NAME: {
      /* The wildcard is tried before value and class patterns, so `_.x` and `_()` are
       * not patterns (as in CPython). */
      if (is_soft(p, t, "_")) {
        p->pos++;
        return new_pattern(p, PY_PAT_MatchAs, t);
      }
      const py_token *c = capture_target(p);
      if (c) {
        pattern *x = new_pattern(p, PY_PAT_MatchAs, t);
        if (x && !(x->v.MatchAs.name = tok_str(p, c))) return NULL;
        return x;
      }
      if (p->error) return NULL;
      int dotted;
      expr *e = name_or_attr(p, &dotted);
      if (!e) return NULL;
      if (check(p, PY_TOK_LPAR)) return class_pattern(p, t, e);
      if (!dotted || check(p, PY_TOK_DOT) || check(p, PY_TOK_EQUAL) || p->error) return NULL;
      pattern *x = pattern_at_expr(p, PY_PAT_MatchValue, e);
      if (x) x->v.MatchValue.value = e;
      return x;
    }
    default: return NULL;
  }
}

/* or_pattern: '|'.closed_pattern+ */
static pattern *or_pattern(parser *p) {
  const py_token *start = peek(p);
  if (++p->depth > MAX_DEPTH) return py__no_memory(p);
  pattern *first = closed_pattern(p);
  p->depth--;
  if (!first) return NULL;
  if (!check(p, PY_TOK_VBAR)) return p->error ? NULL : first;
  py__vec alts = {0};
  if (py__vec_push(p, &alts, first)) return NULL;
  while (accept(p, PY_TOK_VBAR)) {
    if (++p->depth > MAX_DEPTH) return py__no_memory(p);
    pattern *x = closed_pattern(p);
    p->depth--;
    if (!x || py__vec_push(p, &alts, x)) return NULL;
  }
  pattern *x = new_pattern(p, PY_PAT_MatchOr, start);
  if (x) x->v.MatchOr.patterns = SEQ(py_ast_pattern_seq, alts);
  return x;
}

/* pattern: or_pattern 'as' pattern_capture_target | or_pattern */
static pattern *as_or_pattern(parser *p) {
  const py_token *start = peek(p);
  pattern *or = or_pattern(p);
  if (!or || !check(p, PY_TOK_KW_as)) return or;
  size_t at_as = p->pos++;
  const py_token *t = capture_target(p);
  if (t) {
    pattern *x = new_pattern(p, PY_PAT_MatchAs, start);
    if (!x) return NULL;
    x->v.MatchAs.pattern = or;
    x->v.MatchAs.name = tok_str(p, t);
    return x->v.MatchAs.name ? x : NULL;
  }
  if (p->error) return NULL;
  if (p->second_pass) {
    /* invalid_as_pattern */
    const py_token *n = peek(p);
    if (is_soft(p, n, "_")) return raise_tok(p, n, "cannot use '_' as a target", NULL);
    if (n->type != PY_TOK_NAME) {
      expr *e = expression(p);
      if (e) return raise_node(p, e, "invalid pattern target", NULL);
      if (p->error) return NULL;
    }
  }
  p->pos = at_as; /* the pattern ends before 'as'; the caller stumbles on it */
  return or;
}

/* patterns: open_sequence_pattern | pattern — a case's top-level pattern, where a
 * tuple needs no parentheses. */
static pattern *case_patterns(parser *p) {
  const py_token *start = peek(p);
  pattern *first = maybe_star_pattern(p);
  if (!first) return NULL;
  if (!accept(p, PY_TOK_COMMA)) return first->kind == PY_PAT_MatchStar ? NULL : first;
  py__vec items = {0};
  if (py__vec_push(p, &items, first) || rest_of_sequence(p, &items)) return NULL;
  pattern *x = new_pattern(p, PY_PAT_MatchSequence, start);
  if (x) x->v.MatchSequence.patterns = SEQ(py_ast_pattern_seq, items);
  return x;
}

/* case_block: "case" patterns guard? ':' block */
static py_ast_match_case *case_block(parser *p) {
  const py_token *kw = peek(p);
  p->pos++;
  pattern *pat = case_patterns(p);
  if (!pat) return NULL;
  expr *guard = NULL;
  if (accept(p, PY_TOK_KW_if)) {
    guard = named_expression(p);
    if (!guard) return NULL;
  }
  if (!accept(p, PY_TOK_COLON)) {
    if (p->second_pass && !p->error && check(p, PY_TOK_NEWLINE))
      raise_furthest(p, PY_SYNERR_SyntaxError, "expected ':'", 0);
    return NULL;
  }
  py__vec body = {0};
  if (block(p, &body, "'case' statement", kw->lineno)) return NULL;
  py_ast_match_case *m = py__alloc(p, sizeof *m);
  if (!m) return NULL;
  m->pattern = pat;
  m->guard = guard;
  m->body = SEQ(py_ast_stmt_seq, body);
  return m;
}

/* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
static expr *subject_expr(parser *p) {
  const py_token *start = peek(p);
  expr *first = star_named_expression(p);
  if (!first) return NULL;
  if (!check(p, PY_TOK_COMMA)) return first->kind == PY_EXPR_Starred || p->error ? NULL : first;
  py__vec elts = {0};
  if (py__vec_push(p, &elts, first)) return NULL;
  while (accept(p, PY_TOK_COMMA)) {
    if (!starts_expression(peek(p)->type) && !check(p, PY_TOK_STAR)) break;
    expr *e = star_named_expression(p);
    if (!e || py__vec_push(p, &elts, e)) return NULL;
  }
  if (p->error) return NULL;
  expr *t = expr_at_tok(p, PY_EXPR_Tuple, start);
  if (!t) return NULL;
  t->v.Tuple.elts = SEQ(py_ast_expr_seq, elts);
  t->v.Tuple.ctx = PY_CTX_Load;
  return t;
}

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. *is_match
 * is cleared when the statement is not a match statement after all (nothing is
 * consumed then and no error is set). */
static stmt *match_stmt(parser *p, int *is_match) {
  const py_token *kw = peek(p);
  size_t save = p->pos;
  *is_match = 1;
  p->pos++;
  expr *subject = subject_expr(p);
  if (p->error) return NULL;
  if (!subject || !accept(p, PY_TOK_COLON) || !accept(p, PY_TOK_NEWLINE) ||
      !accept(p, PY_TOK_INDENT)) {
    if (p->error) return NULL;
    if (subject && p->second_pass) {
      /* invalid_match_stmt */
      const py_token *t = &p->toks[p->pos - 1];
      if (t->type == PY_TOK_NEWLINE && p->toks[p->pos - 2].type == PY_TOK_COLON)
        return raise_furthest(p, PY_SYNERR_IndentationError,
                              "expected an indented block after 'match' statement on line %d",
                              kw->lineno);
      if (t->type != PY_TOK_COLON && check(p, PY_TOK_NEWLINE))
        return raise_furthest(p, PY_SYNERR_SyntaxError, "expected ':'", 0);
    }
    p->pos = save;
    *is_match = 0;
    return NULL;
  }
  py__vec cases = {0};
  while (is_soft(p, peek(p), "case")) {
    py_ast_match_case *m = case_block(p);
    if (!m || py__vec_push(p, &cases, m)) return NULL;
  }
  if (!cases.len || !accept(p, PY_TOK_DEDENT)) return NULL;
  stmt *s = new_stmt(p, PY_STMT_Match, kw);
  if (!s) return NULL;
  s->v.Match.subject = subject;
  s->v.Match.cases = SEQ(py_ast_match_case_seq, cases);
  return s;
}

static stmt *compound_stmt(parser *p, const py_token *t) {
  switch (t->type) {
    case PY_TOK_KW_def: return function_def(p, t, 0);
    case PY_TOK_KW_class: return class_def(p, t);
    case PY_TOK_KW_if: return if_stmt(p, t);
    case PY_TOK_KW_while: return while_stmt(p, t);
    case PY_TOK_KW_for: return for_stmt(p, t, 0);
    case PY_TOK_KW_with: return with_stmt(p, t, 0);
    case PY_TOK_KW_try: return try_stmt(p, t);
    case PY_TOK_AT: return decorated(p);
    case PY_TOK_KW_async: {
      py_token_type next = peek_at(p, 1)->type;
      if (next == PY_TOK_KW_def) { p->pos++; return function_def(p, t, 1); }
      if (next == PY_TOK_KW_for) { p->pos++; return for_stmt(p, t, 1); }
      if (next == PY_TOK_KW_with) { p->pos++; return with_stmt(p, t, 1); }
      return NULL;
    }
    default: return NULL;
  }
}

static int is_compound_start(py_token_type t) {
  switch (t) {
    case PY_TOK_KW_def: case PY_TOK_KW_class: case PY_TOK_KW_if: case PY_TOK_KW_while:
    case PY_TOK_KW_for: case PY_TOK_KW_with: case PY_TOK_KW_try: case PY_TOK_AT:
    case PY_TOK_KW_async:
      return 1;
    default:
      return 0;
  }
}

/* statement: compound_stmt | simple_stmts, appended to out. */
static int statement(parser *p, py__vec *out) {
  const py_token *t = peek(p);
  if (is_soft(p, t, "match")) {
    int is_match;
    stmt *s = match_stmt(p, &is_match);
    if (is_match) return !s || py__vec_push(p, out, s) ? -1 : 0;
  }
  if (is_compound_start(t->type)) {
    stmt *s = compound_stmt(p, t);
    return !s || py__vec_push(p, out, s) ? -1 : 0;
  }
  return statement_list(p, out) ? 0 : -1;
}

/* statements: statement+ (up to a DEDENT or the end). */
static int statements(parser *p, py__vec *out) {
  for (;;) {
    const py_token *t = peek(p);
    if (p->error) return -1;
    if (t->type == PY_TOK_DEDENT || t->type == PY_TOK_ENDMARKER) return out->len ? 0 : -1;
    if (is_soft(p, t, "match")) {
      int is_match;
      stmt *s = match_stmt(p, &is_match);
      if (is_match) {
        if (!s || py__vec_push(p, out, s)) return -1;
        continue;
      }
    }
    if (is_compound_start(t->type)) {
      stmt *s = compound_stmt(p, t);
      if (!s || py__vec_push(p, out, s)) return -1;
    } else if (!statement_list(p, out)) {
      return -1;
    }
  }
}

/* ---- entry -------------------------------------------------------------------------- */

/* Internal mode for an f-string's expression: star_expressions then the end. */
enum { PARSE_FSTRING = 100 };

static py_ast_mod *parse_mode(parser *p, int mode) {
  py_ast_mod *m = py__alloc(p, sizeof *m);
  if (!m) return NULL;
  if (mode == PY_PARSE_EVAL || mode == PARSE_FSTRING) {
    while (accept(p, PY_TOK_NEWLINE)) {}
    expr *e = mode == PARSE_FSTRING ? star_expressions(p) : expressions(p);
    if (!e) return NULL;
    while (accept(p, PY_TOK_NEWLINE)) {}
    if (!accept(p, PY_TOK_ENDMARKER)) return NULL;
    m->kind = PY_MOD_Expression;
    m->v.Expression.body = e;
    return m;
  }
  py__vec body = {0};
  /* An empty 'single' source is invalid syntax (CPython's _PyPegen_interactive_exit). */
  if (mode == PY_PARSE_SINGLE && check(p, PY_TOK_ENDMARKER)) return NULL;
  if (mode == PY_PARSE_SINGLE) {
    /* 'single' mode compiles one statement (as the interactive prompt does); only
     * blank lines and comments may follow it. */
    const py_token *first = peek(p);
    int simple = !is_compound_start(first->type) && !is_soft(p, first, "match");
    if (p->error || statement(p, &body)) return NULL;
    /* After a compound statement the grammar wants NEWLINE: anything else is plain
     * invalid syntax there. */
    simple = simple || (body.len && ((stmt *)body.items[0])->kind != PY_STMT_Match &&
                        is_soft(p, first, "match"));
    if (!simple && !check(p, PY_TOK_NEWLINE) && !check(p, PY_TOK_ENDMARKER)) return NULL;
    while (accept(p, PY_TOK_NEWLINE)) {}
    /* Only white space may follow (CPython's bad_single_statement reads the text):
     * spaces ending the input make an INDENT, then the DEDENT 'single' mode owes. */
    size_t rest = p->pos;
    while (rest < p->ntok && (p->toks[rest].type == PY_TOK_INDENT ||
                              p->toks[rest].type == PY_TOK_DEDENT ||
                              p->toks[rest].type == PY_TOK_NEWLINE))
      rest++;
    if (rest < p->ntok && p->toks[rest].type == PY_TOK_ENDMARKER) p->pos = rest;
    if (!check(p, PY_TOK_ENDMARKER)) {
      if (!p->error)
        raise_tok(p, prev(p), "multiple statements found while compiling a single statement",
                  NULL);
      return NULL;
    }
  } else if (!check(p, PY_TOK_ENDMARKER)) {
    if (p->error || statements(p, &body)) return NULL;
  }
  if (!accept(p, PY_TOK_ENDMARKER)) return NULL;
  m->kind = mode == PY_PARSE_SINGLE ? PY_MOD_Interactive : PY_MOD_Module;
  m->v.Module.body = SEQ(py_ast_stmt_seq, body);
  return m;
}

/* The generic error after a failed first pass, at the furthest token (CPython's
 * _PyPegen_set_syntax_error). Returns 1 for an indentation error, which later
 * tokenizer errors do not replace. */
static int generic_error(parser *p, size_t fill) {
  const py_token *t = &p->toks[fill ? fill - 1 : 0];
  if (t->type == PY_TOK_INDENT || t->type == PY_TOK_DEDENT) {
    /* CPython puts the caret where the line's text starts, and no end. */
    int width = t->type == PY_TOK_INDENT ? t->end_col : t->col;
    py__raise_at(p, PY_SYNERR_IndentationError, t->lineno, width, t->lineno, -1,
                 t->type == PY_TOK_INDENT ? "unexpected indent" : "unexpected unindent");
    p->err->offset = py__tokens_char_offset(p->t, t->lineno, width) - 1;
    return 1;
  }
  /* At the end of input, CPython's token has column -1: offset and end are 0. */
  int col = at_end_of_input(p, t) ? -1 : t->col;
  int end_col = at_end_of_input(p, t) ? -1 : t->end_col;
  py__raise_at(p, PY_SYNERR_SyntaxError, t->lineno, col, t->end_lineno, end_col,
               "invalid syntax");
  if (end_col < 0) p->err->end_offset = 0;
  return 0;
}

/* After a parser error, a tokenizer error further on may take precedence (CPython
 * tokenizes the rest of the file: _PyPegen_tokenize_full_source_to_check_for_errors). */
static void tokenizer_override(parser *p, int err_line) {
  const py_tokens *t = p->t;
  if (t->error_kind == PY_LEXERR_RAISED) {
    *p->err = t->error;
  } else if (t->has_unclosed && err_line > t->paren_lineno) {
    *p->err = t->unclosed;
  }
}

/* The line of the furthest token read: what CPython compares with an unclosed
 * bracket's line. */
static int furthest_line(const parser *p) {
  if (!p->ntok) return 0;
  size_t i = p->fill ? p->fill - 1 : 0;
  if (i >= p->ntok) i = p->ntok - 1;
  return p->toks[i].lineno;
}

/* Runs both passes over toks. */
static py_ast_mod *parse_tokens(py_tokens *toks, int mode, py_ast_arena *arena,
                                py_syntax_error *err, int in_fstring, int string_input) {
  parser p;
  memset(&p, 0, sizeof p);
  p.t = toks;
  p.toks = toks->tokens;
  p.ntok = toks->count;
  p.arena = arena;
  p.err = err;
  p.in_fstring = in_fstring;
  p.string_input = string_input;
  if (toks->error_kind != PY_LEXERR_NONE && toks->error.lineno == 0 && toks->error.msg[0]) {
    /* Errors about the whole file (null bytes, bad UTF-8). */
    *err = toks->error;
    return NULL;
  }
  py_ast_mod *m = parse_mode(&p, mode);
  if (m && !p.error) return m;
  if (p.error) {
    /* A hard error in the first pass: a tokenizer error reached, a forced token, an
     * indentation error, or memory. */
    int from_lexer = toks->error_kind != PY_LEXERR_NONE && p.fill >= toks->count &&
                     memcmp(err, &toks->error, sizeof *err) == 0;
    if (err->type != PY_SYNERR_MemoryError && !from_lexer) tokenizer_override(&p, furthest_line(&p));
    return NULL;
  }
  /* Second pass: look for a specific error. */
  size_t fill = p.fill;
  p.pos = 0;
  p.depth = 0;
  p.second_pass = 1;
  m = parse_mode(&p, mode);
  int indentation = 0;
  if (!p.error) indentation = generic_error(&p, fill);
  if (err->type != PY_SYNERR_MemoryError && !indentation) {
    int from_lexer = toks->error_kind != PY_LEXERR_NONE &&
                     memcmp(err, &toks->error, sizeof *err) == 0;
    if (!from_lexer) tokenizer_override(&p, furthest_line(&p));
  }
  return NULL;
}

static py_ast_mod *parse_source(const char *src, size_t src_len, py_parse_mode mode,
                                int string_input, py_ast_arena *arena, py_syntax_error *err) {
  memset(err, 0, sizeof *err);
  /* CPython adds the missing final newline to files and to exec-mode strings only. */
  int flags = 0;
  if (string_input && mode != PY_PARSE_FILE) flags |= PY_LEX_NO_FINAL_NEWLINE;
  if (mode == PY_PARSE_SINGLE) flags |= PY_LEX_SINGLE;
  py_tokens toks;
  if (py_lexer_tokenize_as(src, src_len, flags, &toks)) {
    err->type = PY_SYNERR_MemoryError;
    return NULL;
  }
  py_ast_mod *m = parse_tokens(&toks, (int)mode, arena, err, 0, string_input);
  py_tokens_free(&toks);
  return m;
}

py_ast_mod *py_parse(const char *src, size_t src_len, py_parse_mode mode, py_ast_arena *arena,
                     py_syntax_error *err) {
  return parse_source(src, src_len, mode, 0, arena, err);
}

py_ast_mod *py_parse_string(const char *src, size_t src_len, py_parse_mode mode,
                            py_ast_arena *arena, py_syntax_error *err) {
  return parse_source(src, src_len, mode, 1, arena, err);
}

/* ---- f-string expressions ----------------------------------------------------------- */

static void shift_expr(expr *e, int dl, int dc);

static void shift_pos(int *lineno, int *col, int dl, int dc) {
  if (*lineno == 1) *col += dc;
  *lineno += dl;
}

static void shift_seq(py_ast_expr_seq s, int dl, int dc) {
  for (size_t i = 0; i < s.len; i++)
    if (s.items[i]) shift_expr(s.items[i], dl, dc);
}

static void shift_arg(py_ast_arg *a, int dl, int dc) {
  if (!a) return;
  shift_pos(&a->lineno, &a->col_offset, dl, dc);
  shift_pos(&a->end_lineno, &a->end_col_offset, dl, dc);
  if (a->annotation) shift_expr(a->annotation, dl, dc);
}

static void shift_comps(py_ast_comprehension_seq g, int dl, int dc) {
  for (size_t i = 0; i < g.len; i++) {
    shift_expr(g.items[i]->target, dl, dc);
    shift_expr(g.items[i]->iter, dl, dc);
    shift_seq(g.items[i]->ifs, dl, dc);
  }
}

/* Moves every position of an f-string expression's tree from its own text to the
 * source: dl lines down, and dc columns right on the text's first line. */
static void shift_expr(expr *e, int dl, int dc) {
  shift_pos(&e->lineno, &e->col_offset, dl, dc);
  shift_pos(&e->end_lineno, &e->end_col_offset, dl, dc);
  switch (e->kind) {
    case PY_EXPR_BoolOp: shift_seq(e->v.BoolOp.values, dl, dc); break;
    case PY_EXPR_NamedExpr:
      shift_expr(e->v.NamedExpr.target, dl, dc);
      shift_expr(e->v.NamedExpr.value, dl, dc);
      break;
    case PY_EXPR_BinOp:
      shift_expr(e->v.BinOp.left, dl, dc);
      shift_expr(e->v.BinOp.right, dl, dc);
      break;
    case PY_EXPR_UnaryOp: shift_expr(e->v.UnaryOp.operand, dl, dc); break;
    case PY_EXPR_Lambda: {
      py_ast_arguments *a = e->v.Lambda.args;
      for (size_t i = 0; i < a->posonlyargs.len; i++) shift_arg(a->posonlyargs.items[i], dl, dc);
      for (size_t i = 0; i < a->args.len; i++) shift_arg(a->args.items[i], dl, dc);
      for (size_t i = 0; i < a->kwonlyargs.len; i++) shift_arg(a->kwonlyargs.items[i], dl, dc);
      shift_arg(a->vararg, dl, dc);
      shift_arg(a->kwarg, dl, dc);
      shift_seq(a->defaults, dl, dc);
      shift_seq(a->kw_defaults, dl, dc);
      shift_expr(e->v.Lambda.body, dl, dc);
      break;
    }
    case PY_EXPR_IfExp:
      shift_expr(e->v.IfExp.test, dl, dc);
      shift_expr(e->v.IfExp.body, dl, dc);
      shift_expr(e->v.IfExp.orelse, dl, dc);
      break;
    case PY_EXPR_Dict:
      shift_seq(e->v.Dict.keys, dl, dc);
      shift_seq(e->v.Dict.values, dl, dc);
      break;
    case PY_EXPR_Set: shift_seq(e->v.Set.elts, dl, dc); break;
    case PY_EXPR_ListComp: case PY_EXPR_SetComp: case PY_EXPR_GeneratorExp:
      shift_expr(e->v.ListComp.elt, dl, dc);
      shift_comps(e->v.ListComp.generators, dl, dc);
      break;
    case PY_EXPR_DictComp:
      shift_expr(e->v.DictComp.key, dl, dc);
      shift_expr(e->v.DictComp.value, dl, dc);
      shift_comps(e->v.DictComp.generators, dl, dc);
      break;
    case PY_EXPR_Await: case PY_EXPR_Yield: case PY_EXPR_YieldFrom:
      if (e->v.Await.value) shift_expr(e->v.Await.value, dl, dc);
      break;
    case PY_EXPR_Compare:
      shift_expr(e->v.Compare.left, dl, dc);
      shift_seq(e->v.Compare.comparators, dl, dc);
      break;
    case PY_EXPR_Call:
      shift_expr(e->v.Call.func, dl, dc);
      shift_seq(e->v.Call.args, dl, dc);
      for (size_t i = 0; i < e->v.Call.keywords.len; i++) {
        py_ast_keyword *k = e->v.Call.keywords.items[i];
        shift_pos(&k->lineno, &k->col_offset, dl, dc);
        shift_pos(&k->end_lineno, &k->end_col_offset, dl, dc);
        shift_expr(k->value, dl, dc);
      }
      break;
    case PY_EXPR_FormattedValue:
      shift_expr(e->v.FormattedValue.value, dl, dc);
      if (e->v.FormattedValue.format_spec) shift_expr(e->v.FormattedValue.format_spec, dl, dc);
      break;
    case PY_EXPR_JoinedStr: shift_seq(e->v.JoinedStr.values, dl, dc); break;
    case PY_EXPR_Attribute: shift_expr(e->v.Attribute.value, dl, dc); break;
    case PY_EXPR_Subscript:
      shift_expr(e->v.Subscript.value, dl, dc);
      shift_expr(e->v.Subscript.slice, dl, dc);
      break;
    case PY_EXPR_Starred: shift_expr(e->v.Starred.value, dl, dc); break;
    case PY_EXPR_List: case PY_EXPR_Tuple: shift_seq(e->v.List.elts, dl, dc); break;
    case PY_EXPR_Slice:
      if (e->v.Slice.lower) shift_expr(e->v.Slice.lower, dl, dc);
      if (e->v.Slice.upper) shift_expr(e->v.Slice.upper, dl, dc);
      if (e->v.Slice.step) shift_expr(e->v.Slice.step, dl, dc);
      break;
    default: break;
  }
}

expr *py__parse_fstring_expr(parser *p, const char *src, size_t len, int lineno, int col,
                             const py_token *string_tok) {
  (void)string_tok;
  /* As CPython 3.11 does, the text is parsed in parentheses, so it may span lines. */
  char *text = py_mem_alloc(len + 2);
  if (!text) return py__no_memory(p);
  text[0] = '(';
  memcpy(text + 1, src, len);
  text[len + 1] = ')';
  py_tokens toks;
  int r = py_lexer_tokenize(text, len + 2, &toks);
  py_mem_free(text, len + 2);
  if (r) return py__no_memory(p);
  py_ast_mod *m = parse_tokens(&toks, PARSE_FSTRING, p->arena, p->err, 1, 0);
  int from_lexer = !m && toks.error_kind != PY_LEXERR_NONE &&
                   strcmp(p->err->msg, toks.error.msg) == 0;
  if (!m && p->err->type != PY_SYNERR_MemoryError && !p->err->text[0]) {
    /* CPython quotes the parenthesized expression text as the error's line. */
    size_t n = toks.len > 0 ? toks.len - 1 : 0; /* without the newline the lexer added */
    if (n >= sizeof p->err->text) n = sizeof p->err->text - 1;
    memcpy(p->err->text, toks.src, n);
    p->err->text[n] = '\0';
  }
  py_tokens_free(&toks);
  if (!m) {
    p->error = 1;
    if (p->err->type != PY_SYNERR_MemoryError) {
      /* Errors inside point into the parenthesized text, on the source's lines. */
      if (p->err->lineno > 0) p->err->lineno += lineno - 1;
      if (p->err->end_lineno > 0) p->err->end_lineno += lineno - 1;
      /* Tokenizer errors keep their own wording. */
      if (!from_lexer) prefix_fstring(p->err->msg, sizeof p->err->msg);
    }
    return NULL;
  }
  expr *e = m->v.Expression.body;
  shift_expr(e, lineno - 1, col - 1);
  return e;
}
