/* runtime/py/mod_math.c — the math module: libm functions behind CPython's error rules
 * ("math domain error" for a nan from a non-nan argument, "math range error" for an
 * overflow), plus the integer functions (gcd, lcm, factorial, isqrt, comb, perm) on
 * arbitrary-precision ints, logarithms of ints of any size, and an exactly rounded
 * fsum. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "py/bigint.h"
#include "py/object.h"
#include "py/pymath.h"
#include "py/scalars.h"

static py_object *domain_error(void) { return py_raise(&py_exc_ValueError, "math domain error"); }
static py_object *range_error(void) { return py_raise(&py_exc_OverflowError, "math range error"); }

/* float(o) for a math argument: "must be real number, not str". */
static int arg_double(py_object *o, double *out) {
  if (PY_FLOAT_CHECK(o)) {
    *out = PY_FLOAT_VALUE(o);
    return 0;
  }
  if (PY_INT_CHECK(o)) {
    bool err;
    *out = py__int_to_double(o, &err);
    return err ? -1 : 0;
  }
  if (!PY_TYPE(o)->to_float && !PY_TYPE(o)->index) {
    py_raise(&py_exc_TypeError, "must be real number, not %T", o);
    return -1;
  }
  *out = py_as_double(o);
  return (*out == -1.0 && py_err_occurred()) ? -1 : 0;
}

/* The result check of CPython's math_1: nan from non-nan is a domain error; inf from
 * a finite argument is a range error when the function can overflow, else domain. */
static py_object *checked(double x, double r, bool can_overflow) {
  if (isnan(r) && !isnan(x)) return domain_error();
  if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
  return py_float_from_double(r);
}

#define MATH_1(pyname, cfn, can_overflow)                                               \
  static py_object *m_##pyname(py_object *self, py_object *const *args, size_t nargs,   \
                               py_object *kw) {                                         \
    (void)self;                                                                         \
    if (py_args_check(#pyname, nargs, kw, 1, 1) < 0) return NULL;                       \
    double x;                                                                           \
    if (arg_double(args[0], &x) < 0) return NULL;                                       \
    errno = 0;                                                                          \
    return checked(x, cfn(x), can_overflow);                                            \
  }

MATH_1(sqrt, sqrt, false)
MATH_1(exp, exp, true)
MATH_1(exp2, exp2, true)
MATH_1(expm1, py_expm1, true)
MATH_1(sin, py_sin, false)
MATH_1(cos, py_cos, false)
MATH_1(tan, py_tan, false)
MATH_1(asin, py_asin, false)
MATH_1(acos, py_acos, false)
MATH_1(atan, py_atan, false)
MATH_1(sinh, py_sinh, true)
MATH_1(cosh, py_cosh, true)
MATH_1(tanh, py_tanh, false)
MATH_1(asinh, py_asinh, false)
MATH_1(acosh, py_acosh, false)
MATH_1(fabs, fabs, false)
MATH_1(erf, py_erf, false)
MATH_1(erfc, py_erfc, false)
MATH_1(cbrt, py_cbrt, false)

static double degrees(double x) { return x * (180.0 / 3.141592653589793238462643383279502884); }
static double radians(double x) { return x * (3.141592653589793238462643383279502884 / 180.0); }
MATH_1(degrees, degrees, true)
MATH_1(radians, radians, false)

/* atanh, log1p: the poles raise "math domain error" (a pole gives inf from a finite
 * argument). */
MATH_1(atanh, atanh, false)
MATH_1(log1p, log1p, false)

/* gamma, lgamma: CPython's math_1a rule, from errno: EDOM is a domain error, ERANGE a
 * range error unless the result is small (an underflow). */
static py_object *errno_checked(double r) {
  if (errno == EDOM) return domain_error();
  if (errno == ERANGE && fabs(r) >= 1.5) return range_error();
  return py_float_from_double(r);
}

static py_object *m_gamma(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("gamma", nargs, kw, 1, 1) < 0) return NULL;
  double x;
  if (arg_double(args[0], &x) < 0) return NULL;
  errno = 0;
  return errno_checked(py_tgamma(x));
}

static py_object *m_lgamma(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("lgamma", nargs, kw, 1, 1) < 0) return NULL;
  double x;
  if (arg_double(args[0], &x) < 0) return NULL;
  errno = 0;
  return errno_checked(py_lgamma(x));
}

