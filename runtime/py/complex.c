/* runtime/py/complex.c — the complex type: a pair of doubles with CPython 3.11's
 * arithmetic (the same operation order, so results agree to the last bit), repr,
 * hash, parsing for complex('1+2j') and format().
 *
 * int and float operands are widened to complex(x, 0.0) before any operation, as
 * CPython does; that is why (inf+1j) * 2 has a nan real part. Powers with a small
 * integral exponent use repeated squaring and the others the polar form, again as
 * CPython chooses, and an infinite part in a power's result is an OverflowError. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "py/floatfmt.h"
#include "py/formatspec.h"
#include "py/objimpl.h"
#include "py/pymath.h"
#include "py/scalars.h"

py_object *py_complex_from_doubles(double real, double imag) {
  py_complex_object *o = (py_complex_object *)py_type_alloc(&py_complex_type, 0);
  if (!o) return NULL;
  o->value.real = real;
  o->value.imag = imag;
  return (py_object *)o;
}

/* ===================================================================================
 * Arithmetic on C values (shared with cmath)
 * =================================================================================== */

static py_cdouble c_make(double re, double im) {
  py_cdouble r = {re, im};
  return r;
}

static py_cdouble c_prod(py_cdouble a, py_cdouble b) {
  return c_make(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
}

int py__complex_quot(py_cdouble a, py_cdouble b, py_cdouble *out) {
  /* Smith's method: divide through by the larger part of b so that neither the
   * numerator nor the denominator overflows needlessly. */
  double abs_re = fabs(b.real), abs_im = fabs(b.imag);
  if (abs_re >= abs_im) {
    if (abs_re == 0.0) {
      *out = c_make(0.0, 0.0);
      return -1;
    }
    double ratio = b.imag / b.real;
    double denom = b.real + b.imag * ratio;
    *out = c_make((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  } else if (abs_im >= abs_re) {
    double ratio = b.real / b.imag;
    double denom = b.real * ratio + b.imag;
    *out = c_make((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  } else {
    *out = c_make(NAN, NAN); /* a part of b is a nan */
  }
  return 0;
}

double py__complex_abs(py_cdouble z, bool *overflow) {
  *overflow = false;
  /* An infinite part wins over a nan one (C99 Annex G's hypot rule). */
  if (isinf(z.real) || isinf(z.imag)) return INFINITY;
  if (isnan(z.real) || isnan(z.imag)) return NAN;
  double r = py_hypot(z.real, z.imag);
  if (isinf(r)) *overflow = true;
  return r;
}

/* x ** n for n >= 0 by binary powering, multiplying in the same order as CPython. */
static py_cdouble c_powu(py_cdouble x, long n) {
  py_cdouble r = c_make(1.0, 0.0), p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = c_prod(r, p);
    p = c_prod(p, p);
  }
  return r;
}

/* a ** b: 0 done, 1 zero to a negative or complex power, 2 overflow. */
static int c_pow(py_cdouble a, py_cdouble b, py_cdouble *out) {
  int zero_div = 0;
  if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0) {
    long n = (long)b.real;
    if (n > 0) {
      *out = c_powu(a, n);
    } else {
      py_cdouble p = c_powu(a, -n);
      if (py__complex_quot(c_make(1.0, 0.0), p, out) < 0) zero_div = 1;
    }
  } else if (b.real == 0.0 && b.imag == 0.0) {
    *out = c_make(1.0, 0.0);
  } else if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) zero_div = 1;
    *out = c_make(0.0, 0.0);
  } else {
    double vabs = py_hypot(a.real, a.imag);
    double len = pow(vabs, b.real);
    double at = py_atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
      len /= exp(at * b.imag);
      phase += b.imag * log(vabs);
    }
    *out = c_make(len * py_cos(phase), len * py_sin(phase));
  }
  if (zero_div) return 1;
  if (isinf(out->real) || isinf(out->imag)) return 2;
  return 0;
}

/* ===================================================================================
 * Operands
 * =================================================================================== */

/* An int, float or complex operand as a C complex: 1 done, 0 another type
 * (NotImplemented), -1 error (an int too large for a float). */
