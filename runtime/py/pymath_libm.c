/* runtime/py/pymath_libm.c — cbrt, erf, erfc and expm1 computed as glibc 2.36 computes
 * them (pymath.h), for the wasm engine, whose C library (musl) gives other last digits
 * for 0.1-50 % of arguments (docs/interpreter.md, "math on WebAssembly").
 *
 * None of glibc's four is correctly rounded, so only the same arithmetic in the same
 * order gives the same digits: the same approximations with the same coefficients
 * (the SunPro fdlibm ones for erf, erfc and expm1; for cbrt a polynomial and one
 * Halley step, glibc's own) and the same evaluation order, which glibc rearranged
 * from fdlibm's Horner form into even and odd halves (and musl did not), and for
 * expm1 the same fused multiply-adds. Both builds
 * compile this file; natively tests/py/pymath_libm_test.c checks it bit for bit
 * against the C library (glibc) over millions of arguments, and the engine uses it only
 * under Emscripten. Neither build lets the compiler fuse a multiply and an add (wasm
 * has no such instruction, baseline x86-64 neither), so each operation rounds as
 * written. */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "py/pymath.h"

/* The upper 32 bits of a double (sign, exponent, top of the significand): the SunPro
 * code makes its range decisions on them. */
static uint32_t high_word(double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  return (uint32_t)(bits >> 32);
}

static double with_high_word(double x, uint32_t high) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  bits = (bits & 0xffffffffu) | ((uint64_t)high << 32);
  memcpy(&x, &bits, sizeof x);
  return x;
}

/* x with the low 32 bits of its significand cleared (so that z*z is exact). */
static double truncated(double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  bits &= ~(uint64_t)0xffffffffu;
  memcpy(&x, &bits, sizeof x);
  return x;
}

/* ---- cbrt ---- */

/* cbrt(m * 2**e) for m in [0.5, 1): a degree-6 polynomial guess u of cbrt(m), one
 * Halley step u * (u**3 + 2m) / (2u**3 + m), times the cube root of 2**(e mod 3), then
 * 2**(e div 3) (C's division: toward zero, remainders of either sign). */
double py__libm_cbrt(double x) {
  static const double cbrt2_powers[5] = {
      1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0,
      1.2599210498948731648, 1.5874010519681994748};
  int e;
  double m = frexp(fabs(x), &e);
  if (x == 0.0 || !isfinite(x)) return x + x;
  double u = 0.354895765043919860 +
             (1.50819193781584896 +
              (-2.11499494167371287 +
               (2.44693122563534430 +
                (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * m) * m) *
                    m) *
                   m) *
                  m) *
                 m;
  double u3 = u * u * u;
  double root = u * (u3 + 2.0 * m) / (2.0 * u3 + m) * cbrt2_powers[2 + e % 3];
  return ldexp(x > 0.0 ? root : -root, e / 3);
}

/* ---- erf and erfc ---- */

/* erx: erf(1) rounded to float, the base of the expansion on [0.84375, 1.25). */
#define ERX 8.45062911510467529297e-01
#define EFX 1.28379167095512586316e-01 /* 2/sqrt(pi) - 1 */
#define TINY 1e-300

/* The rational approximations, each as numerator / denominator; glibc evaluates every
 * polynomial as pairs c[i] + t*c[i+1] combined with powers of t**2. */
static const double erf_small_p[5] = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
                                      -2.84817495755985104766e-02, -5.77027029648944159157e-03,
                                      -2.37630166566501626084e-05};
static const double erf_small_q[6] = {0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
                                      5.08130628187576562776e-03, 1.32494738004321644526e-04,
                                      -3.96022827877536812320e-06};
static const double erf_mid_p[7] = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
                                    -3.72207876035701323847e-01, 3.18346619901161753674e-01,
                                    -1.10894694282396677476e-01, 3.54783043256182359371e-02,
                                    -2.16637559486879084300e-03};
static const double erf_mid_q[7] = {0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
                                    7.18286544141962662868e-02, 1.26171219808761642112e-01,
                                    1.36370839120290507362e-02, 1.19844998467991074170e-02};
static const double erfc_near_r[8] = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
                                      -1.05586262253232909814e+01, -6.23753324503260060396e+01,
                                      -1.62396669462573470355e+02, -1.84605092906711035994e+02,
                                      -8.12874355063065934246e+01, -9.81432934416914548592e+00};
static const double erfc_near_s[9] = {0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
                                      4.34565877475229228821e+02, 6.45387271733267880336e+02,
                                      4.29008140027567833386e+02, 1.08635005541779435134e+02,
                                      6.57024977031928170135e+00, -6.04244152148580987438e-02};
