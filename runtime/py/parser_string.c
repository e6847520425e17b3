/* runtime/py/parser_string.c — string literals: prefixes, escape sequences, implicit
 * concatenation, and f-strings (3.11 style: the tokenizer gives an f-string as one
 * STRING token, and its replacement fields are parsed here, each expression by a
 * nested run of the parser over its text).
 *
 * \N{name} escapes know only a small table of common character names (there is no
 * Unicode name database here); another name is reported as unknown. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "py/mem.h"
#include "py/parser_internal.h"

typedef py__parser parser;
typedef py_ast_expr expr;

enum { MAX_FSTRING_NESTING = 2 };

/* A growable byte buffer in the arena. */
typedef struct {
  char *s;
  size_t len, cap;
} buf;

static int buf_add(parser *p, buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t nc = b->cap ? b->cap * 2 : 32;
    while (nc < b->len + n + 1) nc *= 2;
    char *x = py__alloc(p, nc);
    if (!x) return -1;
    if (b->len) memcpy(x, b->s, b->len);
    b->s = x;
    b->cap = nc;
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
  return 0;
}

static int buf_add_cp(parser *p, buf *b, unsigned cp) {
  char u[4];
  size_t n;
  if (cp < 0x80) { u[0] = (char)cp; n = 1; }
  else if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
  else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12));
    u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    u[0] = (char)(0xF0 | (cp >> 18));
    u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  return buf_add(p, b, u, n);
}

/* ---- one literal -------------------------------------------------------------------- */

typedef struct {
  const py_token *tok;
  int is_bytes, is_raw, is_f, is_u;
  const char *body;     /* between the quotes */
  size_t len;
  size_t body_offset;   /* body's byte offset in the source */
  const py_token *after; /* the token after the run of strings (NULL at a lexer error) */
} literal;

/* Errors found while reading a literal are placed, as CPython places them, on the
 * token after the run of strings (the last token its parser had read). */
static void *raise_after(parser *p, const literal *l, const char *fmt, const char *arg) {
  const py_token *t = l->after ? l->after : l->tok;
  int col = l->after ? t->col : t->end_col;
  int end = l->after ? t->end_col : t->end_col;
  return py__raise_at(p, PY_SYNERR_SyntaxError, t->lineno, col, t->end_lineno, end, fmt, arg);
}

static void split_literal(parser *p, const py_token *t, literal *l) {
  const char *s = p->t->src + t->start;
  memset(l, 0, sizeof *l);
  l->tok = t;
  size_t idx = (size_t)(t - p->toks);
  while (idx < p->ntok && p->toks[idx].type == PY_TOK_STRING) idx++;
  l->after = idx < p->ntok ? &p->toks[idx] : NULL;
  size_t i = 0;
  for (; s[i] != '"' && s[i] != '\''; i++) {
    switch (s[i]) {
      case 'b': case 'B': l->is_bytes = 1; break;
      case 'r': case 'R': l->is_raw = 1; break;
      case 'f': case 'F': l->is_f = 1; break;
      case 'u': case 'U': l->is_u = 1; break;
    }
  }
  size_t q = (t->len - i >= 6 && s[i + 1] == s[i] && s[i + 2] == s[i]) ? 3 : 1;
  l->body = s + i + q;
  l->len = t->len - i - 2 * q;
  l->body_offset = t->start + i + q;
}

