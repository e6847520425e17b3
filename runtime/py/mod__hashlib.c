/* runtime/py/mod__hashlib.c — the _hashlib module: MD5, SHA-1, SHA-224/256 and
 * SHA-384/512 hash objects (update, digest, hexdigest, copy), for hashlib.py.
 *
 * Written from the algorithm descriptions (RFC 1321, FIPS 180-4). In C because a
 * program hashing a few megabytes in Python bytecode would take seconds. */
#include <stdint.h>
#include <string.h>

#include "py/memoryview.h"
#include "py/objimpl.h"
#include "py/scalars.h"

/* ---- the algorithms ------------------------------------------------------------------ */

typedef enum { ALG_MD5, ALG_SHA1, ALG_SHA224, ALG_SHA256, ALG_SHA384, ALG_SHA512 } alg_id;

typedef struct {
  const char *name;
  unsigned digest_size, block_size;
} alg_info;

static const alg_info algs[] = {
    {"md5", 16, 64},     {"sha1", 20, 64},    {"sha224", 28, 64},
    {"sha256", 32, 64},  {"sha384", 48, 128}, {"sha512", 64, 128},
};

typedef struct {
  alg_id alg;
  uint32_t h32[8];
  uint64_t h64[8];
  unsigned char buf[128]; /* the partial block */
  size_t buflen;
  uint64_t total; /* bytes hashed so far (2^64 bytes is out of reach here) */
} hash_state;

static uint32_t rol32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static uint32_t ror32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static uint32_t load_le32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint32_t load_be32(const unsigned char *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}
static uint64_t load_be64(const unsigned char *p) {
  return (uint64_t)load_be32(p) << 32 | load_be32(p + 4);
}

/* MD5: four rounds of 16 steps; per-step shift amounts and sine-derived constants. */
static const int md5_shift[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                  5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20,
                                  4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                  6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};
/* floor(abs(sin(i + 1)) * 2^32) for i = 0..63 (RFC 1321, 3.4). */
static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613,
    0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193,
    0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d,
    0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
    0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122,
    0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
    0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244,
    0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb,
    0xeb86d391};

static void md5_block(hash_state *s, const unsigned char *p) {
  uint32_t m[16];
  for (int i = 0; i < 16; i++) m[i] = load_le32(p + 4 * i);
  uint32_t a = s->h32[0], b = s->h32[1], c = s->h32[2], d = s->h32[3];
  for (int i = 0; i < 64; i++) {
    uint32_t f;
    int g;
    if (i < 16) f = (b & c) | (~b & d), g = i;
    else if (i < 32) f = (d & b) | (~d & c), g = (5 * i + 1) % 16;
    else if (i < 48) f = b ^ c ^ d, g = (3 * i + 5) % 16;
    else f = c ^ (b | ~d), g = (7 * i) % 16;
    uint32_t t = d;
    d = c;
    c = b;
    b = b + rol32(a + f + md5_k[i] + m[g], md5_shift[i]);
    a = t;
  }
  s->h32[0] += a, s->h32[1] += b, s->h32[2] += c, s->h32[3] += d;
}

static void sha1_block(hash_state *s, const unsigned char *p) {
  uint32_t w[80];
  for (int i = 0; i < 16; i++) w[i] = load_be32(p + 4 * i);
  for (int i = 16; i < 80; i++) w[i] = rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  uint32_t a = s->h32[0], b = s->h32[1], c = s->h32[2], d = s->h32[3], e = s->h32[4];
  for (int i = 0; i < 80; i++) {
    uint32_t f, k;
    if (i < 20) f = (b & c) | (~b & d), k = 0x5a827999;
    else if (i < 40) f = b ^ c ^ d, k = 0x6ed9eba1;
    else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8f1bbcdc;
    else f = b ^ c ^ d, k = 0xca62c1d6;
    uint32_t t = rol32(a, 5) + f + e + k + w[i];
    e = d, d = c, c = rol32(b, 30), b = a, a = t;
  }
  s->h32[0] += a, s->h32[1] += b, s->h32[2] += c, s->h32[3] += d, s->h32[4] += e;
}

