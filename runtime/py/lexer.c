/* runtime/py/lexer.c — the tokenizer; see lexer.h.
 *
 * The structure follows CPython 3.11's Parser/tokenizer.c so that errors land on the
 * same columns: at the start of each physical line outside brackets the indentation is
 * measured; then tokens are read one by one. A NEWLINE ends each logical line that
 * holds a token; blank and comment-only lines produce nothing. */
#include "py/lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "py/mem.h"

enum {
  MAXINDENT = 100, /* CPython's limit on indentation levels */
  MAXLEVEL = 200,  /* CPython's limit on nested brackets */
  TABSIZE = 8
};

typedef struct {
  py_tokens *out;
  const char *s;       /* normalized source, ending in '\n' unless the input is a
                          string for eval/single mode (then a NUL follows) */
  size_t n;
  int flags;           /* PY_LEX_* */
  size_t pos;          /* the next byte to read */
  size_t line_start;   /* offset of the current line */
  int lineno;
  int indstack[MAXINDENT + 1], altindstack[MAXINDENT + 1], indent;
  int pendin;          /* >0: INDENTs to emit, <0: DEDENTs */
  char parens[MAXLEVEL];
  int paren_line[MAXLEVEL], paren_col[MAXLEVEL];
  int level;
} lexer;

/* ---- errors ------------------------------------------------------------------------- */

