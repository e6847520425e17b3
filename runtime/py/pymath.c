/* runtime/py/pymath.c — math functions that give CPython-on-glibc's digits (pymath.h).
 *
 * py_math_norm is CPython's vector norm, everywhere. The rest exists only under
 * Emscripten, where the C library is musl. Two ways are used, chosen per function by
 * measuring against glibc over 100,000 arguments each (docs/interpreter.md, "math on
 * WebAssembly"):
 *   - glibc's sin, cos, tan, asin, acos, atan and atan2 are correctly rounded for
 *     all but ~0.1 % of arguments, so a correctly rounded result matches them. On wasm32
 *     `long double` is IEEE quadruple precision (113-bit significand, in software), and
 *     musl's quadruple sinl, cosl, atanl, asinl, acosl and atan2l are real
 *     implementations (its expl, logl, powl, sinhl, ... are not: they call the double
 *     functions). Their result, accurate to a few units of 2**-113, rounded once to a
 *     double is the correctly rounded value unless it lies within ~2**-60 of a rounding
 *     boundary.
 *   - glibc's sinh, cosh, tanh, asinh, acosh and log10 are not correctly rounded (5-15 %
 *     of results are one unit off), so only the same formula gives the same digits. They
 *     are the classic SunPro formulas over expm1, exp, log and log1p, whose musl and
 *     glibc versions agree for nearly every argument; musl evaluates these functions in
 *     other ways (its atanh is already glibc's formula).
 *   - glibc's hypot follows a published algorithm (Borges 2019), done the same way. */
#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "py/pymath.h"

/* ---- math.hypot and math.dist ---- */

/* 2**27 + 1: multiplying by it splits a double into two halves of 26 bits whose
 * products are exact (Veltkamp-Dekker splitting). */
#define SPLITTER 134217729.0

/* Adds term to the running sum *sum (which stays >= the term in magnitude) and the
 * rounding error of that addition to *err. */
static inline void add_exact(double *sum, double *err, double term) {
  double before = *sum;
  *sum += term;
  *err += (before - *sum) + term;
}

