/* runtime/py/mod_cmath.c — the cmath module: complex square roots, exponentials,
 * logarithms, trigonometric and hyperbolic functions and their inverses.
 *
 * For finite arguments each function follows the same formulas as CPython's cmath
 * (Kahan's branch-cut-correct algorithms, with rescaling where an intermediate would
 * overflow or go subnormal), so results agree to the last bit with the same libm.
 * Infinite and nan arguments go to the C library's complex functions, whose special
 * values are C99 Annex G's, the table CPython also follows; where Annex G leaves the
 * sign of a zero or infinity open, or allows a nan part, the choice CPython makes is
 * applied after the call (python3 observed on every mix of ±inf, nan, ±0 and finite
 * parts). A nan produced from arguments without one is a "math domain error", as in
 * CPython's tables.
 * Errors: "math domain error" (ValueError) and "math range error" (OverflowError). */
#include <complex.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "py/objimpl.h"
#include "py/pymath.h"
#include "py/scalars.h"

/* Thresholds of the rescaling branches. */
#define LARGE_DOUBLE (DBL_MAX / 4.0)
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153 /* sqrt(DBL_MAX / 4) */
#define LOG_LARGE_DOUBLE 708.39641853226408      /* log(DBL_MAX / 4) */
#define SQRT_DBL_MIN 1.4916681462400413e-154      /* sqrt(DBL_MIN) */
#define SCALE_UP 53                               /* 2 * (DBL_MANT_DIG / 2) + 1 */
#define SCALE_DOWN (-27)                          /* -(SCALE_UP + 1) / 2 */
#define LN2 0.6931471805599453094
#define LN10 2.302585092994045684

/* How a computation ended, as CPython's errno convention. */
enum { OK, EDOM_, ERANGE_ };

typedef py_cdouble cd;
static cd mk(double re, double im) {
  cd r = {re, im};
  return r;
}
static bool all_finite(cd z) { return isfinite(z.real) && isfinite(z.imag); }
static cd from_c99(double complex z) { return mk(creal(z), cimag(z)); }
/* C11 lays a double complex out as double[2] (real, imaginary); building it through
 * memory keeps infinities and nans intact, where re + im * I would not (and CMPLX
 * is missing from some compilers' headers). */
static double complex to_c99(cd z) {
  double parts[2] = {z.real, z.imag};
  double complex c;
  memcpy(&c, parts, sizeof c);
  return c;
}

/* ---- the functions on finite values ------------------------------------------------ */