/* ---- two-argument functions ---- */

static int two_doubles(const char *name, py_object *const *args, size_t nargs, py_object *kw,
                       double *x, double *y) {
  if (py_args_check(name, nargs, kw, 2, 2) < 0) return -1;
  if (arg_double(args[0], x) < 0 || arg_double(args[1], y) < 0) return -1;
  return 0;
}

static py_object *m_atan2(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  double y, x;
  if (two_doubles("atan2", args, nargs, kw, &y, &x) < 0) return NULL;
  return py_float_from_double(py_atan2(y, x));
}

static py_object *m_copysign(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  double x, y;
  if (two_doubles("copysign", args, nargs, kw, &x, &y) < 0) return NULL;
  return py_float_from_double(copysign(x, y));
}

static py_object *m_fmod(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  double x, y;
  if (two_doubles("fmod", args, nargs, kw, &x, &y) < 0) return NULL;
  if (isinf(y) && isfinite(x)) return py_float_from_double(x);
  if (y == 0 || isinf(x)) {
    if (isnan(x) || isnan(y)) return py_float_from_double(NAN);
    return domain_error();
  }
  return py_float_from_double(fmod(x, y));
}

static py_object *m_remainder(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  double x, y;
  if (two_doubles("remainder", args, nargs, kw, &x, &y) < 0) return NULL;
  if (isnan(x) || isnan(y)) return py_float_from_double(NAN);
  if (isinf(x) || y == 0) return domain_error();
  if (isinf(y)) return py_float_from_double(x);
  return py_float_from_double(remainder(x, y));
}

static py_object *m_pow(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  double x, y;
  if (two_doubles("pow", args, nargs, kw, &x, &y) < 0) return NULL;
  /* CPython's special cases: pow(x, 0) is 1 even for nan, pow(1, y) is 1. */
  if (y == 0 || x == 1) return py_float_from_double(1.0);
  if (isnan(x) || isnan(y)) return py_float_from_double(NAN);
  if (x == 0 && y < 0 && isfinite(y)) return domain_error();
  if (x < 0 && isfinite(x) && isfinite(y) && floor(y) != y) return domain_error();
  double r = pow(x, y);
  if (isinf(r) && isfinite(x) && isfinite(y)) return range_error();
  return py_float_from_double(r);
}

static py_object *m_ldexp(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("ldexp", nargs, kw, 2, 2) < 0) return NULL;
  double x;
  if (arg_double(args[0], &x) < 0) return NULL;
  if (!PY_INT_CHECK(args[1]))
    return py_raise(&py_exc_TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!PY_INT_IS_SMALL(args[1])) e = py__int_sign(args[1]) < 0 ? INT32_MIN : INT32_MAX;
  else e = PY_INT_SMALL(args[1]);
  if (e > 100000) e = 100000;
  if (e < -100000) e = -100000;
  if (x == 0 || !isfinite(x)) return py_float_from_double(x);
  double r = ldexp(x, (int)e);
  if (isinf(r)) return range_error();
  return py_float_from_double(r);
}

static py_object *m_frexp(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("frexp", nargs, kw, 1, 1) < 0) return NULL;
  double x;
  if (arg_double(args[0], &x) < 0) return NULL;
  int e = 0;
  double m = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
  py_object *a = py_float_from_double(m), *b = py_int_from_i64(e);
  py_object *t = (a && b) ? py_tuple_pack(2, a, b) : NULL;
  py_xdecref(a);
  py_xdecref(b);
  return t;
}