static const double erfc_far_r[7] = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
                                     -1.77579549177547519889e+01, -1.60636384855821916062e+02,
                                     -6.37566443368389627722e+02, -1.02509513161107724954e+03,
                                     -4.83519191608651397019e+02};
static const double erfc_far_s[8] = {0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
                                     1.53672958608443695994e+03, 3.19985821950859553908e+03,
                                     2.55305040643316442583e+03, 4.74528541206955367215e+02,
                                     -2.24409524465858183362e+01};

/* erf(x)/x - 1 for |x| < 0.84375, from z = x*x. */
static double erf_small_ratio(double z) {
  const double *p = erf_small_p, *q = erf_small_q;
  double z2 = z * z, z4 = z2 * z2;
  double num = (p[0] + z * p[1]) + z2 * (p[2] + z * p[3]) + z4 * p[4];
  double den = (1.0 + z * q[1]) + z2 * (q[2] + z * q[3]) + z4 * (q[4] + z * q[5]);
  return num / den;
}

/* erf(1 + s) - erx for s = |x| - 1 in [-0.15625, 0.25). */
static double erf_mid(double s) {
  const double *p = erf_mid_p, *q = erf_mid_q;
  double s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
  double num = (p[0] + s * p[1]) + s2 * (p[2] + s * p[3]) + s4 * (p[4] + s * p[5]) + s6 * p[6];
  double den = (1.0 + s * q[1]) + s2 * (q[2] + s * q[3]) + s4 * (q[4] + s * q[5]) + s6 * q[6];
  return num / den;
}

/* erfc(a) for a = |x| in [1.25, 28): exp(-a*a - 0.5625 + R/S) / a, with R/S a rational
 * function of 1/a**2 (one for a < 1/0.35, one beyond), and a*a taken as z*z plus
 * (z-a)(z+a), z being a with its low bits cleared, so that no rounding is lost.
 * near_bound is the high word where the second approximation starts (erf and erfc
 * use bounds one apart). */
static double erfc_tail(double a, uint32_t high, uint32_t near_bound) {
  double s = 1.0 / (a * a), s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
  double num, den;
  if (high < near_bound) {
    const double *r = erfc_near_r, *q = erfc_near_s;
    double s8 = s4 * s4;
    num = (r[0] + s * r[1]) + s2 * (r[2] + s * r[3]) + s4 * (r[4] + s * r[5]) + s6 * (r[6] + s * r[7]);
    den = (1.0 + s * q[1]) + s2 * (q[2] + s * q[3]) + s4 * (q[4] + s * q[5]) +
          s6 * (q[6] + s * q[7]) + s8 * q[8];
  } else {
    const double *r = erfc_far_r, *q = erfc_far_s;
    num = (r[0] + s * r[1]) + s2 * (r[2] + s * r[3]) + s4 * (r[4] + s * r[5]) + s6 * r[6];
    den = (1.0 + s * q[1]) + s2 * (q[2] + s * q[3]) + s4 * (q[4] + s * q[5]) + s6 * (q[6] + s * q[7]);
  }
  double z = truncated(a);
  return exp(-z * z - 0.5625) * exp((z - a) * (z + a) + num / den) / a;
}

double py__libm_erf(double x) {
  uint32_t high = high_word(x) & 0x7fffffffu;
  bool negative = signbit(x);
  if (high >= 0x7ff00000u) return (negative ? -1.0 : 1.0) + 1.0 / x; /* +-1, or nan */
  if (high < 0x3feb0000u) {                                             /* |x| < 0.84375 */
    if (high < 0x3e300000u) {                                           /* |x| < 2**-28 */
      if (high < 0x00800000u) return 0.0625 * (16.0 * x + (16.0 * EFX) * x); /* subnormal-safe */
      return x + EFX * x;
    }
    return x + x * erf_small_ratio(x * x);
  }
  if (high < 0x3ff40000u) { /* |x| < 1.25 */
    double d = erf_mid(fabs(x) - 1.0);
    return negative ? -ERX - d : ERX + d;
  }
  if (high >= 0x40180000u) return negative ? TINY - 1.0 : 1.0 - TINY; /* |x| >= 6 */
  /* glibc divides by |x| after the two exps (r / x), as erfc_tail does. */
  double r = erfc_tail(fabs(x), high, 0x4006db6eu);
  return negative ? r - 1.0 : 1.0 - r;
}

