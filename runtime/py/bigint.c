/* runtime/py/bigint.c — arbitrary-precision integers; see bigint.h.
 *
 * The file has three layers: magnitude routines on raw limb arrays (`mag_*`, no
 * allocation except Karatsuba's temporaries), signed values built on them, and the
 * conversions. Limbs are 32 bits with 64-bit intermediates, which keeps every inner
 * loop simple and portable to wasm32. */
#include "py/bigint.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "py/mem.h"

typedef uint32_t limb;
typedef uint64_t dlimb;
#define LIMB_BITS 32

/* Below this many limbs in the smaller operand, schoolbook multiplication wins. */
#define KARATSUBA_CUTOFF 40

/* ==== allocation ======================================================================= */

static size_t bytes_for(uint32_t cap) { return sizeof(py_bigint) + (size_t)cap * sizeof(limb); }

/* A zeroed value with room for cap limbs, or NULL. */
static py_bigint *alloc_big(size_t cap) {
  if (cap == 0) cap = 1;
  if (cap > UINT32_MAX / 2) return NULL;
  py_bigint *a = py_mem_calloc(bytes_for((uint32_t)cap));
  if (!a) return NULL;
  a->cap = (uint32_t)cap;
  return a;
}

void py_bigint_free(py_bigint *a) {
  if (a) py_mem_free(a, bytes_for(a->cap));
}

/* Drops leading zero limbs and fixes the sign of zero; returns a. */
static py_bigint *normalize(py_bigint *a, int sign) {
  uint32_t n = a->len;
  while (n > 0 && a->d[n - 1] == 0) n--;
  a->len = n;
  a->sign = n ? sign : 0;
  return a;
}

py_bigint *py_bigint_copy(const py_bigint *a) {
  py_bigint *r = alloc_big(a->len);
  if (!r) return NULL;
  memcpy(r->d, a->d, a->len * sizeof(limb));
  r->len = a->len;
  r->sign = a->sign;
  return r;
}

py_bigint *py_bigint_from_uint64(uint64_t v) {
  py_bigint *r = alloc_big(2);
  if (!r) return NULL;
  r->d[0] = (limb)v;
  r->d[1] = (limb)(v >> 32);
  r->len = 2;
  return normalize(r, 1);
}

py_bigint *py_bigint_from_int64(int64_t v) {
  uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  py_bigint *r = py_bigint_from_uint64(m);
  if (r && v < 0) r->sign = -1;
  return r;
}

py_bigint *py_bigint_from_words(const uint32_t *w, size_t n, int sign) {
  py_bigint *r = alloc_big(n);
  if (!r) return NULL;
  if (n) memcpy(r->d, w, n * sizeof(limb));
  r->len = (uint32_t)n;
  return normalize(r, sign < 0 ? -1 : 1);
}

int py_bigint_to_int64(const py_bigint *a, int64_t *out) {
  if (a->len > 2) return 0;
  uint64_t m = a->len ? a->d[0] : 0;
  if (a->len == 2) m |= (uint64_t)a->d[1] << 32;
  if (a->sign >= 0) {
    if (m > (uint64_t)INT64_MAX) return 0;
    *out = (int64_t)m;
  } else {
    if (m > (uint64_t)INT64_MAX + 1) return 0;
    *out = m == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)m;
  }
  return 1;
}

uint64_t py_bigint_low_uint64(const py_bigint *a) {
  uint64_t m = a->len ? a->d[0] : 0;
  if (a->len >= 2) m |= (uint64_t)a->d[1] << 32;
  return a->sign < 0 ? 0 - m : m;
}

/* ==== magnitudes ========================================================================= */

/* Length of a[0..n) without its leading zero limbs. */
static size_t mag_len(const limb *a, size_t n) {
  while (n > 0 && a[n - 1] == 0) n--;
  return n;
}