static py_object *m_modf(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("modf", nargs, kw, 1, 1) < 0) return NULL;
  double x, ip;
  if (arg_double(args[0], &x) < 0) return NULL;
  double fp = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
  if (isinf(x)) ip = x;
  py_object *a = py_float_from_double(fp), *b = py_float_from_double(ip);
  py_object *t = (a && b) ? py_tuple_pack(2, a, b) : NULL;
  py_xdecref(a);
  py_xdecref(b);
  return t;
}

/* ---- logarithms, exact for ints of any size ---- */

/* log(x) for a float or int argument; ints too big for a double are scaled by a power of
 * two first, as CPython's loghelper does. */
static int log_of(py_object *o, double (*fn)(double), double *out) {
  if (PY_INT_CHECK(o)) {
    if (py__int_sign(o) <= 0) {
      domain_error();
      return -1;
    }
    if (!PY_INT_IS_SMALL(o)) {
      double d;
      if (py_bigint_to_double(((py_int_object *)o)->big, &d) != PY_NUM_OK) {
        uint64_t bits = py_bigint_bit_length(((py_int_object *)o)->big);
        py_bigint *shifted = py_bigint_rshift(((py_int_object *)o)->big, bits - 64);
        if (!shifted) {
          py_raise_nomemory();
          return -1;
        }
        /* As CPython's _PyLong_Frexp: x in [0.5, 1) and the int is x * 2**bits. */
        double m;
        py_bigint_to_double(shifted, &m);
        py_bigint_free(shifted);
        *out = fn(ldexp(m, -64)) + fn(2.0) * (double)bits;
        return 0;
      }
      *out = fn(d);
      return 0;
    }
  }
  double x;
  if (arg_double(o, &x) < 0) return -1;
  if (isnan(x)) {
    *out = x;
    return 0;
  }
  if (x <= 0) {
    domain_error();
    return -1;
  }
  *out = fn(x);
  return 0;
}

static py_object *m_log(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("log", nargs, kw, 1, 2) < 0) return NULL;
  double num, den;
  if (log_of(args[0], log, &num) < 0) return NULL;
  if (nargs == 1) return py_float_from_double(num);
  if (log_of(args[1], log, &den) < 0) return NULL;
  if (den == 0) return py_raise(&py_exc_ZeroDivisionError, "float division by zero");
  return py_float_from_double(num / den);
}

static py_object *m_log2(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("log2", nargs, kw, 1, 1) < 0) return NULL;
  double r;
  if (log_of(args[0], log2, &r) < 0) return NULL;
  return py_float_from_double(r);
}

static py_object *m_log10(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("log10", nargs, kw, 1, 1) < 0) return NULL;
  double r;
  if (log_of(args[0], py_log10, &r) < 0) return NULL;
  return py_float_from_double(r);
}

/* ---- rounding to int: floor, ceil, trunc ---- */

static py_object *call_dunder(py_object *o, const char *dunder, bool *found) {
  py_object *name = py_str_intern_cstr(dunder);
  if (!name) return NULL;
  *found = py_type_lookup(PY_TYPE(o), name) != NULL;
  py_object *r = *found ? py_call_method(o, name, NULL, 0) : NULL;
  py_decref(name);
  return r;
}

static py_object *round_to_int(py_object *o, const char *dunder, double (*fn)(double)) {
  if (PY_IS_TYPE(o, &py_int_type)) return py_newref(o);
  if (PY_IS_TYPE(o, &py_float_type)) return py_int_from_double(fn(PY_FLOAT_VALUE(o)));
  bool found;
  py_object *r = call_dunder(o, dunder, &found);
  if (found || r) return r;
  double x;
  if (arg_double(o, &x) < 0) return NULL;
  return py_int_from_double(fn(x));
}

