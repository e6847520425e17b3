/* runtime/py/formatspec.c — format-spec parsing and application, printf-style number
 * conversions; see formatspec.h.
 *
 * Every number, whatever the path (format() of int or float, or '%'), is laid out from
 * the same four parts: sign, prefix ("0x"), the digits that grouping and zero padding
 * apply to, and the rest (fraction, exponent, '%'). emit_number places fill around or
 * between them the way CPython's calc_number_widths does. */
#include "py/formatspec.h"

#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "py/floatfmt.h"
#include "py/mem.h"

/* ==== a small string builder ============================================================= */

typedef struct sb {
  char *s;
  size_t len, cap;
  int oom;
} sb;

static void sb_reserve(sb *b, size_t extra) {
  if (b->oom || b->len + extra + 1 <= b->cap) return;
  size_t cap = b->cap ? b->cap : 32;
  while (cap < b->len + extra + 1) {
    if (cap > SIZE_MAX / 2) {
      b->oom = 1;
      return;
    }
    cap *= 2;
  }
  char *p = b->s ? py_mem_realloc(b->s, b->cap, cap) : py_mem_alloc(cap);
  if (!p) {
    b->oom = 1;
    return;
  }
  b->s = p;
  b->cap = cap;
}

static void sb_put(sb *b, const char *s, size_t n) {
  sb_reserve(b, n);
  if (b->oom) return;
  memcpy(b->s + b->len, s, n);
  b->len += n;
}


