/* runtime/py/floatfmt.c — float repr, format, round, parse, mod and hash; see floatfmt.h.
 *
 * Every conversion first produces a decimal digit string and a decimal point position
 * (value = 0.DDDD × 10**decpt), in one of three modes: shortest round-trip (repr),
 * n significant digits ('e', 'g') or n digits after the point ('f'). One layout
 * function then places the point, pads with zeros and adds the exponent, following the
 * rules of CPython's PyOS_double_to_string so every corner (precision 0, '#', the
 * switch to exponent form) comes out the same. */
#include "py/floatfmt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/mem.h"

/* ==== digit generation =================================================================== */

/* Decimal digits of a finite |x|: d[0..n) has no trailing zeros ("0" for zero) and the
 * value is 0.d × 10**decpt. `d` is either the inline buffer or heap memory. */
typedef struct digits {
  char *d;
  int n;
  int decpt;
  char inline_buf[40];
  size_t heap_size; /* bytes of heap memory behind d, 0 when inline */
} digits;

static void digits_release(digits *g) {
  if (g->heap_size) py_mem_free(g->d, g->heap_size);
  g->heap_size = 0;
}

/* Returns a scratch buffer of n bytes for g (inline when it fits). */
static char *digits_buffer(digits *g, size_t n) {
  if (n <= sizeof g->inline_buf) {
    g->d = g->inline_buf;
    return g->d;
  }
  g->d = py_mem_alloc(n);
  if (g->d) g->heap_size = n;
  return g->d;
}

/* Drops trailing zeros, keeping "0" with decpt 1 for a zero value. */
static void trim(digits *g) {
  while (g->n > 0 && g->d[g->n - 1] == '0') g->n--;
  if (g->n == 0) {
    g->d[0] = '0';
    g->n = 1;
    g->decpt = 1;
  }
}

/* Parses printf's "%e" output in place: "D.DDDDe±X" becomes the digits, decpt X+1. */
static void take_e_format(digits *g, char *s) {
  char *e = strchr(s, 'e');
  int exp10 = atoi(e + 1);
  int n = 0;
  for (char *p = s; p < e; p++)
    if (*p != '.') g->d[n++] = *p;
  g->n = n;
  g->decpt = exp10 + 1;
  trim(g);
}

/* n significant digits of ax >= 0, correctly rounded (printf's "%.*e"). */
static int sig_digits(double ax, int n, digits *g) {
  size_t size = (size_t)n + 16;
  char *s = digits_buffer(g, size);
  if (!s) return PY_NUM_ENOMEM;
  snprintf(s, size, "%.*e", n - 1, ax);
  take_e_format(g, s);
  return PY_NUM_OK;
}

/* ax >= 0 rounded to n digits after the point, correctly rounded ("%.*f"). */
static int frac_digits(double ax, int n, digits *g) {
  size_t size = (size_t)n + 330;
  char *s = digits_buffer(g, size);
  if (!s) return PY_NUM_ENOMEM;
  snprintf(s, size, "%.*f", n, ax);
  int len = 0, decpt = -1, lead = 1, skipped = 0;
  for (char *p = s; *p; p++) {
    if (*p == '.') {
      decpt = len + skipped;
      continue;
    }
    if (lead && *p == '0') {
      /* A leading zero before the point only shortens the integer part; after the
       * point it moves the first digit right. */
      skipped++;
      continue;
    }
    lead = 0;
    s[len++] = *p;
  }
  if (decpt < 0) decpt = len + skipped;
  g->n = len;
  g->decpt = decpt - skipped;
  trim(g);
  return PY_NUM_OK;
}

/* The shortest digits that read back as ax > 0 (finite), and among equally short ones
 * the closest, by trying every precision: the correctly rounded p-digit value for the
 * smallest p that round-trips, or, near a power of two where the rounding interval is
 * lopsided, its neighbour on the other side. */