static int to_cdouble(py_object *o, py_cdouble *out) {
  if (PY_COMPLEX_CHECK(o)) {
    *out = PY_COMPLEX_VALUE(o);
    return 1;
  }
  if (PY_FLOAT_CHECK(o)) {
    *out = c_make(PY_FLOAT_VALUE(o), 0.0);
    return 1;
  }
  if (PY_INT_CHECK(o)) {
    bool err;
    double d = py__int_to_double(o, &err);
    if (err) return -1;
    *out = c_make(d, 0.0);
    return 1;
  }
  return 0;
}

#define OPERANDS(a, b, x, y)                                                     \
  py_cdouble x, y;                                                               \
  {                                                                              \
    int ra_ = to_cdouble(a, &x);                                                 \
    if (ra_ <= 0) return ra_ < 0 ? NULL : py_newref(PY_NOTIMPLEMENTED);          \
    int rb_ = to_cdouble(b, &y);                                                 \
    if (rb_ <= 0) return rb_ < 0 ? NULL : py_newref(PY_NOTIMPLEMENTED);          \
  }

static py_object *from_c(py_cdouble z) { return py_complex_from_doubles(z.real, z.imag); }

static py_object *complex_add(py_object *a, py_object *b) {
  OPERANDS(a, b, x, y);
  return py_complex_from_doubles(x.real + y.real, x.imag + y.imag);
}
static py_object *complex_sub(py_object *a, py_object *b) {
  OPERANDS(a, b, x, y);
  return py_complex_from_doubles(x.real - y.real, x.imag - y.imag);
}
static py_object *complex_mul(py_object *a, py_object *b) {
  OPERANDS(a, b, x, y);
  return from_c(c_prod(x, y));
}
static py_object *complex_div(py_object *a, py_object *b) {
  OPERANDS(a, b, x, y);
  py_cdouble q;
  if (py__complex_quot(x, y, &q) < 0)
    return py_raise(&py_exc_ZeroDivisionError, "complex division by zero");
  return from_c(q);
}

py_object *py__complex_pow(py_object *a, py_object *b, py_object *mod) {
  OPERANDS(a, b, x, y);
  if (mod != PY_NONE) return py_raise(&py_exc_ValueError, "complex modulo");
  py_cdouble p;
  int rc = c_pow(x, y, &p);
  if (rc == 1)
    return py_raise(&py_exc_ZeroDivisionError, "0.0 to a negative or complex power");
  if (rc == 2) return py_raise(&py_exc_OverflowError, "complex exponentiation");
  return from_c(p);
}
static py_object *complex_pow(py_object *a, py_object *b) {
  return py__complex_pow(a, b, PY_NONE);
}

static py_object *complex_neg(py_object *o) {
  py_cdouble z = PY_COMPLEX_VALUE(o);
  return py_complex_from_doubles(-z.real, -z.imag);
}
static py_object *complex_pos(py_object *o) {
  if (PY_IS_TYPE(o, &py_complex_type)) return py_newref(o);
  return from_c(PY_COMPLEX_VALUE(o));
}
static py_object *complex_abs(py_object *o) {
  bool overflow;
  double r = py__complex_abs(PY_COMPLEX_VALUE(o), &overflow);
  if (overflow) return py_raise(&py_exc_OverflowError, "absolute value too large");
  return py_float_from_double(r);
}
static int complex_truth(py_object *o) {
  py_cdouble z = PY_COMPLEX_VALUE(o);
  return z.real != 0.0 || z.imag != 0.0;
}

/* Only == and != are defined; an int is compared exactly with the real part. */
static py_object *complex_richcompare(py_object *a, py_object *b, int op) {
  if ((op != PY_EQ && op != PY_NE) || !PY_COMPLEX_CHECK(a)) return py_newref(PY_NOTIMPLEMENTED);
  py_cdouble x = PY_COMPLEX_VALUE(a);
  bool equal;
  if (PY_INT_CHECK(b)) {
    equal = x.imag == 0.0 && !isnan(x.real) && py__int_cmp_double(b, x.real) == 0;
  } else if (PY_FLOAT_CHECK(b)) {
    equal = x.imag == 0.0 && x.real == PY_FLOAT_VALUE(b);
  } else if (PY_COMPLEX_CHECK(b)) {
    py_cdouble y = PY_COMPLEX_VALUE(b);
    equal = x.real == y.real && x.imag == y.imag;
  } else {
    return py_newref(PY_NOTIMPLEMENTED);
  }
  return py_bool(op == PY_EQ ? equal : !equal);
}

