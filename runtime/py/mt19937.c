/* runtime/py/mt19937.c — the Mersenne Twister (MT19937, Matsumoto and Nishimura) and
 * random.py's algorithms on top of it; see mt19937.h.
 *
 * The generator is the reference algorithm: a 624-word state regenerated in one pass,
 * tempered word by word. Seeding is the reference init_by_array, which is what
 * CPython's random.seed(int) feeds with the integer's 32-bit words. */
#include "py/mt19937.h"

#include <math.h>
#include <string.h>

#include "py/mem.h"

#define M 397
#define MATRIX_A 0x9908b0dfu
#define UPPER_MASK 0x80000000u
#define LOWER_MASK 0x7fffffffu

/* ==== seeding from str and bytes ============================================================
 *
 * random.seed(s) for a str or bytes (version 2) seeds with int.from_bytes(b +
 * sha512(b).digest()), b being the UTF-8 bytes, so SHA-512 (FIPS 180-4) lives here. */

/* The first 64 bits of the fractional parts of the cube roots of the first 80 primes,
 * and of the square roots of the first 8 (FIPS 180-4, section 4.2.3 and 5.3.5). */
static const uint64_t SHA512_K[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full,
    0xe9b5dba58189dbbcull, 0x3956c25bf348b538ull, 0x59f111f1b605d019ull,
    0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull, 0xd807aa98a3030242ull,
    0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull,
    0xc19bf174cf692694ull, 0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull,
    0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull, 0x2de92c6f592b0275ull,
    0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full,
    0xbf597fc7beef0ee4ull, 0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull,
    0x06ca6351e003826full, 0x142929670a0e6e70ull, 0x27b70a8546d22ffcull,
    0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull,
    0x92722c851482353bull, 0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull,
    0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull, 0xd192e819d6ef5218ull,
    0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull,
    0x34b0bcb5e19b48a8ull, 0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull,
    0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull, 0x748f82ee5defb2fcull,
    0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull,
    0xc67178f2e372532bull, 0xca273eceea26619cull, 0xd186b8c721c0c207ull,
    0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull, 0x06f067aa72176fbaull,
    0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull,
    0x431d67c49c100d4cull, 0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull,
    0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
};
static const uint64_t SHA512_H0[8] = {
    0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull,
    0xa54ff53a5f1d36f1ull, 0x510e527fade682d1ull, 0x9b05688c2b3e6c1full,
    0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull,
};

static uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

/* One 128-byte block into the hash state h. */
static void sha512_block(uint64_t h[8], const uint8_t *block) {
  uint64_t w[80];
  for (int t = 0; t < 16; t++) {
    uint64_t v = 0;
    for (int b = 0; b < 8; b++) v = (v << 8) | block[t * 8 + b];
    w[t] = v;
  }
  for (int t = 16; t < 80; t++) {
    uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
    uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int t = 0; t < 80; t++) {
    uint64_t t1 = hh + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) +
                  SHA512_K[t] + w[t];
    uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
    hh = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
  h[5] += f;
  h[6] += g;
  h[7] += hh;
}

/* The SHA-512 digest of msg[0..n) into out[0..64). */
static void sha512(const uint8_t *msg, size_t n, uint8_t out[64]) {
  uint64_t h[8];
  memcpy(h, SHA512_H0, sizeof h);
  size_t full = n / 128;
  for (size_t i = 0; i < full; i++) sha512_block(h, msg + i * 128);
  /* Padding: 0x80, zeros, then the bit length as a 128-bit big-endian number. */
  uint8_t tail[256];
  size_t rest = n - full * 128;
  memset(tail, 0, sizeof tail);
  memcpy(tail, msg + full * 128, rest);
  tail[rest] = 0x80;
  size_t tail_len = rest + 1 + 16 <= 128 ? 128 : 256;
  uint64_t bits = (uint64_t)n * 8;
  tail[tail_len - 9] = (uint8_t)((uint64_t)n >> 61); /* bits 64..66 of the length */
  for (int b = 0; b < 8; b++) tail[tail_len - 1 - b] = (uint8_t)(bits >> (8 * b));
  sha512_block(h, tail);
  if (tail_len == 256) sha512_block(h, tail + 128);
  for (int i = 0; i < 8; i++)
    for (int b = 0; b < 8; b++) out[i * 8 + b] = (uint8_t)(h[i] >> (56 - 8 * b));
}

