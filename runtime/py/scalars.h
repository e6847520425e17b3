/* runtime/py/scalars.h — internal helpers shared by the scalar types' files (int.c,
 * bool.c, float.c, str*.c, bytes.c, hash.c and the math/random/string modules).
 * Everything public lives in object.h; these are the cross-file pieces behind it. */
#ifndef TASKSCOPE_PY_SCALARS_H
#define TASKSCOPE_PY_SCALARS_H
#include "py/object.h"

/* Checks a call of a method that takes no arguments, with CPython's METH_NOARGS
 * wording ("str.upper() takes no arguments (1 given)"). 0 or -1. */
int py__noargs(const char *qualname, size_t nargs, py_object *kwnames);
/* Checks a positional-only call with the wording of CPython's older argument parser
 * ("find() takes at least 1 argument (0 given)"). 0 or -1. */
int py__args_range(const char *fname, size_t nargs, py_object *kwnames, size_t min, size_t max);

/* ---- hashing (hash.c) ---- */

/* SipHash-1-3 with the zero key over n bytes, as CPython's _Py_HashBytes (0 for n 0). */
py_hash py__hash_bytes(const void *data, size_t n);
/* hash() of a double as CPython computes it (x modulo 2**61 - 1, inf 314159, nan by
 * identity of obj). */
py_hash py__hash_double(py_object *obj, double v);

/* ---- UTF-8 (str.c) ---- */