static cd c_sqrt(cd z, int *st) {
  *st = OK;
  if (z.real == -INFINITY && isnan(z.imag)) return mk(NAN, INFINITY);
  if (!all_finite(z)) return from_c99(csqrt(to_c99(z)));
  if (z.real == 0.0 && z.imag == 0.0) return mk(0.0, z.imag);
  double ax = fabs(z.real), ay = fabs(z.imag), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    /* hypot(ax, ay) would be subnormal: scale up first. */
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(sqrt(ax + py_hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8.0;
    s = 2.0 * sqrt(ax + py_hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  if (z.real >= 0.0) return mk(s, copysign(d, z.imag));
  return mk(d, copysign(s, z.imag));
}

static cd c_exp(cd z, int *st) {
  *st = OK;
  if (z.real == -INFINITY && !isfinite(z.imag)) return mk(0.0, 0.0);
  if (!all_finite(z)) return from_c99(cexp(to_c99(z)));
  cd r;
  if (z.real > LOG_LARGE_DOUBLE) {
    double l = exp(z.real - 1.0);
    r = mk(l * py_cos(z.imag) * M_E, l * py_sin(z.imag) * M_E);
  } else {
    double l = exp(z.real);
    r = mk(l * py_cos(z.imag), l * py_sin(z.imag));
  }
  if (isinf(r.real) || isinf(r.imag)) *st = ERANGE_;
  return r;
}

static cd c_log(cd z, int *st) {
  *st = OK;
  if (!all_finite(z)) return from_c99(clog(to_c99(z)));
  double ax = fabs(z.real), ay = fabs(z.imag), re;
  if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
    re = log(py_hypot(ax / 2.0, ay / 2.0)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0.0 || ay > 0.0) {
      re = log(py_hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * LN2;
    } else {
      *st = EDOM_; /* log(0) */
      return mk(-INFINITY, py_atan2(z.imag, z.real));
    }
  } else {
    double h = py_hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      /* Near the unit circle log(h) loses digits; log1p of h*h - 1 does not. */
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2.0;
    } else {
      re = log(h);
    }
  }
  return mk(re, py_atan2(z.imag, z.real));
}

static cd c_cosh(cd z, int *st) {
  *st = OK;
  if ((isnan(z.real) && z.imag == 0.0) || (z.real == 0.0 && isnan(z.imag))) return mk(NAN, 0.0);
  if (!all_finite(z)) return from_c99(ccosh(to_c99(z)));
  cd r;
  if (fabs(z.real) > LOG_LARGE_DOUBLE) {
    double x1 = z.real - copysign(1.0, z.real);
    r = mk(py_cos(z.imag) * py_cosh(x1) * M_E, py_sin(z.imag) * py_sinh(x1) * M_E);
  } else {
    r = mk(py_cos(z.imag) * py_cosh(z.real), py_sin(z.imag) * py_sinh(z.real));
  }
  if (isinf(r.real) || isinf(r.imag)) *st = ERANGE_;
  return r;
}

static cd c_sinh(cd z, int *st) {
  *st = OK;
  if (z.real == 0.0 && isnan(z.imag)) return mk(0.0, NAN);
  if (!all_finite(z)) return from_c99(csinh(to_c99(z)));
  cd r;
  if (fabs(z.real) > LOG_LARGE_DOUBLE) {
    double x1 = z.real - copysign(1.0, z.real);
    r = mk(py_cos(z.imag) * py_sinh(x1) * M_E, py_sin(z.imag) * py_cosh(x1) * M_E);
  } else {
    r = mk(py_cos(z.imag) * py_sinh(z.real), py_sin(z.imag) * py_cosh(z.real));
  }
  if (isinf(r.real) || isinf(r.imag)) *st = ERANGE_;
  return r;
}

static cd c_tanh(cd z, int *st) {
  *st = OK;
  if (isinf(z.real) && !isfinite(z.imag)) return mk(copysign(1.0, z.real), 0.0);
  if (z.real == 0.0 && isnan(z.imag)) return mk(NAN, NAN);
  if (!all_finite(z)) return from_c99(ctanh(to_c99(z)));
  if (fabs(z.real) > LOG_LARGE_DOUBLE)
    return mk(copysign(1.0, z.real), 4.0 * py_sin(z.imag) * py_cos(z.imag) * exp(-2.0 * fabs(z.real)));
  double tx = py_tanh(z.real), ty = py_tan(z.imag), cx = 1.0 / py_cosh(z.real);
  double txty = tx * ty, denom = 1.0 + txty * txty;
  return mk(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

/* ---- special values of the inverse functions -------------------------------------------
 * C99 Annex G's values for infinite and nan parts, with CPython's choices where the
 * annex leaves a sign open. Written out here rather than left to the C library:
 * musl (WebAssembly) does not follow the annex for these four. */

static cd asinh_special(double x, double y) {
  if (isnan(x)) return isinf(y) ? mk(INFINITY, NAN) : y == 0.0 ? mk(NAN, y) : mk(NAN, NAN);
  if (isnan(y)) return isinf(x) ? mk(x, NAN) : mk(NAN, NAN);
  double im = isinf(y) ? (isinf(x) ? M_PI / 4.0 : M_PI / 2.0) : 0.0;
  return mk(copysign(INFINITY, x), copysign(im, y));
}

static cd acos_special(double x, double y) {
  if (isnan(x)) return isinf(y) ? mk(NAN, -y) : mk(NAN, NAN);
  if (isnan(y)) return isinf(x) ? mk(NAN, INFINITY) : x == 0.0 ? mk(M_PI / 2.0, NAN) : mk(NAN, NAN);
  double re;
  if (isinf(y)) re = isinf(x) ? (x > 0 ? M_PI / 4.0 : 3.0 * M_PI / 4.0) : M_PI / 2.0;
  else re = x > 0 ? 0.0 : M_PI;
  return mk(re, -copysign(INFINITY, y));
}

static cd acosh_special(double x, double y) {
  if (isnan(x) || isnan(y)) return (isinf(x) || isinf(y)) ? mk(INFINITY, NAN) : mk(NAN, NAN);
  double im;
  if (isinf(y)) im = isinf(x) ? (x > 0 ? M_PI / 4.0 : 3.0 * M_PI / 4.0) : M_PI / 2.0;
  else im = x > 0 ? 0.0 : M_PI;
  return mk(INFINITY, copysign(im, y));
}

static cd atanh_special(double x, double y) {
  if (isnan(x)) return isinf(y) ? mk(0.0, copysign(M_PI / 2.0, y)) : mk(NAN, NAN);
  if (isnan(y)) return (isinf(x) || x == 0.0) ? mk(copysign(0.0, x), NAN) : mk(NAN, NAN);
  return mk(copysign(0.0, x), copysign(M_PI / 2.0, y));
}

static cd c_asinh(cd z, int *st) {
  *st = OK;
  if (!all_finite(z)) return asinh_special(z.real, z.imag);
  if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
    double l = log(py_hypot(z.real / 2.0, z.imag / 2.0)) + LN2 * 2.0;
    double re = z.imag >= 0.0 ? copysign(l, z.real) : -copysign(l, -z.real);
    return mk(re, py_atan2(z.imag, fabs(z.real)));
  }
  int ign;
  cd s1 = c_sqrt(mk(1.0 + z.imag, -z.real), &ign);
  cd s2 = c_sqrt(mk(1.0 - z.imag, z.real), &ign);
  return mk(py_asinh(s1.real * s2.imag - s2.real * s1.imag),
            py_atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag));
}

static cd c_acos(cd z, int *st) {
  *st = OK;
  if (!all_finite(z)) return acos_special(z.real, z.imag);
  if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
    double l = log(py_hypot(z.real / 2.0, z.imag / 2.0)) + LN2 * 2.0;
    double im = z.real < 0.0 ? -copysign(l, z.imag) : copysign(l, -z.imag);
    return mk(py_atan2(fabs(z.imag), z.real), im);
  }
  int ign;
  cd s1 = c_sqrt(mk(1.0 - z.real, -z.imag), &ign);
  cd s2 = c_sqrt(mk(1.0 + z.real, z.imag), &ign);
  return mk(2.0 * py_atan2(s1.real, s2.real), py_asinh(s2.real * s1.imag - s2.imag * s1.real));
}

static cd c_acosh(cd z, int *st) {
  *st = OK;
  if (!all_finite(z)) return acosh_special(z.real, z.imag);
  if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE)
    return mk(log(py_hypot(z.real / 2.0, z.imag / 2.0)) + LN2 * 2.0, py_atan2(z.imag, z.real));
  int ign;
  cd s1 = c_sqrt(mk(z.real - 1.0, z.imag), &ign);
  cd s2 = c_sqrt(mk(z.real + 1.0, z.imag), &ign);
  return mk(py_asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * py_atan2(s1.imag, s2.real));
}