static const struct { const char *name; unsigned cp; } char_names[] = {
    {"BULLET", 0x2022}, {"EM DASH", 0x2014}, {"EN DASH", 0x2013}, {"DEGREE SIGN", 0xB0},
    {"HORIZONTAL ELLIPSIS", 0x2026}, {"NO-BREAK SPACE", 0xA0}, {"SPACE", 0x20},
    {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB},
    {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB}, {"COPYRIGHT SIGN", 0xA9},
    {"REGISTERED SIGN", 0xAE}, {"EURO SIGN", 0x20AC}, {"POUND SIGN", 0xA3},
    {"MICRO SIGN", 0xB5}, {"MULTIPLICATION SIGN", 0xD7}, {"DIVISION SIGN", 0xF7},
    {"GREEK SMALL LETTER ALPHA", 0x3B1}, {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER GAMMA", 0x3B3}, {"GREEK SMALL LETTER DELTA", 0x3B4},
    {"GREEK SMALL LETTER PI", 0x3C0}, {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER MU", 0x3BC}, {"GREEK SMALL LETTER SIGMA", 0x3C3},
    {"GREEK CAPITAL LETTER DELTA", 0x394}, {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"CHECK MARK", 0x2713}, {"HEAVY CHECK MARK", 0x2714}, {"BALLOT X", 0x2717},
    {"BLACK STAR", 0x2605}, {"WHITE STAR", 0x2606}, {"RIGHTWARDS ARROW", 0x2192},
    {"LEFTWARDS ARROW", 0x2190}, {"UPWARDS ARROW", 0x2191}, {"DOWNWARDS ARROW", 0x2193},
    {"INFINITY", 0x221E}, {"NOT EQUAL TO", 0x2260}, {"LESS-THAN OR EQUAL TO", 0x2264},
    {"GREATER-THAN OR EQUAL TO", 0x2265}, {"SNOWMAN", 0x2603}, {"BLACK HEART SUIT", 0x2665},
    {"HOURGLASS", 0x231B}, {"WARNING SIGN", 0x26A0}, {"NULL", 0}, {"LINE FEED", 10},
    {"CARRIAGE RETURN", 13}, {"CHARACTER TABULATION", 9}, {"ESCAPE", 27},
    {"ZERO WIDTH SPACE", 0x200B}, {"GRINNING FACE", 0x1F600}, {"THUMBS UP SIGN", 0x1F44D},
    {"PARTY POPPER", 0x1F389}, {"ROCKET", 0x1F680}, {"FIRE", 0x1F525},
    {"SPARKLES", 0x2728}, {"HIGH VOLTAGE SIGN", 0x26A1}, {"SNAKE", 0x1F40D},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9}, {"LATIN SMALL LETTER A WITH GRAVE", 0xE0},
    {"EM SPACE", 0x2003}, {"EN SPACE", 0x2002}, {"THIN SPACE", 0x2009}, {"SOFT HYPHEN", 0xAD},
    {"AMPERSAND", 0x26}, {"EMPTY SET", 0x2205}, {"PLUS-MINUS SIGN", 0xB1},
    {"SECTION SIGN", 0xA7}, {"PILCROW SIGN", 0xB6}, {"MIDDLE DOT", 0xB7},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C}, {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"LEFT SINGLE QUOTATION MARK", 0x2018}, {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4}, {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC}, {"LATIN SMALL LETTER SHARP S", 0xDF},
    {"LATIN SMALL LETTER N WITH TILDE", 0xF1}, {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7},
    {"LATIN CAPITAL LETTER A WITH DIAERESIS", 0xC4}, {"YEN SIGN", 0xA5}, {"CENT SIGN", 0xA2},
    {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500}, {"BOX DRAWINGS LIGHT VERTICAL", 0x2502},
    {"FULL BLOCK", 0x2588}, {"LIGHT SHADE", 0x2591}, {"BLACK CIRCLE", 0x25CF},
    {"WHITE CIRCLE", 0x25CB}, {"BLACK SQUARE", 0x25A0}, {"WHITE SQUARE", 0x25A1},
    {"HEAVY BLACK HEART", 0x2764}, {"CROSS MARK", 0x274C}, {"WHITE HEAVY CHECK MARK", 0x2705},
    {"SMILING FACE WITH SMILING EYES", 0x1F60A}, {"HUNDRED POINTS SYMBOL", 0x1F4AF},
};

/* Unicode character names compare without regard to case, as CPython's lookup does. */
static int name_equal(const char *name, const char *s, size_t n) {
  if (strlen(name) != n) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c >= 'a' && c <= 'z') c = (char)(c - 'a' + 'A');
    if (name[i] != c) return 0;
  }
  return 1;
}