/* Counts UTF-8 characters in s[a..b). */
static int count_chars(const char *s, size_t a, size_t b) {
  int n = 0;
  for (size_t i = a; i < b; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

int py__tokens_char_offset(const py_tokens *t, int lineno, int byte_col) {
  if (lineno < 1 || lineno > t->nlines || byte_col < 0) return byte_col + 1;
  size_t ls = t->line_starts[lineno - 1];
  size_t end = ls + (size_t)byte_col;
  if (end > t->len) end = t->len;
  return count_chars(t->src, ls, end) + 1;
}

static void set_error(lexer *L, py_lexer_error_kind kind, py_syntax_error_type type,
                      int lineno, int offset, int end_lineno, int end_offset,
                      const char *fmt, ...) {
  py_tokens *o = L->out;
  o->error_kind = kind;
  o->error.type = type;
  /* The errors CPython's tokenizer raises itself quote the line up to its newline. */
  o->error.text_without_newline = kind == PY_LEXERR_RAISED;
  o->error.lineno = lineno;
  o->error.offset = offset;
  o->error.end_lineno = end_lineno;
  o->error.end_offset = end_offset;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(o->error.msg, sizeof o->error.msg, fmt, ap);
  va_end(ap);
}

/* CPython's tokenizer syntaxerror(): the caret sits just before the read position
 * (offset = characters from the line start to pos), on the current line. */
static int error_at_pos(lexer *L, size_t pos, const char *fmt, const char *arg1, int arg2) {
  int off = count_chars(L->s, L->line_start, pos);
  set_error(L, PY_LEXERR_RAISED, PY_SYNERR_SyntaxError, L->lineno, off, L->lineno, off,
            fmt, arg1, arg2);
  return -1;
}

/* ---- output ------------------------------------------------------------------------- */

static int add_line(lexer *L, size_t start) {
  py_tokens *o = L->out;
  if ((size_t)o->nlines == o->cap_lines) {
    size_t nc = o->cap_lines ? o->cap_lines * 2 : 256;
    size_t *p = py_mem_realloc(o->line_starts, o->cap_lines * sizeof *p, nc * sizeof *p);
    if (!p) return -1;
    o->line_starts = p;
    o->cap_lines = nc;
  }
  o->line_starts[o->nlines++] = start;
  return 0;
}

/* Appends a token from byte start to byte end, both on the current line unless the
 * token spans lines (strings), in which case start_line/start_ls describe its start. */
static int emit(lexer *L, py_token_type type, size_t start, size_t end, int start_line,
                size_t start_ls) {
  py_tokens *o = L->out;
  if (o->count == o->cap_tokens) {
    size_t nc = o->cap_tokens ? o->cap_tokens * 2 : 512;
    py_token *p = py_mem_realloc(o->tokens, o->cap_tokens * sizeof *p, nc * sizeof *p);
    if (!p) return -2;
    o->tokens = p;
    o->cap_tokens = nc;
  }
  py_token *t = &o->tokens[o->count++];
  t->type = type;
  t->start = start;
  t->len = end - start;
  t->lineno = start_line;
  t->col = (int)(start - start_ls);
  t->end_lineno = L->lineno;
  t->end_col = (int)(end - L->line_start);
  t->level = L->level;
  return 0;
}

static int emit_here(lexer *L, py_token_type type, size_t start, size_t end) {
  return emit(L, type, start, end, L->lineno, L->line_start);
}

/* A token at the end of input: on line `line` at byte column col, zero width. */
static int emit_eof(lexer *L, py_token_type type, int line, int col) {
  if (emit_here(L, type, L->n, L->n)) return -2;
  py_token *t = &L->out->tokens[L->out->count - 1];
  t->lineno = t->end_lineno = line;
  t->col = t->end_col = col;
  return 0;
}

/* Moves to the next physical line, which starts at byte `start`. */
static void next_line_at(lexer *L, size_t start) {
  L->lineno++;
  L->line_start = start;
}

/* Moves to the next physical line; pos must be just past a '\n'. */
static int next_line(lexer *L) {
  next_line_at(L, L->pos);
  return 0;
}

/* ---- characters ------------------------------------------------------------------- */

static int is_id_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
static int is_id_char(int c) { return is_id_start(c) || (c >= '0' && c <= '9'); }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Decodes one UTF-8 character at s (the source was validated); sets *n to its length. */
static unsigned decode_utf8(const unsigned char *s, int *n) {
  if (s[0] < 0x80) { *n = 1; return s[0]; }
  if (s[0] < 0xE0) { *n = 2; return ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu); }
  if (s[0] < 0xF0) {
    *n = 3;
    return ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
  }
  *n = 4;
  return ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
         (s[3] & 0x3Fu);
}

/* Whether a non-ASCII code point may appear in an identifier. Without the Unicode
 * database this is an approximation of XID_Continue: it rejects the punctuation,
 * symbol, space and emoji blocks people paste by accident (smart quotes, dashes,
 * non-breaking spaces, arrows, math signs, emoji) and accepts the rest. */
static int unicode_id_char(unsigned c) {
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xB7 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return 0;
  if (c >= 0x2000 && c <= 0x206F) return c == 0x203F || c == 0x2040 || c == 0x2054;
  if (c >= 0x20A0 && c <= 0x20CF) return 0;
  if (c >= 0x2190 && c <= 0x2BFF) return 0;
  if (c >= 0x2E00 && c <= 0x2E7F) return 0;
  if ((c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) || c == 0x3030)
    return 0;
  if (c >= 0xD800 && c <= 0xF8FF) return 0;
  if (c >= 0xFE10 && c <= 0xFE6F) return c == 0xFE33 || c == 0xFE34 || (c >= 0xFE4D && c <= 0xFE4F);
  if ((c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
      (c >= 0xFF3B && c <= 0xFF40 && c != 0xFF3F) || (c >= 0xFF5B && c <= 0xFF65))
    return 0;
  if (c >= 0xFFF0 && c <= 0xFFFF) return 0;
  if (c >= 0x1F000 && c <= 0x1FAFF) return 0;
  return 1;
}

/* Whether CPython calls the character printable (approximately: controls, format
 * characters, spaces other than ' ', separators and private use are not). */
static int unicode_printable(unsigned c) {
  if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD) return 0;
  if ((c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
      (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF)
    return 0;
  if ((c >= 0xD800 && c <= 0xF8FF) || c == 0x180E) return 0;
  return 1;
}

/* ---- numbers ------------------------------------------------------------------------ */

static int at(lexer *L, size_t p) { return p < L->n ? (unsigned char)L->s[p] : 0; }

/* CPython's verify_end_of_number: a number may be directly followed by a keyword that
 * can follow it in valid code ("1if x else y"), but not by other identifier characters.
 * p is the position of the character after the number. */
static int check_number_end(lexer *L, size_t p, const char *kind) {
  int c = at(L, p);
  const char *rest = NULL;
  int ok = 0;
  switch (c) {
    case 'a': rest = "nd"; break;
    case 'e': rest = "lse"; break;
    case 'f': rest = "or"; break;
    case 'o': rest = "r"; break;
    case 'n': rest = "ot"; break;
    case 'i': {
      int c2 = at(L, p + 1);
      ok = c2 == 'f' || c2 == 'n' || c2 == 's';
      break;
    }
  }
  /* The keyword must end there too ("1or x", not "1orange"). */
  if (rest) {
    size_t rl = strlen(rest);
    ok = strncmp(L->s + p + 1, rest, rl) == 0 && !is_id_char(at(L, p + 1 + rl));
  }
  if (ok) return 0;
  /* A non-ASCII character after a number is the next token's problem (3.11.7). */
  if (c < 128 && is_id_char(c)) return error_at_pos(L, p, "invalid %s literal", kind, 0);
  return 0;
}

/* Reads digits with single underscores between them from p; returns the position after
 * them, or (size_t)-1 after setting an error ("1__0", "1_"). */
static size_t decimal_tail(lexer *L, size_t p) {
  for (;;) {
    while (is_digit(at(L, p))) p++;
    if (at(L, p) != '_') return p;
    p++;
    if (!is_digit(at(L, p))) {
      error_at_pos(L, p, "invalid decimal literal", NULL, 0);
      return (size_t)-1;
    }
  }
}

/* Scans a number starting at L->pos (a digit, or '.' followed by a digit). Returns the
 * end position, or (size_t)-1 on error. */
static size_t scan_number(lexer *L) {
  size_t start = L->pos, p = start;
  int c = at(L, p);
  if (c == '0' && (at(L, p + 1) == 'x' || at(L, p + 1) == 'X')) {
    p += 2;
    do {
      if (at(L, p) == '_') p++;
      if (!is_xdigit(at(L, p))) {
        error_at_pos(L, p, "invalid hexadecimal literal", NULL, 0);
        return (size_t)-1;
      }
      while (is_xdigit(at(L, p))) p++;
    } while (at(L, p) == '_');
    return check_number_end(L, p, "hexadecimal") ? (size_t)-1 : p;
  }
  if (c == '0' && (at(L, p + 1) == 'o' || at(L, p + 1) == 'O' || at(L, p + 1) == 'b' ||
                   at(L, p + 1) == 'B')) {
    int octal = at(L, p + 1) == 'o' || at(L, p + 1) == 'O';
    const char *kind = octal ? "octal" : "binary";
    int maxd = octal ? '7' : '1';
    p += 2;
    do {
      if (at(L, p) == '_') p++;
      c = at(L, p);
      if (c < '0' || c > maxd) {
        if (is_digit(c)) {
          char d[2] = {(char)c, 0};
          error_at_pos(L, p + 1, "invalid digit '%s' in %s literal", d, 0);
          snprintf(L->out->error.msg, sizeof L->out->error.msg,
                   "invalid digit '%c' in %s literal", c, kind);
        } else {
          error_at_pos(L, p, "invalid %s literal", kind, 0);
        }
        return (size_t)-1;
      }
      while (at(L, p) >= '0' && at(L, p) <= maxd) p++;
    } while (at(L, p) == '_');
    c = at(L, p);
    if (is_digit(c)) {
      error_at_pos(L, p + 1, "invalid digit '%s' in %s literal", NULL, 0);
      snprintf(L->out->error.msg, sizeof L->out->error.msg,
               "invalid digit '%c' in %s literal", c, kind);
      return (size_t)-1;
    }
    return check_number_end(L, p, kind) ? (size_t)-1 : p;
  }
  int is_float = 0;
  if (c == '.') {
    goto fraction;
  }
  if (c == '0') {
    /* "0", "00", "0_0", or a float like "09.5"; "0777" is an old-style octal. */
    int nonzero = 0;
    for (;;) {
      if (at(L, p) == '_') {
        p++;
        if (!is_digit(at(L, p))) {
          error_at_pos(L, p, "invalid decimal literal", NULL, 0);
          return (size_t)-1;
        }
      }
      if (at(L, p) != '0') break;
      p++;
    }
    size_t zeros_end = p;
    if (is_digit(at(L, p))) {
      nonzero = 1;
      p = decimal_tail(L, p);
      if (p == (size_t)-1) return p;
    }
    c = at(L, p);
    if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
      /* fall through to the float part below */
    } else if (nonzero) {
      int off = count_chars(L->s, L->line_start, start) + 1;
      int end = count_chars(L->s, L->line_start, zeros_end) + 1;
      set_error(L, PY_LEXERR_RAISED, PY_SYNERR_SyntaxError, L->lineno, off, L->lineno, end,
                "leading zeros in decimal integer literals are not permitted; "
                "use an 0o prefix for octal integers");
      return (size_t)-1;
    } else {
      return check_number_end(L, p, "decimal") ? (size_t)-1 : p;
    }
  } else {
    p = decimal_tail(L, p);
    if (p == (size_t)-1) return p;
  }
  if (at(L, p) == '.') {
  fraction:
    is_float = 1;
    p++;
    if (is_digit(at(L, p))) {
      p = decimal_tail(L, p);
      if (p == (size_t)-1) return p;
    }
  }
  c = at(L, p);
  if (c == 'e' || c == 'E') {
    size_t epos = p;
    p++;
    c = at(L, p);
    if (c == '+' || c == '-') {
      p++;
      if (!is_digit(at(L, p))) {
        error_at_pos(L, p, "invalid decimal literal", NULL, 0);
        return (size_t)-1;
      }
    } else if (!is_digit(c)) {
      /* "1e" is the number 1 followed by the name e... which check_number_end refuses. */
      return check_number_end(L, epos, "decimal") ? (size_t)-1 : epos;
    }
    p = decimal_tail(L, p);
    if (p == (size_t)-1) return p;
    is_float = 1;
  }
  (void)is_float;
  c = at(L, p);
  if (c == 'j' || c == 'J') {
    p++;
    return check_number_end(L, p, "imaginary") ? (size_t)-1 : p;
  }
  return check_number_end(L, p, "decimal") ? (size_t)-1 : p;
}

/* ---- strings ------------------------------------------------------------------------ */

/* Scans a string whose quote is at q (the prefix, if any, starts at L->pos). Handles
 * lines it crosses. Returns 0, or -1 after an error. */
static int scan_string(lexer *L, size_t q, int start_line, size_t start_ls) {
  const size_t tok_start = L->pos;
  char quote = L->s[q];
  size_t p = q + 1;
  int quote_size = 1;
  if (at(L, p) == quote && at(L, p + 1) == quote) {
    quote_size = 3;
    p += 2;
  } else if (at(L, p) == quote) {
    if (emit(L, PY_TOK_STRING, tok_start, p + 1, start_line, start_ls)) return -2;
    L->pos = p + 1;
    return 0;
  }
  int end_quote = 0;
  while (end_quote != quote_size) {
    if (p >= L->n || (quote_size == 1 && L->s[p] == '\n')) {
      /* At the end, the last line is the one the final newline ends (if there is
       * one: eval and single mode strings get none). */
      int detected = L->lineno - (p >= L->n && quote_size == 3 && L->s[L->n - 1] == '\n');
      /* The caret goes on the string's first character, on its first line. */
      int off = count_chars(L->s, start_ls, tok_start) + 1;
      set_error(L, PY_LEXERR_RAISED, PY_SYNERR_SyntaxError, start_line, off, start_line, off,
                quote_size == 3 ? "unterminated triple-quoted string literal (detected at line %d)"
                                : "unterminated string literal (detected at line %d)",
                detected);
      return -1;
    }
    char c = L->s[p++];
    if (c == quote) {
      end_quote++;
    } else {
      end_quote = 0;
      if (c == '\\' && p < L->n) c = L->s[p++];
      if (c == '\n') next_line_at(L, p);
    }
  }
  int r = emit(L, PY_TOK_STRING, tok_start, p, start_line, start_ls);
  L->pos = p;
  return r ? -2 : 0;
}

/* ---- operators ---------------------------------------------------------------------- */

/* The longest operator at s (the source always has a NUL after its last newline, so
 * reading up to 3 bytes ahead stays inside it). */
static py_token_type operator_at(const char *s, size_t *len) {
  static const struct { const char *text; py_token_type type; } ops[] = {
#define OP_ROW(name, text) {text, PY_TOK_##name},
      PY_TOKEN_OPERATORS(OP_ROW)
#undef OP_ROW
  };
  enum { NOPS = sizeof ops / sizeof ops[0] };
  /* Operators indexed by first character, built once (the table is constant). */
  static unsigned char first[128][8];
  static unsigned char count[128];
  static int ready;
  if (!ready) {
    for (size_t i = 0; i < NOPS; i++) {
      unsigned char c = (unsigned char)ops[i].text[0];
      first[c][count[c]++] = (unsigned char)i;
    }
    ready = 1;
  }
  unsigned char c = (unsigned char)s[0];
  py_token_type best = PY_TOK_ERRORTOKEN;
  size_t best_len = 0;
  if (c < 128) {
    for (int k = 0; k < count[c]; k++) {
      const char *t = ops[first[c][k]].text;
      size_t l = t[1] == 0 ? 1 : t[2] == 0 ? 2 : 3;
      if (l > best_len && (l < 2 || s[1] == t[1]) && (l < 3 || s[2] == t[2])) {
        best = ops[first[c][k]].type;
        best_len = l;
      }
    }
  }
  *len = best_len;
  return best;
}

static py_token_type keyword_type(const char *s, size_t n) {
  static const char *const words[] = {
#define KW_ROW(w) #w,
      PY_TOKEN_KEYWORDS(KW_ROW)
#undef KW_ROW
  };
  if (n < 2 || n > 8) return PY_TOK_NAME;
  /* Keywords start with a lowercase letter or F, N, T: skip the rest at once. */
  if (!((s[0] >= 'a' && s[0] <= 'y') || s[0] == 'F' || s[0] == 'N' || s[0] == 'T'))
    return PY_TOK_NAME;
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (words[i][0] == s[0] && strlen(words[i]) == n && memcmp(words[i], s, n) == 0)
      return (py_token_type)(PY_TOK_KW_False + (int)i);
  return PY_TOK_NAME;
}

const char *py_token_name(py_token_type t) {
  static const char *const names[PY_TOK_COUNT] = {
      "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT", "ERRORTOKEN",
#define OP_NAME(name, text) text,
      PY_TOKEN_OPERATORS(OP_NAME)
#undef OP_NAME
#define KW_NAME(w) #w,
      PY_TOKEN_KEYWORDS(KW_NAME)
#undef KW_NAME
  };
  return (unsigned)t < PY_TOK_COUNT ? names[t] : "?";
}

/* ---- the main loop ------------------------------------------------------------------ */

/* Measures the indentation at the start of a line and queues INDENT/DEDENTs. Returns 0,
 * 1 when the line is blank (nothing to do), or -1 after an error. */
/* measure_indent's errors, in a function of its own so that V8 compiles them only for
 * a program that has one (docs/performance.md, "Cold start (session 7)"). Returns -1. */
enum { INDENT_TOO_DEEP, INDENT_UNMATCHED, INDENT_TABS };
static int indent_error(lexer *L, int which) {
  if (which == INDENT_TOO_DEEP) {
    set_error(L, PY_LEXERR_QUIET, PY_SYNERR_IndentationError, L->lineno, 1,
              L->lineno, -1, "too many levels of indentation");
  } else if (which == INDENT_UNMATCHED) {
    size_t e = L->line_start;
    while (e < L->n && L->s[e] != '\n') e++;
    int line_len = count_chars(L->s, L->line_start, e);
    set_error(L, PY_LEXERR_QUIET, PY_SYNERR_IndentationError, L->lineno, line_len + 1,
              L->lineno, -1, "unindent does not match any outer indentation level");
  } else {
    set_error(L, PY_LEXERR_QUIET, PY_SYNERR_TabError, L->lineno, 1, L->lineno, 0,
              "inconsistent use of tabs and spaces in indentation");
  }
  return -1;
}

static int measure_indent(lexer *L) {
  int col = 0, altcol = 0;
  size_t p = L->pos;
  for (;; p++) {
    int c = at(L, p);
    if (c == ' ') {
      col++, altcol++;
    } else if (c == '\t') {
      col = (col / TABSIZE + 1) * TABSIZE;
      altcol++;
    } else if (c == '\f') {
      col = altcol = 0;
    } else {
      break;
    }
  }
  int c = at(L, p);
  /* Without an implied final newline, CPython's tokenizer measures spaces that end the
   * input like a line's indentation ("unexpected indent" for eval(' ') via compile). */
  if (p >= L->n && !(p > L->pos && (L->flags & PY_LEX_NO_FINAL_NEWLINE))) return 1;
  if (c == '#' || c == '\n' || c == '\\') return 1;
  if (L->level > 0) return 0;
  if (col == L->indstack[L->indent]) {
    if (altcol != L->altindstack[L->indent]) return indent_error(L, INDENT_TABS);
  } else if (col > L->indstack[L->indent]) {
    if (L->indent + 1 >= MAXINDENT) return indent_error(L, INDENT_TOO_DEEP);
    if (altcol <= L->altindstack[L->indent]) return indent_error(L, INDENT_TABS);
    L->pendin++;
    L->indent++;
    L->indstack[L->indent] = col;
    L->altindstack[L->indent] = altcol;
  } else {
    while (L->indent > 0 && col < L->indstack[L->indent]) {
      L->pendin--;
      L->indent--;
    }
    if (col != L->indstack[L->indent]) return indent_error(L, INDENT_UNMATCHED);
    if (altcol != L->altindstack[L->indent]) return indent_error(L, INDENT_TABS);
  }
  return 0;
}

/* Emits the queued INDENT/DEDENT tokens at position p of the current line. */
static int flush_indents(lexer *L, size_t p) {
  for (; L->pendin > 0; L->pendin--)
    if (emit_here(L, PY_TOK_INDENT, L->line_start, p)) return -2;
  for (; L->pendin < 0; L->pendin++)
    if (emit_here(L, PY_TOK_DEDENT, p, p)) return -2;
  return 0;
}

/* Records the innermost open bracket and CPython's report for it (raised by its parser,
 * so with a byte column). */
static void note_unclosed(lexer *L) {
  py_tokens *o = L->out;
  if (L->level == 0) return;
  o->has_unclosed = 1;
  o->paren_lineno = L->paren_line[L->level - 1];
  o->paren_col = L->paren_col[L->level - 1];
  o->paren_char = L->parens[L->level - 1];
  py_syntax_error *e = &o->unclosed;
  memset(e, 0, sizeof *e);
  e->type = PY_SYNERR_SyntaxError;
  e->lineno = e->end_lineno = o->paren_lineno;
  e->offset = o->paren_col + 1;
  e->end_offset = 0;
  snprintf(e->msg, sizeof e->msg, "'%c' was never closed", o->paren_char);
}

/* Every character of the identifier s[start..end), which has non-ASCII ones, must be
 * allowed in identifiers: reports the first that is not. 0 when all are, else -1. */
static int check_identifier(lexer *L, size_t start, size_t end) {
  size_t q = start;
  while (q < end) {
    int n;
    unsigned cp = decode_utf8((const unsigned char *)L->s + q, &n);
    if (cp >= 128 && !unicode_id_char(cp)) {
      int off = count_chars(L->s, L->line_start, q + (size_t)n);
      char buf[8] = {0};
      memcpy(buf, L->s + q, (size_t)n);
      if (unicode_printable(cp))
        set_error(L, PY_LEXERR_RAISED, PY_SYNERR_SyntaxError, L->lineno, off, L->lineno,
                  off, "invalid character '%s' (U+%04X)", buf, cp);
      else
        set_error(L, PY_LEXERR_RAISED, PY_SYNERR_SyntaxError, L->lineno, off, L->lineno,
                  off, "invalid non-printable character U+%04X", cp);
      return -1;
    }
    q += (size_t)n;
  }
  return 0;
}

/* A backslash at s[start] outside a string: a line continuation, or an error. 0 when
 * the lexer is on the next line, -1 at an error, -2 when out of memory. */
static int line_continuation(lexer *L, size_t start) {
  if (at(L, start + 1) != '\n') {
    /* CPython puts this caret after the character that follows the backslash (on
     * the backslash when the input ends there). */
    int off = count_chars(L->s, L->line_start, start + 1) + (start + 1 < L->n);
    /* CPython's tokenizer reports this without raising at once: a parser error
     * earlier on the line wins. */
    set_error(L, PY_LEXERR_QUIET, PY_SYNERR_SyntaxError, L->lineno, off, L->lineno, 0,
              "unexpected character after line continuation character");
    return -1;
  }
  L->pos = start + 2;
  if (L->pos >= L->n) {
    int off = count_chars(L->s, L->line_start, start + 1) + 1;
    set_error(L, PY_LEXERR_QUIET, PY_SYNERR_SyntaxError, L->lineno, off, L->lineno, -1,
              "unexpected EOF while parsing");
    return -1;
  }
  return next_line(L) ? -2 : 0;
}

/* A closing bracket c at s[start] that does not match the innermost open one (popped
 * already, L->parens[L->level]): reports it. Returns -1. */
static int bracket_mismatch(lexer *L, int c, size_t start) {
  char open = L->parens[L->level];
  int off = count_chars(L->s, L->line_start, start + 1);
  if (L->paren_line[L->level] != L->lineno)
    set_error(L, PY_LEXERR_RAISED, PY_SYNERR_SyntaxError, L->lineno, off, L->lineno, off,
              "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
              c, open, L->paren_line[L->level]);
  else
    set_error(L, PY_LEXERR_RAISED, PY_SYNERR_SyntaxError, L->lineno, off, L->lineno, off,
              "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
  return -1;
}

/* run()'s rare paths above are functions of their own, so that V8 compiles them only
 * for the programs that reach them (docs/performance.md, "Cold start (session 7)"). */

/* Reads every token. Returns 0 at the end (ENDMARKER emitted), -1 at a tokenizer error,
 * -2 when out of memory. */
static int run(lexer *L) {
  int atbol = 1, blank = 0, r;
  for (;;) {
    if (atbol) {
      atbol = 0;
      r = measure_indent(L);
      if (r < 0) return r;
      blank = r == 1;
      if (!blank && L->level == 0) {
        size_t p = L->pos;
        while (at(L, p) == ' ' || at(L, p) == '\t' || at(L, p) == '\f') p++;
        if (flush_indents(L, p)) return -2;
      }
    }
    /* Skip spaces and a comment (a NEWLINE after a comment starts where the comment
     * does, as in CPython). */
    while (L->pos < L->n && (L->s[L->pos] == ' ' || L->s[L->pos] == '\t' || L->s[L->pos] == '\f'))
      L->pos++;
    size_t comment = (size_t)-1;
    if (L->pos < L->n && L->s[L->pos] == '#') {
      comment = L->pos;
      while (L->pos < L->n && L->s[L->pos] != '\n') L->pos++;
    }
    if (L->pos >= L->n) break;
    size_t start = L->pos;
    int c = (unsigned char)L->s[start];

    if (c == '\n') {
      L->pos++;
      if (!blank && L->level == 0) {
        if (emit_here(L, PY_TOK_NEWLINE, comment != (size_t)-1 ? comment : start, start)) return -2;
      }
      if (next_line(L)) return -2;
      atbol = 1;
      continue;
    }
    if (is_id_start(c)) {
      /* A string prefix (any case-mix of b, r, u, f that Python allows) then a quote? */
      size_t p = start;
      int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
      for (;; p++) {
        int ch = at(L, p);
        if (!(saw_b || saw_u || saw_f) && (ch == 'b' || ch == 'B')) saw_b = 1;
        else if (!(saw_b || saw_u || saw_r || saw_f) && (ch == 'u' || ch == 'U')) saw_u = 1;
        else if (!(saw_r || saw_u) && (ch == 'r' || ch == 'R')) saw_r = 1;
        else if (!(saw_f || saw_b || saw_u) && (ch == 'f' || ch == 'F')) saw_f = 1;
        else break;
      }
      if (p > start && (at(L, p) == '"' || at(L, p) == '\'')) {
        r = scan_string(L, p, L->lineno, L->line_start);
        if (r) return r;
        continue;
      }
      p = start;
      int nonascii = 0;
      while (p < L->n && is_id_char((unsigned char)L->s[p])) {
        if ((unsigned char)L->s[p] >= 128) nonascii = 1;
        p++;
      }
      if (nonascii && check_identifier(L, start, p) < 0) return -1;
      if (emit_here(L, keyword_type(L->s + start, p - start), start, p)) return -2;
      L->pos = p;
      continue;
    }
    if (c == '"' || c == '\'') {
      r = scan_string(L, start, L->lineno, L->line_start);
      if (r) return r;
      continue;
    }
    if (is_digit(c) || (c == '.' && is_digit(at(L, start + 1)))) {
      size_t p = scan_number(L);
      if (p == (size_t)-1) return -1;
      if (emit_here(L, PY_TOK_NUMBER, start, p)) return -2;
      L->pos = p;
      continue;
    }
    if (c == '\\') {
      r = line_continuation(L, start);
      if (r) return r;
      continue;
    }
    size_t oplen;
    py_token_type op = operator_at(L->s + start, &oplen);
    if (op == PY_TOK_ERRORTOKEN) {
      if (c < 128) {
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          snprintf(buf, sizeof buf, "%04X", c);
          return error_at_pos(L, start + 1, "invalid non-printable character U+%s", buf, 0);
        }
        if (emit_here(L, PY_TOK_ERRORTOKEN, start, start + 1)) return -2;
        L->pos = start + 1;
        continue;
      }
    }
    switch (op) {
      case PY_TOK_LPAR: case PY_TOK_LSQB: case PY_TOK_LBRACE:
        if (L->level >= MAXLEVEL) return error_at_pos(L, start + 1, "too many nested parentheses", NULL, 0);
        L->parens[L->level] = (char)c;
        L->paren_line[L->level] = L->lineno;
        L->paren_col[L->level] = (int)(start - L->line_start);
        L->level++;
        break;
      case PY_TOK_RPAR: case PY_TOK_RSQB: case PY_TOK_RBRACE: {
        if (L->level == 0) {
          char s[2] = {(char)c, 0};
          return error_at_pos(L, start + 1, "unmatched '%s'", s, 0);
        }
        L->level--;
        char open = L->parens[L->level];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}')))
          return bracket_mismatch(L, c, start);
        break;
      }
      default:
        break;
    }
    if (emit_here(L, op, start, start + oplen)) return -2;
    L->pos = start + oplen;
  }
  /* End of input. */
  if (L->level > 0) {
    note_unclosed(L);
    L->out->error_kind = PY_LEXERR_EOF_IN_PAREN;
    L->out->error = L->out->unclosed;
    return -1;
  }
  /* DEDENTs and the ENDMARKER sit at the end of the last line, just past its text
   * (where CPython's tokenizer is when it finds the end: col + 1 is its distance from
   * the line's start), with no end column. An empty input has read no line. */
  int last = L->n ? L->out->nlines : 0;
  size_t ls = L->out->line_starts[L->out->nlines - 1];
  int col = (int)(L->n - ls) - 1;
  /* Input that ends inside a line (a string without a final newline) never gets back
   * to a line start, where the DEDENTs are made. */
  int at_line_start = L->n == 0 || L->s[L->n - 1] == '\n';
  int first = L->out->count == 0;
  if (at_line_start) {
    for (; L->indent > 0; L->indent--)
      if (emit_eof(L, PY_TOK_DEDENT, last, col)) return -2;
  }
  if (L->flags & PY_LEX_SINGLE && !first) {
    /* 'single' mode: CPython's parser turns the end of input into a NEWLINE, then the
     * DEDENTs still owed, then the end (_PyPegen_fill_token), unless it is the very
     * first token. */
    if (emit_eof(L, PY_TOK_NEWLINE, last, col)) return -2;
    for (; L->indent > 0; L->indent--)
      if (emit_eof(L, PY_TOK_DEDENT, last, col)) return -2;
  }
  return emit_eof(L, PY_TOK_ENDMARKER, last, col) ? -2 : 0;
}

/* ---- setup -------------------------------------------------------------------------- */

/* Copies the source with \r\n and \r turned into \n and a final \n added when missing
 * (CPython reads files in universal-newline mode and adds the last newline too; it
 * does so for source strings in exec mode only). */
static char *normalize(const char *src, size_t len, int add_newline, size_t *out_len) {
  if (len > ((size_t)-1) / 2) return NULL;
  char *s = py_mem_alloc(len + 2);
  if (!s) return NULL;
  size_t n = 0;
  size_t i = 0;
  if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) i = 3; /* a UTF-8 BOM */
  for (; i < len; i++) {
    if (src[i] == '\r') {
      s[n++] = '\n';
      if (i + 1 < len && src[i + 1] == '\n') i++;
    } else {
      s[n++] = src[i];
    }
  }
  if (add_newline && (n == 0 || s[n - 1] != '\n')) s[n++] = '\n';
  s[n] = '\0';
  *out_len = n;
  return s;
}