static void shortest_by_search(double ax, digits *g) {
  char s[40], t[48];
  g->d = g->inline_buf;
  for (int p = 1; p <= 17; p++) {
    snprintf(s, sizeof s, "%.*e", p - 1, ax);
    double c = strtod(s, NULL);
    if (c == ax) {
      take_e_format(g, s);
      return;
    }
    /* Mantissa as a p-digit integer m, value m × 10**e10. */
    char *e = strchr(s, 'e');
    uint64_t m = 0;
    for (char *q = s; q < e; q++)
      if (*q != '.') m = m * 10 + (uint64_t)(*q - '0');
    int e10 = atoi(e + 1) - (p - 1);
    uint64_t m2 = c < ax ? m + 1 : m - 1;
    if (m2 == 0) continue;
    snprintf(t, sizeof t, "%llue%d", (unsigned long long)m2, e10);
    if (strtod(t, NULL) == ax) {
      int n = snprintf(g->d, sizeof g->inline_buf, "%llu", (unsigned long long)m2);
      g->n = n;
      g->decpt = n + e10;
      trim(g);
      return;
    }
  }
  /* Unreachable: 17 digits always round-trip. */
  snprintf(s, sizeof s, "%.16e", ax);
  take_e_format(g, s);
}

/* The 17 correctly rounded significant digits of ax, from which every shorter
 * rounding can be derived (see rounded_prefix). */
typedef struct digits17 {
  char d[17];
  int exp10; /* ax ≈ d[0].d[1..16] × 10**exp10 */
} digits17;

/* ax rounded to p < 17 significant digits into out[0..p), returning the decimal
 * exponent of out[0]. Rounding the 17-digit string gives the same result as rounding
 * ax itself unless the 17 digits end in exactly half a unit of digit p (a p-digit
 * midpoint closer to ax than the 17-digit value would contradict its correct
 * rounding); only then ask printf for the exact answer. */
static int rounded_prefix(double ax, const digits17 *r, int p, char *out) {
  int up;
  if (r->d[p] != '5') {
    up = r->d[p] > '5';
  } else {
    int rest = 0;
    for (int i = p + 1; i < 17; i++) rest |= r->d[i] != '0';
    if (rest) {
      up = 1;
    } else {
      char s[40];
      snprintf(s, sizeof s, "%.*e", p - 1, ax);
      int n = 0;
      char *e = strchr(s, 'e');
      for (char *q = s; q < e; q++)
        if (*q != '.') out[n++] = *q;
      return atoi(e + 1);
    }
  }
  memcpy(out, r->d, (size_t)p);
  int exp10 = r->exp10;
  if (up) {
    int i = p - 1;
    while (i >= 0 && out[i] == '9') out[i--] = '0';
    if (i >= 0) {
      out[i]++;
    } else {
      /* 99..9 rounded up to 100..0: one more decade. */
      out[0] = '1';
      exp10++;
    }
  }
  return exp10;
}

/* Whether the p digits with decimal exponent exp10 read back as ax. */
static int reads_back(double ax, const char *dig, int p, int exp10) {
  char s[48];
  memcpy(s, dig, (size_t)p);
  snprintf(s + p, sizeof s - (size_t)p, "e%d", exp10 - (p - 1));
  return strtod(s, NULL) == ax;
}

/* Shortest round-trip digits with one printf and a binary search over the precision.
 * Away from powers of two the rounding interval is symmetric, so once the correctly
 * rounded p-digit value reads back, every longer one does too (it is at least as
 * close), and the closest p-digit candidate is the only one that can. */
static void shortest_digits(double ax, digits *g) {
  int e2;
  if (frexp(ax, &e2) == 0.5) {
    shortest_by_search(ax, g);
    return;
  }
  char s[40];
  snprintf(s, sizeof s, "%.16e", ax);
  digits17 r;
  r.d[0] = s[0];
  memcpy(r.d + 1, s + 2, 16);
  r.exp10 = atoi(s + 19);
  int lo = 1, hi = 17;
  char cand[17];
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    int exp10 = rounded_prefix(ax, &r, mid, cand);
    if (reads_back(ax, cand, mid, exp10)) hi = mid;
    else lo = mid + 1;
  }
  g->d = g->inline_buf;
  int exp10 = lo == 17 ? r.exp10 : rounded_prefix(ax, &r, lo, g->d);
  if (lo == 17) memcpy(g->d, r.d, 17);
  g->n = lo;
  g->decpt = exp10 + 1;
  trim(g);
}

