/* runtime/py/pymath_gamma.c — math.gamma and math.lgamma as CPython 3.11 computes them
 * (pymath.h). CPython does not call the C library for these two: it evaluates Lanczos'
 * approximation (g = 6.024680040776729583740234375, 13 terms, the coefficients Boost
 * publishes) itself, with the reflection formula for negative arguments and a table of
 * factorials for small integers. Its results are within a few ulps of the true values
 * but not correctly rounded, so the same steps in the same order are needed for the same
 * digits, on both builds. The sine and cosine, exp, log and pow it uses are the ones
 * that equal glibc's on both builds (pymath.h). Errors are reported through errno, as
 * CPython's math module reads them: EDOM for a pole or a negative integer, ERANGE for
 * an overflow. */
#include <errno.h>
#include <math.h>

#include "py/pymath.h"

#define PI 3.141592653589793238462643383279502884197
#define LOG_PI 1.144729885849400174143427351353058711647
#define LANCZOS_G 6.024680040776729583740234375
#define LANCZOS_G_MINUS_HALF 5.524680040776729583740234375
#define LANCZOS_TERMS 13

/* The sum is num(x)/den(x), two polynomials of degree 12; den is x(x+1)...(x+11). */
static const double lanczos_num[LANCZOS_TERMS] = {
    23531376880.41075968857200767445163675473, 42919803642.64909876895789904700198885093,
    35711959237.35566804944018545154716670596, 17921034426.03720969991975575445893111267,
    6039542586.35202800506429164430729792107,  1439720407.311721673663223072794912393972,
    248874557.8620541565114603864132294232163, 31426415.58540019438061423162831820536287,
    2876370.628935372441225409051620849613599, 186056.2653952234950402949897160456992822,
    8071.672002365816210638002902272250613822, 210.8242777515793458725097339207133627117,
    2.506628274631000270164908177133837338626};
static const double lanczos_den[LANCZOS_TERMS] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0};

/* (n-1)! for n = 1..23, exact in a double: gamma of the small positive integers. */
static const double factorials[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
    39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
    20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
    2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};

/* Lanczos' sum for x > 0: Horner in x below 5, in 1/x above (where x**12 could
 * overflow). */
static double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = LANCZOS_TERMS - 1; i >= 0; i--) {
      num = num * x + lanczos_num[i];
      den = den * x + lanczos_den[i];
    }
  } else {
    for (int i = 0; i < LANCZOS_TERMS; i++) {
      num = num / x + lanczos_num[i];
      den = den / x + lanczos_den[i];
    }
  }
  return num / den;
}

/* sin(pi*x) for finite x, reduced to an argument of the sine or cosine within a quarter
 * turn, so that it is exact at the integers and accurate near them. */
static double sin_pi(double x) {
  double y = fmod(fabs(x), 2.0);
  double r;
  switch ((int)round(2.0 * y)) {
  case 0: r = py_sin(PI * y); break;
  case 1: r = py_cos(PI * (y - 0.5)); break;
  case 2: r = py_sin(PI * (1.0 - y)); break;
  case 3: r = -py_cos(PI * (y - 1.5)); break;
  default: r = py_sin(PI * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

double py_tgamma(double x) {
  if (!isfinite(x)) {
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
  }
  if (x == 0.0) {
    errno = EDOM;
    return copysign(HUGE_VAL, x);
  }
  if (x == floor(x)) {
    if (x < 0.0) {
      errno = EDOM;
      return NAN;
    }
    if (x <= 23.0) return factorials[(int)x - 1];
  }
  double a = fabs(x);
  if (a < 1e-20) { /* gamma(x) ~ 1/x */
    double r = 1.0 / x;
    if (isinf(r)) errno = ERANGE;
    return r;
  }
  if (a > 200.0) { /* overflows above, underflows to +-0 below -200 */
    if (x < 0.0) return 0.0 / sin_pi(x);
    errno = ERANGE;
    return HUGE_VAL;
  }
  double y = a + LANCZOS_G_MINUS_HALF;
  /* z: the rounding error of y, scaled, to correct the power below. The subtractions
   * are ordered so that they are exact. */
  double z;
  if (a > LANCZOS_G_MINUS_HALF) {
    double q = y - a;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    double q = y - LANCZOS_G_MINUS_HALF;
    z = q - a;
  }
  z = z * LANCZOS_G / y;
  double r;
  if (x < 0.0) {
    /* Reflection: gamma(x) = -pi / (sin(pi a) a gamma(a)). */
    r = -PI / sin_pi(a) / a * exp(y) / lanczos_sum(a);
    r -= z * r;
    if (a < 140.0) {
      r /= pow(y, a - 0.5);
    } else {
      double half_power = pow(y, a / 2.0 - 0.25);
      r /= half_power;
      r /= half_power;
    }
  } else {
    r = lanczos_sum(a) / exp(y);
    r += z * r;
    if (a < 140.0) {
      r *= pow(y, a - 0.5);
    } else {
      double half_power = pow(y, a / 2.0 - 0.25);
      r *= half_power;
      r *= half_power;
    }
  }
  if (isinf(r)) errno = ERANGE;
  return r;
}

double py_lgamma(double x) {
  if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
  if (x == floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM;
      return HUGE_VAL;
    }
    return 0.0; /* lgamma(1) = lgamma(2) = 0 */
  }
  double a = fabs(x);
  if (a < 1e-20) return -log(a);
  double r = log(lanczos_sum(a)) - LANCZOS_G;
  r += (a - 0.5) * (log(a + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOG_PI - log(fabs(sin_pi(a))) - log(a) - r; /* reflection */
  if (isinf(r)) errno = ERANGE;
  return r;
}
