/* runtime/py/mt19937.h — the Mersenne Twister and the random module's algorithms,
 * bit for bit as CPython 3.11's _random and random.py.
 *
 * A py_mt is plain data owned by the caller (one per random.Random instance, with
 * the module-level functions sharing one seeded with 0 under the virtual clock). Every
 * function below consumes generator output in exactly the order random.py does, so a
 * program that mixes calls gets CPython's sequence. Functions that can fail return a
 * py_num_status and give CPython's message in their comment. */
#ifndef TASKSCOPE_PY_MT19937_H
#define TASKSCOPE_PY_MT19937_H
#include <stddef.h>
#include <stdint.h>

#include "py/bigint.h"

#define PY_MT_N 624

typedef struct py_mt {
  uint32_t state[PY_MT_N];
  int index;          /* next word of state to temper; PY_MT_N means regenerate */
  int has_gauss_next; /* gauss() keeps its second value for the next call */
  double gauss_next;
} py_mt;

/* ---- seeding --------------------------------------------------------------------- */

/* CPython's init_by_array on key[0..n) (n >= 1). */
void py_mt_seed_array(py_mt *mt, const uint32_t *key, size_t n);
/* random.seed(a) for an int a: the key is |a| in 32-bit words, little end first ([0]
 * for zero). */
void py_mt_seed_bigint(py_mt *mt, const py_bigint *a);
void py_mt_seed_int64(py_mt *mt, int64_t a);
/* The key of an unsigned value: random.seed(x) for a float x seeds with
 * (uint64_t)hash(x), as CPython does for any non-int seed after str/bytes. */
void py_mt_seed_uint64(py_mt *mt, uint64_t v);

/* random.seed(s) for a str (pass its UTF-8 bytes) or bytes, version 2: seeds with
 * int.from_bytes(s + sha512(s).digest(), 'big'). PY_NUM_ENOMEM only. */
int py_mt_seed_bytes(py_mt *mt, const uint8_t *s, size_t n);

/* ---- raw output -------------------------------------------------------------------- */

/* The next 32 tempered bits. */
uint32_t py_mt_genrand_uint32(py_mt *mt);
/* random(): a double in [0, 1) with 53 random bits. */
double py_mt_random(py_mt *mt);
/* getrandbits(k) for k <= 64 (k = 0 gives 0), drawing words as CPython does. */
uint64_t py_mt_getrandbits64(py_mt *mt, unsigned k);
/* getrandbits(k) for any k >= 0. PY_NUM_ENOMEM only. (k < 0 is the caller's
 * ValueError "number of bits must be non-negative".) */
int py_mt_getrandbits(py_mt *mt, uint64_t k, py_bigint **out);

/* ---- random.py algorithms ------------------------------------------------------------- */

/* _randbelow(n): uniform in [0, n) by rejection on getrandbits(n.bit_length()). n must
 * be positive (random.py never calls it with 0; this returns 0 then). */
uint64_t py_mt_randbelow(py_mt *mt, uint64_t n);
/* _randbelow for a bigint n > 0. */
int py_mt_randbelow_bigint(py_mt *mt, const py_bigint *n, py_bigint **out);
/* randrange(start, stop, step) (pass step 1 for two arguments). PY_NUM_EVALUE with
 * "empty range for randrange() (%d, %d, %d)" (start, stop, width) when step is 1,
 * "zero step for randrange()", or "empty range for randrange()" for an empty stepped
 * range. PY_NUM_EOVERFLOW when the arithmetic leaves int64: use the bigint version. */
int py_mt_randrange(py_mt *mt, int64_t start, int64_t stop, int64_t step, int64_t *out);
/* randrange(stop) with one argument: "empty range for randrange()" when stop <= 0. */
int py_mt_randrange1(py_mt *mt, int64_t stop, int64_t *out);
/* randrange on arbitrary ints (step may be NULL for 1); same errors. */
int py_mt_randrange_bigint(py_mt *mt, const py_bigint *start, const py_bigint *stop,
                           const py_bigint *step, py_bigint **out);
/* randint(a, b) == randrange(a, b + 1). */
int py_mt_randint(py_mt *mt, int64_t a, int64_t b, int64_t *out);
/* choice(seq): the index to take from a sequence of n > 0 items (the caller raises
 * IndexError "Cannot choose from an empty sequence" for n == 0). */
size_t py_mt_choice(py_mt *mt, size_t n);
/* shuffle(x): permutes items[0..n) of pointer-sized elements in place. */
void py_mt_shuffle(py_mt *mt, void **items, size_t n);
/* The same algorithm on an index array (for callers that permute something else). */
void py_mt_shuffle_indexes(py_mt *mt, size_t *idx, size_t n);
/* sample(population, k): writes into out[0..k) the indexes of the chosen items of a
 * population of n, in selection order, using random.py's pool-based or set-based
 * method exactly where it does. PY_NUM_EVALUE: "Sample larger than population or is
 * negative" when k > n. PY_NUM_ENOMEM. */
int py_mt_sample(py_mt *mt, size_t n, size_t k, size_t *out);
/* choices(population, k=k) without weights: out[i] = floor(random() * n). */
void py_mt_choices(py_mt *mt, size_t n, size_t k, size_t *out);
/* choices with cumulative weights cum[0..n): out[i] = bisect(cum, random() * total,
 * 0, n - 1). PY_NUM_EVALUE: "Total of weights must be greater than zero" or "Total of
 * weights must be finite" (the caller checks "The number of weights does not match
 * the population" and accumulates plain weights itself, as random.py does). */
int py_mt_choices_cum(py_mt *mt, const double *cum, size_t n, size_t k, size_t *out);
/* uniform(a, b) = a + (b - a) * random(). */
double py_mt_uniform(py_mt *mt, double a, double b);
/* gauss(mu, sigma), normalvariate(mu, sigma), expovariate(lambd) as random.py
 * computes them (gauss keeps a second value in the state). expovariate with lambd 0
 * is the caller's ZeroDivisionError "float division by zero". */
double py_mt_gauss(py_mt *mt, double mu, double sigma);
double py_mt_normalvariate(py_mt *mt, double mu, double sigma);
double py_mt_expovariate(py_mt *mt, double lambd);

#endif