static py_hash complex_hash(py_object *o) {
  py_cdouble z = PY_COMPLEX_VALUE(o);
  /* hash(real) + 1000003 * hash(imag) in unsigned arithmetic, as CPython combines
   * them, so that a complex with a zero imaginary part hashes like its real part. */
  uint64_t hr = (uint64_t)py__hash_double(o, z.real);
  uint64_t hi = (uint64_t)py__hash_double(o, z.imag);
  py_hash h = (py_hash)(hr + 1000003u * hi);
  return h == -1 ? -2 : h;
}

/* ===================================================================================
 * repr
 * =================================================================================== */

/* repr(x) without the ".0" that a float's repr adds to integral values, optionally
 * with a leading '+' for non-negative values (nan is always "+nan" there). */
static size_t part_repr(double x, bool sign, char *buf) {
  char tmp[PY_FLOAT_REPR_MAX];
  size_t n = py_float_repr(x, tmp);
  if (isnan(x)) n = (size_t)sprintf(tmp, "nan");
  if (n >= 2 && tmp[n - 2] == '.' && tmp[n - 1] == '0') n -= 2;
  size_t w = 0;
  if (sign && tmp[0] != '-') buf[w++] = '+';
  memcpy(buf + w, tmp, n);
  w += n;
  buf[w] = '\0';
  return w;
}

static py_object *complex_repr(py_object *o) {
  py_cdouble z = PY_COMPLEX_VALUE(o);
  char re[PY_FLOAT_REPR_MAX + 2], im[PY_FLOAT_REPR_MAX + 2], out[2 * PY_FLOAT_REPR_MAX + 8];
  int n;
  if (z.real == 0.0 && !signbit(z.real)) {
    /* A +0 real part is left out, and so are the parentheses. */
    part_repr(z.imag, false, im);
    n = snprintf(out, sizeof out, "%sj", im);
  } else {
    part_repr(z.real, false, re);
    part_repr(z.imag, true, im);
    n = snprintf(out, sizeof out, "(%s%sj)", re, im);
  }
  return py_str_from_utf8(out, (size_t)n);
}

/* ===================================================================================
 * complex(real=0, imag=0) and complex('1+2j')
 * =================================================================================== */

static py_object *malformed(void) {
  return py_raise(&py_exc_ValueError, "complex() arg is a malformed string");
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* The length of the float literal at s[0..n) (sign, digits with underscores, point,
 * exponent, or inf/infinity/nan), 0 if there is none. */
static size_t float_extent(const char *s, size_t n) {
  size_t i = 0;
  if (i < n && (s[i] == '+' || s[i] == '-')) i++;
  static const char *const words[] = {"infinity", "inf", "nan"};
  for (size_t w = 0; w < 3; w++) {
    size_t k = strlen(words[w]);
    if (n - i >= k) {
      size_t j = 0;
      while (j < k && (s[i + j] | 0x20) == words[w][j]) j++;
      if (j == k) return i + k;
    }
  }
  size_t digits = 0;
  while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_')) { i++; digits++; }
  if (i < n && s[i] == '.') {
    i++;
    while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_')) { i++; digits++; }
  }
  if (!digits) return 0;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < n && (s[j] == '+' || s[j] == '-')) j++;
    size_t k = j;
    while (k < n && ((s[k] >= '0' && s[k] <= '9') || s[k] == '_')) k++;
    if (k > j) i = k;
  }
  return i;
}

/* Parses one float of s[0..n) exactly (it was delimited by float_extent). */
static int parse_part(const char *s, size_t n, double *out) {
  return py_float_parse(s, n, out) ? -1 : 0;
}

/* The forms CPython accepts, inside optional parentheses and whitespace:
 * "x", "yj", "x+yj", "x-yj", "j", "+j", "-j", "x+j", "x-j". */