static py_object *m_floor(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("floor", nargs, kw, 1, 1) < 0) return NULL;
  return round_to_int(args[0], "__floor__", floor);
}
static py_object *m_ceil(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("ceil", nargs, kw, 1, 1) < 0) return NULL;
  return round_to_int(args[0], "__ceil__", ceil);
}
static py_object *m_trunc(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("trunc", nargs, kw, 1, 1) < 0) return NULL;
  py_object *o = args[0];
  if (PY_IS_TYPE(o, &py_float_type)) return py_int_from_double(trunc(PY_FLOAT_VALUE(o)));
  bool found;
  py_object *r = call_dunder(o, "__trunc__", &found);
  if (found || r) return r;
  return py_raise(&py_exc_TypeError, "type %s doesn't define __trunc__ method", PY_TYPE(o)->name);
}

/* ---- predicates and comparisons ---- */

#define PREDICATE(pyname, expr)                                                         \
  static py_object *m_##pyname(py_object *self, py_object *const *args, size_t nargs,   \
                               py_object *kw) {                                         \
    (void)self;                                                                         \
    if (py_args_check(#pyname, nargs, kw, 1, 1) < 0) return NULL;                       \
    double x;                                                                           \
    if (arg_double(args[0], &x) < 0) return NULL;                                       \
    return py_bool(expr);                                                               \
  }
PREDICATE(isnan, isnan(x))
PREDICATE(isinf, isinf(x))
PREDICATE(isfinite, isfinite(x))

static py_object *m_isclose(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
  static const py_params params = {"isclose", names, 4, 0, 2, 2};
  py_object *a[4];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  double x, y, rel = 1e-09, abs_tol = 0.0;
  if (arg_double(a[0], &x) < 0 || arg_double(a[1], &y) < 0) return NULL;
  if (a[2] && arg_double(a[2], &rel) < 0) return NULL;
  if (a[3] && arg_double(a[3], &abs_tol) < 0) return NULL;
  if (rel < 0.0 || abs_tol < 0.0) return py_raise(&py_exc_ValueError, "tolerances must be non-negative");
  if (x == y) return py_bool(1);
  if (isinf(x) || isinf(y)) return py_bool(0);
  double diff = fabs(y - x);
  return py_bool((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || (diff <= abs_tol));
}

/* ---- integer functions ---- */

static py_object *index_arg(py_object *o) { return py_number_index(o); }

static py_object *int_op(py_object *a, int op, py_object *b) { return py_binop(a, b, op); }

static py_object *gcd2(py_object *a, py_object *b) {
  if (PY_INT_IS_SMALL(a) && PY_INT_IS_SMALL(b) && PY_INT_SMALL(a) != INT64_MIN &&
      PY_INT_SMALL(b) != INT64_MIN) {
    int64_t x = PY_INT_SMALL(a), y = PY_INT_SMALL(b);
    if (x < 0) x = -x;
    if (y < 0) y = -y;
    while (y) {
      int64_t t = x % y;
      x = y;
      y = t;
    }
    return py_int_from_i64(x);
  }
  py_bigint *x = py__int_to_bigint(a), *y = x ? py__int_to_bigint(b) : NULL;
  py_bigint *g = y ? py_bigint_gcd(x, y) : NULL;
  py_bigint_free(x);
  py_bigint_free(y);
  return g ? py__int_from_bigint(g) : (x && y ? py_raise_nomemory() : NULL);
}

static py_object *m_gcd(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("gcd", nargs, kw, 0, (size_t)-1) < 0) return NULL;
  py_object *acc = py_int_from_i64(0);
  for (size_t i = 0; i < nargs && acc; i++) {
    py_object *x = index_arg(args[i]);
    if (!x) {
      py_decref(acc);
      return NULL;
    }
    py_object *g = gcd2(acc, x);
    py_decref(x);
    py_decref(acc);
    acc = g;
  }
  return acc;
}

static py_object *m_lcm(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("lcm", nargs, kw, 0, (size_t)-1) < 0) return NULL;
  py_object *acc = py_int_from_i64(1);
  for (size_t i = 0; i < nargs && acc; i++) {
    py_object *x = index_arg(args[i]);
    if (!x) {
      py_decref(acc);
      return NULL;
    }
    py_object *r;
    if (py__int_sign(acc) == 0 || py__int_sign(x) == 0) {
      r = py_int_from_i64(0);
    } else {
      py_object *g = gcd2(acc, x);
      py_object *q = g ? int_op(acc, PY_OP_FLOORDIV, g) : NULL;
      py_object *p = q ? int_op(q, PY_OP_MUL, x) : NULL;
      r = p ? py_absolute(p) : NULL;
      py_xdecref(g);
      py_xdecref(q);
      py_xdecref(p);
    }
    py_decref(x);
    py_decref(acc);
    acc = r;
  }
  return acc;
}

/* The product of the integers in [lo, hi], split in halves so the big multiplications
 * have balanced sizes. */
static py_object *range_product(uint64_t lo, uint64_t hi) {
  if (hi - lo < 16) {
    py_object *acc = py_int_from_u64(lo);
    for (uint64_t k = lo + 1; k <= hi && acc; k++) {
      py_object *kk = py_int_from_u64(k);
      py_object *r = kk ? int_op(acc, PY_OP_MUL, kk) : NULL;
      py_xdecref(kk);
      py_decref(acc);
      acc = r;
    }
    return acc;
  }
  uint64_t mid = lo + (hi - lo) / 2;
  py_object *a = range_product(lo, mid);
  py_object *b = a ? range_product(mid + 1, hi) : NULL;
  py_object *r = b ? int_op(a, PY_OP_MUL, b) : NULL;
  py_xdecref(a);
  py_xdecref(b);
  return r;
}

static py_object *m_factorial(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("factorial", nargs, kw, 1, 1) < 0) return NULL;
  py_object *n = index_arg(args[0]);
  if (!n) return NULL;
  int sign = py__int_sign(n);
  bool small = PY_INT_IS_SMALL(n);
  int64_t v = small ? PY_INT_SMALL(n) : 0;
  py_decref(n);
  if (sign < 0) return py_raise(&py_exc_ValueError, "factorial() not defined for negative values");
  if (!small || v > 100000000)
    return py_raise(&py_exc_OverflowError, "factorial() argument should not exceed %lld",
                    (long long)INT64_MAX);
  if (v < 2) return py_int_from_i64(1);
  return range_product(2, (uint64_t)v);
}

