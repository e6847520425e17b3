/* runtime/py/bigint.h — arbitrary-precision integers with Python's semantics.
 *
 * The int object keeps small values in an int64_t and moves to a py_bigint only when a
 * result overflows, so this library is the slow path: value-based and immutable. Every
 * operation returns a freshly allocated result (or writes through an out-parameter)
 * and never modifies its arguments, which are borrowed (`const`). Results are released
 * with py_bigint_free. All memory comes from py_mem_alloc; when it returns NULL the
 * function reports PY_NUM_ENOMEM and leaves nothing allocated.
 *
 * Functions that can only fail for lack of memory return the new value or NULL.
 * Functions with several failure modes return a py_num_status (0 or negative) and
 * store the result through `out` only on success. The caller turns a status into the
 * Python exception; each code's comment gives CPython's wording where it is fixed.
 *
 * Magnitudes are stored in 32-bit limbs, little end first, with a separate sign, so
 * the same code runs unchanged on wasm32. */
#ifndef TASKSCOPE_PY_BIGINT_H
#define TASKSCOPE_PY_BIGINT_H
#include <stddef.h>
#include <stdint.h>

/* Status codes shared by the numeric libraries (bigint, floatfmt, formatspec). */
typedef enum py_num_status {
  PY_NUM_OK = 0,
  PY_NUM_ENOMEM = -1,    /* MemoryError */
  PY_NUM_EZERODIV = -2,  /* ZeroDivisionError; the wording depends on the operator */
  PY_NUM_EOVERFLOW = -3, /* OverflowError; wording given at each function */
  PY_NUM_EVALUE = -4,    /* ValueError, e.g. an invalid literal for int() */
  PY_NUM_ELIMIT = -5,    /* ValueError: the 4300-digit string conversion limit */
} py_num_status;

/* An integer: sign and magnitude. Public so the int object can read small values
 * without a call; treat it as read-only. Zero has sign 0 and len 0; otherwise the top
 * limb d[len-1] is nonzero. */
typedef struct py_bigint {
  int32_t sign;  /* -1, 0 or 1 */
  uint32_t len;  /* limbs in use */
  uint32_t cap;  /* limbs allocated (private) */
  uint32_t d[];  /* magnitude, least significant limb first */
} py_bigint;

/* CPython 3.11's default sys.get_int_max_str_digits(). */
#define PY_BIGINT_DEFAULT_MAX_STR_DIGITS 4300

/* The limit in force: sys.set_int_max_str_digits() changes it (0 means no limit), and
 * every interpreter start puts the default back. */
extern int py_bigint_max_str_digits;
#define PY_BIGINT_MAX_STR_DIGITS py_bigint_max_str_digits

/* ---- lifetime and conversions ---------------------------------------------------- */

/* Frees a value (NULL is allowed). */
void py_bigint_free(py_bigint *a);
/* Returns a copy of a, or NULL when out of memory. */
py_bigint *py_bigint_copy(const py_bigint *a);
/* Returns the value v, or NULL when out of memory. */
py_bigint *py_bigint_from_int64(int64_t v);
/* Returns the value v, or NULL when out of memory. */
py_bigint *py_bigint_from_uint64(uint64_t v);
/* Stores a in *out and returns 1 when it fits in an int64_t; returns 0 otherwise. */
int py_bigint_to_int64(const py_bigint *a, int64_t *out);
/* Returns the value of a modulo 2**64 (two's complement), e.g. for masking. */
uint64_t py_bigint_low_uint64(const py_bigint *a);

/* The value sign * W where W has the 32-bit words w[0..n), least significant first
 * (int.from_bytes, getrandbits). NULL when out of memory. */
py_bigint *py_bigint_from_words(const uint32_t *w, size_t n, int sign);

/* int(x) for a float: truncates toward zero. PY_NUM_EOVERFLOW for ±inf (CPython:
 * "cannot convert float infinity to integer"), PY_NUM_EVALUE for nan ("cannot convert
 * float NaN to integer"). */
int py_bigint_from_double(double x, py_bigint **out);
/* float(a), correctly rounded (half to even). PY_NUM_EOVERFLOW when the result is out of
 * range: "int too large to convert to float". */
int py_bigint_to_double(const py_bigint *a, double *out);

/* int(s, base) for base 0 or 2..36 on the bytes s[0..n): this function strips ASCII
 * whitespace around the literal and accepts a sign, the 0x/0o/0b prefixes (base 0 or the
 * matching base), and single underscores between digits or after a prefix, exactly as
 * int() does. Non-ASCII digits and whitespace are the caller's job (translate them
 * first). PY_NUM_EVALUE: "invalid literal for int() with base %d: %R" (the caller
 * formats the repr of the original string). PY_NUM_ELIMIT when a base that is not a
 * power of two has more than max_digits digits (pass PY_BIGINT_MAX_STR_DIGITS, or 0 for
 * no limit); *ndigits then holds the count for the message "Exceeds the limit (4300
 * digits) for integer string conversion: value has %zu digits; use
 * sys.set_int_max_str_digits() to increase the limit". ndigits may be NULL. */
int py_bigint_from_string(const char *s, size_t n, int base, size_t max_digits,
                          py_bigint **out, size_t *ndigits);