static int mag_cmp(const limb *a, size_t an, const limb *b, size_t bn) {
  an = mag_len(a, an);
  bn = mag_len(b, bn);
  if (an != bn) return an < bn ? -1 : 1;
  for (size_t i = an; i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/* r = a + b with an >= bn; r has room for an + 1 limbs. Returns an + 1. */
static size_t mag_add(limb *r, const limb *a, size_t an, const limb *b, size_t bn) {
  dlimb c = 0;
  size_t i = 0;
  for (; i < bn; i++) {
    c += (dlimb)a[i] + b[i];
    r[i] = (limb)c;
    c >>= LIMB_BITS;
  }
  for (; i < an; i++) {
    c += a[i];
    r[i] = (limb)c;
    c >>= LIMB_BITS;
  }
  r[an] = (limb)c;
  return an + 1;
}

/* r = a - b, requiring a >= b and an >= bn; r has room for an limbs. */
static void mag_sub(limb *r, const limb *a, size_t an, const limb *b, size_t bn) {
  limb borrow = 0;
  size_t i = 0;
  for (; i < bn; i++) {
    dlimb t = (dlimb)a[i] - b[i] - borrow;
    r[i] = (limb)t;
    borrow = (limb)(t >> 63);
  }
  for (; i < an; i++) {
    dlimb t = (dlimb)a[i] - borrow;
    r[i] = (limb)t;
    borrow = (limb)(t >> 63);
  }
}

/* a[0..an) += b[0..bn) in place, carrying as far as needed; an >= bn and the sum must
 * fit in an limbs. */
static void mag_add_into(limb *a, size_t an, const limb *b, size_t bn) {
  dlimb c = 0;
  size_t i = 0;
  for (; i < bn; i++) {
    c += (dlimb)a[i] + b[i];
    a[i] = (limb)c;
    c >>= LIMB_BITS;
  }
  for (; c && i < an; i++) {
    c += a[i];
    a[i] = (limb)c;
    c >>= LIMB_BITS;
  }
}

/* r = a * b by the schoolbook method; r has an + bn zeroed limbs. */
static void mag_mul_school(limb *r, const limb *a, size_t an, const limb *b, size_t bn) {
  for (size_t i = 0; i < an; i++) {
    dlimb c = 0, ai = a[i];
    if (ai == 0) continue;
    for (size_t j = 0; j < bn; j++) {
      c += ai * b[j] + r[i + j];
      r[i + j] = (limb)c;
      c >>= LIMB_BITS;
    }
    r[i + bn] = (limb)c;
  }
}

static limb *alloc_limbs(size_t n) { return py_mem_calloc((n ? n : 1) * sizeof(limb)); }
static void free_limbs(limb *p, size_t n) { py_mem_free(p, (n ? n : 1) * sizeof(limb)); }

/* r = a * b, r has an + bn zeroed limbs. Karatsuba when both operands are long: split
 * at h, z0 = a0*b0, z2 = a1*b1, and the middle term from (a0+a1)(b0+b1) - z0 - z2.
 * Returns 0, or -1 when a temporary could not be allocated. */
static int mag_mul(limb *r, const limb *a, size_t an, const limb *b, size_t bn) {
  if (an < bn) {
    const limb *t = a; a = b; b = t;
    size_t tn = an; an = bn; bn = tn;
  }
  if (bn < KARATSUBA_CUTOFF) {
    mag_mul_school(r, a, an, b, bn);
    return 0;
  }
  size_t h = (an + 1) / 2;
  if (bn <= h) {
    /* Unbalanced: multiply b by bn-limb slices of a and add the partial products. */
    limb *t = alloc_limbs(2 * bn);
    if (!t) return -1;
    for (size_t i = 0; i < an; i += bn) {
      size_t sn = an - i < bn ? an - i : bn;
      memset(t, 0, 2 * bn * sizeof(limb));
      if (mag_mul(t, a + i, sn, b, bn) < 0) {
        free_limbs(t, 2 * bn);
        return -1;
      }
      mag_add_into(r + i, an + bn - i, t, sn + bn);
    }
    free_limbs(t, 2 * bn);
    return 0;
  }
  const limb *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
  size_t a1n = an - h, b1n = bn - h;
  size_t sn = h + 1, tn = 2 * sn;
  limb *sa = alloc_limbs(sn), *sb = alloc_limbs(sn), *t = alloc_limbs(tn);
  int rc = -1;
  if (!sa || !sb || !t) goto done;
  if (mag_mul(r, a0, h, b0, h) < 0) goto done;                  /* z0 in r[0..2h) */
  if (mag_mul(r + 2 * h, a1, a1n, b1, b1n) < 0) goto done;      /* z2 in r[2h..) */
  mag_add(sa, a0, h, a1, a1n);
  mag_add(sb, b0, h, b1, b1n);
  if (mag_mul(t, sa, sn, sb, sn) < 0) goto done;
  mag_sub(t, t, tn, r, 2 * h);
  mag_sub(t, t, tn, r + 2 * h, a1n + b1n);
  /* The middle term is below B**(an+bn-h), so limbs past that are zero. */
  size_t mid = mag_len(t, tn);
  mag_add_into(r + h, an + bn - h, t, mid);
  rc = 0;
done:
  if (sa) free_limbs(sa, sn);
  if (sb) free_limbs(sb, sn);
  if (t) free_limbs(t, tn);
  return rc;
}

/* q = a / d, returns a % d; q may alias a. */
static limb mag_divmod_small(limb *q, const limb *a, size_t an, limb d) {
  dlimb r = 0;
  for (size_t i = an; i-- > 0;) {
    r = (r << LIMB_BITS) | a[i];
    q[i] = (limb)(r / d);
    r %= d;
  }
  return (limb)r;
}

static int clz32(limb x) { return x ? __builtin_clz(x) : 32; }

/* Knuth's algorithm D: q = a / b (an - bn + 1 limbs) and r = a % b (bn limbs), with
 * bn >= 2, the top limb of b nonzero and an >= bn. Returns 0 or -1 (no memory). */
static int mag_divmod(limb *q, limb *r, const limb *a, size_t an, const limb *b, size_t bn) {
  int s = clz32(b[bn - 1]);
  limb *u = alloc_limbs(an + 1), *v = alloc_limbs(bn);
  if (!u || !v) {
    if (u) free_limbs(u, an + 1);
    if (v) free_limbs(v, bn);
    return -1;
  }
  /* Normalize so the divisor's top bit is set, which bounds the quotient estimate. */
  if (s) {
    for (size_t i = bn - 1; i > 0; i--) v[i] = (b[i] << s) | (b[i - 1] >> (32 - s));
    v[0] = b[0] << s;
    u[an] = a[an - 1] >> (32 - s);
    for (size_t i = an - 1; i > 0; i--) u[i] = (a[i] << s) | (a[i - 1] >> (32 - s));
    u[0] = a[0] << s;
  } else {
    memcpy(v, b, bn * sizeof(limb));
    memcpy(u, a, an * sizeof(limb));
    u[an] = 0;
  }
  dlimb vtop = v[bn - 1], vnext = v[bn - 2];
  for (size_t j = an - bn + 1; j-- > 0;) {
    dlimb num = ((dlimb)u[j + bn] << 32) | u[j + bn - 1];
    dlimb qhat = num / vtop, rhat = num % vtop;
    while (qhat > 0xFFFFFFFFu || qhat * vnext > ((rhat << 32) | u[j + bn - 2])) {
      qhat--;
      rhat += vtop;
      if (rhat > 0xFFFFFFFFu) break;
    }
    /* u[j..j+bn] -= qhat * v */
    int64_t borrow = 0;
    dlimb carry = 0;
    for (size_t i = 0; i < bn; i++) {
      dlimb p = qhat * v[i] + carry;
      carry = p >> 32;
      int64_t t = (int64_t)u[i + j] - (int64_t)(limb)p + borrow;
      u[i + j] = (limb)t;
      borrow = t >> 32;
    }
    int64_t t = (int64_t)u[j + bn] - (int64_t)carry + borrow;
    u[j + bn] = (limb)t;
    if (t < 0) {
      /* qhat was one too large: add v back. */
      qhat--;
      dlimb c = 0;
      for (size_t i = 0; i < bn; i++) {
        c += (dlimb)u[i + j] + v[i];
        u[i + j] = (limb)c;
        c >>= 32;
      }
      u[j + bn] += (limb)c;
    }
    q[j] = (limb)qhat;
  }
  if (r) {
    if (s) {
      for (size_t i = 0; i < bn - 1; i++) r[i] = (u[i] >> s) | (u[i + 1] << (32 - s));
      r[bn - 1] = u[bn - 1] >> s;
    } else {
      memcpy(r, u, bn * sizeof(limb));
    }
  }
  free_limbs(u, an + 1);
  free_limbs(v, bn);
  return 0;
}

/* ==== signed arithmetic ================================================================== */

/* sa*|a| + sb*|b| where sa, sb are the signs to use (lets sub reuse add). */
static py_bigint *add_signed(const py_bigint *a, int sa, const py_bigint *b, int sb) {
  if (sb == 0 || b->len == 0) {
    py_bigint *r = py_bigint_copy(a);
    if (r) r->sign = a->len ? sa : 0;
    return r;
  }
  if (sa == 0 || a->len == 0) {
    py_bigint *r = py_bigint_copy(b);
    if (r) r->sign = sb;
    return r;
  }
  if (sa == sb) {
    if (a->len < b->len) {
      const py_bigint *t = a; a = b; b = t;
    }
    py_bigint *r = alloc_big(a->len + 1);
    if (!r) return NULL;
    r->len = (uint32_t)mag_add(r->d, a->d, a->len, b->d, b->len);
    return normalize(r, sa);
  }
  int c = mag_cmp(a->d, a->len, b->d, b->len);
  if (c == 0) return alloc_big(1);
  if (c < 0) {
    const py_bigint *t = a; a = b; b = t;
    sa = sb;
  }
  py_bigint *r = alloc_big(a->len);
  if (!r) return NULL;
  mag_sub(r->d, a->d, a->len, b->d, b->len);
  r->len = a->len;
  return normalize(r, sa);
}

py_bigint *py_bigint_add(const py_bigint *a, const py_bigint *b) {
  return add_signed(a, a->sign, b, b->sign);
}

py_bigint *py_bigint_sub(const py_bigint *a, const py_bigint *b) {
  return add_signed(a, a->sign, b, -b->sign);
}

py_bigint *py_bigint_neg(const py_bigint *a) {
  py_bigint *r = py_bigint_copy(a);
  if (r) r->sign = -a->sign;
  return r;
}

py_bigint *py_bigint_abs(const py_bigint *a) {
  py_bigint *r = py_bigint_copy(a);
  if (r) r->sign = a->len ? 1 : 0;
  return r;
}

py_bigint *py_bigint_mul(const py_bigint *a, const py_bigint *b) {
  if (a->len == 0 || b->len == 0) return alloc_big(1);
  py_bigint *r = alloc_big((size_t)a->len + b->len);
  if (!r) return NULL;
  if (mag_mul(r->d, a->d, a->len, b->d, b->len) < 0) {
    py_bigint_free(r);
    return NULL;
  }
  r->len = a->len + b->len;
  return normalize(r, a->sign * b->sign);
}

/* Truncating division of magnitudes: q = |a| / |b|, r = |a| % |b| (both nonnegative,
 * either pointer may be NULL). b must be nonzero. */
static int divmod_trunc(const py_bigint *a, const py_bigint *b, py_bigint **q, py_bigint **r) {
  py_bigint *qq = NULL, *rr = NULL;
  if (mag_cmp(a->d, a->len, b->d, b->len) < 0) {
    qq = alloc_big(1);
    rr = py_bigint_abs(a);
  } else if (b->len == 1) {
    qq = alloc_big(a->len);
    rr = alloc_big(1);
    if (qq && rr) {
      rr->d[0] = mag_divmod_small(qq->d, a->d, a->len, b->d[0]);
      rr->len = 1;
      qq->len = a->len;
      normalize(qq, 1);
      normalize(rr, 1);
    }
  } else {
    qq = alloc_big(a->len - b->len + 1);
    rr = alloc_big(b->len);
    if (qq && rr) {
      if (mag_divmod(qq->d, rr->d, a->d, a->len, b->d, b->len) < 0) {
        py_bigint_free(qq);
        qq = NULL;
      } else {
        qq->len = a->len - b->len + 1;
        rr->len = b->len;
        normalize(qq, 1);
        normalize(rr, 1);
      }
    }
  }
  if (!qq || !rr) {
    py_bigint_free(qq);
    py_bigint_free(rr);
    return PY_NUM_ENOMEM;
  }
  if (q) *q = qq; else py_bigint_free(qq);
  if (r) *r = rr; else py_bigint_free(rr);
  return PY_NUM_OK;
}

/* Returns a + delta and frees a (also on failure, returning NULL). Used to turn
 * truncation into flooring. */
static py_bigint *add_small(py_bigint *a, int64_t delta) {
  py_bigint *d = py_bigint_from_int64(delta);
  if (!d) {
    py_bigint_free(a);
    return NULL;
  }
  py_bigint *r = py_bigint_add(a, d);
  py_bigint_free(a);
  py_bigint_free(d);
  return r;
}

int py_bigint_divmod(const py_bigint *a, const py_bigint *b, py_bigint **q, py_bigint **r) {
  if (b->len == 0) return PY_NUM_EZERODIV;
  py_bigint *qq, *rr;
  int rc = divmod_trunc(a, b, &qq, &rr);
  if (rc) return rc;
  qq->sign = qq->len ? a->sign * b->sign : 0;
  rr->sign = rr->len ? a->sign : 0;
  /* Python floors: when the remainder is nonzero and the signs differ, the quotient
   * goes one lower and the remainder moves to b's side. */
  if (rr->len && a->sign != b->sign) {
    qq = add_small(qq, -1);
    py_bigint *t = rr;
    rr = qq ? py_bigint_add(t, b) : NULL;
    py_bigint_free(t);
    if (!qq || !rr) {
      py_bigint_free(qq);
      py_bigint_free(rr);
      return PY_NUM_ENOMEM;
    }
  }
  if (q) *q = qq; else py_bigint_free(qq);
  if (r) *r = rr; else py_bigint_free(rr);
  return PY_NUM_OK;
}

/* ==== comparison and bits ================================================================ */

int py_bigint_cmp(const py_bigint *a, const py_bigint *b) {
  if (a->sign != b->sign) return a->sign < b->sign ? -1 : 1;
  int c = mag_cmp(a->d, a->len, b->d, b->len);
  return a->sign < 0 ? -c : c;
}

int py_bigint_cmp_int64(const py_bigint *a, int64_t b) {
  int64_t v;
  if (!py_bigint_to_int64(a, &v)) return a->sign;
  return v < b ? -1 : v > b;
}

uint64_t py_bigint_bit_length(const py_bigint *a) {
  if (a->len == 0) return 0;
  return (uint64_t)(a->len - 1) * 32 + (uint64_t)(32 - clz32(a->d[a->len - 1]));
}

/* Whether any of the low n bits of |a| is set. */
static int low_bits_nonzero(const py_bigint *a, uint64_t n) {
  uint64_t whole = n / 32;
  for (uint64_t i = 0; i < whole && i < a->len; i++)
    if (a->d[i]) return 1;
  if (whole < a->len && (n % 32) && (a->d[whole] & ((1u << (n % 32)) - 1))) return 1;
  return 0;
}

/* |a| >> n as a nonnegative value with the given sign. */
static py_bigint *mag_rshift(const py_bigint *a, uint64_t n, int sign) {
  uint64_t whole = n / 32;
  unsigned bits = (unsigned)(n % 32);
  if (whole >= a->len) return alloc_big(1);
  size_t rn = a->len - (size_t)whole;
  py_bigint *r = alloc_big(rn);
  if (!r) return NULL;
  for (size_t i = 0; i < rn; i++) {
    limb lo = a->d[whole + i] >> bits;
    limb hi = (bits && whole + i + 1 < a->len) ? a->d[whole + i + 1] << (32 - bits) : 0;
    r->d[i] = lo | hi;
  }
  r->len = (uint32_t)rn;
  return normalize(r, sign);
}

py_bigint *py_bigint_lshift(const py_bigint *a, uint64_t n) {
  if (a->len == 0) return alloc_big(1);
  uint64_t whole = n / 32;
  unsigned bits = (unsigned)(n % 32);
  if (whole > (UINT32_MAX / 2) - a->len - 1) return NULL;
  size_t rn = a->len + (size_t)whole + 1;
  py_bigint *r = alloc_big(rn);
  if (!r) return NULL;
  for (size_t i = 0; i < a->len; i++) {
    r->d[whole + i] |= a->d[i] << bits;
    if (bits) r->d[whole + i + 1] = a->d[i] >> (32 - bits);
  }
  r->len = (uint32_t)rn;
  return normalize(r, a->sign);
}

py_bigint *py_bigint_rshift(const py_bigint *a, uint64_t n) {
  if (a->sign >= 0) return mag_rshift(a, n, 1);
  /* Flooring for negatives: -(|a| >> n) minus one more if any bit fell off. */
  py_bigint *r = mag_rshift(a, n, -1);
  if (!r) return NULL;
  if (low_bits_nonzero(a, n)) return add_small(r, -1);
  return r;
}

/* Writes the two's complement of a in exactly n limbs (n > a->len). */
static void to_twos(const py_bigint *a, limb *out, size_t n) {
  memset(out, 0, n * sizeof(limb));
  memcpy(out, a->d, a->len * sizeof(limb));
  if (a->sign < 0) {
    dlimb c = 1;
    for (size_t i = 0; i < n; i++) {
      c += (limb)~out[i];
      out[i] = (limb)c;
      c >>= 32;
    }
  }
}

static py_bigint *bitwise(const py_bigint *a, const py_bigint *b, char op) {
  size_t n = (a->len > b->len ? a->len : b->len) + 1;
  limb *x = alloc_limbs(n), *y = alloc_limbs(n);
  py_bigint *r = alloc_big(n);
  if (!x || !y || !r) {
    if (x) free_limbs(x, n);
    if (y) free_limbs(y, n);
    py_bigint_free(r);
    return NULL;
  }
  to_twos(a, x, n);
  to_twos(b, y, n);
  for (size_t i = 0; i < n; i++)
    r->d[i] = op == '&' ? x[i] & y[i] : op == '|' ? x[i] | y[i] : x[i] ^ y[i];
  free_limbs(x, n);
  free_limbs(y, n);
  int neg = (r->d[n - 1] >> 31) != 0;
  if (neg) {
    /* Back to sign and magnitude: the magnitude is the two's complement again. */
    dlimb c = 1;
    for (size_t i = 0; i < n; i++) {
      c += (limb)~r->d[i];
      r->d[i] = (limb)c;
      c >>= 32;
    }
  }
  r->len = (uint32_t)n;
  return normalize(r, neg ? -1 : 1);
}

py_bigint *py_bigint_and(const py_bigint *a, const py_bigint *b) { return bitwise(a, b, '&'); }
py_bigint *py_bigint_or(const py_bigint *a, const py_bigint *b) { return bitwise(a, b, '|'); }
py_bigint *py_bigint_xor(const py_bigint *a, const py_bigint *b) { return bitwise(a, b, '^'); }

py_bigint *py_bigint_invert(const py_bigint *a) {
  /* ~a == -(a + 1) */
  py_bigint *r = py_bigint_neg(a);
  return r ? add_small(r, -1) : NULL;
}

/* The hash modulus, the Mersenne prime 2**61 - 1. */
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

int64_t py_bigint_hash(const py_bigint *a) {
  uint64_t h = 0;
  for (size_t i = a->len; i-- > 0;) {
    /* h * 2**32 mod P, using 2**61 == 1 (mod P) to fold the high bits back in. */
    h = ((h << 32) & HASH_MODULUS) | (h >> 29);
    h += a->d[i];
    if (h >= HASH_MODULUS) h -= HASH_MODULUS;
  }
  int64_t x = (int64_t)h;
  if (a->sign < 0) x = -x;
  return x == -1 ? -2 : x;
}

int64_t py_int64_hash(int64_t v) {
  uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  int64_t x = (int64_t)(m % HASH_MODULUS);
  if (v < 0) x = -x;
  return x == -1 ? -2 : x;
}

/* ==== pow and gcd ======================================================================== */

/* (x * y) mod m into a fresh value, consuming neither argument. */
static py_bigint *mulmod(const py_bigint *x, const py_bigint *y, const py_bigint *m) {
  py_bigint *p = py_bigint_mul(x, y);
  if (!p || !m) return p;
  py_bigint *r = NULL;
  int rc = py_bigint_divmod(p, m, NULL, &r);
  py_bigint_free(p);
  return rc ? NULL : r;
}

/* Extended Euclid: the inverse of a modulo m (m > 0), in [0, m). */
static int mod_inverse(const py_bigint *a, const py_bigint *m, py_bigint **out) {
  py_bigint *r0 = NULL, *r1 = NULL, *s0 = py_bigint_from_int64(0), *s1 = py_bigint_from_int64(1);
  int rc = PY_NUM_ENOMEM;
  if (!s0 || !s1) goto done;
  r0 = py_bigint_copy(m);
  if (!r0 || py_bigint_divmod(a, m, NULL, &r1)) goto done;
  while (r1->len) {
    py_bigint *q = NULL, *r2 = NULL, *t = NULL, *s2 = NULL;
    if (py_bigint_divmod(r0, r1, &q, &r2)) goto done;
    t = py_bigint_mul(q, s1);
    s2 = t ? py_bigint_sub(s0, t) : NULL;
    py_bigint_free(q);
    py_bigint_free(t);
    if (!s2) {
      py_bigint_free(r2);
      goto done;
    }
    py_bigint_free(r0);
    r0 = r1;
    r1 = r2;
    py_bigint_free(s0);
    s0 = s1;
    s1 = s2;
  }
  if (py_bigint_cmp_int64(r0, 1) != 0) {
    rc = PY_NUM_EVALUE;
    goto done;
  }
  rc = py_bigint_divmod(s0, m, NULL, out);
done:
  py_bigint_free(r0);
  py_bigint_free(r1);
  py_bigint_free(s0);
  py_bigint_free(s1);
  return rc;
}

int py_bigint_pow(const py_bigint *a, const py_bigint *e, const py_bigint *m, py_bigint **out) {
  py_bigint *mod = NULL, *base = NULL, *result = NULL, *inv = NULL;
  int neg_mod = 0, rc = PY_NUM_ENOMEM;
  if (m) {
    if (m->len == 0) return PY_NUM_EVALUE;
    neg_mod = m->sign < 0;
    mod = py_bigint_abs(m);
    if (!mod) return PY_NUM_ENOMEM;
    if (py_bigint_cmp_int64(mod, 1) == 0) {
      py_bigint_free(mod);
      *out = alloc_big(1);
      return *out ? PY_NUM_OK : PY_NUM_ENOMEM;
    }
  } else if (e->sign < 0) {
    return PY_NUM_EVALUE;
  }
  if (e->sign < 0) {
    rc = mod_inverse(a, mod, &inv);
    if (rc) goto done;
    rc = PY_NUM_ENOMEM;
    base = inv;
    inv = NULL;
  } else if (mod) {
    if (py_bigint_divmod(a, mod, NULL, &base)) goto done;
  } else {
    base = py_bigint_copy(a);
    if (!base) goto done;
  }
  /* A result of more than about 2**36 bits cannot be allocated anyway; fail early
   * instead of squaring until memory runs out. */
  if (!mod && base->len && !(base->len == 1 && base->d[0] == 1)) {
    uint64_t bits = py_bigint_bit_length(base);
    if (e->len > 1 || (uint64_t)e->d[0] * (bits - 1) > ((uint64_t)1 << 36)) goto done;
  }
  result = py_bigint_from_int64(1);
  if (!result) goto done;
  /* Left-to-right binary exponentiation over the bits of |e|. */
  for (size_t i = e->len; i-- > 0;) {
    for (int bit = 31; bit >= 0; bit--) {
      py_bigint *t = mulmod(result, result, mod);
      py_bigint_free(result);
      result = t;
      if (!result) goto done;
      if ((e->d[i] >> bit) & 1) {
        t = mulmod(result, base, mod);
        py_bigint_free(result);
        result = t;
        if (!result) goto done;
      }
    }
  }
  if (neg_mod && result->len) {
    py_bigint *t = py_bigint_add(result, m);
    py_bigint_free(result);
    result = t;
    if (!result) goto done;
  }
  *out = result;
  result = NULL;
  rc = PY_NUM_OK;
done:
  py_bigint_free(mod);
  py_bigint_free(base);
  py_bigint_free(result);
  py_bigint_free(inv);
  return rc;
}

py_bigint *py_bigint_gcd(const py_bigint *a, const py_bigint *b) {
  py_bigint *x = py_bigint_abs(a), *y = py_bigint_abs(b);
  while (x && y && y->len) {
    int64_t xs, ys;
    if (py_bigint_to_int64(x, &xs) && py_bigint_to_int64(y, &ys)) {
      /* Both small: finish in machine words. */
      uint64_t u = (uint64_t)xs, v = (uint64_t)ys;
      while (v) {
        uint64_t t = u % v;
        u = v;
        v = t;
      }
      py_bigint_free(x);
      py_bigint_free(y);
      return py_bigint_from_uint64(u);
    }
    py_bigint *r = NULL;
    if (py_bigint_divmod(x, y, NULL, &r)) {
      py_bigint_free(x);
      x = NULL;
      break;
    }
    py_bigint_free(x);
    x = y;
    y = r;
  }
  py_bigint_free(y);
  return x;
}

/* ==== floats ============================================================================= */

int py_bigint_from_double(double x, py_bigint **out) {
  if (isinf(x)) return PY_NUM_EOVERFLOW;
  if (isnan(x)) return PY_NUM_EVALUE;
  double t = trunc(x);
  if (fabs(t) < 9223372036854775808.0) {
    *out = py_bigint_from_int64((int64_t)t);
    return *out ? PY_NUM_OK : PY_NUM_ENOMEM;
  }
  int exp;
  double frac = frexp(fabs(t), &exp); /* fabs(t) = frac * 2**exp, 0.5 <= frac < 1 */
  uint64_t mant = (uint64_t)ldexp(frac, 53);
  py_bigint *m = py_bigint_from_uint64(mant);
  if (!m) return PY_NUM_ENOMEM;
  py_bigint *r = py_bigint_lshift(m, (uint64_t)(exp - 53));
  py_bigint_free(m);
  if (!r) return PY_NUM_ENOMEM;
  if (x < 0) r->sign = -1;
  *out = r;
  return PY_NUM_OK;
}

/* Rounds q (with `sticky` meaning nonzero bits below it) right by `extra` bits, half to
 * even, and returns q' so the value is q' * 2**extra; 0 < extra < 64. */
static uint64_t round_bits(uint64_t q, int extra, int sticky) {
  uint64_t rest = q & (((uint64_t)1 << extra) - 1);
  uint64_t half = (uint64_t)1 << (extra - 1);
  q >>= extra;
  if (rest > half || (rest == half && (sticky || (q & 1)))) q++;
  return q;
}

/* The top (up to) 64 bits of |a|, so that |a| = top * 2**shift + dropped, with
 * *sticky telling whether the dropped bits were nonzero. */
static uint64_t top_bits(const py_bigint *a, int64_t *shift, int *sticky) {
  uint64_t bl = py_bigint_bit_length(a);
  if (bl <= 64) {
    *shift = 0;
    *sticky = 0;
    return a->d[0] | (a->len > 1 ? (uint64_t)a->d[1] << 32 : 0);
  }
  uint64_t s = bl - 64, whole = s / 32;
  unsigned bits = (unsigned)(s % 32);
  uint64_t l0 = a->d[whole], l1 = whole + 1 < a->len ? a->d[whole + 1] : 0,
           l2 = whole + 2 < a->len ? a->d[whole + 2] : 0;
  uint64_t v = bits ? (l0 >> bits) | (l1 << (32 - bits)) | (l2 << (64 - bits))
                    : l0 | (l1 << 32);
  *shift = (int64_t)s;
  *sticky = low_bits_nonzero(a, s);
  return v;
}

static int bitlen64(uint64_t v) { return v ? 64 - __builtin_clzll(v) : 0; }

/* q * 2**e as a double with the given sign, or PY_NUM_EOVERFLOW when it reaches
 * 2**1024. q already has at most 53 significant bits. */
static int make_double(uint64_t q, int64_t e, int neg, double *out) {
  if (q && e + bitlen64(q) > DBL_MAX_EXP) return PY_NUM_EOVERFLOW;
  double d = ldexp((double)q, (int)e);
  *out = neg ? -d : d;
  return PY_NUM_OK;
}

int py_bigint_to_double(const py_bigint *a, double *out) {
  if (a->len == 0) {
    *out = 0.0;
    return PY_NUM_OK;
  }
  int64_t shift;
  int sticky;
  uint64_t top = top_bits(a, &shift, &sticky);
  int extra = bitlen64(top) - DBL_MANT_DIG;
  if (extra <= 0) return make_double(top, shift, a->sign < 0, out);
  return make_double(round_bits(top, extra, sticky), shift + extra, a->sign < 0, out);
}

int py_bigint_true_divide(const py_bigint *a, const py_bigint *b, double *out) {
  if (b->len == 0) return PY_NUM_EZERODIV;
  if (a->len == 0) {
    *out = b->sign < 0 ? -0.0 : 0.0;
    return PY_NUM_OK;
  }
  int neg = a->sign != b->sign;
  uint64_t abits = py_bigint_bit_length(a), bbits = py_bigint_bit_length(b);
  if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {
    /* Both exact as doubles: one IEEE division is correctly rounded. */
    double x, y;
    py_bigint_to_double(a, &x);
    py_bigint_to_double(b, &y);
    *out = x / y;
    return PY_NUM_OK;
  }
  int64_t diff = (int64_t)abits - (int64_t)bbits;
  /* a/b lies in [2**(diff-1), 2**(diff+1)). */
  if (diff > DBL_MAX_EXP + 1) return PY_NUM_EOVERFLOW;
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 2) {
    *out = neg ? -0.0 : 0.0;
    return PY_NUM_OK;
  }
  /* Scale so the quotient q = |a| / (|b| * 2**shift) has 55 or 56 bits (fewer in the
   * subnormal range), then round q once with the remainder as a sticky bit. */
  int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  py_bigint *x = NULL, *y = NULL, *q = NULL, *r = NULL;
  const py_bigint *num = a, *den = b;
  int rc = PY_NUM_ENOMEM;
  if (shift > 0) {
    y = py_bigint_lshift(b, (uint64_t)shift);
    if (!y) goto done;
    den = y;
  } else if (shift < 0) {
    x = py_bigint_lshift(a, (uint64_t)-shift);
    if (!x) goto done;
    num = x;
  }
  rc = divmod_trunc(num, den, &q, &r);
  if (rc) goto done;
  uint64_t qv = py_bigint_low_uint64(q);
  int sticky = r->len != 0;
  /* Keep 53 bits, or fewer for a subnormal result: nothing below 2**-1074. */
  int64_t extra = bitlen64(qv) - DBL_MANT_DIG;
  if (extra < -1074 - shift) extra = -1074 - shift;
  if (extra <= 0) rc = make_double(qv, shift, neg, out);
  else rc = make_double(round_bits(qv, (int)extra, sticky), shift + extra, neg, out);
done:
  py_bigint_free(x);
  py_bigint_free(y);
  py_bigint_free(q);
  py_bigint_free(r);
  return rc;
}

/* ==== strings ============================================================================ */

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* The value of digit character c in bases up to 36, or 99 when it is not a digit. */
static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

static int lower(char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

int py_bigint_from_string(const char *s, size_t n, int base, size_t max_digits,
                          py_bigint **out, size_t *ndigits) {
  size_t i = 0, end = n;
  if (ndigits) *ndigits = 0;
  if (base != 0 && (base < 2 || base > 36)) return PY_NUM_EVALUE;
  while (i < end && is_space(s[i])) i++;
  while (end > i && is_space(s[end - 1])) end--;
  int sign = 1;
  if (i < end && (s[i] == '+' || s[i] == '-')) sign = s[i++] == '-' ? -1 : 1;
  int zero_only = 0; /* base 0 with a leading 0: C-style octal is invalid unless 0 */
  char p = i + 1 < end && s[i] == '0' ? (char)lower(s[i + 1]) : 0;
  if (base == 0) {
    if (i >= end || s[i] != '0') base = 10;
    else if (p == 'x') base = 16;
    else if (p == 'o') base = 8;
    else if (p == 'b') base = 2;
    else {
      base = 10;
      zero_only = 1;
    }
  }
  if ((base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b')) {
    i += 2;
    if (i < end && s[i] == '_') i++; /* one underscore may follow the prefix */
  }
  if (i < end && s[i] == '_') return PY_NUM_EVALUE;
  /* Scan the digits, checking underscores the way the literal grammar does. */
  size_t start = i, digits = 0;
  char prev = 0;
  for (; i < end; i++) {
    if (s[i] == '_') {
      if (prev == '_') return PY_NUM_EVALUE;
    } else if (digit_value(s[i]) < base) {
      digits++;
    } else {
      break;
    }
    prev = s[i];
  }
  if (prev == '_') return PY_NUM_EVALUE;
  if (digits == 0) return PY_NUM_EVALUE;
  if ((base & (base - 1)) != 0 && max_digits && digits > max_digits) {
    if (ndigits) *ndigits = digits;
    return PY_NUM_ELIMIT;
  }
  if (i != end) return PY_NUM_EVALUE;
  if (ndigits) *ndigits = digits;
  /* Accumulate chunks of k digits, base**k < 2**32, with one multiply-add pass each. */
  int k = 0;
  dlimb bk = 1;
  while (bk * (dlimb)base <= 0xFFFFFFFFu) {
    bk *= (dlimb)base;
    k++;
  }
  int bits_per_digit = 1;
  while ((1 << bits_per_digit) < base) bits_per_digit++;
  size_t cap = digits * (size_t)bits_per_digit / 32 + 2;
  py_bigint *r = alloc_big(cap);
  if (!r) return PY_NUM_ENOMEM;
  size_t len = 0, j = start;
  size_t left = digits;
  while (left) {
    int take = left % (size_t)k ? (int)(left % (size_t)k) : k;
    dlimb chunk = 0, mult = 1;
    for (int t = 0; t < take; j++) {
      if (s[j] == '_') continue;
      chunk = chunk * (dlimb)base + (dlimb)digit_value(s[j]);
      mult *= (dlimb)base;
      t++;
    }
    left -= (size_t)take;
    dlimb c = chunk;
    for (size_t t = 0; t < len; t++) {
      c += (dlimb)r->d[t] * mult;
      r->d[t] = (limb)c;
      c >>= 32;
    }
    if (c) r->d[len++] = (limb)c;
  }
  r->len = (uint32_t)len;
  normalize(r, sign);
  if (zero_only && r->len) {
    py_bigint_free(r);
    return PY_NUM_EVALUE;
  }
  *out = r;
  return PY_NUM_OK;
}

/* Decimal digits of |a|: repeated division by 10**9 gives base-10**9 chunks. */
static int to_decimal(const py_bigint *a, int neg, size_t max_digits, char **s, size_t *len) {
  size_t n = a->len;
  size_t nchunks = n * 32 / 29 + 2; /* 10**9 > 2**29 */
  limb *work = alloc_limbs(n), *chunks = alloc_limbs(nchunks);
  if (!work || !chunks) {
    if (work) free_limbs(work, n);
    if (chunks) free_limbs(chunks, nchunks);
    return PY_NUM_ENOMEM;
  }
  memcpy(work, a->d, n * sizeof(limb));
  size_t cn = 0;
  while (n) {
    chunks[cn++] = mag_divmod_small(work, work, n, 1000000000u);
    n = mag_len(work, n);
  }
  free_limbs(work, a->len);
  if (cn == 0) chunks[cn++] = 0;
  size_t ndig = 1;
  for (limb top = chunks[cn - 1]; top >= 10; top /= 10) ndig++;
  ndig += (cn - 1) * 9;
  int rc = PY_NUM_OK;
  if (max_digits && ndig > max_digits) {
    rc = PY_NUM_ELIMIT;
  } else {
    size_t total = ndig + (size_t)neg;
    char *buf = py_mem_alloc(total + 1);
    if (!buf) {
      rc = PY_NUM_ENOMEM;
    } else {
      char *w = buf + total;
      *w = '\0';
      for (size_t c = 0; c < cn; c++) {
        limb v = chunks[c];
        int width = c + 1 < cn ? 9 : 0;
        for (int d = 0; (width && d < width) || (!width && (d == 0 || v)); d++) {
          *--w = (char)('0' + v % 10);
          v /= 10;
        }
      }
      if (neg) *--w = '-';
      *s = buf;
      *len = total;
    }
  }
  free_limbs(chunks, nchunks);
  return rc;
}

int py_bigint_to_string(const py_bigint *a, int base, size_t max_digits, char **s,
                        size_t *len) {
  int neg = a->sign < 0;
  if (base == 10) return to_decimal(a, neg, max_digits, s, len);
  int shift = base == 2 ? 1 : base == 8 ? 3 : base == 16 ? 4 : 0;
  if (!shift) return PY_NUM_EVALUE;
  uint64_t bits = py_bigint_bit_length(a);
  size_t ndig = bits ? (size_t)((bits + (uint64_t)shift - 1) / (uint64_t)shift) : 1;
  size_t total = ndig + (size_t)neg;
  char *buf = py_mem_alloc(total + 1);
  if (!buf) return PY_NUM_ENOMEM;
  buf[total] = '\0';
  char *w = buf + total;
  for (size_t k = 0; k < ndig; k++) {
    /* Digit k covers bits [k*shift, k*shift + shift), possibly across two limbs. */
    uint64_t pos = (uint64_t)k * (uint64_t)shift;
    uint64_t li = pos / 32;
    unsigned off = (unsigned)(pos % 32);
    uint64_t v = li < a->len ? a->d[li] >> off : 0;
    if (off + (unsigned)shift > 32 && li + 1 < a->len) v |= (uint64_t)a->d[li + 1] << (32 - off);
    *--w = "0123456789abcdef"[v & (uint64_t)(base - 1)];
  }
  if (neg) *--w = '-';
  *s = buf;
  *len = total;
  return PY_NUM_OK;
}

/* ==== rounding, the int64 fast path and mixed comparisons ================================= */

py_bigint *py_bigint_round_tens(const py_bigint *a, uint64_t k) {
  py_bigint *ten = py_bigint_from_int64(10), *kk = py_bigint_from_uint64(k);
  py_bigint *p = NULL, *q = NULL, *r = NULL, *r2 = NULL, *res = NULL;
  if (!ten || !kk || py_bigint_pow(ten, kk, NULL, &p)) goto done;
  if (py_bigint_divmod(a, p, &q, &r)) goto done; /* floor: 0 <= r < p */
  r2 = py_bigint_add(r, r);
  if (!r2) goto done;
  int c = py_bigint_cmp(r2, p);
  if (c > 0 || (c == 0 && q->len && (q->d[0] & 1))) {
    q = add_small(q, 1);
    if (!q) goto done;
  }
  res = py_bigint_mul(q, p);
done:
  py_bigint_free(ten);
  py_bigint_free(kk);
  py_bigint_free(p);
  py_bigint_free(q);
  py_bigint_free(r);
  py_bigint_free(r2);
  return res;
}

int py_int64_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r) {
  if (b == 0) return PY_NUM_EZERODIV;
  if (a == INT64_MIN && b == -1) return PY_NUM_EOVERFLOW;
  int64_t qq = a / b, rr = a % b;
  /* C truncates; Python floors, so a remainder of the other sign moves both. */
  if (rr != 0 && ((rr < 0) != (b < 0))) {
    qq--;
    rr += b;
  }
  if (q) *q = qq;
  if (r) *r = rr;
  return PY_NUM_OK;
}

int py_int64_pow(int64_t a, int64_t e, int64_t *out) {
  if (e < 0) return PY_NUM_EVALUE;
  int64_t result = 1, base = a;
  while (e) {
    if ((e & 1) && __builtin_mul_overflow(result, base, &result)) return PY_NUM_EOVERFLOW;
    e >>= 1;
    if (e && __builtin_mul_overflow(base, base, &base)) return PY_NUM_EOVERFLOW;
  }
  *out = result;
  return PY_NUM_OK;
}

int py_int64_true_divide(int64_t a, int64_t b, double *out) {
  if (b == 0) return PY_NUM_EZERODIV;
  const int64_t exact = (int64_t)1 << DBL_MANT_DIG;
  if (a >= -exact && a <= exact && b >= -exact && b <= exact) {
    *out = (double)a / (double)b;
    return PY_NUM_OK;
  }
  py_bigint *x = py_bigint_from_int64(a), *y = py_bigint_from_int64(b);
  int rc = x && y ? py_bigint_true_divide(x, y, out) : PY_NUM_ENOMEM;
  py_bigint_free(x);
  py_bigint_free(y);
  return rc;
}

int py_int64_cmp_double(int64_t a, double x) {
  if (isnan(x)) return 2;
  if (x >= 9223372036854775808.0) return -1;
  if (x < -9223372036854775808.0) return 1;
  /* |x| < 2**63 (or exactly -2**63): its integer part is an exact int64. */
  double t = trunc(x);
  int64_t ti = (int64_t)t;
  if (a != ti) return a < ti ? -1 : 1;
  double frac = x - t;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

int py_bigint_cmp_double(const py_bigint *a, double x, int *status) {
  *status = PY_NUM_OK;
  int64_t small;
  if (py_bigint_to_int64(a, &small)) return py_int64_cmp_double(small, x);
  if (isnan(x)) return 2;
  if (isinf(x)) return x > 0 ? -1 : 1;
  /* a is outside int64; compare with x's integer part exactly, then its fraction. */
  py_bigint *t = NULL;
  if (py_bigint_from_double(x, &t)) {
    *status = PY_NUM_ENOMEM;
    return 0;
  }
  int c = py_bigint_cmp(a, t);
  py_bigint_free(t);
  if (c) return c;
  double frac = x - trunc(x);
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}