static cd c_atanh(cd z, int *st) {
  *st = OK;
  if (!all_finite(z)) return atanh_special(z.real, z.imag);
  if (z.real < 0.0) {
    /* Odd function: reduce to a non-negative real part. */
    cd r = c_atanh(mk(-z.real, -z.imag), st);
    return mk(-r.real, -r.imag);
  }
  double ay = fabs(z.imag);
  if (z.real > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
    double h = py_hypot(z.real / 2.0, z.imag / 2.0);
    return mk(z.real / 4.0 / h / h, -copysign(M_PI / 2.0, -z.imag));
  }
  if (z.real == 1.0 && ay < SQRT_DBL_MIN) {
    if (ay == 0.0) {
      *st = EDOM_;
      return mk(INFINITY, z.imag);
    }
    return mk(-log(sqrt(ay) / sqrt(py_hypot(ay, 2.0))), copysign(py_atan2(2.0, -ay) / 2, z.imag));
  }
  return mk(log1p(4.0 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.0,
            -py_atan2(-2.0 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.0);
}

/* The circular functions through the hyperbolic ones: f(z) = ∓i g(iz). */
static cd c_cos(cd z, int *st) { return c_cosh(mk(-z.imag, z.real), st); }
static cd c_sin(cd z, int *st) {
  cd s = c_sinh(mk(-z.imag, z.real), st);
  return mk(s.imag, -s.real);
}
static cd c_tan(cd z, int *st) {
  cd s = c_tanh(mk(-z.imag, z.real), st);
  return mk(s.imag, -s.real);
}
static cd c_asin(cd z, int *st) {
  cd s = c_asinh(mk(-z.imag, z.real), st);
  return mk(s.imag, -s.real);
}
static cd c_atan(cd z, int *st) {
  cd s = c_atanh(mk(-z.imag, z.real), st);
  return mk(s.imag, -s.real);
}
static cd c_log10(cd z, int *st) {
  cd r = c_log(z, st);
  return mk(r.real / LN10, r.imag / LN10);
}

/* ---- the Python functions ------------------------------------------------------------ */

static py_object *domain_error(void) { return py_raise(&py_exc_ValueError, "math domain error"); }
static py_object *range_error(void) { return py_raise(&py_exc_OverflowError, "math range error"); }

/* Applies fn to the argument and turns its status into CPython's exception. */
static py_object *apply(const char *name, cd (*fn)(cd, int *), py_object *const *args,
                        size_t nargs, py_object *kw) {
  char qual[32];
  snprintf(qual, sizeof qual, "cmath.%s", name);
  if (py_args_check(qual, nargs, kw, 1, 1) < 0) return NULL;
  cd z;
  if (py__complex_from_object(args[0], &z) < 0) return NULL;
  int st;
  cd r = fn(z, &st);
  if (st == OK && !all_finite(z) && !isnan(z.real) && !isnan(z.imag) &&
      (isnan(r.real) || isnan(r.imag)))
    st = EDOM_; /* C99's "invalid" special values are domain errors in CPython */
  if (st == EDOM_) return domain_error();
  if (st == ERANGE_) return range_error();
  return py_complex_from_doubles(r.real, r.imag);
}

#define CMATH_1(name)                                                            \
  static py_object *cm_##name(py_object *self, py_object *const *args, size_t nargs, \
                              py_object *kw) {                                   \
    (void)self;                                                                  \
    return apply(#name, c_##name, args, nargs, kw);                              \
  }
CMATH_1(sqrt)
CMATH_1(exp)
CMATH_1(log10)
CMATH_1(cos)
CMATH_1(sin)
CMATH_1(tan)
CMATH_1(acos)
CMATH_1(asin)
CMATH_1(atan)
CMATH_1(cosh)
CMATH_1(sinh)
CMATH_1(tanh)
CMATH_1(acosh)
CMATH_1(asinh)
CMATH_1(atanh)

/* log(x[, base]) = log(x) / log(base); a zero log(base) is a domain error. */
static py_object *cm_log(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self;
  if (py_args_check("log", nargs, kw, 1, 2) < 0) return NULL;
  cd x, r;
  int st;
  if (py__complex_from_object(args[0], &x) < 0) return NULL;
  r = c_log(x, &st);
  if (nargs == 2) {
    cd b, lb;
    int st2;
    if (py__complex_from_object(args[1], &b) < 0) return NULL;
    lb = c_log(b, &st2);
    if (st == OK) st = st2;
    if (py__complex_quot(r, lb, &r) < 0) st = EDOM_;
  }
  if (st == EDOM_) return domain_error();
  if (st == ERANGE_) return range_error();
  return py_complex_from_doubles(r.real, r.imag);
}

/* The argument of z, atan2(imag, real). A result that underflows to zero from a
 * nonzero imaginary part is a range error: CPython reports glibc's ERANGE there. */
static int phase_of(cd z, double *out) {
  *out = py_atan2(z.imag, z.real);
  if (*out == 0.0 && z.imag != 0.0 && isfinite(z.real) && !isnan(z.imag)) {
    range_error();
    return -1;
  }
  return 0;
}

static py_object *cm_phase(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kw) {
  (void)self;
  if (py_args_check("cmath.phase", nargs, kw, 1, 1) < 0) return NULL;
  cd z;
  double phi;
  if (py__complex_from_object(args[0], &z) < 0 || phase_of(z, &phi) < 0) return NULL;
  return py_float_from_double(phi);
}

static py_object *cm_polar(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kw) {
  (void)self;
  if (py_args_check("cmath.polar", nargs, kw, 1, 1) < 0) return NULL;
  cd z;
  if (py__complex_from_object(args[0], &z) < 0) return NULL;
  bool overflow;
  double r = py__complex_abs(z, &overflow);
  if (overflow) return range_error();
  /* Unlike phase(), polar() lets the angle underflow to 0 silently (CPython clears
   * atan2's ERANGE when it computes the modulus). */
  py_object *a = py_float_from_double(r), *p = a ? py_float_from_double(py_atan2(z.imag, z.real)) : NULL;
  py_object *t = p ? py_tuple_pack(2, a, p) : NULL;
  py_xdecref(a);
  py_xdecref(p);
  return t;
}

static py_object *cm_rect(py_object *self, py_object *const *args, size_t nargs,
                          py_object *kw) {
  (void)self;
  if (py_args_check("rect", nargs, kw, 2, 2) < 0) return NULL;
  double r = py_as_double(args[0]);
  if (r == -1.0 && py_err_occurred()) return NULL;
  double phi = py_as_double(args[1]);
  if (phi == -1.0 && py_err_occurred()) return NULL;
  if (isfinite(r) && isfinite(phi)) {
    /* phi == 0 keeps the sign of a zero imaginary part exact. */
    if (phi == 0.0) return py_complex_from_doubles(r, r * phi);
    return py_complex_from_doubles(r * py_cos(phi), r * py_sin(phi));
  }
  /* Special values, as CPython's rect gives them. */
  if (r != 0.0 && !isnan(r) && isinf(phi)) return domain_error();
  if (isinf(r) && isfinite(phi) && phi != 0.0) {
    double sign = r > 0 ? 1.0 : -1.0;
    return py_complex_from_doubles(sign * copysign(INFINITY, py_cos(phi)),
                                   sign * copysign(INFINITY, py_sin(phi)));
  }
  if (isinf(r)) {
    if (isnan(phi)) return py_complex_from_doubles(INFINITY, NAN);
    return py_complex_from_doubles(r, r > 0 ? phi : -phi); /* phi is ±0 */
  }
  if (isnan(r)) return py_complex_from_doubles(NAN, phi == 0.0 ? 0.0 : NAN);
  if (r == 0.0) return py_complex_from_doubles(0.0, 0.0);
  return py_complex_from_doubles(NAN, NAN); /* a finite r, phi nan */
}

#define CMATH_PRED(name, test)                                                      \
  static py_object *cm_##name(py_object *self, py_object *const *args, size_t nargs, \
                              py_object *kw) {                                      \
    (void)self;                                                                     \
    if (py_args_check("cmath." #name, nargs, kw, 1, 1) < 0) return NULL;            \
    cd z;                                                                           \
    if (py__complex_from_object(args[0], &z) < 0) return NULL;                      \
    return py_bool(test);                                                           \
  }
CMATH_PRED(isfinite, isfinite(z.real) && isfinite(z.imag))
CMATH_PRED(isinf, isinf(z.real) || isinf(z.imag))
CMATH_PRED(isnan, isnan(z.real) || isnan(z.imag))

static py_object *cm_isclose(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kw) {
  (void)self;
  static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
  static const py_params params = {"isclose", names, 4, 2, 2, 2};
  py_object *a[4];
  if (py_args_bind(&params, args, nargs, kw, a) < 0) return NULL;
  cd x, y;
  double rel = 1e-09, abs_tol = 0.0;
  if (py__complex_from_object(a[0], &x) < 0 || py__complex_from_object(a[1], &y) < 0)
    return NULL;
  if (a[2] && (rel = py_as_double(a[2])) == -1.0 && py_err_occurred()) return NULL;
  if (a[3] && (abs_tol = py_as_double(a[3])) == -1.0 && py_err_occurred()) return NULL;
  if (rel < 0.0 || abs_tol < 0.0)
    return py_raise(&py_exc_ValueError, "tolerances must be non-negative");
  if (x.real == y.real && x.imag == y.imag) return py_bool(1);
  if (isinf(x.real) || isinf(x.imag) || isinf(y.real) || isinf(y.imag)) return py_bool(0);
  bool ovf;
  double diff = py__complex_abs(mk(x.real - y.real, x.imag - y.imag), &ovf);
  double ax = py__complex_abs(x, &ovf), ay = py__complex_abs(y, &ovf);
  return py_bool((diff <= rel * ay || diff <= rel * ax) || diff <= abs_tol);
}

static const py_method_def cmath_functions[] = {
    {"acos", cm_acos, 0, NULL},       {"acosh", cm_acosh, 0, NULL},
    {"asin", cm_asin, 0, NULL},       {"asinh", cm_asinh, 0, NULL},
    {"atan", cm_atan, 0, NULL},       {"atanh", cm_atanh, 0, NULL},
    {"cos", cm_cos, 0, NULL},         {"cosh", cm_cosh, 0, NULL},
    {"exp", cm_exp, 0, NULL},         {"isclose", cm_isclose, 0, NULL},
    {"isfinite", cm_isfinite, 0, NULL}, {"isinf", cm_isinf, 0, NULL},
    {"isnan", cm_isnan, 0, NULL},     {"log", cm_log, 0, NULL},
    {"log10", cm_log10, 0, NULL},     {"phase", cm_phase, 0, NULL},
    {"polar", cm_polar, 0, NULL},     {"rect", cm_rect, 0, NULL},
    {"sin", cm_sin, 0, NULL},         {"sinh", cm_sinh, 0, NULL},
    {"sqrt", cm_sqrt, 0, NULL},       {"tan", cm_tan, 0, NULL},
    {"tanh", cm_tanh, 0, NULL},       {NULL, NULL, 0, NULL},
};

py_object *py_mod_cmath_init(void) {
  py_object *m = py_module_new("cmath");
  if (!m) return NULL;
  if (py_module_add_functions(m, cmath_functions) < 0) goto fail;
  struct {
    const char *name;
    double re, im;
    bool is_complex;
  } consts[] = {{"pi", M_PI, 0, 0},       {"e", M_E, 0, 0},       {"tau", 2 * M_PI, 0, 0},
                {"inf", INFINITY, 0, 0},  {"nan", NAN, 0, 0},     {"infj", 0, INFINITY, 1},
                {"nanj", 0, NAN, 1}};
  for (size_t i = 0; i < sizeof consts / sizeof *consts; i++) {
    py_object *v = consts[i].is_complex ? py_complex_from_doubles(consts[i].re, consts[i].im)
                                     : py_float_from_double(consts[i].re);
    int r = v ? py_module_add(m, consts[i].name, v) : -1;
    py_xdecref(v);
    if (r < 0) goto fail;
  }
  return m;
fail:
  py_decref(m);
  return NULL;
}