static py_object *complex_from_text(py_type *type, const char *s, size_t n) {
  size_t a = 0, b = n;
  while (a < b && is_space(s[a])) a++;
  while (b > a && is_space(s[b - 1])) b--;
  if (a < b && s[a] == '(') {
    if (s[b - 1] != ')') return malformed();
    a++;
    b--;
    while (a < b && is_space(s[a])) a++;
    while (b > a && is_space(s[b - 1])) b--;
  }
  if (a == b) return malformed();
  const char *p = s + a;
  size_t len = b - a;
  double re = 0.0, im = 0.0;
  size_t k = float_extent(p, len);
  if (k == len) {
    if (parse_part(p, k, &re) < 0) return malformed();
  } else if (k > 0 && k == len - 1 && (p[k] == 'j' || p[k] == 'J')) {
    if (parse_part(p, k, &im) < 0) return malformed();
  } else if (k == 0 && (p[0] == '+' || p[0] == '-' || p[0] == 'j' || p[0] == 'J')) {
    /* "j", "+j" or "-j": a bare imaginary unit. */
    size_t sign = (p[0] == '+' || p[0] == '-');
    if (len != sign + 1 || (p[sign] != 'j' && p[sign] != 'J')) return malformed();
    im = p[0] == '-' ? -1.0 : 1.0;
  } else if (k > 0 && k < len && (p[k] == '+' || p[k] == '-')) {
    if (parse_part(p, k, &re) < 0) return malformed();
    const char *q = p + k;
    size_t rest = len - k;
    size_t m = float_extent(q, rest);
    if (m == rest - 1 && (q[m] == 'j' || q[m] == 'J') && m > 1) {
      if (parse_part(q, m, &im) < 0) return malformed();
    } else if (rest == 2 && (q[1] == 'j' || q[1] == 'J')) {
      im = q[0] == '-' ? -1.0 : 1.0;
    } else {
      return malformed();
    }
  } else {
    return malformed();
  }
  if (type == &py_complex_type) return py_complex_from_doubles(re, im);
  py_complex_object *o = (py_complex_object *)py_type_alloc(type, 0);
  if (o) o->value = c_make(re, im);
  return (py_object *)o;
}

static py_object *complex_method_name(void) {
  static py_object *name;
  if (!name) name = py_str_intern_cstr("__complex__");
  return name;
}

/* o.__complex__() if o's type has one: 1 with *out set, 0 without the method, -1
 * error. */
static int call_dunder_complex(py_object *o, py_cdouble *out) {
  py_object *name = complex_method_name();
  if (!name) return -1;
  py_object *f = py_type_lookup(PY_TYPE(o), name);
  if (!f) return 0;
  py_object *r = py__call_prepend(f, o, NULL, 0, NULL);
  if (!r) return -1;
  if (!PY_COMPLEX_CHECK(r)) {
    py_raise(&py_exc_TypeError, "__complex__ returned non-complex (type %T)", r);
    py_decref(r);
    return -1;
  }
  *out = PY_COMPLEX_VALUE(r);
  py_decref(r);
  return 1;
}

int py__complex_from_object(py_object *o, py_cdouble *out) {
  if (PY_COMPLEX_CHECK(o) && PY_IS_TYPE(o, &py_complex_type)) {
    *out = PY_COMPLEX_VALUE(o);
    return 0;
  }
  int rc = call_dunder_complex(o, out);
  if (rc != 0) return rc < 0 ? -1 : 0;
  if (PY_COMPLEX_CHECK(o)) {
    *out = PY_COMPLEX_VALUE(o);
    return 0;
  }
  py_type *t = PY_TYPE(o);
  if (!t->to_float && !t->index) {
    py_raise(&py_exc_TypeError, "must be real number, not %T", o);
    return -1;
  }
  double d = py_as_double(o);
  if (d == -1.0 && py_err_occurred()) return -1;
  *out = c_make(d, 0.0);
  return 0;
}

/* One argument of complex(a, b) that is not a string: *is_complex tells whether it
 * carried an imaginary part. 0 or -1. */
static int number_argument(py_object *o, bool first, py_cdouble *out, bool *is_complex) {
  *is_complex = false;
  int rc = call_dunder_complex(o, out);
  if (rc < 0) return -1;
  if (rc > 0) {
    *is_complex = true;
    return 0;
  }
  if (PY_COMPLEX_CHECK(o)) {
    *out = PY_COMPLEX_VALUE(o);
    *is_complex = true;
    return 0;
  }
  py_type *t = PY_TYPE(o);
  if (!t->to_float && !t->index) {
    py_raise(&py_exc_TypeError,
             first ? "complex() first argument must be a string or a number, not '%s'"
                   : "complex() second argument must be a number, not '%s'",
             t->name);
    return -1;
  }
  double d = py_as_double(o);
  if (d == -1.0 && py_err_occurred()) return -1;
  *out = c_make(d, 0.0);
  return 0;
}