/* ==== layout ============================================================================= */

/* Grows a heap string by one byte; the writer below knows its size in advance. */
typedef struct out_buf {
  char *s;
  size_t len, cap;
} out_buf;

static void put(out_buf *o, char c) {
  if (o->len < o->cap) o->s[o->len] = c;
  o->len++;
}

/* Lays out g the way CPython's format_float_short does for `mode` ('e', 'f', 'g',
 * 'r'), where precision is the number of digits asked for ('e': significant digits). */
static void layout(out_buf *o, const digits *g, char mode, int precision, int add_dot_0,
                   int alt, int upper) {
  int decpt = g->decpt, use_exp = 0, vend = g->n;
  switch (mode) {
  case 'e':
    use_exp = 1;
    vend = precision;
    break;
  case 'f':
    vend = decpt + precision;
    break;
  case 'g':
    if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = 1;
    if (alt) vend = precision;
    break;
  default: /* 'r' switches to exponent form at 1e16 */
    if (decpt <= -4 || decpt > 16) use_exp = 1;
    break;
  }
  int exp10 = 0;
  if (use_exp) {
    exp10 = decpt - 1;
    decpt = 1;
  }
  int vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;
  for (int i = vstart; i < vend; i++) {
    if (i == decpt) put(o, '.');
    put(o, i >= 0 && i < g->n ? g->d[i] : '0');
  }
  if (decpt == vend && alt) put(o, '.');
  if (use_exp) {
    char e[16];
    snprintf(e, sizeof e, "%c%c%02d", upper ? 'E' : 'e', exp10 < 0 ? '-' : '+', abs(exp10));
    for (char *p = e; *p; p++) put(o, *p);
  }
}

size_t py_float_repr(double x, char *buf) {
  if (isnan(x)) return (size_t)snprintf(buf, PY_FLOAT_REPR_MAX, "nan");
  if (isinf(x)) return (size_t)snprintf(buf, PY_FLOAT_REPR_MAX, x < 0 ? "-inf" : "inf");
  digits g;
  g.heap_size = 0;
  if (x == 0) {
    g.d = g.inline_buf;
    g.d[0] = '0';
    g.n = 1;
    g.decpt = 1;
  } else {
    shortest_digits(fabs(x), &g);
  }
  out_buf o = {buf, 0, PY_FLOAT_REPR_MAX - 1};
  if (signbit(x)) put(&o, '-');
  layout(&o, &g, 'r', 0, 1, 0, 0);
  buf[o.len] = '\0';
  return o.len;
}