/* Checks the bytes are UTF-8; returns the offset of the first bad byte or -1. */
static long bad_utf8(const unsigned char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i];
    size_t k;
    unsigned cp;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xC2 && c <= 0xDF) { k = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { k = 2; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { k = 3; cp = c & 0x07; }
    else return (long)i;
    for (size_t j = 1; j <= k; j++) {
      if (i + j >= n || (s[i + j] & 0xC0) != 0x80) return (long)i;
      cp = (cp << 6) | (s[i + j] & 0x3F);
    }
    if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return (long)i;
    i += k + 1;
  }
  return -1;
}

int py_lexer_tokenize(const char *src, size_t len, py_tokens *out) {
  return py_lexer_tokenize_as(src, len, 0, out);
}

int py_lexer_tokenize_as(const char *src, size_t len, int flags, py_tokens *out) {
  memset(out, 0, sizeof *out);
  size_t n;
  char *s = normalize(src, len, !(flags & PY_LEX_NO_FINAL_NEWLINE), &n);
  if (!s) return -1;
  out->src = s;
  out->len = n;
  out->src_size = len + 2;
  lexer *L = py_mem_calloc(sizeof *L);
  if (!L) goto nomem;
  L->out = out;
  L->s = s;
  L->n = n;
  L->flags = flags;
  L->lineno = 1;
  if (add_line(L, 0)) goto nomem;
  /* Count the lines up front so error offsets can be computed for any line. */
  for (size_t i = 0; i + 1 < n; i++)
    if (s[i] == '\n' && add_line(L, i + 1)) goto nomem;
  const char *nul = memchr(s, '\0', n);
  if (nul) {
    int line = 1;
    for (const char *c = s; c < nul; c++) line += *c == '\n';
    /* Reported on the NUL's line, without a caret. */
    set_error(L, PY_LEXERR_RAISED, PY_SYNERR_SyntaxError, line, 0, line, 0,
              "source code cannot contain null bytes");
    py_mem_free(L, sizeof *L);
    return 0;
  }
  long bad = bad_utf8((const unsigned char *)s, n);
  if (bad >= 0) {
    int line = 1;
    for (long i = 0; i < bad; i++) line += s[i] == '\n';
    set_error(L, PY_LEXERR_RAISED, PY_SYNERR_SyntaxError, 0, 0, 0, 0,
              "Non-UTF-8 code starting with '\\x%02x' in file %%s on line %d, but no encoding "
              "declared; see https://peps.python.org/pep-0263/ for details",
              (unsigned char)s[bad], line);
    out->error.msg_has_filename = 1;
    py_mem_free(L, sizeof *L);
    return 0;
  }
  int r = run(L);
  if (r == -1 && out->error_kind == PY_LEXERR_QUIET) note_unclosed(L);
  py_mem_free(L, sizeof *L);
  if (r == -2) goto nomem_nol;
  return 0;
nomem:
  if (L) py_mem_free(L, sizeof *L);
nomem_nol:
  py_tokens_free(out);
  return -1;
}

void py_tokens_free(py_tokens *t) {
  py_mem_free((void *)t->src, t->src_size);
  py_mem_free(t->line_starts, t->cap_lines * sizeof *t->line_starts);
  py_mem_free(t->tokens, t->cap_tokens * sizeof *t->tokens);
  memset(t, 0, sizeof *t);
}