static py_object *m_isqrt(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("isqrt", nargs, kw, 1, 1) < 0) return NULL;
  py_object *n = index_arg(args[0]);
  if (!n) return NULL;
  if (py__int_sign(n) < 0) {
    py_decref(n);
    return py_raise(&py_exc_ValueError, "isqrt() argument must be nonnegative");
  }
  if (PY_INT_IS_SMALL(n)) {
    uint64_t v = (uint64_t)PY_INT_SMALL(n);
    uint64_t r = (uint64_t)sqrt((double)v);
    while (r * r > v) r--;
    while ((r + 1) * (r + 1) <= v && (r + 1) < 4294967296ULL) r++;
    py_decref(n);
    return py_int_from_u64(r);
  }
  /* Newton's iteration from above: x = (x + n // x) // 2 until it stops decreasing. */
  uint64_t bits = py_bigint_bit_length(((py_int_object *)n)->big);
  py_object *one = py_int_from_i64(1);
  py_object *shift = py_int_from_u64((bits + 1) / 2);
  py_object *x = int_op(one, PY_OP_LSHIFT, shift);
  py_decref(shift);
  while (x) {
    py_object *q = int_op(n, PY_OP_FLOORDIV, x);
    py_object *s = q ? int_op(x, PY_OP_ADD, q) : NULL;
    py_object *y = s ? int_op(s, PY_OP_RSHIFT, one) : NULL;
    py_xdecref(q);
    py_xdecref(s);
    if (!y) {
      py_decref(x);
      x = NULL;
      break;
    }
    if (py__int_cmp(y, x) >= 0) {
      py_decref(y);
      break;
    }
    py_decref(x);
    x = y;
  }
  py_decref(n);
  return x;
}