int py_float_format(double x, char type, int precision, int flags, char **out, size_t *len) {
  int alt = (flags & PY_FLOAT_ALT) != 0, add_dot_0 = 0, pct = 0;
  int upper = type == 'E' || type == 'F' || type == 'G';
  char mode;
  switch (type) {
  case 0:
    add_dot_0 = 1;
    mode = precision < 0 ? 'r' : 'g';
    break;
  case 'e': case 'E': mode = 'e'; break;
  case 'f': case 'F': mode = 'f'; break;
  case '%':
    mode = 'f';
    pct = 1;
    x *= 100;
    break;
  default: /* 'g', 'G', 'n' */
    mode = 'g';
    break;
  }
  if (precision < 0) precision = mode == 'r' ? 0 : 6;
  digits g;
  g.heap_size = 0;
  int special = isnan(x) || isinf(x);
  int rc = PY_NUM_OK;
  if (special) {
    g.d = g.inline_buf;
    g.n = 0;
  } else if (mode == 'r') {
    if (x == 0) {
      g.d = g.inline_buf;
      g.d[0] = '0';
      g.n = 1;
      g.decpt = 1;
    } else {
      shortest_digits(fabs(x), &g);
    }
  } else if (mode == 'f') {
    rc = frac_digits(fabs(x), precision, &g);
  } else {
    if (mode == 'e') precision++;
    if (precision == 0) precision = 1;
    rc = sig_digits(fabs(x), precision, &g);
  }
  if (rc) return rc;
  int neg = signbit(x) && !isnan(x);
  if (neg && !special && (flags & PY_FLOAT_NO_NEG_0) && g.n == 1 && g.d[0] == '0') neg = 0;
  /* Measure, then write: the first pass with cap 0 only counts. */
  out_buf o = {NULL, 0, 0};
  for (int pass = 0; pass < 2; pass++) {
    if (neg) put(&o, '-');
    if (special) {
      const char *w = isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
      for (; *w; w++) put(&o, *w);
    } else {
      layout(&o, &g, mode, precision, add_dot_0, alt, upper);
    }
    if (pct) put(&o, '%');
    if (pass == 0) {
      size_t need = o.len;
      o.s = py_mem_alloc(need + 1);
      if (!o.s) {
        digits_release(&g);
        return PY_NUM_ENOMEM;
      }
      o.cap = need;
      o.len = 0;
    }
  }
  o.s[o.len] = '\0';
  digits_release(&g);
  *out = o.s;
  *len = o.len;
  return PY_NUM_OK;
}

/* ==== round ============================================================================== */

double py_float_round_half_even(double x) {
  double r = round(x); /* halves away from zero */
  if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
  return r;
}

/* round(x, -k) for 1 <= k <= 308: exact integer arithmetic on trunc(|x|), since only
 * the integer part decides, with the fraction breaking an exact tie upwards. */
static int round_to_tens(double x, int k, double *out) {
  double ax = fabs(x), ip = trunc(ax);
  int frac_nonzero = ax != ip;
  py_bigint *n = NULL, *ten = py_bigint_from_int64(10), *kk = py_bigint_from_int64(k);
  py_bigint *p = NULL, *q = NULL, *r = NULL, *r2 = NULL, *res = NULL;
  int rc = PY_NUM_ENOMEM;
  if (!ten || !kk) goto done;
  if (py_bigint_from_double(ip, &n) || py_bigint_pow(ten, kk, NULL, &p)) goto done;
  if (py_bigint_divmod(n, p, &q, &r)) goto done;
  r2 = py_bigint_add(r, r);
  if (!r2) goto done;
  int c = py_bigint_cmp(r2, p);
  if (c > 0 || (c == 0 && (frac_nonzero || (q->len && (q->d[0] & 1))))) {
    py_bigint *one = py_bigint_from_int64(1), *t = one ? py_bigint_add(q, one) : NULL;
    py_bigint_free(one);
    if (!t) goto done;
    py_bigint_free(q);
    q = t;
  }
  res = py_bigint_mul(q, p);
  if (!res) goto done;
  double d;
  rc = py_bigint_to_double(res, &d);
  if (rc == PY_NUM_OK) *out = copysign(d, x);
done:
  py_bigint_free(n);
  py_bigint_free(ten);
  py_bigint_free(kk);
  py_bigint_free(p);
  py_bigint_free(q);
  py_bigint_free(r);
  py_bigint_free(r2);
  py_bigint_free(res);
  return rc;
}

/* The most digits that can matter for a double, and the shift below which every
 * finite double rounds to zero (CPython's NDIGITS_MAX and NDIGITS_MIN). */
#define ROUND_NDIGITS_MAX 323
#define ROUND_NDIGITS_MIN (-308)