/* Encodes code point cp as UTF-8 into buf (4 bytes) and returns the length. */
static size_t utf8_encode(uint32_t cp, char *buf) {
  if (cp < 0x80) {
    buf[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    buf[0] = (char)(0xC0 | (cp >> 6));
    buf[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    buf[0] = (char)(0xE0 | (cp >> 12));
    buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    buf[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  buf[0] = (char)(0xF0 | (cp >> 18));
  buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  buf[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

static void sb_repeat(sb *b, uint32_t cp, int64_t count) {
  if (count <= 0) return;
  char u[4];
  size_t n = utf8_encode(cp, u);
  if ((uint64_t)count > SIZE_MAX / 8) {
    b->oom = 1;
    return;
  }
  sb_reserve(b, n * (size_t)count);
  for (int64_t i = 0; i < count && !b->oom; i++) sb_put(b, u, n);
}

static void sb_free(sb *b) {
  if (b->s) py_mem_free(b->s, b->cap);
  b->s = NULL;
}

/* Hands the text over as a block of exactly len + 1 bytes. */
static int sb_finish(sb *b, char **out, size_t *len) {
  sb_reserve(b, 0);
  if (b->oom) {
    sb_free(b);
    return PY_NUM_ENOMEM;
  }
  b->s[b->len] = '\0';
  char *p = py_mem_realloc(b->s, b->cap, b->len + 1);
  if (!p) {
    sb_free(b);
    return PY_NUM_ENOMEM;
  }
  *out = p;
  *len = b->len;
  return PY_NUM_OK;
}

/* Decodes one UTF-8 code point at s[*i] (s has n bytes) and advances *i. */
static uint32_t utf8_next(const char *s, size_t n, size_t *i) {
  unsigned char c = (unsigned char)s[*i];
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  uint32_t cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
  (*i)++;
  for (int k = 0; k < extra && *i < n; k++) cp = (cp << 6) | ((unsigned char)s[(*i)++] & 0x3F);
  return cp;
}

static size_t utf8_count(const char *s, size_t n) {
  size_t count = 0;
  for (size_t i = 0; i < n; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) count++;
  return count;
}

static int fail(py_fmt_error *err, int code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  va_end(ap);
  return code;
}

/* A presentation type as CPython shows it in messages: the character, or \x.. */
static void type_repr(uint32_t t, char *buf, size_t cap) {
  if (t > 32 && t < 128) snprintf(buf, cap, "%c", (char)t);
  else snprintf(buf, cap, "\\x%" PRIx32, t);
}

/* ==== parsing ============================================================================ */

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Reads decimal digits at spec[*pos]; returns the count, or -1 on overflow. */
static int read_int(const char *spec, size_t n, size_t *pos, int64_t *value) {
  int64_t acc = 0;
  int count = 0;
  while (*pos < n && spec[*pos] >= '0' && spec[*pos] <= '9') {
    int d = spec[*pos] - '0';
    if (acc > (INT64_MAX - d) / 10) return -1;
    acc = acc * 10 + d;
    (*pos)++;
    count++;
  }
  *value = acc;
  return count;
}

int py_formatspec_parse(const char *spec, size_t n, const char *type_name,
                        py_formatspec *out, py_fmt_error *err) {
  py_formatspec f;
  memset(&f, 0, sizeof f);
  f.fill = ' ';
  f.width = -1;
  f.precision = -1;
  f.text = spec;
  f.text_len = n;
  size_t pos = 0;
  int fill_given = 0;
  if (n > 0) {
    size_t second = 0;
    uint32_t first = utf8_next(spec, n, &second);
    if (second < n && is_align((unsigned char)spec[second])) {
      f.fill = first;
      f.align = spec[second];
      fill_given = 1;
      pos = second + 1;
    } else if (is_align(first)) {
      f.align = (char)first;
      pos = 1;
    }
  }
  if (pos < n && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) f.sign = spec[pos++];
  if (pos < n && spec[pos] == 'z') {
    f.no_neg_0 = 1;
    pos++;
  }
  if (pos < n && spec[pos] == '#') {
    f.alt = 1;
    pos++;
  }
  if (!fill_given && pos < n && spec[pos] == '0') {
    f.zero = 1;
    pos++;
  }
  int got = read_int(spec, n, &pos, &f.width);
  if (got < 0) return fail(err, PY_NUM_EVALUE, "Too many decimal digits in format string");
  if (got == 0) f.width = -1;
  if (pos < n && spec[pos] == ',') {
    f.grouping = ',';
    pos++;
  }
  if (pos < n && spec[pos] == '_') {
    if (f.grouping) return fail(err, PY_NUM_EVALUE, "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (pos < n && spec[pos] == ',' && f.grouping == '_')
    return fail(err, PY_NUM_EVALUE, "Cannot specify both ',' and '_'.");
  if (pos < n && spec[pos] == '.') {
    pos++;
    got = read_int(spec, n, &pos, &f.precision);
    if (got < 0) return fail(err, PY_NUM_EVALUE, "Too many decimal digits in format string");
    if (got == 0) return fail(err, PY_NUM_EVALUE, "Format specifier missing precision");
  }
  if (pos < n) {
    size_t after = pos;
    uint32_t t = utf8_next(spec, n, &after);
    if (after < n)
      return fail(err, PY_NUM_EVALUE, "Invalid format specifier '%.*s' for object of type '%s'",
                  (int)n, spec, type_name);
    f.type = t;
  }
  *out = f;
  return PY_NUM_OK;
}

/* Checks the grouping option against the effective type (CPython does this at the end
 * of parsing, with the object's default type); returns the group size or 0. */
static int check_grouping(const py_formatspec *f, uint32_t type, py_fmt_error *err, int *size) {
  *size = 0;
  if (!f->grouping) return PY_NUM_OK;
  switch (type) {
  case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
    *size = 3;
    return PY_NUM_OK;
  case 'b': case 'o': case 'x': case 'X':
    if (f->grouping == '_') {
      *size = 4;
      return PY_NUM_OK;
    }
    break;
  default:
    break;
  }
  char t[16];
  type_repr(type, t, sizeof t);
  return fail(err, PY_NUM_EVALUE, "Cannot specify '%c' with '%s'.", f->grouping, t);
}

static int unknown_type(uint32_t type, const char *type_name, py_fmt_error *err) {
  char t[16];
  type_repr(type, t, sizeof t);
  return fail(err, PY_NUM_EVALUE, "Unknown format code '%s' for object of type '%s'", t,
              type_name);
}

/* ==== laying out a number ================================================================ */

/* The parts of a formatted number; see the file comment. */
typedef struct number {
  const char *sign, *prefix;
  const char *digits;
  size_t ndigits;
  int group;        /* group size, 0 for no grouping */
  char sep;         /* separator when grouping */
  const char *rest;
  size_t nrest;
} number;

/* Appends the digits with separators, padded with zeros (and separators) on the left
 * until at least min_width characters: a separator never starts the result, so a
 * padded result can be one longer than min_width, as in CPython. */
static void put_grouped(sb *o, const number *num, int64_t min_width) {
  size_t cap = num->ndigits * 2 + 2 + (min_width > 0 ? (size_t)min_width * 2 : 0);
  char *tmp = py_mem_alloc(cap);
  if (!tmp) {
    o->oom = 1;
    return;
  }
  size_t w = cap; /* writing right to left */
  int in_group = 0;
  for (size_t i = num->ndigits; i-- > 0;) {
    if (num->group && in_group == num->group) {
      tmp[--w] = num->sep;
      in_group = 0;
    }
    tmp[--w] = num->digits[i];
    in_group++;
  }
  while ((int64_t)(cap - w) < min_width) {
    if (num->group && in_group == num->group) {
      tmp[--w] = num->sep;
      in_group = 0;
    }
    tmp[--w] = '0';
    in_group++;
  }
  sb_put(o, tmp + w, cap - w);
  py_mem_free(tmp, cap);
}

/* Length of the grouped digits without padding. */
static size_t grouped_len(const number *num) {
  if (!num->group || num->ndigits == 0) return num->ndigits;
  return num->ndigits + (num->ndigits - 1) / (size_t)num->group;
}

static void emit_number(sb *o, const number *num, char align, uint32_t fill, int64_t width) {
  size_t lead = strlen(num->sign) + strlen(num->prefix);
  if (align == '=' && fill == '0') {
    /* Zero padding belongs to the digits, so grouping applies to it too. */
    sb_put(o, num->sign, strlen(num->sign));
    sb_put(o, num->prefix, strlen(num->prefix));
    put_grouped(o, num, width - (int64_t)lead - (int64_t)num->nrest);
    sb_put(o, num->rest, num->nrest);
    return;
  }
  int64_t pad = width - (int64_t)(lead + grouped_len(num) + num->nrest);
  if (pad < 0) pad = 0;
  int64_t left = align == '<' ? 0 : align == '^' ? pad / 2 : align == '=' ? 0 : pad;
  int64_t right = align == '<' ? pad : align == '^' ? pad - pad / 2 : 0;
  sb_repeat(o, fill, left);
  sb_put(o, num->sign, strlen(num->sign));
  sb_put(o, num->prefix, strlen(num->prefix));
  if (align == '=') sb_repeat(o, fill, pad);
  put_grouped(o, num, 0);
  sb_put(o, num->rest, num->nrest);
  sb_repeat(o, fill, right);
}

/* The alignment and fill after the '0' flag: numbers default to right alignment, and
 * '0' without an alignment means '='. */
static void number_fill(const py_formatspec *f, char *align, uint32_t *fill) {
  *align = f->align ? f->align : '>';
  *fill = f->fill;
  if (f->zero) {
    *fill = '0';
    if (!f->align) *align = '=';
  }
}

static const char *sign_for(int negative, char sign_opt) {
  if (negative) return "-";
  return sign_opt == '+' ? "+" : sign_opt == ' ' ? " " : "";
}

/* ==== format(): floats =================================================================== */

/* Splits a floatfmt body into the parts of a number. */
static void split_float_body(const char *body, size_t len, char sign_opt, number *num) {
  int neg = body[0] == '-';
  const char *p = body + neg, *end = body + len;
  num->sign = sign_for(neg, sign_opt);
  num->prefix = "";
  num->digits = p;
  if (p < end && (*p >= '0' && *p <= '9')) {
    while (p < end && *p >= '0' && *p <= '9') p++;
  } else {
    /* inf and nan: padded like digits but never grouped */
    while (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) p++;
    num->group = 0;
  }
  num->ndigits = (size_t)(p - num->digits);
  num->rest = p;
  num->nrest = (size_t)(end - p);
}

static int format_float(const py_formatspec *f, double x, int group, char **out, size_t *len,
                        py_fmt_error *err) {
  uint32_t type = f->type;
  if (f->precision > INT_MAX) return fail(err, PY_NUM_EVALUE, "precision too big");
  int flags = (f->alt ? PY_FLOAT_ALT : 0) | (f->no_neg_0 ? PY_FLOAT_NO_NEG_0 : 0);
  char *body;
  size_t blen;
  int rc = py_float_format(x, (char)type, (int)f->precision, flags, &body, &blen);
  if (rc) return rc;
  number num = {0};
  num.group = group;
  num.sep = f->grouping;
  split_float_body(body, blen, f->sign, &num);
  char align;
  uint32_t fill;
  number_fill(f, &align, &fill);
  sb o = {0};
  emit_number(&o, &num, align, fill, f->width);
  py_mem_free(body, blen + 1);
  return sb_finish(&o, out, len);
}

int py_formatspec_float(const py_formatspec *spec, double x, const char *type_name,
                        char **out, size_t *len, py_fmt_error *err) {
  int group;
  int rc = check_grouping(spec, spec->type, err, &group);
  if (rc) return rc;
  switch (spec->type) {
  case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
    return format_float(spec, x, spec->type == 'n' ? 0 : group, out, len, err);
  default:
    return unknown_type(spec->type, type_name, err);
  }
}

/* ==== format(): ints ===================================================================== */

static const char LIMIT_MSG[] =
    "Exceeds the limit (%d digits) for integer string conversion; "
    "use sys.set_int_max_str_digits() to increase the limit";

/* Digits of |v| in base 2, 8, 10 or 16 (lowercase) into a fresh string. */
static int magnitude_digits(const py_bigint *big, int64_t small, int base, char **s, size_t *n,
                            size_t *alloc, py_fmt_error *err) {
  if (big) {
    char *t;
    size_t tl;
    int rc = py_bigint_to_string(big, base, PY_BIGINT_MAX_STR_DIGITS, &t, &tl);
    if (rc == PY_NUM_ELIMIT) return fail(err, PY_NUM_EVALUE, LIMIT_MSG, PY_BIGINT_MAX_STR_DIGITS);
    if (rc) return rc;
    *s = t;
    *alloc = tl + 1;
    *n = tl;
    if (t[0] == '-') {
      memmove(t, t + 1, tl);
      (*n)--;
    }
    return PY_NUM_OK;
  }
  uint64_t m = small < 0 ? 0 - (uint64_t)small : (uint64_t)small;
  char tmp[72];
  size_t w = sizeof tmp;
  do {
    tmp[--w] = "0123456789abcdef"[m % (uint64_t)base];
    m /= (uint64_t)base;
  } while (m);
  *n = sizeof tmp - w;
  *alloc = *n + 1;
  *s = py_mem_alloc(*alloc);
  if (!*s) return PY_NUM_ENOMEM;
  memcpy(*s, tmp + w, *n);
  (*s)[*n] = '\0';
  return PY_NUM_OK;
}

static int is_negative(const py_bigint *big, int64_t small) {
  return big ? big->sign < 0 : small < 0;
}

/* chr(v) for %c and format(v, 'c'), or the range error. */
static int char_of(const py_bigint *big, int64_t small, char *buf, size_t *n, py_fmt_error *err) {
  int64_t v = small;
  if (big && !py_bigint_to_int64(big, &v)) v = -1;
  if (v < 0 || v > 0x10FFFF)
    return fail(err, PY_NUM_EOVERFLOW, "%%c arg not in range(0x110000)");
  *n = utf8_encode((uint32_t)v, buf);
  return PY_NUM_OK;
}

static int format_int(const py_formatspec *f, const py_bigint *big, int64_t small,
                      const char *type_name, char **out, size_t *len, py_fmt_error *err) {
  uint32_t type = f->type ? f->type : 'd';
  int group;
  int rc = check_grouping(f, type, err, &group);
  if (rc) return rc;
  switch (type) {
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
    double x = (double)small;
    if (big && py_bigint_to_double(big, &x))
      return fail(err, PY_NUM_EOVERFLOW, "int too large to convert to float");
    return format_float(f, x, group, out, len, err);
  }
  case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
    break;
  default:
    return unknown_type(type, type_name, err);
  }
  if (f->precision >= 0)
    return fail(err, PY_NUM_EVALUE, "Precision not allowed in integer format specifier");
  if (f->no_neg_0)
    return fail(err, PY_NUM_EVALUE,
                "Negative zero coercion (z) not allowed in integer format specifier");
  char align;
  uint32_t fill;
  number_fill(f, &align, &fill);
  number num = {0};
  num.sign = "";
  num.prefix = "";
  if (type == 'c') {
    if (f->sign)
      return fail(err, PY_NUM_EVALUE, "Sign not allowed with integer format specifier 'c'");
    if (f->alt)
      return fail(err, PY_NUM_EVALUE,
                  "Alternate form (#) not allowed with integer format specifier 'c'");
    char u[4];
    size_t un;
    /* format() converts to a C long first, with its own overflow message. */
    int64_t probe;
    if (big && !py_bigint_to_int64(big, &probe))
      return fail(err, PY_NUM_EOVERFLOW, "Python int too large to convert to C long");
    rc = char_of(big, small, u, &un, err);
    if (rc) return rc;
    /* A character is laid out like text, not like a number, but with the number's
     * default alignment. */
    num.digits = u;
    num.ndigits = un;
    sb o = {0};
    int64_t pad = f->width - 1;
    if (pad < 0) pad = 0;
    if (align == '<') {
      sb_put(&o, u, un);
      sb_repeat(&o, fill, pad);
    } else if (align == '^') {
      sb_repeat(&o, fill, pad / 2);
      sb_put(&o, u, un);
      sb_repeat(&o, fill, pad - pad / 2);
    } else {
      sb_repeat(&o, fill, pad);
      sb_put(&o, u, un);
    }
    return sb_finish(&o, out, len);
  }
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  char *digits;
  size_t nd, alloc;
  rc = magnitude_digits(big, small, base, &digits, &nd, &alloc, err);
  if (rc) return rc;
  if (type == 'X')
    for (size_t i = 0; i < nd; i++)
      if (digits[i] >= 'a') digits[i] = (char)(digits[i] - 32);
  num.sign = sign_for(is_negative(big, small), f->sign);
  if (f->alt)
    num.prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
  num.digits = digits;
  num.ndigits = nd;
  num.group = type == 'n' ? 0 : group;
  num.sep = f->grouping;
  num.rest = "";
  sb o = {0};
  emit_number(&o, &num, align, fill, f->width);
  py_mem_free(digits, alloc);
  return sb_finish(&o, out, len);
}

int py_formatspec_int(const py_formatspec *spec, const py_bigint *v, const char *type_name,
                      char **out, size_t *len, py_fmt_error *err) {
  int64_t small;
  if (py_bigint_to_int64(v, &small)) return format_int(spec, NULL, small, type_name, out, len, err);
  return format_int(spec, v, 0, type_name, out, len, err);
}

int py_formatspec_int64(const py_formatspec *spec, int64_t v, const char *type_name,
                        char **out, size_t *len, py_fmt_error *err) {
  return format_int(spec, NULL, v, type_name, out, len, err);
}

/* ==== format(): str ====================================================================== */

int py_formatspec_str(const py_formatspec *spec, const char *s, size_t n,
                      const char *type_name, char **out, size_t *len, py_fmt_error *err) {
  uint32_t type = spec->type ? spec->type : 's';
  int group;
  int rc = check_grouping(spec, type, err, &group);
  if (rc) return rc;
  if (type != 's') return unknown_type(type, type_name, err);
  if (spec->sign == ' ')
    return fail(err, PY_NUM_EVALUE, "Space not allowed in string format specifier");
  if (spec->sign) return fail(err, PY_NUM_EVALUE, "Sign not allowed in string format specifier");
  if (spec->no_neg_0)
    return fail(err, PY_NUM_EVALUE,
                "Negative zero coercion (z) not allowed in string format specifier");
  if (spec->alt)
    return fail(err, PY_NUM_EVALUE, "Alternate form (#) not allowed in string format specifier");
  if (spec->align == '=')
    return fail(err, PY_NUM_EVALUE, "'=' alignment not allowed in string format specifier");
  /* Precision truncates to that many code points. */
  size_t bytes = n, count = utf8_count(s, n);
  if (spec->precision >= 0 && (uint64_t)spec->precision < count) {
    size_t i = 0;
    for (int64_t k = 0; k < spec->precision; k++) utf8_next(s, n, &i);
    bytes = i;
    count = (size_t)spec->precision;
  }
  char align = spec->align ? spec->align : '<';
  uint32_t fill = spec->zero ? '0' : spec->fill;
  int64_t pad = spec->width - (int64_t)count;
  if (pad < 0) pad = 0;
  int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  sb o = {0};
  sb_repeat(&o, fill, left);
  sb_put(&o, s, bytes);
  sb_repeat(&o, fill, pad - left);
  return sb_finish(&o, out, len);
}

/* ==== printf-style ======================================================================= */

int py_printf_parse(const char *fmt, size_t n, size_t *used, py_printf_spec *out,
                    py_fmt_error *err) {
  py_printf_spec p;
  memset(&p, 0, sizeof p);
  p.width = -1;
  p.precision = -1;
  size_t i = 0;
  for (; i < n; i++) {
    char c = fmt[i];
    if (c == '-') p.left = 1;
    else if (c == '+') p.plus = 1;
    else if (c == ' ') p.space = 1;
    else if (c == '#') p.alt = 1;
    else if (c == '0') p.zero = 1;
    else break;
  }
  if (i < n && fmt[i] == '*') {
    p.width = PY_PRINTF_STAR;
    i++;
  } else if (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
    if (read_int(fmt, n, &i, &p.width) < 0) return fail(err, PY_NUM_EVALUE, "width too big");
  }
  if (i < n && fmt[i] == '.') {
    i++;
    if (i < n && fmt[i] == '*') {
      p.precision = PY_PRINTF_STAR;
      i++;
    } else if (read_int(fmt, n, &i, &p.precision) < 0) {
      return fail(err, PY_NUM_EVALUE, "precision too big");
    }
  }
  while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
  if (i >= n) return fail(err, PY_NUM_EVALUE, "incomplete format");
  p.conv = fmt[i++];
  *used = i;
  *out = p;
  return PY_NUM_OK;
}

/* Pads body (sign and prefix first) to the width: zeros after the sign and prefix with
 * '0', spaces on the right with '-', spaces on the left otherwise. */
static int printf_pad(const py_printf_spec *p, const char *sign, const char *prefix,
                      const char *digits, size_t nd, int zero_ok, char **out, size_t *len) {
  number num = {0};
  num.sign = sign;
  num.prefix = prefix;
  num.digits = digits;
  num.ndigits = nd;
  num.rest = "";
  char align = p->left ? '<' : (p->zero && zero_ok) ? '=' : '>';
  uint32_t fill = align == '=' ? '0' : ' ';
  sb o = {0};
  emit_number(&o, &num, align, fill, p->width);
  return sb_finish(&o, out, len);
}

static int printf_int(const py_printf_spec *p, const py_bigint *big, int64_t small, char **out,
                      size_t *len, py_fmt_error *err) {
  if (p->conv == 'c') {
    char u[4];
    size_t un;
    int rc = char_of(big, small, u, &un, err);
    if (rc) return rc;
    /* Width counts code points; the character is one whatever its UTF-8 length. */
    py_printf_spec q = *p;
    if (q.width > 0) q.width += (int64_t)un - 1;
    return printf_pad(&q, "", "", u, un, 0, out, len);
  }
  int base = p->conv == 'o' ? 8 : (p->conv == 'x' || p->conv == 'X') ? 16 : 10;
  char *digits;
  size_t nd, alloc;
  int rc = magnitude_digits(big, small, base, &digits, &nd, &alloc, err);
  if (rc) return rc;
  if (p->conv == 'X')
    for (size_t i = 0; i < nd; i++)
      if (digits[i] >= 'a') digits[i] = (char)(digits[i] - 32);
  const char *sign = is_negative(big, small) ? "-" : p->plus ? "+" : p->space ? " " : "";
  const char *prefix = "";
  if (p->alt) prefix = p->conv == 'o' ? "0o" : p->conv == 'x' ? "0x" : p->conv == 'X' ? "0X" : "";
  /* A precision is a minimum number of digits. */
  sb d = {0};
  if (p->precision > 0 && (uint64_t)p->precision > nd) sb_repeat(&d, '0', p->precision - (int64_t)nd);
  sb_put(&d, digits, nd);
  py_mem_free(digits, alloc);
  if (d.oom) {
    sb_free(&d);
    return PY_NUM_ENOMEM;
  }
  rc = printf_pad(p, sign, prefix, d.s, d.len, 1, out, len);
  sb_free(&d);
  return rc;
}

int py_printf_int(const py_printf_spec *spec, const py_bigint *v, char **out, size_t *len,
                  py_fmt_error *err) {
  int64_t small;
  if (py_bigint_to_int64(v, &small)) return printf_int(spec, NULL, small, out, len, err);
  return printf_int(spec, v, 0, out, len, err);
}

int py_printf_int64(const py_printf_spec *spec, int64_t v, char **out, size_t *len,
                    py_fmt_error *err) {
  return printf_int(spec, NULL, v, out, len, err);
}

int py_printf_float(const py_printf_spec *spec, double x, char **out, size_t *len,
                    py_fmt_error *err) {
  if (spec->precision > INT_MAX) return fail(err, PY_NUM_EVALUE, "precision too big");
  int prec = spec->precision < 0 ? 6 : (int)spec->precision;
  char *body;
  size_t blen;
  int rc = py_float_format(x, spec->conv, prec, spec->alt ? PY_FLOAT_ALT : 0, &body, &blen);
  if (rc) return rc;
  int neg = body[0] == '-';
  const char *sign = neg ? "-" : spec->plus ? "+" : spec->space ? " " : "";
  rc = printf_pad(spec, sign, "", body + neg, blen - (size_t)neg, 1, out, len);
  py_mem_free(body, blen + 1);
  return rc;
}