/* The digits of a in base 2, 8, 10 or 16 (lowercase), with a leading '-' when negative
 * and no prefix. The string is NUL-terminated, its length stored in *len, and it is
 * freed with py_mem_free(s, *len + 1). For base 10, PY_NUM_ELIMIT when the value has
 * more than max_digits digits (0 = no limit): "Exceeds the limit (4300 digits) for
 * integer string conversion; use sys.set_int_max_str_digits() to increase the limit". */
int py_bigint_to_string(const py_bigint *a, int base, size_t max_digits, char **s,
                        size_t *len);

/* ---- arithmetic ------------------------------------------------------------------ */

/* a + b, a - b, a * b, -a, abs(a): the result, or NULL when out of memory. */
py_bigint *py_bigint_add(const py_bigint *a, const py_bigint *b);
py_bigint *py_bigint_sub(const py_bigint *a, const py_bigint *b);
py_bigint *py_bigint_mul(const py_bigint *a, const py_bigint *b);
py_bigint *py_bigint_neg(const py_bigint *a);
py_bigint *py_bigint_abs(const py_bigint *a);

/* divmod(a, b) with Python's rules: the quotient floors, the remainder has b's sign.
 * Either of q and r may be NULL when not wanted. PY_NUM_EZERODIV when b is zero
 * ("integer division or modulo by zero" for // and divmod, "integer modulo by zero"
 * for %). */
int py_bigint_divmod(const py_bigint *a, const py_bigint *b, py_bigint **q,
                     py_bigint **r);
/* a / b, correctly rounded. PY_NUM_EZERODIV ("division by zero"), PY_NUM_EOVERFLOW
 * ("integer division result too large for a float"). */
int py_bigint_true_divide(const py_bigint *a, const py_bigint *b, double *out);
/* pow(a, e) for e >= 0 when m is NULL, else pow(a, e, m). A negative e is only allowed
 * with a modulus (the modular inverse, Python 3.8+); without one the caller takes the
 * float path. Errors: PY_NUM_EVALUE with m zero ("pow() 3rd argument cannot be 0") or
 * when a has no inverse ("base is not invertible for the given modulus");
 * PY_NUM_ENOMEM when the result is too large to hold. */
int py_bigint_pow(const py_bigint *a, const py_bigint *e, const py_bigint *m,
                  py_bigint **out);
/* gcd(a, b), always >= 0; NULL when out of memory. */
py_bigint *py_bigint_gcd(const py_bigint *a, const py_bigint *b);

/* round(a, -k) for k >= 1: a rounded to a multiple of 10**k, ties to even. (round()
 * with ndigits >= 0 returns the int unchanged.) NULL when out of memory. */
py_bigint *py_bigint_round_tens(const py_bigint *a, uint64_t k);

/* ---- the int64 fast path ---------------------------------------------------------- */

/* divmod(a, b) on int64 with Python's flooring. PY_NUM_EZERODIV when b is 0,
 * PY_NUM_EOVERFLOW for INT64_MIN // -1 (redo it as bigints). q or r may be NULL. */
int py_int64_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r);
/* a ** e for e >= 0; PY_NUM_EOVERFLOW when the result leaves int64. */
int py_int64_pow(int64_t a, int64_t e, int64_t *out);
/* a / b correctly rounded; PY_NUM_EZERODIV; PY_NUM_ENOMEM (rare: the bigint path). */
int py_int64_true_divide(int64_t a, int64_t b, double *out);

/* ---- comparison, bits and hashing -------------------------------------------------- */

/* Returns -1, 0 or 1 as a is less than, equal to or greater than b. */
int py_bigint_cmp(const py_bigint *a, const py_bigint *b);
/* Compares with a small value without allocating. */
int py_bigint_cmp_int64(const py_bigint *a, int64_t b);
/* Compares an int with a float exactly, as Python's == and < do (2**53 + 1 != 2.0**53):
 * -1, 0 or 1, or 2 when x is NaN (every comparison false but !=). *status is set to
 * PY_NUM_ENOMEM if memory ran out (then the result is meaningless). */
int py_bigint_cmp_double(const py_bigint *a, double x, int *status);
int py_int64_cmp_double(int64_t a, double x);
/* a.bit_length(). */
uint64_t py_bigint_bit_length(const py_bigint *a);
/* a << n and a >> n for n >= 0 (the caller raises "negative shift count"). The right
 * shift floors, as Python's does for negative values. NULL when out of memory, which
 * includes a left shift too large to represent. */
py_bigint *py_bigint_lshift(const py_bigint *a, uint64_t n);
py_bigint *py_bigint_rshift(const py_bigint *a, uint64_t n);
/* a & b, a | b, a ^ b, ~a on the infinite two's complement representation. */
py_bigint *py_bigint_and(const py_bigint *a, const py_bigint *b);
py_bigint *py_bigint_or(const py_bigint *a, const py_bigint *b);
py_bigint *py_bigint_xor(const py_bigint *a, const py_bigint *b);
py_bigint *py_bigint_invert(const py_bigint *a);
/* hash(a) as CPython computes it: a modulo 2**61 - 1 with a's sign, -1 becoming -2. */
int64_t py_bigint_hash(const py_bigint *a);
/* hash() of an int64 value, the same function on the small representation. */
int64_t py_int64_hash(int64_t v);

#endif