int py_mt_seed_bytes(py_mt *mt, const uint8_t *s, size_t n) {
  size_t total = n + 64;
  uint8_t digest[64];
  sha512(s, n, digest);
  /* The big-endian number s + digest as 32-bit words, least significant first. */
  size_t words = (total + 3) / 4;
  uint32_t *key = py_mem_alloc(words * sizeof(uint32_t));
  if (!key) return PY_NUM_ENOMEM;
  for (size_t w = 0; w < words; w++) {
    uint32_t v = 0;
    for (int b = 3; b >= 0; b--) {
      size_t from_end = w * 4 + (size_t)b; /* byte position counted from the last */
      uint8_t byte = 0;
      if (from_end < total) {
        size_t pos = total - 1 - from_end;
        byte = pos >= n ? digest[pos - n] : s[pos];
      }
      v = (v << 8) | byte;
    }
    key[w] = v;
  }
  size_t used = words;
  while (used > 1 && key[used - 1] == 0) used--;
  py_mt_seed_array(mt, key, used);
  py_mem_free(key, words * sizeof(uint32_t));
  return PY_NUM_OK;
}

/* ==== generator ========================================================================== */

static void init_genrand(py_mt *mt, uint32_t s) {
  mt->state[0] = s;
  for (int i = 1; i < PY_MT_N; i++) {
    uint32_t prev = mt->state[i - 1];
    mt->state[i] = 1812433253u * (prev ^ (prev >> 30)) + (uint32_t)i;
  }
  mt->index = PY_MT_N;
}