static int hexval(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* The error a bad escape gives: CPython reports it at the string token, the position
 * counted in bytes of the literal's body. */
static void *unicode_error(parser *p, const literal *l, size_t a, size_t b, const char *what) {
  char msg[200];
  snprintf(msg, sizeof msg,
           "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
           a, b, what);
  return raise_after(p, l, "%s", msg);
}

/* One escape of a literal that is not raw: s[*at] is the character after the
 * backslash, esc the backslash's position in the literal's body. Appends what the
 * escape stands for onto out and moves *at past it. A function of its own, so that V8
 * compiles it only for a program whose string literals have escapes
 * (docs/performance.md, "Cold start (session 7)"). */
static __attribute__((noinline)) int decode_escape(parser *p, const literal *l, const char *s,
                                                   size_t n, size_t *at, size_t esc,
                                                   buf *out) {
  size_t i = *at;
  char c = s[i++];
  unsigned cp;
  int r = 0;
  switch (c) {
    case '\n': break;
    case '\\': r = buf_add(p, out, "\\", 1); break;
    case '\'': r = buf_add(p, out, "'", 1); break;
    case '"': r = buf_add(p, out, "\"", 1); break;
    case 'a': r = buf_add(p, out, "\a", 1); break;
    case 'b': r = buf_add(p, out, "\b", 1); break;
    case 'f': r = buf_add(p, out, "\f", 1); break;
    case 'n': r = buf_add(p, out, "\n", 1); break;
    case 'r': r = buf_add(p, out, "\r", 1); break;
    case 't': r = buf_add(p, out, "\t", 1); break;
    case 'v': r = buf_add(p, out, "\v", 1); break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      cp = (unsigned)(c - '0');
      for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) cp = cp * 8 + (unsigned)(s[i++] - '0');
      if (l->is_bytes) {
        char ch = (char)(cp & 0xFF);
        r = buf_add(p, out, &ch, 1);
      } else {
        r = buf_add_cp(p, out, cp);
      }
      break;
    case 'x': case 'u': case 'U': {
      if (c != 'x' && l->is_bytes) {
        char e2[2] = {'\\', c};
        r = buf_add(p, out, e2, 2);
        break;
      }
      int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      cp = 0;
      int k = 0;
      for (; k < digits && i < n && hexval(s[i]) >= 0; k++) cp = cp * 16 + (unsigned)hexval(s[i++]);
      if (k < digits) {
        if (l->is_bytes) {
          char m[80];
          snprintf(m, sizeof m, "(value error) invalid \\x escape at position %zu", esc);
          raise_after(p, l, "%s", m);
          return -1;
        }
        unicode_error(p, l, esc, esc + 1 + (size_t)k,
                      c == 'x' ? "truncated \\xXX escape"
                      : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
        return -1;
      }
      if (cp > 0x10FFFF) {
        unicode_error(p, l, esc, esc + 9, "illegal Unicode character");
        return -1;
      }
      if (l->is_bytes) {
        char ch = (char)cp;
        r = buf_add(p, out, &ch, 1);
      } else {
        r = buf_add_cp(p, out, cp);
      }
      break;
    }
    case 'N': {
      if (l->is_bytes) {
        r = buf_add(p, out, "\\N", 2);
        break;
      }
      size_t close = i;
      if (i < n && s[i] == '{') {
        while (close < n && s[close] != '}') close++;
      }
      if (i >= n || s[i] != '{' || close >= n) {
        unicode_error(p, l, esc, (i < n ? i : n) - (size_t)(s - l->body) - 1 + 1,
                      "malformed \\N character escape");
        return -1;
      }
      size_t nl = close - i - 1;
      int found = 0;
      for (size_t k = 0; k < sizeof char_names / sizeof char_names[0]; k++) {
        if (name_equal(char_names[k].name, s + i + 1, nl)) {
          r = buf_add_cp(p, out, char_names[k].cp);
          found = 1;
          break;
        }
      }
      if (!found) {
        unicode_error(p, l, esc, close - (size_t)(s - l->body), "unknown Unicode character name");
        return -1;
      }
      i = close + 1;
      break;
    }
    default: {
      /* An unknown escape stays as written (CPython warns, and keeps it). */
      char e2[2] = {'\\', c};
      r = buf_add(p, out, e2, 2);
      break;
    }
  }
  *at = i;
  return r ? -1 : 0;
}

/* Decodes s[0..n) of a literal (escapes unless raw) onto out. */
static int decode(parser *p, const literal *l, const char *s, size_t n, buf *out) {
  if (l->is_bytes) {
    for (size_t i = 0; i < n; i++) {
      if ((unsigned char)s[i] >= 0x80) {
        const py_token *t = l->tok;
        py__raise_at(p, PY_SYNERR_SyntaxError, t->lineno, t->col, t->end_lineno, t->end_col,
                     "bytes can only contain ASCII literal characters");
        /* CPython's end here is counted in bytes. */
        p->err->end_offset = t->end_col + 1;
        return -1;
      }
    }
  }
  if (l->is_raw) return buf_add(p, out, s, n);
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\\') j++;
    if (j > i && buf_add(p, out, s + i, j - i)) return -1;
    if (j >= n) break;
    size_t esc = j - (size_t)(s - l->body); /* position of the backslash in the body */
    i = j + 1;
    if (i >= n) {
      if (buf_add(p, out, "\\", 1)) return -1;
      break;
    }
    if (decode_escape(p, l, s, n, &i, esc, out)) return -1;
  }
  return 0;
}