double py_math_norm(double *v, size_t n, double max, bool has_nan) {
  if (isinf(max)) return max;
  if (has_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int max_exp;
  frexp(max, &max_exp);
  /* The running sum starts at 1.0, larger than every scaled square, so each addition's
   * error is caught exactly; the 1.0 is taken back out at the end. The three fractional
   * accumulators keep the error terms apart (CPython's arrangement). */
  double sum = 1.0, err1 = 0.0, err2 = 0.0, err3 = 0.0;
  if (max_exp < -1023) {
    /* 2**-max_exp would overflow: divide by the largest coordinate instead. */
    for (size_t i = 0; i < n; i++) {
      double x = v[i] / max;
      add_exact(&sum, &err1, x * x);
    }
    return max * sqrt(sum - 1.0 + err1);
  }
  /* Scaling by a power of two loses nothing and brings the largest into [0.5, 1). */
  double scale = ldexp(1.0, -max_exp);
  for (size_t i = 0; i < n; i++) {
    double x = v[i] * scale;
    double t = x * SPLITTER, hi = t - (t - x), lo = x - hi;
    /* x*x == hi*hi + 2*hi*lo + lo*lo, each product exact. */
    add_exact(&sum, &err1, hi * hi);
    add_exact(&sum, &err2, 2.0 * hi * lo);
    err3 += lo * lo;
  }
  double h = sqrt(sum - 1.0 + (err1 + err2 + err3));
  /* One Newton step: subtract h*h exactly from the sum and correct h by the remainder
   * over 2h, which doubles the number of correct bits. */
  double t = h * SPLITTER, hi = t - (t - h), lo = h - hi;
  add_exact(&sum, &err1, -hi * hi);
  add_exact(&sum, &err2, -2.0 * hi * lo);
  add_exact(&sum, &err3, -lo * lo);
  double rest = sum - 1.0 + (err1 + err2 + err3);
  return (h + rest / (2.0 * h)) / scale;
}

#ifdef __EMSCRIPTEN__

_Static_assert(LDBL_MANT_DIG == 113, "wasm32 long double is IEEE quadruple precision");

/* ---- correctly rounded through quadruple precision ---- */

double py_sin(double x) { return (double)sinl(x); }
double py_cos(double x) { return (double)cosl(x); }
double py_tan(double x) { return (double)tanl(x); }
double py_asin(double x) { return (double)asinl(x); }
double py_acos(double x) { return (double)acosl(x); }
double py_atan(double x) { return (double)atanl(x); }
double py_atan2(double y, double x) { return (double)atan2l(y, x); }

/* ---- hypot: Borges' corrected square root ---- */

/* glibc's hypot is the algorithm of C. F. Borges, "An Improved Algorithm for hypot(a,b)"
 * (2019, arXiv:1904.09481), in its variant without fused multiply-add: a plain
 * sqrt(x*x + y*y) followed by one correction computed from the exact algebra of the
 * rounding error. It is usually but not always correctly rounded, so the same steps in
 * the same order are needed for the same digits. Needs big >= small >= 0, with squares
 * that neither overflow nor underflow. */
static double hypot_corrected(double big, double small) {
  double h = sqrt(big * big + small * small);
  double t1, t2;
  if (h <= 2.0 * small) {
    double d = h - small;
    t1 = big * (2.0 * d - big);
    t2 = (d - 2.0 * (big - small)) * d;
  } else {
    double d = h - big;
    t1 = 2.0 * d * (big - 2.0 * small);
    t2 = (4.0 * d - small) * small + d * d;
  }
  return h - (t1 + t2) / (2.0 * h);
}

double py_hypot(double x, double y) {
  if (isinf(x) || isinf(y)) return INFINITY; /* even when the other is a nan */
  if (isnan(x) || isnan(y)) return x + y;
  x = fabs(x);
  y = fabs(y);
  double big = x < y ? y : x, small = x < y ? x : y;
  /* Scale by 2**-600 or 2**600 when a square would overflow or underflow; when small
   * is below half an ulp of big the sum is big itself. */
  if (big > 0x1p511) {
    if (small <= big * 0x1p-54) return big + small;
    return hypot_corrected(big * 0x1p-600, small * 0x1p-600) / 0x1p-600;
  }
  if (small < 0x1p-511) {
    if (big >= small / 0x1p-54) return big + small;
    return hypot_corrected(big / 0x1p-600, small / 0x1p-600) * 0x1p-600;
  }
  if (small <= big * 0x1p-54) return big + small;
  return hypot_corrected(big, small);
}

/* ---- glibc's formulas ---- */

/* The thresholds are the ones the SunPro code tests on the high word of |x|. */
#define LN2_HALF_BOUND 0x1.62e43p-2          /* a little above ln(2)/2 */
#define EXP_OVERFLOW_BOUND 0x1.62e42p+9      /* a little below ln(DBL_MAX) */
#define SINH_OVERFLOW_BOUND 0x1.633ce8fb9f87dp+9 /* the largest |x| with a finite result */

/* sinh(x) = (E + E/(E+1))/2 with E = expm1(|x|) up to 22; exp beyond. */
double py_sinh(double x) {
  double a = fabs(x), half = signbit(x) ? -0.5 : 0.5;
  if (!isfinite(x)) return x + x;
  if (a < 22.0) {
    if (a < 0x1p-28) return x;
    double e = expm1(a);
    if (a < 1.0) return half * (2.0 * e - e * e / (e + 1.0));
    return half * (e + e / (e + 1.0));
  }
  if (a < EXP_OVERFLOW_BOUND) return half * exp(a);
  if (a <= SINH_OVERFLOW_BOUND) {
    /* exp(a) alone would overflow: exp(a/2)/2 * exp(a/2). */
    double w = exp(0.5 * a);
    return (half * w) * w;
  }
  return x * 0x1p1023 * 2.0; /* overflows to +-inf */
}

/* cosh(x) = 1 + expm1(|x|)**2 / (2 exp(|x|)) near 0, (exp(|x|) + 1/exp(|x|))/2 up to 22,
 * exp(|x|)/2 beyond. */
double py_cosh(double x) {
  double a = fabs(x);
  if (isnan(x)) return x * x;
  if (a < 22.0) {
    if (a < LN2_HALF_BOUND) {
      if (a < 0x1p-55) return 1.0;
      double e = expm1(a), w = 1.0 + e;
      return 1.0 + (e * e) / (w + w);
    }
    double e = exp(a);
    return 0.5 * e + 0.5 / e;
  }
  if (a < EXP_OVERFLOW_BOUND) return 0.5 * exp(a);
  if (a <= SINH_OVERFLOW_BOUND) {
    double w = exp(0.5 * a);
    return (0.5 * w) * w;
  }
  return INFINITY;
}

/* tanh(x) = -E/(E+2) with E = expm1(-2|x|) below 1, 1 - 2/(E+2) with E = expm1(2|x|)
 * from 1 to 22, 1 beyond. */
double py_tanh(double x) {
  double a = fabs(x), r;
  if (isnan(x)) return x;
  if (a < 0x1p-55) return x * (1.0 + x); /* also keeps the sign of a zero */
  if (a >= 22.0) {
    r = 1.0;
  } else if (a >= 1.0) {
    double e = expm1(2.0 * a);
    r = 1.0 - 2.0 / (e + 2.0);
  } else {
    double e = expm1(-2.0 * a);
    r = -e / (e + 2.0);
  }
  return signbit(x) ? -r : r;
}

/* The high 32 bits of |x|: the SunPro code's thresholds compare these, so the boundary
 * cases fall on the same side here. */
static uint32_t high_word(double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  return (uint32_t)(bits >> 32) & 0x7fffffffu;
}

#define LN2 0x1.62e42fefa39efp-1 /* ln(2) rounded */

/* asinh(x) = sign(x) * log(|x| + sqrt(x*x + 1)), arranged per range: log(|x|) + ln 2
 * beyond 2**28, log(2|x| + 1/(sqrt(x*x+1) + |x|)) above 2, log1p(|x| + x*x/(1 +
 * sqrt(1 + x*x))) below. */
double py_asinh(double x) {
  uint32_t hw = high_word(x);
  double a = fabs(x), w;
  if (hw >= 0x7ff00000u) return x + x;
  if (hw < 0x3e300000u) return x; /* |x| < 2**-28 */
  if (hw > 0x41b00000u) {
    w = log(a) + LN2;
  } else if (hw > 0x40000000u) {
    w = log(2.0 * a + 1.0 / (sqrt(a * a + 1.0) + a));
  } else {
    double t = a * a;
    w = log1p(a + t / (1.0 + sqrt(1.0 + t)));
  }
  return copysign(w, x);
}

/* acosh(x) = log(x + sqrt(x*x - 1)): log(x) + ln 2 from 2**28, log(2x - 1/(x + sqrt(x*x -
 * 1))) above 2, log1p(t + sqrt(2t + t*t)) with t = x - 1 below. */
double py_acosh(double x) {
  uint32_t hw = high_word(x);
  if (isnan(x)) return x + x;
  if (x < 1.0) return NAN;
  if (hw >= 0x41b00000u) return isinf(x) ? x : log(x) + LN2;
  if (x == 1.0) return 0.0;
  if (hw > 0x40000000u) return log(2.0 * x - 1.0 / (x + sqrt(x * x - 1.0)));
  double t = x - 1.0;
  return log1p(t + sqrt(2.0 * t + t * t));
}

/* log10(x) = n*log10(2) + log(m)/ln(10) where x = m * 2**n, m in [1, 2) for n >= 0 and
 * in [0.5, 1) for n < 0; log10(2) is split in two so that n times its high part is
 * exact. */
#define INV_LN10 0x1.bcb7b1526e50ep-2        /* 1/ln(10) rounded */
#define LOG10_2_HI 0x1.34413509f6p-2         /* log10(2), leading 40 bits */
#define LOG10_2_LO 0x1.9fef311f12b36p-42     /* log10(2) - LOG10_2_HI rounded */
double py_log10(double x) {
  if (!(x > 0.0) || isinf(x)) return log10(x); /* nan, inf, zero and negatives */
  int e;
  frexp(x, &e); /* x = f * 2**e with f in [0.5, 1) */
  int n = e - 1 < 0 ? e : e - 1;
  double m = ldexp(x, -n), k = (double)n;
  return (k * LOG10_2_LO + INV_LN10 * log(m)) + k * LOG10_2_HI;
}

#endif