int py_float_round(double x, int64_t ndigits, double *out) {
  if (ndigits > ROUND_NDIGITS_MAX || x == 0 || !isfinite(x)) {
    *out = x;
    return PY_NUM_OK;
  }
  if (ndigits < ROUND_NDIGITS_MIN) {
    *out = 0.0 * x;
    return PY_NUM_OK;
  }
  if (ndigits < 0) return round_to_tens(x, (int)-ndigits, out);
  /* printf's "%.*f" rounds the exact binary value half to even, and strtod reads the
   * decimal string back correctly rounded: together, CPython's double_round. */
  char buf[ROUND_NDIGITS_MAX + 340];
  snprintf(buf, sizeof buf, "%.*f", (int)ndigits, x);
  double r = strtod(buf, NULL);
  if (isinf(r)) return PY_NUM_EOVERFLOW;
  *out = r;
  return PY_NUM_OK;
}

/* ==== parse ============================================================================== */

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Case-insensitive match of s[0..n) against a lowercase word. */
static int word_is(const char *s, size_t n, const char *w) {
  if (strlen(w) != n) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != w[i]) return 0;
  }
  return 1;
}

/* Copies a digit run with single underscores between digits into *w; returns the
 * number of digits, or -1 when an underscore is misplaced. */
static long digit_run(const char *s, size_t n, size_t *i, char **w) {
  long count = 0;
  while (*i < n) {
    if (is_digit(s[*i])) {
      *(*w)++ = s[(*i)++];
      count++;
    } else if (s[*i] == '_' && count > 0 && *i + 1 < n && is_digit(s[*i + 1])) {
      (*i)++;
    } else {
      break;
    }
  }
  return count;
}

int py_float_parse(const char *s, size_t n, double *out) {
  size_t i = 0, end = n;
  while (i < end && is_space(s[i])) i++;
  while (end > i && is_space(s[end - 1])) end--;
  int neg = 0;
  size_t body = i;
  if (i < end && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    body = ++i;
  }
  if (word_is(s + body, end - body, "inf") || word_is(s + body, end - body, "infinity")) {
    *out = neg ? -INFINITY : INFINITY;
    return PY_NUM_OK;
  }
  if (word_is(s + body, end - body, "nan")) {
    *out = neg ? -NAN : NAN;
    return PY_NUM_OK;
  }
  /* Validate the literal while copying it without underscores, then let strtod do the
   * correctly rounded conversion of the clean text. */
  size_t size = end - i + 2;
  char *clean = py_mem_alloc(size);
  if (!clean) return PY_NUM_ENOMEM;
  char *w = clean;
  if (neg) *w++ = '-';
  long int_digits = digit_run(s, end, &i, &w), frac = 0;
  if (i < end && s[i] == '.') {
    *w++ = s[i++];
    frac = digit_run(s, end, &i, &w);
  }
  int ok = int_digits > 0 || frac > 0;
  if (ok && i < end && (s[i] == 'e' || s[i] == 'E')) {
    *w++ = s[i++];
    if (i < end && (s[i] == '+' || s[i] == '-')) *w++ = s[i++];
    ok = digit_run(s, end, &i, &w) > 0;
  }
  ok = ok && i == end;
  *w = '\0';
  if (ok) *out = strtod(clean, NULL);
  py_mem_free(clean, size);
  return ok ? PY_NUM_OK : PY_NUM_EVALUE;
}

/* ==== hex ================================================================================= */

size_t py_float_hex(double x, char *buf) {
  if (isnan(x)) return (size_t)snprintf(buf, PY_FLOAT_REPR_MAX, "nan");
  if (isinf(x)) return (size_t)snprintf(buf, PY_FLOAT_REPR_MAX, x < 0 ? "-inf" : "inf");
  const char *sign = signbit(x) ? "-" : "";
  if (x == 0) return (size_t)snprintf(buf, PY_FLOAT_REPR_MAX, "%s0x0.0p+0", sign);
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  uint64_t mant = bits & (((uint64_t)1 << 52) - 1);
  int biased = (int)((bits >> 52) & 0x7FF);
  /* Normal numbers lead with 1 and their own exponent; subnormals with 0 and -1022. */
  int lead = biased ? 1 : 0, exp2 = biased ? biased - 1023 : -1022;
  return (size_t)snprintf(buf, PY_FLOAT_REPR_MAX, "%s0x%d.%013llxp%+d", sign, lead,
                          (unsigned long long)mant, exp2);
}