/* comb(n, k) and perm(n, k) by the multiplicative formula with exact ints. */
static py_object *comb_perm(py_object *const *args, size_t nargs, py_object *kw, bool comb) {
  const char *name = comb ? "comb" : "perm";
  if (py_args_check(name, nargs, kw, comb ? 2 : 1, 2) < 0) return NULL;
  py_object *n = index_arg(args[0]);
  if (!n) return NULL;
  py_object *k = (nargs > 1 && args[1] != PY_NONE) ? index_arg(args[1]) : py_newref(n);
  if (!k) {
    py_decref(n);
    return NULL;
  }
  py_object *r = NULL;
  if (py__int_sign(n) < 0) {
    py_raise(&py_exc_ValueError, "n must be a non-negative integer");
  } else if (py__int_sign(k) < 0) {
    py_raise(&py_exc_ValueError, "k must be a non-negative integer");
  } else if (py__int_cmp(k, n) > 0) {
    r = py_int_from_i64(0);
  } else if (!PY_INT_IS_SMALL(k) || !PY_INT_IS_SMALL(n)) {
    py_raise(&py_exc_OverflowError, "%s arguments too large", name);
  } else {
    int64_t nn = PY_INT_SMALL(n), kk = PY_INT_SMALL(k);
    if (comb && kk > nn - kk) kk = nn - kk;
    r = py_int_from_i64(1);
    for (int64_t i = 0; i < kk && r; i++) {
      py_object *f = py_int_from_i64(nn - i);
      py_object *m = f ? int_op(r, PY_OP_MUL, f) : NULL;
      py_xdecref(f);
      py_decref(r);
      r = m;
      if (comb && r) {
        py_object *d = py_int_from_i64(i + 1);
        py_object *q = d ? int_op(r, PY_OP_FLOORDIV, d) : NULL;
        py_xdecref(d);
        py_decref(r);
        r = q;
      }
    }
  }
  py_decref(n);
  py_decref(k);
  return r;
}

static py_object *m_comb(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  return comb_perm(args, nargs, kw, true);
}
static py_object *m_perm(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  return comb_perm(args, nargs, kw, false);
}

/* ---- sums and products ---- */

static py_object *m_prod(py_object *self, py_object *const *args, size_t nargs,
                         py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"iterable", "start"};
  static const py_params params = {"prod", names, 2, 1, 1, 1};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_object *it = py_iter(a[0]);
  if (!it) return NULL;
  py_object *acc = a[1] ? py_newref(a[1]) : py_int_from_i64(1), *x;
  while (acc && (x = py_next(it))) {
    py_object *r = py_binop(acc, x, PY_OP_MUL);
    py_decref(x);
    py_decref(acc);
    acc = r;
  }
  py_decref(it);
  if (acc && py_err_occurred()) PY_CLEAR(acc);
  return acc;
}

/* fsum: Shewchuk's exact partial sums, then the round-half-even correction CPython
 * applies to the last two partials. */