static py_object *complex_new(py_type *type, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  static const char *const names[] = {"real", "imag"};
  static const py_params params = {"complex", names, 2, 0, 2, 0};
  py_object *arg[2];
  if (py_args_bind(&params, args, nargs, kwnames, arg) < 0) return NULL;
  py_object *r = arg[0], *i = arg[1];
  if (r && PY_STR_CHECK(r)) {
    if (i) return py_raise(&py_exc_TypeError, "complex() can't take second arg if first is a string");
    return complex_from_text(type, PY_STR_DATA(r), (size_t)PY_STR_SIZE(r));
  }
  if (i && PY_STR_CHECK(i))
    return py_raise(&py_exc_TypeError, "complex() second arg can't be a string");
  if (r && !i && PY_IS_TYPE(r, &py_complex_type) && type == &py_complex_type)
    return py_newref(r);
  py_cdouble cr = c_make(0.0, 0.0), ci = c_make(0.0, 0.0);
  bool cr_complex = false, ci_complex = false;
  if (r && number_argument(r, true, &cr, &cr_complex) < 0) return NULL;
  if (i && number_argument(i, false, &ci, &ci_complex) < 0) return NULL;
  /* complex(a, b) is a + b*1j, computed part by part so that signed zeros survive. */
  double re = cr.real, im;
  if (ci_complex) re -= ci.imag;
  im = ci.real;
  if (cr_complex) im = i ? im + cr.imag : cr.imag;
  if (type == &py_complex_type) return py_complex_from_doubles(re, im);
  py_complex_object *o = (py_complex_object *)py_type_alloc(type, 0);
  if (o) o->value = c_make(re, im);
  return (py_object *)o;
}

/* ===================================================================================
 * format()
 * =================================================================================== */

static py_object *format_error(int rc, const py_fmt_error *err) {
  if (rc == PY_NUM_ENOMEM) return py_raise_nomemory();
  return py_raise(rc == PY_NUM_EOVERFLOW ? &py_exc_OverflowError : &py_exc_ValueError, "%s",
                  err->msg);
}

/* Formats one part with the number options of spec (no width or fill) into b. In
 * repr mode (`type` 'r') an integral value loses its ".0", as in repr(complex). */
static int format_part(py__strbuf *b, const py_formatspec *spec, double x, char type,
                       char sign) {
  py_formatspec part = *spec;
  part.fill = ' ';
  part.align = 0;
  part.width = -1;
  part.zero = 0;
  part.sign = sign;
  part.type = type == 'r' ? 0 : (uint32_t)type;
  if (type == 'r') part.precision = -1;
  char *s;
  size_t n;
  py_fmt_error err;
  int rc = py_formatspec_float(&part, x, "complex", &s, &n, &err);
  if (rc) {
    format_error(rc, &err);
    return -1;
  }
  size_t keep = n;
  if (type == 'r' && keep >= 2 && s[keep - 2] == '.' && s[keep - 1] == '0') keep -= 2;
  if (isnan(x) && sign == '+' && keep >= 4 && s[0] == '-') s[0] = '+';
  rc = py__strbuf_append(b, s, keep, (py_ssize)keep);
  py_mem_free(s, n + 1);
  return rc;
}