/* SHA-256 round constants: the first 32 bits of the fractional parts of the cube roots
 * of the first 64 primes (FIPS 180-4, 4.2.2). */
static const uint32_t k256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

static void sha256_block(hash_state *s, const unsigned char *p) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++) w[i] = load_be32(p + 4 * i);
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t v[8];
  memcpy(v, s->h32, sizeof v);
  for (int i = 0; i < 64; i++) {
    uint32_t S1 = ror32(v[4], 6) ^ ror32(v[4], 11) ^ ror32(v[4], 25);
    uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
    uint32_t t1 = v[7] + S1 + ch + k256[i] + w[i];
    uint32_t S0 = ror32(v[0], 2) ^ ror32(v[0], 13) ^ ror32(v[0], 22);
    uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
    uint32_t t2 = S0 + maj;
    memmove(v + 1, v, 7 * sizeof v[0]);
    v[4] += t1;
    v[0] = t1 + t2;
  }
  for (int i = 0; i < 8; i++) s->h32[i] += v[i];
}

/* SHA-512 round constants: the first 64 bits of the fractional parts of the cube roots
 * of the first 80 primes (FIPS 180-4, 4.2.3). */
static const uint64_t k512[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};

static void sha512_block(hash_state *s, const unsigned char *p) {
  uint64_t w[80];
  for (int i = 0; i < 16; i++) w[i] = load_be64(p + 8 * i);
  for (int i = 16; i < 80; i++) {
    uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
    uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint64_t v[8];
  memcpy(v, s->h64, sizeof v);
  for (int i = 0; i < 80; i++) {
    uint64_t S1 = ror64(v[4], 14) ^ ror64(v[4], 18) ^ ror64(v[4], 41);
    uint64_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
    uint64_t t1 = v[7] + S1 + ch + k512[i] + w[i];
    uint64_t S0 = ror64(v[0], 28) ^ ror64(v[0], 34) ^ ror64(v[0], 39);
    uint64_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
    memmove(v + 1, v, 7 * sizeof v[0]);
    v[4] += t1;
    v[0] = t1 + S0 + maj;
  }
  for (int i = 0; i < 8; i++) s->h64[i] += v[i];
}

static void state_init(hash_state *s, alg_id alg) {
  static const uint32_t iv_md5[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
  static const uint32_t iv_sha1[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476,
                                      0xc3d2e1f0};
  static const uint32_t iv_224[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                     0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
  static const uint32_t iv_256[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                     0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  static const uint64_t iv_384[8] = {
      0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL,
      0x152fecd8f70e5939ULL, 0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL,
      0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL};
  static const uint64_t iv_512[8] = {
      0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
      0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
      0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  memset(s, 0, sizeof *s);
  s->alg = alg;
  switch (alg) {
  case ALG_MD5: memcpy(s->h32, iv_md5, sizeof iv_md5); break;
  case ALG_SHA1: memcpy(s->h32, iv_sha1, sizeof iv_sha1); break;
  case ALG_SHA224: memcpy(s->h32, iv_224, sizeof iv_224); break;
  case ALG_SHA256: memcpy(s->h32, iv_256, sizeof iv_256); break;
  case ALG_SHA384: memcpy(s->h64, iv_384, sizeof iv_384); break;
  case ALG_SHA512: memcpy(s->h64, iv_512, sizeof iv_512); break;
  }
}

static void block(hash_state *s, const unsigned char *p) {
  switch (s->alg) {
  case ALG_MD5: md5_block(s, p); break;
  case ALG_SHA1: sha1_block(s, p); break;
  case ALG_SHA224: case ALG_SHA256: sha256_block(s, p); break;
  case ALG_SHA384: case ALG_SHA512: sha512_block(s, p); break;
  }
}

static void state_update(hash_state *s, const unsigned char *p, size_t n) {
  size_t bs = algs[s->alg].block_size;
  s->total += n;
  if (s->buflen) {
    size_t take = bs - s->buflen < n ? bs - s->buflen : n;
    memcpy(s->buf + s->buflen, p, take);
    s->buflen += take;
    p += take;
    n -= take;
    if (s->buflen < bs) return;
    block(s, s->buf);
    s->buflen = 0;
  }
  for (; n >= bs; p += bs, n -= bs) block(s, p);
  memcpy(s->buf, p, n);
  s->buflen = n;
}

/* The digest of a copy of s (s itself stays usable for more updates). */
static void state_digest(const hash_state *in, unsigned char *out) {
  hash_state s = *in;
  size_t bs = algs[s.alg].block_size;
  size_t lenbytes = bs == 128 ? 16 : 8;
  uint64_t bits = s.total * 8;
  unsigned char pad[128 + 16] = {0x80};
  size_t padlen = (s.buflen < bs - lenbytes ? bs - lenbytes : 2 * bs - lenbytes) - s.buflen;
  unsigned char len[16] = {0};
  for (int i = 0; i < 8; i++) {
    if (s.alg == ALG_MD5) len[i] = (unsigned char)(bits >> (8 * i)); /* little-endian */
    else len[lenbytes - 1 - i] = (unsigned char)(bits >> (8 * i));
  }
  state_update(&s, pad, padlen);
  state_update(&s, len, lenbytes);
  unsigned n = algs[s.alg].digest_size;
  for (unsigned i = 0; i < n; i++) {
    if (s.alg == ALG_MD5) out[i] = (unsigned char)(s.h32[i / 4] >> (8 * (i % 4)));
    else if (bs == 64) out[i] = (unsigned char)(s.h32[i / 4] >> (24 - 8 * (i % 4)));
    else out[i] = (unsigned char)(s.h64[i / 8] >> (56 - 8 * (i % 8)));
  }
}

/* ---- the hash object --------------------------------------------------------------- */

typedef struct {
  PY_HEAD;
  hash_state state;
} hash_object;

static py_type hash_type;

/* The bytes of a bytes-like argument (borrowed), or -1 with TypeError. */
static int data_arg(py_object *o, const char **p, size_t *n) {
  if (PY_STR_CHECK(o)) {
    py_raise(&py_exc_TypeError, "Strings must be encoded before hashing");
    return -1;
  }
  if (PY_TYPE(o) != &py_bytes_type && PY_TYPE(o) != &py_bytearray_type &&
      !py_isinstance(o, (py_object *)&py_bytes_type) &&
      !py_isinstance(o, (py_object *)&py_bytearray_type) && !py__memoryview_check(o)) {
    py_raise(&py_exc_TypeError, "object supporting the buffer API required");
    return -1;
  }
  if (py__memoryview_released(o)) {
    py_raise(&py_exc_ValueError, "operation forbidden on released memoryview object");
    return -1;
  }
  py__bytes_view(o, p, n);
  return 0;
}

static py_object *h_update(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  if (py_args_check("update", nargs, kwnames, 1, 1) < 0) return NULL;
  const char *p;
  size_t n;
  if (data_arg(args[0], &p, &n) < 0) return NULL;
  state_update(&((hash_object *)self)->state, (const unsigned char *)p, n);
  return py_newref(PY_NONE);
}

static py_object *h_digest(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  (void)args;
  if (py_args_check("digest", nargs, kwnames, 0, 0) < 0) return NULL;
  hash_state *s = &((hash_object *)self)->state;
  unsigned char out[64];
  state_digest(s, out);
  return py_bytes_from(out, algs[s->alg].digest_size);
}

static py_object *h_hexdigest(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  (void)args;
  if (py_args_check("hexdigest", nargs, kwnames, 0, 0) < 0) return NULL;
  hash_state *s = &((hash_object *)self)->state;
  unsigned char out[64];
  char hex[129];
  state_digest(s, out);
  unsigned n = algs[s->alg].digest_size;
  for (unsigned i = 0; i < n; i++) {
    hex[2 * i] = "0123456789abcdef"[out[i] >> 4];
    hex[2 * i + 1] = "0123456789abcdef"[out[i] & 15];
  }
  return py_str_from_utf8(hex, 2 * n);
}

static py_object *h_copy(py_object *self, py_object *const *args, size_t nargs,
                         py_object *kwnames) {
  (void)args;
  if (py_args_check("copy", nargs, kwnames, 0, 0) < 0) return NULL;
  hash_object *c = (hash_object *)py_type_alloc(&hash_type, 0);
  if (!c) return NULL;
  c->state = ((hash_object *)self)->state;
  return (py_object *)c;
}

static py_object *h_name(py_object *self) {
  return py_str_from_cstr(algs[((hash_object *)self)->state.alg].name);
}
static py_object *h_digest_size(py_object *self) {
  return py_int_from_i64(algs[((hash_object *)self)->state.alg].digest_size);
}
static py_object *h_block_size(py_object *self) {
  return py_int_from_i64(algs[((hash_object *)self)->state.alg].block_size);
}

static py_object *h_repr(py_object *self) {
  return py_str_format("<%s _hashlib.HASH object @ %p>",
                       algs[((hash_object *)self)->state.alg].name, (void *)self);
}

static const py_method_def hash_methods[] = {
    {"update", h_update, 0, NULL},
    {"digest", h_digest, 0, NULL},
    {"hexdigest", h_hexdigest, 0, NULL},
    {"copy", h_copy, 0, NULL},
    {0},
};

static const py_getset_def hash_getset[] = {
    {"name", h_name, NULL},
    {"digest_size", h_digest_size, NULL},
    {"block_size", h_block_size, NULL},
    {0},
};

static py_type hash_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "HASH",
    .basicsize = sizeof(hash_object),
    .repr = h_repr,
    .getattr = py_generic_getattr,
    .methods = hash_methods,
    .getset = hash_getset,
};

/* new(name, data=b'', *, usedforsecurity=True) */
static py_object *m_new(py_object *self, py_object *const *args, size_t nargs,
                        py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"name", "data", "usedforsecurity"};
  static const py_params params = {"new", names, 3, 0, 2, 1};
  py_object *a[3];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  if (!PY_STR_CHECK(a[0])) return py_raise(&py_exc_TypeError, "new() argument 'name' must be str, not %T", a[0]);
  /* Names compare case-insensitively, as OpenSSL's lookup does ("SHA256" works). */
  char name[16];
  size_t len = (size_t)PY_STR_SIZE(a[0]);
  const char *src = PY_STR_DATA(a[0]);
  int alg = -1;
  if (len < sizeof name) {
    for (size_t i = 0; i <= len; i++)
      name[i] = (char)(src[i] >= 'A' && src[i] <= 'Z' ? src[i] + 32 : src[i]);
    for (size_t i = 0; i < sizeof algs / sizeof algs[0]; i++)
      if (strcmp(name, algs[i].name) == 0) alg = (int)i;
  }
  if (alg < 0) return py_raise(&py_exc_ValueError, "unsupported hash type %U", a[0]);
  const char *p = NULL;
  size_t n = 0;
  if (a[1] && data_arg(a[1], &p, &n) < 0) return NULL;
  hash_object *h = (hash_object *)py_type_alloc(&hash_type, 0);
  if (!h) return NULL;
  state_init(&h->state, (alg_id)alg);
  if (n) state_update(&h->state, (const unsigned char *)p, n);
  return (py_object *)h;
}

static const py_method_def hashlib_functions[] = {
    {"new", m_new, 0, NULL},
    {0},
};

py_object *py_mod__hashlib_init(void) {
  py_object *m = py_module_new("_hashlib");
  if (m && (py_module_add_functions(m, hashlib_functions) < 0 ||
            py_module_add(m, "HASH", (py_object *)&hash_type) < 0))
    py_setref(&m, NULL);
  return m;
}
