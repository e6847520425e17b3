/* runtime/py/syntax_error.c — CPython 3.11's report for an uncaught SyntaxError; see
 * syntax_error.h. The layout follows print_exception/print_error_text in CPython's
 * Python/pythonrun.c: the line without its indentation, then carets from offset to
 * end_offset (one caret when the end is unknown, the rest of the line when the error
 * spans lines). */
#include "py/syntax_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *py_syntax_error_type_name(py_syntax_error_type t) {
  switch (t) {
    case PY_SYNERR_IndentationError: return "IndentationError";
    case PY_SYNERR_TabError: return "TabError";
    case PY_SYNERR_MemoryError: return "MemoryError";
    default: return "SyntaxError";
  }
}

/* An output cursor that counts what it could not store, as snprintf does. */
typedef struct {
  char *buf;
  size_t cap, len;
} out;

static void put(out *o, const char *s, size_t n) {
  if (o->len < o->cap) {
    size_t room = o->cap - o->len;
    memcpy(o->buf + o->len, s, n < room ? n : room);
  }
  o->len += n;
}

static void putf(out *o, const char *fmt, ...) {
  char tmp[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n > 0) put(o, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* Finds line `lineno` (1-based) of src, as CPython reads it (\r\n and \r end lines). */
static int find_line(const char *src, size_t len, int lineno, const char **start, size_t *n) {
  int line = 1;
  size_t i = 0;
  if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) i = 3;
  size_t ls = i;
  for (; i < len && line < lineno; i++) {
    if (src[i] == '\n' || src[i] == '\r') {
      if (src[i] == '\r' && i + 1 < len && src[i + 1] == '\n') i++;
      line++;
      ls = i + 1;
    }
  }
  if (line != lineno || ls > len) return 0;
  size_t e = ls;
  while (e < len && src[e] != '\n' && src[e] != '\r' && src[e] != '\0') e++;
  if (ls == len && lineno > 1) return 0;
  *start = src + ls;
  *n = e - ls;
  return 1;
}

static size_t utf8_chars(const char *s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
  return c;
}

size_t py_syntax_error_format(const py_syntax_error *e, const char *filename, const char *src,
                              size_t src_len, char *buf, size_t cap) {
  out o = {buf, cap ? cap - 1 : 0, 0};
  if (e->type == PY_SYNERR_MemoryError) {
    putf(&o, "MemoryError\n");
    goto done;
  }
  if (e->lineno > 0) putf(&o, "  File \"%s\", line %d\n", filename, e->lineno);
  const char *text;
  size_t n;
  int have = 0;
  if (e->text[0]) {
    text = e->text;
    n = strlen(e->text);
    have = 1;
  } else if (e->lineno > 0 && src) {
    have = find_line(src, src_len, e->lineno, &text, &n);
  }
  if (have) {
    long offset = e->offset, end_offset = e->end_offset;
    /* CPython reads the end only from a SyntaxError proper, not its subclasses. */
    if (e->type != PY_SYNERR_SyntaxError) end_offset = -1;
    /* The text as CPython holds it ends with a newline: count it in the line's size. */
    long line_size = (long)utf8_chars(text, n) + 1;
    if (e->end_lineno > e->lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    size_t carets = (end_offset > 0 && end_offset > offset) ? (size_t)(end_offset - offset) : 1;
    offset--;
    while (n > 0 && (*text == ' ' || *text == '\t' || *text == '\f')) {
      text++;
      n--;
      offset--;
    }
    long len = (long)utf8_chars(text, n);
    if (offset > len) offset = len;
    put(&o, "    ", 4);
    put(&o, text, n);
    put(&o, "\n", 1);
    if (offset >= 0) {
      put(&o, "    ", 4);
      for (long i = 0; i < offset; i++) put(&o, " ", 1);
      for (size_t i = 0; i < carets; i++) put(&o, "^", 1);
      put(&o, "\n", 1);
    }
  }
  putf(&o, "%s: ", py_syntax_error_type_name(e->type));
  if (e->msg_has_filename) putf(&o, e->msg, filename);
  else put(&o, e->msg, strlen(e->msg));
  put(&o, "\n", 1);
done:
  if (cap) buf[o.len < cap ? o.len : cap - 1] = '\0';
  return o.len;
}
