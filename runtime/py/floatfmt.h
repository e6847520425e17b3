/* runtime/py/floatfmt.h — Python's float semantics that are not plain IEEE arithmetic:
 * repr and format() digits, round(), parsing for float(), %, divmod and hash.
 *
 * Results match CPython 3.11 exactly. Decimal conversions rest on the C library's
 * correctly rounded printf ("%.*e", "%.*f") and strtod (glibc natively, musl under
 * Emscripten); the shortest round-trip digits of repr are found by trying precisions.
 * Strings this module returns are allocated with py_mem_alloc and freed by the caller
 * with py_mem_free(s, len + 1). Statuses are the py_num_status codes of bigint.h. */
#ifndef TASKSCOPE_PY_FLOATFMT_H
#define TASKSCOPE_PY_FLOATFMT_H
#include <stddef.h>
#include <stdint.h>

#include "py/bigint.h"

/* Room for any repr, with its NUL: "-2.2250738585072014e-308" is the longest kind. */
#define PY_FLOAT_REPR_MAX 32

/* Writes repr(x) (also str(x)) into buf, which has PY_FLOAT_REPR_MAX bytes, and returns
 * its length: shortest round-trip digits, exponent form when the decimal exponent is
 * below -4 or at least 16, "inf", "-inf", "nan", "-0.0". Never fails. */
size_t py_float_repr(double x, char *buf);

/* Flags for py_float_format. */
#define PY_FLOAT_ALT 1       /* '#': keep the point (and trailing zeros for g) */
#define PY_FLOAT_NO_NEG_0 2  /* 'z': a value that rounds to zero loses its '-' */

/* The number part of format(x, spec) for a float: type is one of "eEfFgGn%" or 0 for
 * the empty presentation type (repr without precision; 'g' with at least one digit
 * after the point when a precision is given). precision < 0 means none (6 for the
 * typed forms). The result carries '-' for negative values and no '+' or ' ': signs,
 * fill, width and grouping are formatspec's job. Also serves '%'-style formatting
 * (same digits). Returns PY_NUM_OK or PY_NUM_ENOMEM. */
int py_float_format(double x, char type, int precision, int flags, char **out, size_t *len);

/* round(x, ndigits): rounds the exact binary value to ndigits decimal places, ties to
 * even, as CPython does. PY_NUM_EOVERFLOW: "rounded value too large to represent". */
int py_float_round(double x, int64_t ndigits, double *out);
/* round(x) without ndigits before the conversion to int: half to even. The caller
 * converts with py_bigint_from_double (and its inf/nan errors). */
double py_float_round_half_even(double x);

/* float(s) on the bytes s[0..n): ASCII whitespace around, a sign, digits with single
 * underscores between digits, optional fraction and exponent, or inf, infinity, nan
 * in any case; correctly rounded. The caller maps non-ASCII digits and whitespace
 * first. PY_NUM_EVALUE: "could not convert string to float: %R" (the caller formats). */
int py_float_parse(const char *s, size_t n, double *out);

/* float.hex(x) into buf (PY_FLOAT_REPR_MAX bytes): "0x1.8000000000000p+3", subnormals
 * as "0x0.0000000000001p-1022", "inf", "nan", "-0x0.0p+0". Returns the length. */
size_t py_float_hex(double x, char *buf);
/* float.fromhex(s) on s[0..n): ASCII whitespace around, a sign, an optional 0x, hex
 * digits with an optional point, an optional binary exponent p±N; or inf, infinity,
 * nan. Correctly rounded. PY_NUM_EVALUE: "invalid hexadecimal floating-point string";
 * PY_NUM_EOVERFLOW: "hexadecimal value too large to represent as a float". */
int py_float_fromhex(const char *s, size_t n, double *out);

/* x % y, x // y and divmod(x, y) with Python's sign rule (the remainder takes y's
 * sign). PY_NUM_EZERODIV when y is zero; CPython's words are "float modulo",
 * "float floor division by zero" and "float divmod()". */
int py_float_mod(double x, double y, double *out);
int py_float_floordiv(double x, double y, double *out);
int py_float_divmod(double x, double y, double *q, double *r);

/* hash(x) as CPython's _Py_HashDouble: integral values hash like the equal int,
 * ±inf hash to ±314159. A NaN hashes by object identity in CPython 3.10+, which this
 * function cannot see: it returns 0 and the caller hashes the object's address. */
int64_t py_float_hash(double x);

#endif