/* ---- f-strings ---------------------------------------------------------------------- */

typedef struct {
  py__vec values;   /* the JoinedStr's values so far */
  buf pending;      /* literal text not yet put into a Constant */
  int has_pending;
} fparts;

static expr *span_node(parser *p, py_ast_expr_kind kind, const py_token *a, const py_token *b) {
  expr *e = py__alloc(p, sizeof *e);
  if (!e) return NULL;
  e->kind = kind;
  e->lineno = a->lineno;
  e->col_offset = a->col;
  e->end_lineno = b->end_lineno;
  e->end_col_offset = b->end_col;
  return e;
}

static int flush_pending(parser *p, fparts *f, const py_token *a, const py_token *b) {
  if (!f->has_pending || f->pending.len == 0) {
    f->has_pending = 0;
    return 0;
  }
  expr *c = span_node(p, PY_EXPR_Constant, a, b);
  if (!c) return -1;
  c->v.Constant.value.kind = PY_CONST_str;
  c->v.Constant.value.bytes = f->pending.s;
  c->v.Constant.value.len = f->pending.len;
  f->pending = (buf){0};
  f->has_pending = 0;
  return py__vec_push(p, &f->values, c);
}

/* Where (line, column) byte k of the source is. */
static void source_pos(parser *p, size_t k, int *line, int *col) {
  const py_tokens *t = p->t;
  int lo = 0, hi = t->nlines - 1;
  while (lo < hi) {
    int mid = (lo + hi + 1) / 2;
    if (t->line_starts[mid] <= k) lo = mid; else hi = mid - 1;
  }
  *line = lo + 1;
  *col = (int)(k - t->line_starts[lo]);
}

/* Raises an f-string error with CPython's offset convention for these: the column is
 * counted from the start of the string token's line. */
static void *ferror_at(parser *p, const literal *l, size_t k, const char *msg, const char *a1,
                       int a2) {
  (void)k;
  char text[200];
  snprintf(text, sizeof text, msg, a1, a2);
  return raise_after(p, l, "%s", text);
}

static int fstring_body(parser *p, const literal *l, size_t *i, size_t n, int nesting,
                        fparts *f, const py_token *a, const py_token *b, int in_spec);

