/* tests/py/pymath_libm_test.c — runtime/py/pymath_libm.c (the wasm engine's cbrt, erf,
 * erfc and expm1) against the C library natively, which is glibc, bit for bit: special
 * values, the boundaries of each formula's ranges and their neighbours, and a million
 * random arguments per function over all exponents. CPython on Linux gives glibc's
 * results, so equality here is equality with CPython's math module. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "../check.h"
#include "py/pymath.h"

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

/* splitmix64: a fixed sequence, so that a failure repeats. */
static uint64_t next_random(void) {
  uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

static double from_bits(uint64_t bits) {
  double x;
  memcpy(&x, &bits, sizeof x);
  return x;
}

static uint64_t to_bits(double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  return bits;
}

typedef struct {
  const char *name;
  double (*ours)(double);
  double (*libc)(double);
  double span; /* random arguments are mostly within +-span */
} function_case;

static int differences;

static void compare(const function_case *f, double x) {
  double a = f->ours(x), b = f->libc(x);
  check_count++;
  if (to_bits(a) == to_bits(b) || (isnan(a) && isnan(b))) return;
  check_failures++;
  if (++differences <= 20)
    fprintf(stderr, "%s(%a): ours %a, glibc %a\n", f->name, x, a, b);
}

int main(void) {
  const function_case functions[] = {
      {"cbrt", py__libm_cbrt, cbrt, 1e6},
      {"erf", py__libm_erf, erf, 7.0},
      {"erfc", py__libm_erfc, erfc, 30.0},
      {"expm1", py__libm_expm1, expm1, 750.0},
  };
  /* The thresholds the functions test (as high words) and a few famous values. */
  const uint32_t bounds[] = {0x3feb0000u, 0x3e300000u, 0x00800000u, 0x3ff40000u, 0x40180000u,
                             0x4006db6eu, 0x4006db6du, 0x3c700000u, 0x3fd00000u, 0x403c0000u,
                             0x4043687au, 0x40862e42u, 0x3fd62e42u, 0x3ff0a2b2u, 0x3c900000u};
  const double specials[] = {0.0, 1.0, 2.0, 0.5, 0.25, 6.0, 28.0, 709.782712893384, 709.79,
                             -745.2, 1e-300, 5e-324, 1e300, INFINITY, NAN, 0.84375, 1.25,
                             1.0 / 0.35, 3.0, 27.0, 0.125, 1e-10, 710.0, 1e308};
  for (size_t i = 0; i < sizeof functions / sizeof functions[0]; i++) {
    const function_case *f = &functions[i];
    for (size_t j = 0; j < sizeof specials / sizeof specials[0]; j++) {
      compare(f, specials[j]);
      compare(f, -specials[j]);
    }
    for (size_t j = 0; j < sizeof bounds / sizeof bounds[0]; j++) {
      for (int k = -3; k <= 3; k++) {
        double x = from_bits(((uint64_t)bounds[j] << 32) + (uint64_t)(int64_t)k);
        compare(f, x);
        compare(f, -x);
      }
    }
    for (int n = 0; n < 1000000; n++) {
      uint64_t r = next_random();
      double x;
      if (n % 2) {
        x = from_bits(r); /* any double: every exponent */
      } else {
        x = ((double)(r >> 11) / 9007199254740992.0 * 2.0 - 1.0) * f->span;
      }
      compare(f, x);
    }
  }
  return CHECK_DONE("pymath_libm_test");
}