static int is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int py_float_fromhex(const char *s, size_t n, double *out) {
  size_t i = 0, end = n;
  while (i < end && is_space(s[i])) i++;
  while (end > i && is_space(s[end - 1])) end--;
  int neg = 0;
  if (i < end && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  if (word_is(s + i, end - i, "inf") || word_is(s + i, end - i, "infinity")) {
    *out = neg ? -INFINITY : INFINITY;
    return PY_NUM_OK;
  }
  if (word_is(s + i, end - i, "nan")) {
    *out = neg ? -NAN : NAN;
    return PY_NUM_OK;
  }
  if (i + 1 < end && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
  /* Validate, then hand C99's hex-float strtod a clean "0x...p..." (it rounds
   * correctly, half to even, like CPython's own conversion). */
  size_t size = (end - i) + 8;
  char *clean = py_mem_alloc(size);
  if (!clean) return PY_NUM_ENOMEM;
  char *w = clean;
  *w++ = '0';
  *w++ = 'x';
  size_t digits = 0;
  while (i < end && is_hex(s[i])) {
    *w++ = s[i++];
    digits++;
  }
  if (i < end && s[i] == '.') {
    *w++ = s[i++];
    while (i < end && is_hex(s[i])) {
      *w++ = s[i++];
      digits++;
    }
  }
  int ok = digits > 0;
  if (ok && i < end && (s[i] == 'p' || s[i] == 'P')) {
    *w++ = 'p';
    i++;
    if (i < end && (s[i] == '+' || s[i] == '-')) *w++ = s[i++];
    size_t expdigits = 0;
    while (i < end && is_digit(s[i])) {
      *w++ = s[i++];
      expdigits++;
    }
    ok = expdigits > 0;
  }
  ok = ok && i == end;
  *w = '\0';
  double v = ok ? strtod(clean, NULL) : 0;
  py_mem_free(clean, size);
  if (!ok) return PY_NUM_EVALUE;
  if (isinf(v)) return PY_NUM_EOVERFLOW;
  *out = neg ? -v : v;
  return PY_NUM_OK;
}

/* ==== arithmetic ========================================================================= */

int py_float_mod(double x, double y, double *out) {
  double q;
  return py_float_divmod(x, y, &q, out);
}

int py_float_floordiv(double x, double y, double *out) {
  double r;
  return py_float_divmod(x, y, out, &r);
}

int py_float_divmod(double x, double y, double *q, double *r) {
  if (y == 0) return PY_NUM_EZERODIV;
  double mod = fmod(x, y);
  /* fmod is exact; (x - mod) / y is then very nearly an integer. */
  double div = (x - mod) / y;
  if (mod != 0) {
    /* The remainder takes the divisor's sign, moving the quotient down by one. */
    if ((y < 0) != (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = copysign(0.0, y);
  }
  double floordiv;
  if (div != 0) {
    floordiv = floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = copysign(0.0, x / y);
  }
  *q = floordiv;
  *r = mod;
  return PY_NUM_OK;
}

/* ==== hash =============================================================================== */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

int64_t py_float_hash(double x) {
  if (isnan(x)) return 0;
  if (isinf(x)) return x > 0 ? HASH_INF : -HASH_INF;
  if (x == 0) return 0;
  /* |x| = m × 2**e with m a 53-bit integer; since 2**61 ≡ 1 modulo 2**61 - 1, the
   * power of two is a rotation of m within 61 bits by e mod 61. */
  int e;
  double f = frexp(fabs(x), &e);
  uint64_t m = (uint64_t)ldexp(f, 53);
  e -= 53;
  int s = e % HASH_BITS;
  if (s < 0) s += HASH_BITS;
  uint64_t h = s ? (((m << s) & HASH_MODULUS) | (m >> (HASH_BITS - s))) : m;
  if (h >= HASH_MODULUS) h -= HASH_MODULUS;
  int64_t v = (int64_t)h;
  if (x < 0) v = -v;
  return v == -1 ? -2 : v;
}