void py_mt_seed_array(py_mt *mt, const uint32_t *key, size_t n) {
  init_genrand(mt, 19650218u);
  size_t i = 1, j = 0;
  for (size_t k = PY_MT_N > n ? PY_MT_N : n; k; k--) {
    uint32_t prev = mt->state[i - 1];
    mt->state[i] = (mt->state[i] ^ ((prev ^ (prev >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
    i++;
    j++;
    if (i >= PY_MT_N) {
      mt->state[0] = mt->state[PY_MT_N - 1];
      i = 1;
    }
    if (j >= n) j = 0;
  }
  for (size_t k = PY_MT_N - 1; k; k--) {
    uint32_t prev = mt->state[i - 1];
    mt->state[i] = (mt->state[i] ^ ((prev ^ (prev >> 30)) * 1566083941u)) - (uint32_t)i;
    i++;
    if (i >= PY_MT_N) {
      mt->state[0] = mt->state[PY_MT_N - 1];
      i = 1;
    }
  }
  mt->state[0] = 0x80000000u; /* the most significant bit is set: a nonzero state */
  mt->index = PY_MT_N;
  mt->has_gauss_next = 0;
  mt->gauss_next = 0;
}

void py_mt_seed_uint64(py_mt *mt, uint64_t v) {
  uint32_t key[2] = {(uint32_t)v, (uint32_t)(v >> 32)};
  py_mt_seed_array(mt, key, key[1] ? 2 : 1);
}

void py_mt_seed_int64(py_mt *mt, int64_t a) {
  py_mt_seed_uint64(mt, a < 0 ? 0 - (uint64_t)a : (uint64_t)a);
}

void py_mt_seed_bigint(py_mt *mt, const py_bigint *a) {
  /* The limbs already are the 32-bit words of |a|, little end first. */
  if (a->len == 0) {
    uint32_t zero = 0;
    py_mt_seed_array(mt, &zero, 1);
  } else {
    py_mt_seed_array(mt, a->d, a->len);
  }
}

/* Regenerates all 624 words of state. */
static void regenerate(py_mt *mt) {
  uint32_t *s = mt->state;
  for (int k = 0; k < PY_MT_N; k++) {
    uint32_t y = (s[k] & UPPER_MASK) | (s[(k + 1) % PY_MT_N] & LOWER_MASK);
    s[k] = s[(k + M) % PY_MT_N] ^ (y >> 1) ^ ((y & 1) ? MATRIX_A : 0);
  }
  mt->index = 0;
}

uint32_t py_mt_genrand_uint32(py_mt *mt) {
  if (mt->index >= PY_MT_N) regenerate(mt);
  uint32_t y = mt->state[mt->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

double py_mt_random(py_mt *mt) {
  uint32_t a = py_mt_genrand_uint32(mt) >> 5, b = py_mt_genrand_uint32(mt) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

uint64_t py_mt_getrandbits64(py_mt *mt, unsigned k) {
  if (k == 0) return 0;
  if (k <= 32) return py_mt_genrand_uint32(mt) >> (32 - k);
  /* Two words, the low one first; the high word keeps its top bits. */
  uint64_t lo = py_mt_genrand_uint32(mt);
  uint64_t hi = py_mt_genrand_uint32(mt) >> (64 - k);
  return lo | (hi << 32);
}

int py_mt_getrandbits(py_mt *mt, uint64_t k, py_bigint **out) {
  if (k <= 64) {
    *out = py_bigint_from_uint64(py_mt_getrandbits64(mt, (unsigned)k));
    return *out ? PY_NUM_OK : PY_NUM_ENOMEM;
  }
  uint64_t words = (k - 1) / 32 + 1;
  if (words > UINT32_MAX / 4) return PY_NUM_ENOMEM;
  uint32_t *buf = py_mem_alloc((size_t)words * sizeof(uint32_t));
  if (!buf) return PY_NUM_ENOMEM;
  /* Words come least significant first; the last keeps only its top bits. */
  uint64_t left = k;
  for (uint64_t i = 0; i < words; i++) {
    uint32_t r = py_mt_genrand_uint32(mt);
    if (left < 32) r >>= (32 - left);
    buf[i] = r;
    left -= left < 32 ? left : 32;
  }
  *out = py_bigint_from_words(buf, (size_t)words, 1);
  py_mem_free(buf, (size_t)words * sizeof(uint32_t));
  return *out ? PY_NUM_OK : PY_NUM_ENOMEM;
}

/* ==== random.py ========================================================================== */

static unsigned bit_length64(uint64_t n) { return n ? 64u - (unsigned)__builtin_clzll(n) : 0; }

uint64_t py_mt_randbelow(py_mt *mt, uint64_t n) {
  if (n == 0) return 0;
  unsigned k = bit_length64(n); /* not (n-1): n may be 1 */
  uint64_t r = py_mt_getrandbits64(mt, k);
  while (r >= n) r = py_mt_getrandbits64(mt, k);
  return r;
}

int py_mt_randbelow_bigint(py_mt *mt, const py_bigint *n, py_bigint **out) {
  int64_t small;
  if (py_bigint_to_int64(n, &small) && small >= 0) {
    *out = py_bigint_from_uint64(py_mt_randbelow(mt, (uint64_t)small));
    return *out ? PY_NUM_OK : PY_NUM_ENOMEM;
  }
  if (n->sign <= 0) return PY_NUM_EVALUE;
  uint64_t k = py_bigint_bit_length(n);
  for (;;) {
    py_bigint *r;
    int rc = py_mt_getrandbits(mt, k, &r);
    if (rc) return rc;
    if (py_bigint_cmp(r, n) < 0) {
      *out = r;
      return PY_NUM_OK;
    }
    py_bigint_free(r);
  }
}

int py_mt_randrange1(py_mt *mt, int64_t stop, int64_t *out) {
  if (stop <= 0) return PY_NUM_EVALUE;
  *out = (int64_t)py_mt_randbelow(mt, (uint64_t)stop);
  return PY_NUM_OK;
}

int py_mt_randrange(py_mt *mt, int64_t start, int64_t stop, int64_t step, int64_t *out) {
  int64_t width;
  if (__builtin_sub_overflow(stop, start, &width)) return PY_NUM_EOVERFLOW;
  if (step == 1) {
    if (width <= 0) return PY_NUM_EVALUE;
    *out = start + (int64_t)py_mt_randbelow(mt, (uint64_t)width);
    return PY_NUM_OK;
  }
  if (step == 0) return PY_NUM_EVALUE;
  /* n = ceil(width / step) for either sign of step, with Python's floor division. */
  int64_t num;
  if (__builtin_add_overflow(width, step > 0 ? step - 1 : step + 1, &num)) return PY_NUM_EOVERFLOW;
  int64_t n = num / step;
  if ((num % step != 0) && ((num < 0) != (step < 0))) n--;
  if (n <= 0) return PY_NUM_EVALUE;
  int64_t pick = (int64_t)py_mt_randbelow(mt, (uint64_t)n), off, res;
  if (__builtin_mul_overflow(step, pick, &off) || __builtin_add_overflow(start, off, &res))
    return PY_NUM_EOVERFLOW;
  *out = res;
  return PY_NUM_OK;
}

int py_mt_randint(py_mt *mt, int64_t a, int64_t b, int64_t *out) {
  if (b == INT64_MAX) return PY_NUM_EOVERFLOW;
  return py_mt_randrange(mt, a, b + 1, 1, out);
}

int py_mt_randrange_bigint(py_mt *mt, const py_bigint *start, const py_bigint *stop,
                           const py_bigint *step, py_bigint **out) {
  py_bigint *width = py_bigint_sub(stop, start), *n = NULL, *num = NULL, *adj = NULL;
  py_bigint *pick = NULL, *off = NULL;
  int rc = PY_NUM_ENOMEM;
  if (!width) return rc;
  int unit = !step || py_bigint_cmp_int64(step, 1) == 0;
  if (unit) {
    if (width->sign <= 0) {
      rc = PY_NUM_EVALUE;
      goto done;
    }
    rc = py_mt_randbelow_bigint(mt, width, &pick);
    if (rc) goto done;
    *out = py_bigint_add(start, pick);
    rc = *out ? PY_NUM_OK : PY_NUM_ENOMEM;
    goto done;
  }
  if (step->sign == 0) {
    rc = PY_NUM_EVALUE;
    goto done;
  }
  adj = py_bigint_from_int64(step->sign > 0 ? -1 : 1);
  py_bigint *t = adj ? py_bigint_add(step, adj) : NULL;
  num = t ? py_bigint_add(width, t) : NULL;
  py_bigint_free(t);
  if (!num) goto done;
  rc = py_bigint_divmod(num, step, &n, NULL);
  if (rc) goto done;
  if (n->sign <= 0) {
    rc = PY_NUM_EVALUE;
    goto done;
  }
  rc = py_mt_randbelow_bigint(mt, n, &pick);
  if (rc) goto done;
  rc = PY_NUM_ENOMEM;
  off = py_bigint_mul(step, pick);
  if (!off) goto done;
  *out = py_bigint_add(start, off);
  rc = *out ? PY_NUM_OK : PY_NUM_ENOMEM;
done:
  py_bigint_free(width);
  py_bigint_free(n);
  py_bigint_free(num);
  py_bigint_free(adj);
  py_bigint_free(pick);
  py_bigint_free(off);
  return rc;
}

size_t py_mt_choice(py_mt *mt, size_t n) { return (size_t)py_mt_randbelow(mt, n); }

void py_mt_shuffle(py_mt *mt, void **items, size_t n) {
  for (size_t i = n; i-- > 1;) {
    size_t j = (size_t)py_mt_randbelow(mt, i + 1);
    void *t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
}

void py_mt_shuffle_indexes(py_mt *mt, size_t *idx, size_t n) {
  for (size_t i = n; i-- > 1;) {
    size_t j = (size_t)py_mt_randbelow(mt, i + 1);
    size_t t = idx[i];
    idx[i] = idx[j];
    idx[j] = t;
  }
}

/* A set of indexes for sample's set-based method: open addressing, linear probing. */
typedef struct index_set {
  size_t *slot; /* index + 1, 0 = empty */
  size_t cap;
} index_set;

/* Adds v; returns 1 if it was new, 0 if present. cap is a power of two > 2 * count. */
static int set_add(index_set *s, size_t v) {
  size_t h = (v * (size_t)0x9E3779B97F4A7C15ull) & (s->cap - 1);
  while (s->slot[h]) {
    if (s->slot[h] == v + 1) return 0;
    h = (h + 1) & (s->cap - 1);
  }
  s->slot[h] = v + 1;
  return 1;
}

int py_mt_sample(py_mt *mt, size_t n, size_t k, size_t *out) {
  if (k > n) return PY_NUM_EVALUE;
  /* random.py picks the method by comparing n with the size a set of k items would
   * take: 21, plus 4**ceil(log4(3k)) when k > 5. */
  double setsize = 21;
  if (k > 5) setsize += pow(4.0, ceil(log((double)k * 3) / log(4.0)));
  if ((double)n <= setsize) {
    size_t *pool = py_mem_alloc((n ? n : 1) * sizeof(size_t));
    if (!pool) return PY_NUM_ENOMEM;
    for (size_t i = 0; i < n; i++) pool[i] = i;
    for (size_t i = 0; i < k; i++) {
      size_t j = (size_t)py_mt_randbelow(mt, n - i);
      out[i] = pool[j];
      pool[j] = pool[n - i - 1]; /* the last unchosen item fills the hole */
    }
    py_mem_free(pool, (n ? n : 1) * sizeof(size_t));
    return PY_NUM_OK;
  }
  index_set s;
  s.cap = 16;
  while (s.cap < 2 * k + 2) s.cap *= 2;
  s.slot = py_mem_calloc(s.cap * sizeof(size_t));
  if (!s.slot) return PY_NUM_ENOMEM;
  for (size_t i = 0; i < k; i++) {
    size_t j = (size_t)py_mt_randbelow(mt, n);
    while (!set_add(&s, j)) j = (size_t)py_mt_randbelow(mt, n);
    out[i] = j;
  }
  py_mem_free(s.slot, s.cap * sizeof(size_t));
  return PY_NUM_OK;
}

void py_mt_choices(py_mt *mt, size_t n, size_t k, size_t *out) {
  double dn = (double)n;
  for (size_t i = 0; i < k; i++) out[i] = (size_t)floor(py_mt_random(mt) * dn);
}

int py_mt_choices_cum(py_mt *mt, const double *cum, size_t n, size_t k, size_t *out) {
  double total = n ? cum[n - 1] : 0.0;
  if (total <= 0.0) return PY_NUM_EVALUE;
  if (!isfinite(total)) return PY_NUM_EVALUE;
  for (size_t i = 0; i < k; i++) {
    double x = py_mt_random(mt) * total;
    /* bisect_right(cum, x, 0, n - 1) */
    size_t lo = 0, hi = n - 1;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (x < cum[mid]) hi = mid;
      else lo = mid + 1;
    }
    out[i] = lo;
  }
  return PY_NUM_OK;
}

double py_mt_uniform(py_mt *mt, double a, double b) { return a + (b - a) * py_mt_random(mt); }

double py_mt_gauss(py_mt *mt, double mu, double sigma) {
  double z;
  if (mt->has_gauss_next) {
    z = mt->gauss_next;
    mt->has_gauss_next = 0;
  } else {
    /* Box-Muller: one angle, one radius, two normal values. */
    double x2pi = py_mt_random(mt) * (2.0 * M_PI);
    double g2rad = sqrt(-2.0 * log(1.0 - py_mt_random(mt)));
    z = cos(x2pi) * g2rad;
    mt->gauss_next = sin(x2pi) * g2rad;
    mt->has_gauss_next = 1;
  }
  return mu + z * sigma;
}

double py_mt_normalvariate(py_mt *mt, double mu, double sigma) {
  /* Kinderman and Monahan's ratio-of-uniforms method, as random.py. */
  const double magic = 4 * exp(-0.5) / sqrt(2.0);
  double z;
  for (;;) {
    double u1 = py_mt_random(mt);
    double u2 = 1.0 - py_mt_random(mt);
    z = magic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -log(u2)) break;
  }
  return mu + z * sigma;
}

double py_mt_expovariate(py_mt *mt, double lambd) {
  return -log(1.0 - py_mt_random(mt)) / lambd;
}