static py_object *m_fsum(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("fsum", nargs, kw, 1, 1) < 0) return NULL;
  py_object *it = py_iter(args[0]);
  if (!it) return NULL;
  size_t cap = 32, n = 0;
  double *p = py_mem_alloc(cap * sizeof *p);
  double special = 0.0, inf_sum = 0.0;
  bool have_special = false;
  py_object *x, *result = NULL;
  if (!p) {
    py_decref(it);
    return py_raise_nomemory();
  }
  while ((x = py_next(it))) {
    double v;
    int rc = arg_double(x, &v);
    py_decref(x);
    if (rc < 0) goto done;
    if (!isfinite(v)) {
      if (isinf(v)) inf_sum += v;
      special += v;
      have_special = true;
      continue;
    }
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
      double y = p[i];
      if (fabs(v) < fabs(y)) {
        double t = v;
        v = y;
        y = t;
      }
      double hi = v + y, lo = y - (hi - v);
      if (lo != 0.0) p[j++] = lo;
      v = hi;
    }
    if (!isfinite(v)) {
      py_raise(&py_exc_OverflowError, "intermediate overflow in fsum");
      goto done;
    }
    n = j;
    if (v == 0.0) continue;
    if (n == cap) {
      double *q = py_mem_realloc(p, cap * sizeof *p, cap * 2 * sizeof *p);
      if (!q) {
        py_raise_nomemory();
        goto done;
      }
      p = q;
      cap *= 2;
    }
    p[n++] = v;
  }
  if (py_err_occurred()) goto done;
  if (have_special) {
    if (isnan(inf_sum)) py_raise(&py_exc_ValueError, "-inf + inf in fsum");
    else result = py_float_from_double(special);
    goto done;
  }
  double hi = 0.0;
  if (n > 0) {
    size_t i = n;
    hi = p[--i];
    double lo = 0.0;
    while (i > 0) {
      double v = hi, y = p[--i];
      hi = v + y;
      double yr = hi - v;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    /* Round half to even across the remaining partials. */
    if (i > 0 && ((lo < 0.0 && p[i - 1] < 0.0) || (lo > 0.0 && p[i - 1] > 0.0))) {
      double y = lo * 2.0, v = hi + y, yr = v - hi;
      if (y == yr) hi = v;
    }
  }
  result = py_float_from_double(hi);
done:
  py_mem_free(p, cap * sizeof *p);
  py_decref(it);
  return result;
}

/* Collects the coordinates of a point (any iterable of numbers) as doubles. */
static int coords(py_object *o, double **out, size_t *n) {
  py_object *list = py_list_from_iterable(o);
  if (!list) return -1;
  *n = (size_t)PY_LIST_SIZE(list);
  *out = py_mem_alloc(*n * sizeof(double) + 1);
  if (!*out) {
    py_decref(list);
    py_raise_nomemory();
    return -1;
  }
  for (size_t i = 0; i < *n; i++) {
    if (arg_double(PY_LIST_ITEMS(list)[i], &(*out)[i]) < 0) {
      py_mem_free(*out, *n * sizeof(double) + 1);
      py_decref(list);
      return -1;
    }
  }
  py_decref(list);
  return 0;
}

/* Replaces each coordinate by its magnitude and returns CPython's norm of them. */
static double norm_of(double *v, size_t n) {
  double max = 0.0;
  bool has_nan = false;
  for (size_t i = 0; i < n; i++) {
    v[i] = fabs(v[i]);
    has_nan |= isnan(v[i]);
    if (v[i] > max) max = v[i];
  }
  return py_math_norm(v, n, max, has_nan);
}

static py_object *m_hypot(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("hypot", nargs, kw, 0, (size_t)-1) < 0) return NULL;
  double v[nargs ? nargs : 1];
  for (size_t i = 0; i < nargs; i++)
    if (arg_double(args[i], &v[i]) < 0) return NULL;
  return py_float_from_double(norm_of(v, nargs));
}

static py_object *m_dist(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("dist", nargs, kw, 2, 2) < 0) return NULL;
  double *p, *q;
  size_t np, nq;
  if (coords(args[0], &p, &np) < 0) return NULL;
  if (coords(args[1], &q, &nq) < 0) {
    py_mem_free(p, np * sizeof(double) + 1);
    return NULL;
  }
  py_object *r;
  if (np != nq) {
    r = py_raise(&py_exc_ValueError, "both points must have the same number of dimensions");
  } else {
    for (size_t i = 0; i < np; i++) p[i] -= q[i];
    r = py_float_from_double(norm_of(p, np));
  }
  py_mem_free(p, np * sizeof(double) + 1);
  py_mem_free(q, nq * sizeof(double) + 1);
  return r;
}

static py_object *m_nextafter(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  double x, y;
  if (two_doubles("nextafter", args, nargs, kw, &x, &y) < 0) return NULL;
  return py_float_from_double(nextafter(x, y));
}