/* One replacement field; *i is just past '{'. */
static int fstring_field(parser *p, const literal *l, size_t *i, size_t n, int nesting,
                         fparts *f, const py_token *a, const py_token *b) {
  const char *s = l->body;
  if (nesting >= MAX_FSTRING_NESTING) {
    ferror_at(p, l, l->body_offset + *i, "f-string: expressions nested too deeply", NULL, 0);
    return -1;
  }
  size_t start = *i, k = *i;
  char stack[200];
  int depth = 0;
  char quote = 0;
  int quote_size = 0;
  for (; k < n; k++) {
    char c = s[k];
    if (c == '\\') {
      ferror_at(p, l, l->body_offset + k, "f-string expression part cannot include a backslash", NULL, 0);
      return -1;
    }
    if (quote) {
      if (c == quote && (quote_size == 1 || (k + 2 < n && s[k + 1] == quote && s[k + 2] == quote))) {
        k += (size_t)quote_size - 1;
        quote = 0;
      }
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      quote_size = (k + 2 < n && s[k + 1] == c && s[k + 2] == c) ? 3 : 1;
      k += (size_t)quote_size - 1;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      if (depth >= 200) {
        ferror_at(p, l, l->body_offset + k, "f-string: too many nested parenthesis", NULL, 0);
        return -1;
      }
      stack[depth++] = c;
      continue;
    }
    if (c == '#') {
      ferror_at(p, l, l->body_offset + k + 1, "f-string expression part cannot include '#'", NULL, 0);
      return -1;
    }
    if (depth == 0 && (c == '}' || c == ':')) break;
    if (c == ')' || c == ']' || c == '}') {
      if (!depth) {
        char m[2] = {c, 0};
        ferror_at(p, l, l->body_offset + k + 1, "f-string: unmatched '%s'", m, 0);
        return -1;
      }
      char open = stack[--depth];
      if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
        char m[120];
        snprintf(m, sizeof m, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
        ferror_at(p, l, l->body_offset + k + 1, "%s", m, 0);
        return -1;
      }
      continue;
    }
    if (depth == 0 && (c == '!' || c == '=' || c == '<' || c == '>')) {
      if (k + 1 < n && s[k + 1] == '=') { k++; continue; }
      if (c == '!' || c == '=') break;
    }
  }
  if (quote) {
    ferror_at(p, l, l->body_offset + k, "f-string: unterminated string", NULL, 0);
    return -1;
  }
  if (depth) {
    char m[2] = {stack[depth - 1], 0};
    ferror_at(p, l, l->body_offset + k, "f-string: unmatched '%s'", m, 0);
    return -1;
  }
  if (k >= n) {
    ferror_at(p, l, l->body_offset + k + 1, "f-string: expecting '}'", NULL, 0);
    return -1;
  }
  size_t expr_end = k;
  int blank = 1;
  for (size_t j = start; j < expr_end; j++)
    if (s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\f') blank = 0;
  if (blank) {
    ferror_at(p, l, l->body_offset + k + 1, "f-string: empty expression not allowed", NULL, 0);
    return -1;
  }
  int line, col;
  source_pos(p, l->body_offset + start, &line, &col);
  expr *value = py__parse_fstring_expr(p, s + start, expr_end - start, line, col, l->tok);
  if (!value) return -1;
  int conversion = -1;
  int debug = 0;
  if (s[k] == '=') {
    /* `{x=}`: the text up to and including '=' and the spaces after it is printed. */
    debug = 1;
    k++;
    while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n')) k++;
    f->has_pending = 1;
    if (buf_add(p, &f->pending, s + start, k - start)) return -1;
  }
  if (k < n && s[k] == '!') {
    k++;
    if (k >= n) {
      ferror_at(p, l, l->body_offset + k + 1, "f-string: expecting '}'", NULL, 0);
      return -1;
    }
    char c = s[k];
    if (c != 's' && c != 'r' && c != 'a') {
      ferror_at(p, l, l->body_offset + k + 1 + (c != '}' && c != ':'),
                "f-string: invalid conversion character: expected 's', 'r', or 'a'", NULL, 0);
      return -1;
    }
    conversion = c;
    k++;
  }
  expr *spec = NULL;
  if (k < n && s[k] == ':') {
    k++;
    fparts sf = {0};
    if (fstring_body(p, l, &k, n, nesting + 1, &sf, a, b, 1)) return -1;
    /* CPython 3.11 gives the spec's JoinedStr, and the literal text that ends it, the
     * span of the one string token holding the spec (other parts get the whole run). */
    if (flush_pending(p, &sf, l->tok, l->tok)) return -1;
    spec = span_node(p, PY_EXPR_JoinedStr, l->tok, l->tok);
    if (!spec) return -1;
    spec->v.JoinedStr.values = (py_ast_expr_seq){sf.values.len, (void *)sf.values.items};
  }
  if (k >= n || s[k] != '}') {
    ferror_at(p, l, l->body_offset + k + 1, "f-string: expecting '}'", NULL, 0);
    return -1;
  }
  k++;
  if (debug && conversion == -1 && !spec) conversion = 'r';
  if (flush_pending(p, f, a, b)) return -1;
  expr *fv = span_node(p, PY_EXPR_FormattedValue, a, b);
  if (!fv) return -1;
  fv->v.FormattedValue.value = value;
  fv->v.FormattedValue.conversion = conversion;
  fv->v.FormattedValue.format_spec = spec;
  if (py__vec_push(p, &f->values, fv)) return -1;
  *i = k;
  return 0;
}

/* The literal text and fields of an f-string body (or of a format spec, which ends at
 * the '}' closing its field). */
static int fstring_body(parser *p, const literal *l, size_t *i, size_t n, int nesting,
                        fparts *f, const py_token *a, const py_token *b, int in_spec) {
  const char *s = l->body;
  size_t k = *i;
  while (k < n) {
    size_t j = k;
    /* A literal run: up to '{' or '}' (in raw strings backslashes are plain). */
    while (j < n && s[j] != '{' && s[j] != '}') {
      if (!l->is_raw && s[j] == '\\' && j + 1 < n) {
        if (s[j + 1] == 'N' && j + 2 < n && s[j + 2] == '{') {
          while (j < n && s[j] != '}') j++;
          if (j < n) j++;
          continue;
        }
        j += 2;
        continue;
      }
      j++;
    }
    if (j > k) {
      f->has_pending = 1;
      if (decode(p, l, s + k, j - k, &f->pending)) return -1;
    }
    k = j;
    if (k >= n) break;
    if (s[k] == '{') {
      if (!in_spec && k + 1 < n && s[k + 1] == '{') {
        f->has_pending = 1;
        if (buf_add(p, &f->pending, "{", 1)) return -1;
        k += 2;
        continue;
      }
      k++;
      if (fstring_field(p, l, &k, n, nesting, f, a, b)) return -1;
      continue;
    }
    /* '}' */
    if (in_spec) break;
    if (k + 1 < n && s[k + 1] == '}') {
      f->has_pending = 1;
      if (buf_add(p, &f->pending, "}", 1)) return -1;
      k += 2;
      continue;
    }
    ferror_at(p, l, l->body_offset + k + 1, "f-string: single '}' is not allowed", NULL, 0);
    return -1;
  }
  *i = k;
  return 0;
}

/* ---- concatenation ------------------------------------------------------------------ */

expr *py__parse_strings(parser *p, size_t first, size_t last) {
  const py_token *a = &p->toks[first], *b = &p->toks[last];
  literal l0;
  split_literal(p, a, &l0);
  int any_f = 0, bytes = l0.is_bytes;
  for (size_t i = first; i <= last; i++) {
    literal l;
    split_literal(p, &p->toks[i], &l);
    if (l.is_bytes != bytes) {
      raise_after(p, &l, "%s", "cannot mix bytes and nonbytes literals");
      return NULL;
    }
    any_f |= l.is_f;
  }
  if (!any_f) {
    buf out = {0};
    for (size_t i = first; i <= last; i++) {
      literal l;
      split_literal(p, &p->toks[i], &l);
      if (decode(p, &l, l.body, l.len, &out)) return NULL;
    }
    if (!out.s && buf_add(p, &out, "", 0)) return NULL;
    expr *e = span_node(p, PY_EXPR_Constant, a, b);
    if (!e) return NULL;
    e->v.Constant.value.kind = bytes ? PY_CONST_bytes : PY_CONST_str;
    e->v.Constant.value.bytes = out.s;
    e->v.Constant.value.len = out.len;
    e->v.Constant.kind_u = l0.is_u;
    return e;
  }
  fparts f = {0};
  for (size_t i = first; i <= last; i++) {
    literal l;
    split_literal(p, &p->toks[i], &l);
    if (l.is_f) {
      size_t k = 0;
      if (fstring_body(p, &l, &k, l.len, 0, &f, a, b, 0)) return NULL;
    } else {
      f.has_pending = 1;
      if (decode(p, &l, l.body, l.len, &f.pending)) return NULL;
    }
  }
  if (flush_pending(p, &f, a, b)) return NULL;
  expr *e = span_node(p, PY_EXPR_JoinedStr, a, b);
  if (!e) return NULL;
  e->v.JoinedStr.values = (py_ast_expr_seq){f.values.len, (void *)f.values.items};
  return e;
}