/* Decodes the code point at *p (valid UTF-8) and advances *p past it. */
static inline uint32_t py__utf8_next(const char **p) {
  const unsigned char *s = (const unsigned char *)*p;
  uint32_t c = s[0];
  if (c < 0x80) { *p += 1; return c; }
  if (c < 0xE0) { *p += 2; return ((c & 0x1F) << 6) | (s[1] & 0x3F); }
  if (c < 0xF0) {
    *p += 3;
    return ((c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  }
  *p += 4;
  return ((c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
         ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}
/* Bytes needed to encode c in UTF-8 (surrogates are encoded like other BMP points). */
static inline int py__utf8_len(uint32_t c) {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}
/* Writes c as UTF-8 at w; returns the number of bytes written. */
int py__utf8_put(char *w, uint32_t c);
/* Checks that s[0..n) is valid UTF-8; stores the code point count in *length and
 * whether it is all ASCII. Returns the offset of the first invalid byte, or n. */
size_t py__utf8_check(const char *s, size_t n, py_ssize *length, bool *ascii);

/* ---- str internals (str.c) ---- */

/* The first occurrence of needle[0..m) in hay[0..n), or NULL (portable memmem). */
void *py__memmem(const void *hay, size_t n, const void *needle, size_t m);

/* An uninitialised str of `size` UTF-8 bytes holding `length` code points; the caller
 * fills data (the NUL after it is already written). New, or NULL with MemoryError. */
py_object *py__str_new(size_t size, py_ssize length, bool ascii);
/* A str from UTF-8 that the caller knows is valid but whose length is unknown. New. */
py_object *py__str_from_utf8_counted(const char *s, size_t n);
/* The str of the single code point c (cached for Latin-1). New. */
py_object *py__str_from_char(uint32_t c);
/* The str made of the n code points. New. */
py_object *py__str_from_codepoints(const uint32_t *cps, size_t n);
/* The largest code point of s. */
uint32_t py__str_max_char(py_object *s);
/* Byte offset of code point index i (0 <= i <= length) in s. */
py_ssize py__str_offset(py_object *s, py_ssize i);
/* Code point at index i (0 <= i < length). */
uint32_t py__str_char_at(py_object *s, py_ssize i);
/* The code points of s in a fresh array (py_mem_free(p, length * 4)); NULL on error. */
uint32_t *py__str_to_codepoints(py_object *s);
/* Substring of code points [start, stop), clamped. New. */
py_object *py__str_substr(py_object *s, py_ssize start, py_ssize stop);
/* The repr of s with CPython's quoting rules; `ascii_only` escapes every non-ASCII
 * code point (ascii()). New. */
py_object *py__str_repr(py_object *s, bool ascii_only);
/* "" (the immortal empty str). Borrowed. */
py_object *py__str_empty(void);
extern const py_method_def py__str_methods[];
/* The str slots implemented in str_methods.c and str_format.c. */
py_object *py__str_mod(py_object *a, py_object *b);
py_object *py__str_format_method(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames);

/* A growable UTF-8 buffer for building strs. */
typedef struct py__strbuf {
  char *data;
  size_t size, cap;
  py_ssize length; /* code points so far */
  bool ascii;
  bool failed;     /* an allocation failed (MemoryError raised) */
} py__strbuf;
void py__strbuf_init(py__strbuf *b);
void py__strbuf_free(py__strbuf *b);
/* Appends bytes known to be valid UTF-8 with `length` code points (-1: count them). */
int py__strbuf_append(py__strbuf *b, const char *s, size_t n, py_ssize length);
int py__strbuf_append_cstr(py__strbuf *b, const char *s);
int py__strbuf_append_str(py__strbuf *b, py_object *s);
int py__strbuf_append_char(py__strbuf *b, uint32_t c);
int py__strbuf_append_repeat(py__strbuf *b, uint32_t c, py_ssize n);
/* Appends str(o) (or repr(o) when `repr`). */
int py__strbuf_append_obj(py__strbuf *b, py_object *o, bool repr);
/* Turns the buffer into a str (the buffer is emptied). New, NULL on error. */
py_object *py__strbuf_finish(py__strbuf *b);

/* ---- unicode character classes (str_unicode.c) ---- */
bool py__uc_isprintable(uint32_t c);
bool py__uc_isspace(uint32_t c);
bool py__uc_isalpha(uint32_t c);
bool py__uc_isdecimal(uint32_t c);
bool py__uc_isdigit(uint32_t c);
bool py__uc_isnumeric(uint32_t c);
bool py__uc_isupper(uint32_t c);
bool py__uc_islower(uint32_t c);
bool py__uc_istitle(uint32_t c);
bool py__uc_iscased(uint32_t c);
bool py__uc_is_case_ignorable(uint32_t c);
bool py__uc_is_xid_start(uint32_t c);
bool py__uc_is_xid_continue(uint32_t c);
int py__uc_decimal_value(uint32_t c); /* -1 if none */
uint32_t py__uc_upper(uint32_t c);
uint32_t py__uc_lower(uint32_t c);
uint32_t py__uc_title(uint32_t c);
uint32_t py__uc_fold(uint32_t c);
/* Full case mappings (ß → SS); write up to 3 code points to out, return the count. */
int py__uc_upper_full(uint32_t c, uint32_t *out);
int py__uc_lower_full(uint32_t c, uint32_t *out);
int py__uc_title_full(uint32_t c, uint32_t *out);
int py__uc_fold_full(uint32_t c, uint32_t *out);

/* ---- int (int.c) ---- */
/* The small int cache covers -5..256 as CPython's does. */
py_object *py__int_from_bigint(void *big); /* steals big (a py_bigint *); normalises */
/* A bigint copy of any int (NULL on MemoryError, raised). Free with py_bigint_free. */
void *py__int_to_bigint(py_object *o);
/* -1, 0, 1 comparing two ints. */
int py__int_cmp(py_object *a, py_object *b);
/* Compares int i with double d exactly: -1, 0, 1, or 2 when d is nan. */
int py__int_cmp_double(py_object *i, double d);
/* float(i), OverflowError "int too large to convert to float". -1.0 + error. */
double py__int_to_double(py_object *i, bool *err);
/* Sign of an int: -1, 0 or 1. */
int py__int_sign(py_object *o);
py_object *py__int_repr(py_object *o);
/* Formats an int in base 2, 8, 10 or 16 (with prefix for 2/8/16 if asked). New. */
py_object *py__int_to_base(py_object *o, int base, bool prefix);
py_object *py__int_binop(py_object *a, py_object *b, int op);
py_hash py__int_hash(py_object *o);

/* int(x) for one argument (__int__, __index__, __trunc__, str, bytes). New. */
py_object *py__int_from_object(py_object *x);

/* ---- bytes (bytes.c) ---- */
typedef struct py_bytes_object {
  PY_HEAD;
  py_ssize size;
  py_hash hash; /* -1 until computed */
  char data[];  /* size bytes and a NUL */
} py_bytes_object;
typedef struct py_bytearray_object {
  PY_HEAD;
  py_ssize size, cap; /* cap: bytes allocated, the NUL after the data included */
  py_ssize offset;    /* bytes deleted from the front without moving the rest */
  char *data;         /* the first byte (the allocation starts offset bytes before) */
  py_ssize exports;   /* memoryviews of it alive: it may not be resized meanwhile */
} py_bytearray_object;
/* BufferError "Existing exports of data: object cannot be re-sized" if memoryviews of
 * b are alive (as CPython, before anything changes). 0 or -1. */
int py__bytearray_check_resize(py_bytearray_object *b);
/* The bytes of a bytes or bytearray object (borrowed). */
void py__bytes_view(py_object *o, const char **data, size_t *n);
/* bytes(o) for the buffer-like objects we know (bytes, bytearray); TypeError
 * otherwise. New. */
py_object *py__bytes_from_object(py_object *o);
/* A new bytearray holding a copy of data[0..n). */
py_object *py__bytearray_from(const void *data, size_t n);
/* Sets b's size to `size` bytes (kept up to the smaller size, NUL after them), with
 * CPython 3.11's allocation policy (PyByteArray_Resize). 0, or -1 with MemoryError. */
int py__bytearray_resize(py_bytearray_object *b, size_t size);
/* bytearray b[slice] = value (value NULL deletes), CPython's rules (bytes_edit.c). */
int py__bytearray_setslice(py_object *self, py_object *slice, py_object *value);
/* The methods bytes_edit.c adds to bytes and bytearray. */
py_object *py__bytes_translate(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames);
py_object *py__bytes_maketrans(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames);
py_object *py__bytearray_insert(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames);
py_object *py__bytearray_remove(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames);
py_object *py__bytearray_reverse(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames);
py_object *py__bytearray_copy(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames);
/* o.decode(encoding, errors) (either may be NULL) as str(o, encoding, errors). New. */
py_object *py__bytes_decode(py_object *o, py_object *encoding, py_object *errors);

/* s.encode(encoding, errors) (either may be NULL). New. */
py_object *py__str_encode(py_object *s, py_object *encoding, py_object *errors);
/* The engine's own codec an encoding name (a str) names, spelled any way CPython's
 * lookup accepts: 8 utf-8, 7 ascii, 1 latin-1; -1 for the others (codecs'). */
int py__encoding_kind(py_object *enc);
/* str.format_map / str.format with positional args and a keyword mapping (may be
 * NULL). New. */
py_object *py__str_format_with(py_object *fmt, py_object *const *args, size_t nargs,
                               py_object *kwargs);
/* True if s is a valid identifier. */
bool py__str_isidentifier(py_object *s);

/* ---- float (float.c) ---- */
/* repr(float) in CPython's shortest round-trip form. New. */
py_object *py__float_repr_double(double v);
/* float(x) for one argument. New. */
py_object *py__float_from_object(py_object *x);
/* x ** y with Python's special cases; *err: 0 ok, 1 zero to a negative power, 2 a
 * complex result, 3 overflow. */
double py__float_pow(double x, double y, int *err);

/* ---- complex (complex.c) ---- */
/* A complex value as two doubles (C's _Complex is avoided: wasm and native must
 * round identically, and CPython computes part by part too). */
typedef struct py_cdouble {
  double real, imag;
} py_cdouble;
typedef struct py_complex_object {
  PY_HEAD;
  py_cdouble value;
} py_complex_object;
extern py_type py_complex_type;
#define PY_COMPLEX_CHECK(o) (PY_TYPE(o) == &py_complex_type || \
                             py_type_is_subtype(PY_TYPE(o), &py_complex_type))
#define PY_COMPLEX_VALUE(o) (((py_complex_object *)(o))->value)
/* complex(real, imag). New. */
py_object *py_complex_from_doubles(double real, double imag);
/* a / b with CPython's algorithm; -1 (no exception set) when b is zero. */
int py__complex_quot(py_cdouble a, py_cdouble b, py_cdouble *out);
/* abs(z); *overflow when a finite z has an infinite modulus. */
double py__complex_abs(py_cdouble z, bool *overflow);
/* a ** b (pow(a, b, mod) with mod None) for int, float or complex operands, with
 * CPython's errors; NotImplemented for other types. New. */
py_object *py__complex_pow(py_object *a, py_object *b, py_object *mod);
/* An argument of a cmath function as a C complex: __complex__, a complex, or
 * anything float() takes ("must be real number, not str" otherwise). 0 or -1. */
int py__complex_from_object(py_object *o, py_cdouble *out);
/* The cmath module (mod_cmath.c). */
py_object *py_mod_cmath_init(void);

/* ---- the modules (mod_math.c, mod_random.c) ---- */
py_object *py_mod_math_init(void);
py_object *py_mod_random_init(void);

/* ---- formatting (str_format.c) ---- */
/* Applies a format spec to an int / float / str (the built-in __format__s). New. */
py_object *py__format_int(py_object *o, py_object *spec);
py_object *py__format_float(py_object *o, py_object *spec);
py_object *py__format_str(py_object *o, py_object *spec);

#endif