static py_object *complex_format(py_object *self, py_object *spec_str) {
  if (PY_STR_SIZE(spec_str) == 0) return py_str(self);
  py_formatspec spec;
  py_fmt_error err;
  int rc = py_formatspec_parse(PY_STR_DATA(spec_str), (size_t)PY_STR_SIZE(spec_str), "complex",
                               &spec, &err);
  if (rc) return format_error(rc, &err);
  if (spec.zero)
    return py_raise(&py_exc_ValueError, "Zero padding is not allowed in complex format specifier");
  if (spec.align == '=')
    return py_raise(&py_exc_ValueError,
                    "'=' alignment flag is not allowed in complex format specifier");
  py_cdouble z = PY_COMPLEX_VALUE(self);
  char type;
  bool skip_re = false, parens = false;
  switch (spec.type) {
  case 0:
    /* No type: like str(), so a +0 real part is omitted and parentheses added
     * otherwise; a precision switches to 'g'. */
    type = spec.precision < 0 ? 'r' : 'g';
    if (z.real == 0.0 && !signbit(z.real)) skip_re = true;
    else parens = true;
    break;
  case 'n': type = 'g'; break;
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': type = (char)spec.type; break;
  default:
    if (spec.type < 0x80)
      return py_raise(&py_exc_ValueError, "Unknown format code '%c' for object of type 'complex'",
                      (int)spec.type);
    return py_raise(&py_exc_ValueError, "Unknown format code '\\x%x' for object of type 'complex'",
                    (unsigned)spec.type);
  }
  py__strbuf b;
  py__strbuf_init(&b);
  if (parens) py__strbuf_append(&b, "(", 1, 1);
  if (!skip_re && format_part(&b, &spec, z.real, type, spec.sign) < 0) goto fail;
  if (format_part(&b, &spec, z.imag, type, skip_re ? spec.sign : '+') < 0) goto fail;
  py__strbuf_append(&b, parens ? "j)" : "j", parens ? 2 : 1, parens ? 2 : 1);
  py_object *body = py__strbuf_finish(&b);
  if (!body || spec.width < 0) return body;
  /* Width, fill and alignment apply to the whole "(re+imj)", right-aligned by default. */
  py_formatspec pad = spec;
  pad.type = 0;
  pad.sign = 0;
  pad.alt = 0;
  pad.grouping = 0;
  pad.no_neg_0 = 0;
  pad.precision = -1;
  if (!pad.align) pad.align = '>';
  char *s;
  size_t n;
  rc = py_formatspec_str(&pad, PY_STR_DATA(body), (size_t)PY_STR_SIZE(body), "complex", &s, &n,
                         &err);
  py_decref(body);
  if (rc) return format_error(rc, &err);
  py_object *r = py_str_from_utf8(s, n);
  py_mem_free(s, n + 1);
  return r;
fail:
  py__strbuf_free(&b);
  return NULL;
}

/* ===================================================================================
 * Methods and attributes
 * =================================================================================== */

static py_object *complex_conjugate(py_object *self, py_object *const *args, size_t nargs,
                                    py_object *kwnames) {
  (void)args;
  if (py__noargs("complex.conjugate", nargs, kwnames) < 0) return NULL;
  py_cdouble z = PY_COMPLEX_VALUE(self);
  return py_complex_from_doubles(z.real, -z.imag);
}

static py_object *complex_dunder_complex(py_object *self, py_object *const *args,
                                         size_t nargs, py_object *kwnames) {
  (void)args;
  if (py__noargs("complex.__complex__", nargs, kwnames) < 0) return NULL;
  return complex_pos(self);
}

static py_object *complex_getnewargs(py_object *self, py_object *const *args, size_t nargs,
                                     py_object *kwnames) {
  (void)args;
  if (py__noargs("complex.__getnewargs__", nargs, kwnames) < 0) return NULL;
  py_cdouble z = PY_COMPLEX_VALUE(self);
  py_object *re = py_float_from_double(z.real), *im = re ? py_float_from_double(z.imag) : NULL;
  py_object *t = im ? py_tuple_pack(2, re, im) : NULL;
  py_xdecref(re);
  py_xdecref(im);
  return t;
}

static py_object *complex_format_method(py_object *self, py_object *const *args, size_t nargs,
                                        py_object *kwnames) {
  if (py_args_check("complex.__format__", nargs, kwnames, 1, 1) < 0) return NULL;
  if (!PY_STR_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
  return complex_format(self, args[0]);
}

static const py_method_def complex_methods[] = {
    {"conjugate", complex_conjugate, 0, NULL},
    {"__complex__", complex_dunder_complex, 0, NULL},
    {"__getnewargs__", complex_getnewargs, 0, NULL},
    {"__format__", complex_format_method, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static py_object *get_real(py_object *self) {
  return py_float_from_double(PY_COMPLEX_VALUE(self).real);
}
static py_object *get_imag(py_object *self) {
  return py_float_from_double(PY_COMPLEX_VALUE(self).imag);
}

static const py_getset_def complex_getset[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};

py_type py_complex_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "complex",
    .basicsize = sizeof(py_complex_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .methods = complex_methods,
    .getset = complex_getset,
    .new = complex_new,
    .dealloc = py_type_free,
    .getattr = py_generic_getattr,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .number = {
        [PY_OP_ADD] = complex_add, [PY_OP_SUB] = complex_sub, [PY_OP_MUL] = complex_mul,
        [PY_OP_TRUEDIV] = complex_div, [PY_OP_POW] = complex_pow,
    },
    .pow3 = py__complex_pow,
    .neg = complex_neg,
    .pos = complex_pos,
    .abs = complex_abs,
    .truth = complex_truth,
};
