/* runtime/py/pymath.h — the C library's math functions as CPython 3.11 on glibc gives
 * them, so math, cmath and complex print the oracle's digits on every platform.
 *
 * Natively the C library is glibc and these are its functions (inline, no cost), except
 * py_math_norm, which is CPython's own algorithm for math.hypot and math.dist. Under
 * Emscripten the C library is musl, whose results differ from glibc's in the last digit
 * for a few percent of arguments; there pymath.c computes them so they equal glibc's for
 * nearly every argument (see docs/interpreter.md, "math on WebAssembly", for how, and
 * the measured rates). Functions not listed here (exp, log, pow, log1p, exp2, ...)
 * already agree under both libraries for nearly every argument and are called
 * directly. math.gamma and math.lgamma are CPython's own algorithm on both builds. */
#ifndef TASKSCOPE_PY_PYMATH_H
#define TASKSCOPE_PY_PYMATH_H
#include <math.h>
#include <stdbool.h>
#include <stddef.h>

/* sqrt of the sum of the squares of v[0..n-1], as CPython's math.hypot and math.dist
 * compute it (almost always correctly rounded; not libm's hypot). Every v[i] must be
 * fabs of the coordinate; max is the largest of them (0 when n is 0) and has_nan says
 * whether one is a nan. May change v. */
double py_math_norm(double *v, size_t n, double max, bool has_nan);

/* math.gamma and math.lgamma: CPython's Lanczos evaluation (pymath_gamma.c), not the C
 * library's tgamma and lgamma. Set errno to EDOM at a pole or negative integer and to
 * ERANGE on overflow, as CPython's math_1a reads it. */
double py_tgamma(double x);
double py_lgamma(double x);

/* glibc 2.36's cbrt, erf, erfc and expm1, step for step (pymath_libm.c): compiled on
 * both builds so that the native test can compare them with glibc itself; the engine
 * uses them under Emscripten only. */
double py__libm_cbrt(double x);
double py__libm_erf(double x);
double py__libm_erfc(double x);
double py__libm_expm1(double x);

#ifdef __EMSCRIPTEN__
static inline double py_cbrt(double x) { return py__libm_cbrt(x); }
static inline double py_erf(double x) { return py__libm_erf(x); }
static inline double py_erfc(double x) { return py__libm_erfc(x); }
static inline double py_expm1(double x) { return py__libm_expm1(x); }
#else
static inline double py_cbrt(double x) { return cbrt(x); }
static inline double py_erf(double x) { return erf(x); }
static inline double py_erfc(double x) { return erfc(x); }
static inline double py_expm1(double x) { return expm1(x); }
#endif

#ifdef __EMSCRIPTEN__
/* The trigonometric functions, rounded once from a quadruple-precision evaluation:
 * glibc's are correctly rounded in all but about 0.1 % of cases, and so are these. */
double py_sin(double x);
double py_cos(double x);
double py_tan(double x);
double py_asin(double x);
double py_acos(double x);
double py_atan(double x);
double py_atan2(double y, double x);
/* sqrt(x*x + y*y) as glibc's hypot computes it (abs(complex), cmath): Borges' corrected
 * square root. */
double py_hypot(double x, double y);
/* Hyperbolic functions, their inverses and log10 by the same formulas as glibc's (over
 * expm1, exp, log and log1p, which agree between the two libraries). */
double py_sinh(double x);
double py_cosh(double x);
double py_tanh(double x);
double py_asinh(double x);
double py_acosh(double x);
double py_log10(double x);
#else
static inline double py_sin(double x) { return sin(x); }
static inline double py_cos(double x) { return cos(x); }
static inline double py_tan(double x) { return tan(x); }
static inline double py_asin(double x) { return asin(x); }
static inline double py_acos(double x) { return acos(x); }
static inline double py_atan(double x) { return atan(x); }
static inline double py_atan2(double y, double x) { return atan2(y, x); }
static inline double py_hypot(double x, double y) { return hypot(x, y); }
static inline double py_sinh(double x) { return sinh(x); }
static inline double py_cosh(double x) { return cosh(x); }
static inline double py_tanh(double x) { return tanh(x); }
static inline double py_asinh(double x) { return asinh(x); }
static inline double py_acosh(double x) { return acosh(x); }
static inline double py_log10(double x) { return log10(x); }
#endif

#endif
