/* runtime/py/hash.c — the hash functions CPython 3.11 uses, so that hashes (and with
 * them the iteration order of sets) equal those of `PYTHONHASHSEED=0 python3`.
 *
 * Strings and bytes are hashed with SipHash-1-3 under an all-zero key (what a zero
 * PYTHONHASHSEED leaves in CPython's secret). CPython hashes the in-memory code units
 * of a str, whose width is the narrowest of 1, 2 or 4 bytes that holds its largest code
 * point; our strs are UTF-8, so non-ASCII text is widened into a temporary buffer of
 * that width (little-endian, as on every machine CPython's results were taken from). */
#include <string.h>

#include "py/object.h"
#include "py/scalars.h"

static inline uint64_t rotl64(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

/* One SipRound: the add-rotate-xor mixing of the four state words. */
#define SIP_ROUND(v0, v1, v2, v3)                                   \
  do {                                                              \
    v0 += v1; v2 += v3;                                             \
    v1 = rotl64(v1, 13) ^ v0; v3 = rotl64(v3, 16) ^ v2;             \
    v0 = rotl64(v0, 32);                                            \
    v2 += v1; v0 += v3;                                             \
    v1 = rotl64(v1, 17) ^ v2; v3 = rotl64(v3, 21) ^ v0;             \
    v2 = rotl64(v2, 32);                                            \
  } while (0)

static uint64_t load_le64(const unsigned char *p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--) v = (v << 8) | p[i];
  return v;
}

/* SipHash with one compression round and three finalisation rounds, key (0, 0). */
static uint64_t siphash13(const unsigned char *in, size_t n) {
  const uint64_t k0 = 0, k1 = 0;
  uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
  uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
  uint64_t v3 = k1 ^ 0x7465646279746573ULL;
  uint64_t last = (uint64_t)n << 56;
  while (n >= 8) {
    uint64_t m = load_le64(in);
    v3 ^= m;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= m;
    in += 8;
    n -= 8;
  }
  for (size_t i = 0; i < n; i++) last |= (uint64_t)in[i] << (8 * i);
  v3 ^= last;
  SIP_ROUND(v0, v1, v2, v3);
  v0 ^= last;
  v2 ^= 0xff;
  SIP_ROUND(v0, v1, v2, v3);
  SIP_ROUND(v0, v1, v2, v3);
  SIP_ROUND(v0, v1, v2, v3);
  return (v0 ^ v1) ^ (v2 ^ v3);
}

py_hash py__hash_bytes(const void *data, size_t n) {
  if (n == 0) return 0;
  py_hash h = (py_hash)siphash13(data, n);
  return h == -1 ? -2 : h;
}

py_hash py_hash_str(py_object *s) {
  py_str_object *o = (py_str_object *)s;
  if (o->hash != -1) return o->hash;
  py_hash h;
  if (o->ascii) {
    h = py__hash_bytes(o->data, (size_t)o->size);
  } else {
    /* Widen to CPython's code-unit width; a small stack buffer covers most names. */
    uint32_t maxc = py__str_max_char(s);
    size_t width = maxc < 0x100 ? 1 : maxc < 0x10000 ? 2 : 4;
    size_t nbytes = (size_t)o->length * width;
    unsigned char stackbuf[256];
    unsigned char *buf = nbytes <= sizeof stackbuf ? stackbuf : py_mem_alloc(nbytes);
    if (!buf) {
      py_raise_nomemory();
      return -1;
    }
    const char *p = o->data, *end = o->data + o->size;
    unsigned char *w = buf;
    while (p < end) {
      uint32_t c = py__utf8_next(&p);
      for (size_t k = 0; k < width; k++) *w++ = (unsigned char)(c >> (8 * k));
    }
    h = py__hash_bytes(buf, nbytes);
    if (buf != stackbuf) py_mem_free(buf, nbytes);
  }
  o->hash = h;
  return h;
}

py_hash py_hash_pointer(const void *p) {
  /* CPython rotates the address right by 4 bits: objects are at least 16-byte aligned,
   * so the low bits carry no information. */
  uint64_t y = (uint64_t)(uintptr_t)p;
  y = (y >> 4) | (y << 60);
  py_hash h = (py_hash)y;
  return h == -1 ? -2 : h;
}