static py_object *m_ulp(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("ulp", nargs, kw, 1, 1) < 0) return NULL;
  double x;
  if (arg_double(args[0], &x) < 0) return NULL;
  if (isnan(x)) return py_float_from_double(x);
  x = fabs(x);
  if (isinf(x)) return py_float_from_double(x);
  double x2 = nextafter(x, INFINITY);
  if (isinf(x2)) return py_float_from_double(x - nextafter(x, -INFINITY));
  return py_float_from_double(x2 - x);
}

static const py_method_def math_functions[] = {
    {"acos", m_acos, 0, NULL},         {"acosh", m_acosh, 0, NULL},
    {"asin", m_asin, 0, NULL},         {"asinh", m_asinh, 0, NULL},
    {"atan", m_atan, 0, NULL},         {"atan2", m_atan2, 0, NULL},
    {"atanh", m_atanh, 0, NULL},       {"cbrt", m_cbrt, 0, NULL},
    {"ceil", m_ceil, 0, NULL},         {"comb", m_comb, 0, NULL},
    {"copysign", m_copysign, 0, NULL}, {"cos", m_cos, 0, NULL},
    {"cosh", m_cosh, 0, NULL},         {"degrees", m_degrees, 0, NULL},
    {"dist", m_dist, 0, NULL},         {"erf", m_erf, 0, NULL},
    {"erfc", m_erfc, 0, NULL},         {"exp", m_exp, 0, NULL},
    {"exp2", m_exp2, 0, NULL},         {"expm1", m_expm1, 0, NULL},
    {"fabs", m_fabs, 0, NULL},         {"factorial", m_factorial, 0, NULL},
    {"floor", m_floor, 0, NULL},       {"fmod", m_fmod, 0, NULL},
    {"frexp", m_frexp, 0, NULL},       {"fsum", m_fsum, 0, NULL},
    {"gamma", m_gamma, 0, NULL},       {"gcd", m_gcd, 0, NULL},
    {"hypot", m_hypot, 0, NULL},       {"isclose", m_isclose, 0, NULL},
    {"isfinite", m_isfinite, 0, NULL}, {"isinf", m_isinf, 0, NULL},
    {"isnan", m_isnan, 0, NULL},       {"isqrt", m_isqrt, 0, NULL},
    {"lcm", m_lcm, 0, NULL},           {"ldexp", m_ldexp, 0, NULL},
    {"lgamma", m_lgamma, 0, NULL},     {"log", m_log, 0, NULL},
    {"log10", m_log10, 0, NULL},       {"log1p", m_log1p, 0, NULL},
    {"log2", m_log2, 0, NULL},         {"modf", m_modf, 0, NULL},
    {"nextafter", m_nextafter, 0, NULL}, {"perm", m_perm, 0, NULL},
    {"pow", m_pow, 0, NULL},           {"prod", m_prod, 0, NULL},
    {"radians", m_radians, 0, NULL},   {"remainder", m_remainder, 0, NULL},
    {"sin", m_sin, 0, NULL},           {"sinh", m_sinh, 0, NULL},
    {"sqrt", m_sqrt, 0, NULL},         {"tan", m_tan, 0, NULL},
    {"tanh", m_tanh, 0, NULL},         {"trunc", m_trunc, 0, NULL},
    {"ulp", m_ulp, 0, NULL},           {NULL, NULL, 0, NULL},
};

py_object *py_mod_math_init(void) {
  py_object *m = py_module_new("math");
  if (!m) return NULL;
  if (py_module_add_functions(m, math_functions) < 0) goto fail;
  struct {
    const char *name;
    double v;
  } consts[] = {{"pi", 3.141592653589793}, {"e", 2.718281828459045},
                {"tau", 6.283185307179586}, {"inf", INFINITY}, {"nan", NAN}};
  for (size_t i = 0; i < sizeof consts / sizeof *consts; i++) {
    py_object *f = py_float_from_double(consts[i].v);
    int r = f ? py_module_add(m, consts[i].name, f) : -1;
    py_xdecref(f);
    if (r < 0) goto fail;
  }
  return m;
fail:
  py_decref(m);
  return NULL;
}