double py__libm_erfc(double x) {
  uint32_t high_signed = high_word(x), high = high_signed & 0x7fffffffu;
  bool negative = signbit(x);
  if (high >= 0x7ff00000u) return (negative ? 2.0 : 0.0) + 1.0 / x; /* 0, 2, or nan */
  if (high < 0x3feb0000u) {                                           /* |x| < 0.84375 */
    if (high < 0x3c700000u) return 1.0 - x;                           /* |x| < 2**-56 */
    double y = erf_small_ratio(x * x);
    if ((int32_t)high_signed < 0x3fd00000) return 1.0 - (x + x * y); /* x < 1/4, negatives too */
    double r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (high < 0x3ff40000u) { /* |x| < 1.25 */
    double d = erf_mid(fabs(x) - 1.0);
    if (!negative) return (1.0 - ERX) - d;
    return 1.0 + (ERX + d);
  }
  if (high < 0x403c0000u) { /* |x| < 28 */
    if (negative && high >= 0x40180000u) return 2.0 - TINY; /* x <= -6 */
    double r = erfc_tail(fabs(x), high, 0x4006db6du);
    return negative ? 2.0 - r : r;
  }
  return negative ? 2.0 - TINY : TINY * TINY;
}

/* ---- expm1 ---- */

#define LN2_HI 6.93147180369123816490e-01
#define LN2_LO 1.90821492927058770002e-10
#define INV_LN2 1.44269504088896338700e+00
#define EXPM1_OVERFLOW 7.09782712893383973096e+02

/* expm1(x): x = k*ln2 + r with |r| <= ln2/2 (r carried as hi - lo, c its rounding
 * error), expm1(r) from a rational approximation in r*r/2, then scaled by 2**k with
 * the steps that keep the small result accurate. glibc on x86-64 runs a build of
 * this function with fused multiply-adds when the processor has them (nearly all do
 * since 2013, and so does the machine our oracle runs on): each a*b + c its compiler
 * fused is an fma() here, the others round twice. Without FMA glibc's last digit
 * differs for ~0.02 % of arguments. */
double py__libm_expm1(double x) {
  uint32_t high = high_word(x) & 0x7fffffffu;
  bool negative = signbit(x);
  if (high >= 0x4043687au) { /* |x| >= 56 ln2 */
    if (high >= 0x40862e42u) {
      if (high >= 0x7ff00000u) return isnan(x) ? x + x : (negative ? -1.0 : x);
      if (x > EXPM1_OVERFLOW) return HUGE_VAL;
    }
    if (negative) return TINY - 1.0;
  }
  int k = 0;
  double c = 0.0;
  if (high > 0x3fd62e42u) { /* |x| > ln2/2 */
    double hi, lo;
    if (high < 0x3ff0a2b2u) { /* |x| < 1.5 ln2 */
      k = negative ? -1 : 1;
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
    } else {
      k = (int)(INV_LN2 * x + (negative ? -0.5 : 0.5));
      double t = k;
      hi = fma(-t, LN2_HI, x);
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (high < 0x3c900000u) { /* |x| < 2**-54 */
    return x;
  }
  static const double q[6] = {1.0, -3.33333333333331316428e-02, 1.58730158725481460165e-03,
                              -7.93650757867487942473e-05, 4.00821782732936239552e-06,
                              -2.01099218183624371326e-07};
  double hfx = 0.5 * x, hxs = x * hfx, h2 = hxs * hxs, h4 = h2 * h2;
  double r1 = fma(h4, fma(hxs, q[5], q[4]), fma(h2, fma(hxs, q[3], q[2]), fma(hxs, q[1], 1.0)));
  double t = fma(-r1, hfx, 3.0);
  double e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k == 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k == -1) return fma(0.5, x - e, -0.5);
  if (k == 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : fma(2.0, x - e, 1.0);
  /* Scaling by 2**k is done on the exponent bits, as glibc does. */
  uint32_t shift = (uint32_t)k << 20;
  if (k <= -2 || k > 56) {
    double y = 1.0 - (e - x);
    y = with_high_word(y, high_word(y) + shift);
    return y - 1.0;
  }
  double y;
  if (k < 20) {
    double one_minus = with_high_word(1.0, 0x3ff00000u - (0x200000u >> k)); /* 1 - 2**-k */
    y = one_minus - (e - x);
  } else {
    double tiny_power = with_high_word(1.0, (uint32_t)(0x3ff - k) << 20); /* 2**-k */
    y = x - (e + tiny_power);
    y += 1.0;
  }
  return with_high_word(y, high_word(y) + shift);
}
