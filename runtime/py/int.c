/* runtime/py/int.c — the int type. Values that fit in int64 live in the object (the
 * fast path of every operator); a result that overflows moves to a py_bigint (the
 * numeric library, py/bigint.h), and a bigint result that fits moves back, so the two
 * representations never overlap. -5..256 are cached as in CPython, and freed int
 * objects are kept on a free list for reuse. */
#include <math.h>
#include <string.h>

#include "py/bigint.h"
#include "py/object.h"
#include "py/scalars.h"

#define BIG(o) ((py_bigint *)((py_int_object *)(o))->big)

/* ===================================================================================
 * Allocation: small int cache and free list
 * =================================================================================== */

#define SMALL_MIN (-5)
#define SMALL_MAX 256
static py_int_object small_ints[SMALL_MAX - SMALL_MIN + 1];
static bool small_ready;

#define FREE_MAX 1024
static py_int_object *free_list[FREE_MAX];
static int free_count;

static void init_small(void) {
  for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
    py_int_object *o = &small_ints[i - SMALL_MIN];
    o->ob_base.refcnt = PY_IMMORTAL;
    o->ob_base.type = &py_int_type;
    o->value = i;
    o->big = NULL;
  }
  small_ready = true;
}

static py_int_object *alloc_int(void) {
  py_int_object *o = free_count ? free_list[--free_count] : py_mem_alloc(sizeof *o);
  if (!o) {
    py_raise_nomemory();
    return NULL;
  }
  o->ob_base.refcnt = 1;
  o->ob_base.type = &py_int_type;
  o->big = NULL;
  return o;
}

static void int_dealloc(py_object *self) {
  py_int_object *o = (py_int_object *)self;
  if (o->big) py_bigint_free(o->big);
  if (PY_TYPE(self) != &py_int_type) {
    py_type_free(self);
  } else if (free_count < FREE_MAX) {
    free_list[free_count++] = o;
  } else {
    py_mem_free(o, sizeof *o);
  }
}

py_object *py_int_from_i64(int64_t v) {
  if (v >= SMALL_MIN && v <= SMALL_MAX) {
    if (!small_ready) init_small();
    return py_newref((py_object *)&small_ints[v - SMALL_MIN]); /* counted: no drift */
  }
  py_int_object *o = alloc_int();
  if (!o) return NULL;
  o->value = v;
  return (py_object *)o;
}

py_object *py_int_from_u64(uint64_t v) {
  if (v <= INT64_MAX) return py_int_from_i64((int64_t)v);
  py_bigint *b = py_bigint_from_uint64(v);
  if (!b) return py_raise_nomemory();
  return py__int_from_bigint(b);
}

py_object *py__int_from_bigint(void *bigp) {
  py_bigint *big = bigp;
  if (!big) return py_raise_nomemory();
  int64_t v;
  if (py_bigint_to_int64(big, &v)) {
    py_bigint_free(big);
    return py_int_from_i64(v);
  }
  py_int_object *o = alloc_int();
  if (!o) {
    py_bigint_free(big);
    return NULL;
  }
  o->value = 0;
  o->big = big;
  return (py_object *)o;
}

void *py__int_to_bigint(py_object *o) {
  py_bigint *b = PY_INT_IS_SMALL(o) ? py_bigint_from_int64(PY_INT_SMALL(o))
                                    : py_bigint_copy(BIG(o));
  if (!b) py_raise_nomemory();
  return b;
}

/* Borrowed bigint view of an int: small values are converted into *tmp (freed by the
 * caller with py_bigint_free(*tmp)). NULL on MemoryError. */
static const py_bigint *view(py_object *o, py_bigint **tmp) {
  *tmp = NULL;
  if (!PY_INT_IS_SMALL(o)) return BIG(o);
  *tmp = py_bigint_from_int64(PY_INT_SMALL(o));
  if (!*tmp) py_raise_nomemory();
  return *tmp;
}

int py_int_as_i64(py_object *o, int64_t *out) {
  if (PY_INT_IS_SMALL(o)) {
    *out = PY_INT_SMALL(o);
    return 0;
  }
  py_raise(&py_exc_OverflowError, "Python int too large to convert to C long");
  return -1;
}

py_object *py_int_from_double(double v) {
  if (v > -9223372036854775808.0 && v < 9223372036854775808.0) return py_int_from_i64((int64_t)v);
  py_bigint *b;
  int st = py_bigint_from_double(v, &b);
  if (st == PY_NUM_EOVERFLOW)
    return py_raise(&py_exc_OverflowError, "cannot convert float infinity to integer");
  if (st == PY_NUM_EVALUE) return py_raise(&py_exc_ValueError, "cannot convert float NaN to integer");
  if (st) return py_raise_nomemory();
  return py__int_from_bigint(b);
}

int py__int_sign(py_object *o) {
  if (PY_INT_IS_SMALL(o)) return (PY_INT_SMALL(o) > 0) - (PY_INT_SMALL(o) < 0);
  return BIG(o)->sign;
}

int py__int_cmp(py_object *a, py_object *b) {
  if (PY_INT_IS_SMALL(a) && PY_INT_IS_SMALL(b)) {
    int64_t x = PY_INT_SMALL(a), y = PY_INT_SMALL(b);
    return (x > y) - (x < y);
  }
  if (PY_INT_IS_SMALL(b)) return py_bigint_cmp_int64(BIG(a), PY_INT_SMALL(b));
  if (PY_INT_IS_SMALL(a)) return -py_bigint_cmp_int64(BIG(b), PY_INT_SMALL(a));
  return py_bigint_cmp(BIG(a), BIG(b));
}

double py__int_to_double(py_object *i, bool *err) {
  *err = false;
  if (PY_INT_IS_SMALL(i)) return (double)PY_INT_SMALL(i);
  double d;
  if (py_bigint_to_double(BIG(i), &d) < 0) {
    *err = true;
    py_raise(&py_exc_OverflowError, "int too large to convert to float");
    return -1.0;
  }
  return d;
}

int py__int_cmp_double(py_object *i, double d) {
  if (isnan(d)) return 2;
  if (isinf(d)) return d > 0 ? -1 : 1;
  const double two63 = 9223372036854775808.0;
  if (PY_INT_IS_SMALL(i)) {
    int64_t v = PY_INT_SMALL(i);
    if (v >= -(INT64_C(1) << 53) && v <= (INT64_C(1) << 53)) {
      double x = (double)v;
      return (x > d) - (x < d);
    }
    if (d >= two63) return -1;
    if (d < -two63) return 1;
    int64_t t = (int64_t)d; /* exact: |d| < 2**63 */
    if (v != t) return v < t ? -1 : 1;
    double frac = d - (double)t;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
  }
  if (fabs(d) < two63) return BIG(i)->sign;
  py_bigint *bd;
  if (py_bigint_from_double(d, &bd) != PY_NUM_OK) return BIG(i)->sign; /* no memory */
  int c = py_bigint_cmp(BIG(i), bd);
  py_bigint_free(bd);
  return c;
}

/* ===================================================================================
 * Arithmetic
 * =================================================================================== */

/* The result of a bigint operation on two ints; op is one of the bigint functions. */
typedef py_bigint *(*big2)(const py_bigint *, const py_bigint *);
static py_object *big_op(py_object *a, py_object *b, big2 fn) {
  py_bigint *ta, *tb;
  const py_bigint *x = view(a, &ta);
  if (!x) return NULL;
  const py_bigint *y = view(b, &tb);
  if (!y) {
    py_bigint_free(ta);
    return NULL;
  }
  py_bigint *r = fn(x, y);
  py_bigint_free(ta);
  py_bigint_free(tb);
  return py__int_from_bigint(r);
}

static py_object *zerodiv(int op) {
  return py_raise(&py_exc_ZeroDivisionError, op == PY_OP_MOD ? "integer modulo by zero"
                                                             : "integer division or modulo by zero");
}

/* a // b, a % b or divmod(a, b) with Python's flooring. */
static py_object *int_divmod_op(py_object *a, py_object *b, int op) {
  if (py__int_sign(b) == 0) return zerodiv(op);
  if (PY_INT_IS_SMALL(a) && PY_INT_IS_SMALL(b)) {
    int64_t x = PY_INT_SMALL(a), y = PY_INT_SMALL(b);
    if (!(x == INT64_MIN && y == -1)) {
      int64_t q = x / y, r = x % y;
      if (r != 0 && ((r < 0) != (y < 0))) {
        r += y;
        q -= 1;
      }
      if (op == PY_OP_FLOORDIV) return py_int_from_i64(q);
      if (op == PY_OP_MOD) return py_int_from_i64(r);
      py_object *qo = py_int_from_i64(q), *ro = qo ? py_int_from_i64(r) : NULL;
      py_object *t = ro ? py_tuple_pack(2, qo, ro) : NULL;
      py_xdecref(qo);
      py_xdecref(ro);
      return t;
    }
  }
  py_bigint *ta, *tb, *q = NULL, *r = NULL;
  const py_bigint *x = view(a, &ta);
  if (!x) return NULL;
  const py_bigint *y = view(b, &tb);
  if (!y) {
    py_bigint_free(ta);
    return NULL;
  }
  int st = py_bigint_divmod(x, y, op == PY_OP_MOD ? NULL : &q, op == PY_OP_FLOORDIV ? NULL : &r);
  py_bigint_free(ta);
  py_bigint_free(tb);
  if (st) return py_raise_nomemory();
  if (op == PY_OP_FLOORDIV) return py__int_from_bigint(q);
  if (op == PY_OP_MOD) return py__int_from_bigint(r);
  py_object *qo = py__int_from_bigint(q);
  py_object *ro = py__int_from_bigint(r);
  py_object *t = (qo && ro) ? py_tuple_pack(2, qo, ro) : NULL;
  py_xdecref(qo);
  py_xdecref(ro);
  return t;
}

static py_object *int_truediv(py_object *a, py_object *b) {
  if (py__int_sign(b) == 0) return py_raise(&py_exc_ZeroDivisionError, "division by zero");
  const int64_t lim = INT64_C(1) << 53;
  if (PY_INT_IS_SMALL(a) && PY_INT_IS_SMALL(b)) {
    int64_t x = PY_INT_SMALL(a), y = PY_INT_SMALL(b);
    /* Both exact as doubles: one IEEE division is correctly rounded. */
    if (x >= -lim && x <= lim && y >= -lim && y <= lim)
      return py_float_from_double((double)x / (double)y);
  }
  py_bigint *ta, *tb;
  const py_bigint *x = view(a, &ta);
  if (!x) return NULL;
  const py_bigint *y = view(b, &tb);
  if (!y) {
    py_bigint_free(ta);
    return NULL;
  }
  double d;
  int st = py_bigint_true_divide(x, y, &d);
  py_bigint_free(ta);
  py_bigint_free(tb);
  if (st == PY_NUM_EOVERFLOW)
    return py_raise(&py_exc_OverflowError, "integer division result too large for a float");
  if (st) return py_raise_nomemory();
  return py_float_from_double(d);
}

/* a ** b for b < 0: the float result, as CPython delegates to float pow. */
static py_object *int_pow_negative(py_object *a, py_object *b) {
  bool err;
  double x = py__int_to_double(a, &err);
  if (err) return NULL;
  double y = py__int_to_double(b, &err);
  if (err) return NULL;
  if (x == 0.0)
    return py_raise(&py_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
  return py_float_from_double(pow(x, y));
}

static py_object *int_pow(py_object *a, py_object *b) {
  if (py__int_sign(b) < 0) return int_pow_negative(a, b);
  if (PY_INT_IS_SMALL(a) && PY_INT_IS_SMALL(b)) {
    int64_t base = PY_INT_SMALL(a), e = PY_INT_SMALL(b), r = 1;
    bool ok = true;
    if (base == 0 || base == 1) return py_int_from_i64(e == 0 ? 1 : base);
    if (base == -1) return py_int_from_i64((e & 1) ? -1 : 1);
    while (e > 0 && ok) {
      if (e & 1) ok = !__builtin_mul_overflow(r, base, &r);
      e >>= 1;
      if (e && ok) ok = !__builtin_mul_overflow(base, base, &base);
    }
    if (ok) return py_int_from_i64(r);
  }
  py_bigint *ta, *tb, *r;
  const py_bigint *x = view(a, &ta);
  if (!x) return NULL;
  const py_bigint *y = view(b, &tb);
  if (!y) {
    py_bigint_free(ta);
    return NULL;
  }
  int st = py_bigint_pow(x, y, NULL, &r);
  py_bigint_free(ta);
  py_bigint_free(tb);
  if (st) return py_raise_nomemory();
  return py__int_from_bigint(r);
}

static py_object *int_pow3(py_object *a, py_object *b, py_object *m) {
  if (m == PY_NONE) {
    if (!PY_INT_CHECK(a) || !PY_INT_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
    return int_pow(a, b);
  }
  if (!PY_INT_CHECK(a) || !PY_INT_CHECK(b) || !PY_INT_CHECK(m))
    return py_newref(PY_NOTIMPLEMENTED);
  py_bigint *ta, *tb, *tm, *r;
  const py_bigint *x = view(a, &ta), *y = x ? view(b, &tb) : NULL, *z = y ? view(m, &tm) : NULL;
  if (!z) {
    if (x) py_bigint_free(ta);
    if (y) py_bigint_free(tb);
    return NULL;
  }
  int st = py_bigint_pow(x, y, z, &r);
  py_bigint_free(ta);
  py_bigint_free(tb);
  py_bigint_free(tm);
  if (st == PY_NUM_EVALUE) {
    if (py__int_sign(m) == 0) return py_raise(&py_exc_ValueError, "pow() 3rd argument cannot be 0");
    return py_raise(&py_exc_ValueError, "base is not invertible for the given modulus");
  }
  if (st) return py_raise_nomemory();
  return py__int_from_bigint(r);
}

static py_object *int_shift(py_object *a, py_object *b, bool left) {
  if (py__int_sign(b) < 0) return py_raise(&py_exc_ValueError, "negative shift count");
  if (PY_INT_IS_SMALL(a) && PY_INT_IS_SMALL(b)) {
    int64_t x = PY_INT_SMALL(a), n = PY_INT_SMALL(b);
    if (!left) {
      if (n >= 63) return py_int_from_i64(x < 0 ? -1 : 0);
      return py_int_from_i64(x >> n); /* arithmetic shift floors, as Python's does */
    }
    if (x == 0) return py_int_from_i64(0);
    if (n < 62) {
      int64_t lim = INT64_MAX >> n;
      if (x <= lim && x >= -lim) return py_int_from_i64((int64_t)((uint64_t)x << n));
    }
  }
  if (!PY_INT_IS_SMALL(b)) {
    if (!left) return py_int_from_i64(py__int_sign(a) < 0 ? -1 : 0);
    if (py__int_sign(a) == 0) return py_int_from_i64(0);
    return py_raise(&py_exc_OverflowError, "too many digits in integer");
  }
  py_bigint *ta;
  const py_bigint *x = view(a, &ta);
  if (!x) return NULL;
  py_bigint *r = left ? py_bigint_lshift(x, (uint64_t)PY_INT_SMALL(b))
                      : py_bigint_rshift(x, (uint64_t)PY_INT_SMALL(b));
  py_bigint_free(ta);
  return py__int_from_bigint(r);
}

py_object *py__int_binop(py_object *a, py_object *b, int op) {
  if (!PY_INT_CHECK(a) || !PY_INT_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  if (PY_INT_IS_SMALL(a) && PY_INT_IS_SMALL(b)) {
    int64_t x = PY_INT_SMALL(a), y = PY_INT_SMALL(b), r;
    switch (op) {
    case PY_OP_ADD: if (!__builtin_add_overflow(x, y, &r)) return py_int_from_i64(r); break;
    case PY_OP_SUB: if (!__builtin_sub_overflow(x, y, &r)) return py_int_from_i64(r); break;
    case PY_OP_MUL: if (!__builtin_mul_overflow(x, y, &r)) return py_int_from_i64(r); break;
    case PY_OP_AND: return py_int_from_i64(x & y);
    case PY_OP_OR: return py_int_from_i64(x | y);
    case PY_OP_XOR: return py_int_from_i64(x ^ y);
    default: break;
    }
  }
  switch (op) {
  case PY_OP_ADD: return big_op(a, b, py_bigint_add);
  case PY_OP_SUB: return big_op(a, b, py_bigint_sub);
  case PY_OP_MUL: return big_op(a, b, py_bigint_mul);
  case PY_OP_AND: return big_op(a, b, py_bigint_and);
  case PY_OP_OR: return big_op(a, b, py_bigint_or);
  case PY_OP_XOR: return big_op(a, b, py_bigint_xor);
  case PY_OP_FLOORDIV: case PY_OP_MOD: case PY_OP_DIVMOD: return int_divmod_op(a, b, op);
  case PY_OP_TRUEDIV: return int_truediv(a, b);
  case PY_OP_POW: return int_pow(a, b);
  case PY_OP_LSHIFT: return int_shift(a, b, true);
  case PY_OP_RSHIFT: return int_shift(a, b, false);
  default: return py_newref(PY_NOTIMPLEMENTED);
  }
}

#define BINOP(name, op) \
  static py_object *name(py_object *a, py_object *b) { return py__int_binop(a, b, op); }
BINOP(int_add, PY_OP_ADD)
BINOP(int_sub, PY_OP_SUB)
BINOP(int_mul, PY_OP_MUL)
BINOP(int_truediv_slot, PY_OP_TRUEDIV)
BINOP(int_floordiv, PY_OP_FLOORDIV)
BINOP(int_mod, PY_OP_MOD)
BINOP(int_pow_slot, PY_OP_POW)
BINOP(int_lshift, PY_OP_LSHIFT)
BINOP(int_rshift, PY_OP_RSHIFT)
BINOP(int_and, PY_OP_AND)
BINOP(int_or, PY_OP_OR)
BINOP(int_xor, PY_OP_XOR)
BINOP(int_divmod, PY_OP_DIVMOD)

static py_object *int_neg(py_object *o) {
  if (PY_INT_IS_SMALL(o) && PY_INT_SMALL(o) != INT64_MIN) return py_int_from_i64(-PY_INT_SMALL(o));
  py_bigint *t;
  const py_bigint *x = view(o, &t);
  if (!x) return NULL;
  py_bigint *r = py_bigint_neg(x);
  py_bigint_free(t);
  return py__int_from_bigint(r);
}

/* +x and int(x) of an int: the value as an exact int (a subclass becomes int). */
static py_object *int_exact(py_object *o) {
  if (PY_IS_TYPE(o, &py_int_type)) return py_newref(o);
  if (PY_INT_IS_SMALL(o)) return py_int_from_i64(PY_INT_SMALL(o));
  py_bigint *c = py_bigint_copy(BIG(o));
  return py__int_from_bigint(c);
}

static py_object *int_abs(py_object *o) {
  return py__int_sign(o) < 0 ? int_neg(o) : int_exact(o);
}

static py_object *int_invert(py_object *o) {
  if (PY_INT_IS_SMALL(o)) return py_int_from_i64(~PY_INT_SMALL(o));
  return py__int_from_bigint(py_bigint_invert(BIG(o)));
}

static int int_truth(py_object *o) { return py__int_sign(o) != 0; }

static py_object *int_to_float(py_object *o) {
  bool err;
  double d = py__int_to_double(o, &err);
  return err ? NULL : py_float_from_double(d);
}

static py_object *int_richcompare(py_object *a, py_object *b, int op) {
  if (!PY_INT_CHECK(a) || !PY_INT_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  int c = py__int_cmp(a, b), r;
  switch (op) {
  case PY_LT: r = c < 0; break;
  case PY_LE: r = c <= 0; break;
  case PY_EQ: r = c == 0; break;
  case PY_NE: r = c != 0; break;
  case PY_GT: r = c > 0; break;
  default: r = c >= 0; break;
  }
  return py_bool(r);
}

py_hash py__int_hash(py_object *o) {
  if (PY_INT_IS_SMALL(o)) return py_int64_hash(PY_INT_SMALL(o));
  return py_bigint_hash(BIG(o));
}

/* ===================================================================================
 * Text conversions
 * =================================================================================== */

int py_bigint_max_str_digits = PY_BIGINT_DEFAULT_MAX_STR_DIGITS;

static py_object *limit_error(void) {
  return py_raise(&py_exc_ValueError,
                  "Exceeds the limit (%d digits) for integer string conversion; use "
                  "sys.set_int_max_str_digits() to increase the limit",
                  py_bigint_max_str_digits);
}

py_object *py__int_to_base(py_object *o, int base, bool prefix) {
  char *s;
  size_t len;
  py_bigint *t;
  const py_bigint *x = view(o, &t);
  if (!x) return NULL;
  int st = py_bigint_to_string(x, base, base == 10 ? PY_BIGINT_MAX_STR_DIGITS : 0, &s, &len);
  py_bigint_free(t);
  if (st == PY_NUM_ELIMIT) return limit_error();
  if (st) return py_raise_nomemory();
  py_object *r;
  if (prefix && base != 10) {
    const char *pre = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
    bool neg = s[0] == '-';
    r = py_str_format("%s%s%s", neg ? "-" : "", pre, s + neg);
  } else {
    r = py_str_from_utf8(s, len);
  }
  py_mem_free(s, len + 1);
  return r;
}

py_object *py__int_repr(py_object *o) {
  if (PY_INT_IS_SMALL(o)) {
    char buf[24];
    int64_t v = PY_INT_SMALL(o);
    /* Digits from the end; the magnitude as unsigned handles INT64_MIN. */
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char *p = buf + sizeof buf;
    do {
      *--p = (char)('0' + m % 10);
      m /= 10;
    } while (m);
    if (v < 0) *--p = '-';
    size_t n = (size_t)(buf + sizeof buf - p);
    py_object *s = py__str_new(n, (py_ssize)n, true);
    if (s) memcpy(((py_str_object *)s)->data, p, n);
    return s;
  }
  return py__int_to_base(o, 10, false);
}

py_object *py_int_from_string(const char *s, size_t n, int base) {
  py_bigint *b;
  size_t nd = 0;
  int st = py_bigint_from_string(s, n, base, PY_BIGINT_MAX_STR_DIGITS, &b, &nd);
  if (st == PY_NUM_OK) return py__int_from_bigint(b);
  if (st == PY_NUM_ELIMIT)
    return py_raise(&py_exc_ValueError,
                    "Exceeds the limit (%d digits) for integer string conversion: value has "
                    "%zu digits; use sys.set_int_max_str_digits() to increase the limit",
                    py_bigint_max_str_digits, nd);
  if (st == PY_NUM_EVALUE) {
    py_object *text = py__str_from_utf8_counted(s, n);
    if (!text) return NULL;
    py_raise(&py_exc_ValueError, "invalid literal for int() with base %d: %R", base, text);
    py_decref(text);
    return NULL;
  }
  return py_raise_nomemory();
}

/* int(s, base) for a str: non-ASCII decimal digits and whitespace are translated to
 * ASCII first, as CPython does; the message quotes the original text. */
static py_object *int_from_str(py_object *s, int base) {
  const char *text = PY_STR_DATA(s);
  size_t n = (size_t)PY_STR_SIZE(s);
  char *ascii = NULL;
  if (!((py_str_object *)s)->ascii) {
    ascii = py_mem_alloc(n + 1);
    if (!ascii) return py_raise_nomemory();
    const char *p = text, *end = text + n;
    size_t w = 0;
    while (p < end) {
      uint32_t c = py__utf8_next(&p);
      int dv;
      if (c < 0x80) ascii[w++] = (char)c;
      else if (py__uc_isspace(c)) ascii[w++] = ' ';
      else if ((dv = py__uc_decimal_value(c)) >= 0) ascii[w++] = (char)('0' + dv);
      else ascii[w++] = '?'; /* invalid in any base */
    }
    py_bigint *b;
    size_t nd;
    int st = py_bigint_from_string(ascii, w, base, PY_BIGINT_MAX_STR_DIGITS, &b, &nd);
    py_mem_free(ascii, n + 1);
    if (st == PY_NUM_OK) return py__int_from_bigint(b);
    if (st == PY_NUM_EVALUE)
      return py_raise(&py_exc_ValueError, "invalid literal for int() with base %d: %R", base, s);
    return py_int_from_string(text, n, base); /* the same error, worded there */
  }
  py_bigint *b;
  size_t nd = 0;
  int st = py_bigint_from_string(text, n, base, PY_BIGINT_MAX_STR_DIGITS, &b, &nd);
  if (st == PY_NUM_OK) return py__int_from_bigint(b);
  if (st == PY_NUM_EVALUE)
    return py_raise(&py_exc_ValueError, "invalid literal for int() with base %d: %R", base, s);
  return py_int_from_string(text, n, base);
}

/* int(x, base) for bytes/bytearray: the message shows the bytes' repr. */
static py_object *int_from_bytes_literal(py_object *o, int base) {
  const char *data;
  size_t n;
  py__bytes_view(o, &data, &n);
  py_bigint *b;
  size_t nd = 0;
  int st = py_bigint_from_string(data, n, base, PY_BIGINT_MAX_STR_DIGITS, &b, &nd);
  if (st == PY_NUM_OK) return py__int_from_bigint(b);
  if (st == PY_NUM_EVALUE)
    return py_raise(&py_exc_ValueError, "invalid literal for int() with base %d: %R", base, o);
  return py_int_from_string(data, n, base);
}

/* Wraps an exact int result into an instance of a subclass of int. */
static py_object *as_subtype(py_type *type, py_object *v) {
  if (!v || type == &py_int_type) return v;
  py_int_object *o = (py_int_object *)py_type_alloc(type, 0);
  if (o) {
    o->value = PY_INT_SMALL(v);
    o->big = NULL;
    if (!PY_INT_IS_SMALL(v)) {
      o->big = py_bigint_copy(BIG(v));
      if (!o->big) {
        py_decref((py_object *)o);
        o = NULL;
        py_raise_nomemory();
      }
    }
  }
  py_decref(v);
  return (py_object *)o;
}

py_object *py__int_from_object(py_object *x) {
  py_type *t = PY_TYPE(x);
  if (PY_IS_TYPE(x, &py_int_type)) return py_newref(x);
  if (t->to_int) {
    py_object *r = t->to_int(x);
    if (r && !PY_INT_CHECK(r)) {
      py_raise(&py_exc_TypeError, "__int__ returned non-int (type %T)", r);
      py_decref(r);
      return NULL;
    }
    if (r && !PY_IS_TYPE(r, &py_int_type)) {
      py_object *e = int_exact(r);
      py_decref(r);
      return e;
    }
    return r;
  }
  if (t->index) return py_number_index(x);
  py_object *trunc = py_type_lookup(t, PY_ID(__trunc__));
  if (trunc) {
    py_object *r = py_call_method(x, PY_ID(__trunc__), NULL, 0);
    if (!r || PY_INT_CHECK(r)) return r;
    py_object *i = py_number_index(r);
    py_decref(r);
    if (!i && py_err_matches(&py_exc_TypeError)) {
      py_err_clear();
      return py_raise(&py_exc_TypeError, "__trunc__ returned non-Integral (type %T)", r);
    }
    return i;
  }
  if (PY_STR_CHECK(x)) return int_from_str(x, 10);
  if (PY_IS_TYPE(x, &py_bytes_type) || PY_IS_TYPE(x, &py_bytearray_type))
    return int_from_bytes_literal(x, 10);
  return py_raise(&py_exc_TypeError,
                  "int() argument must be a string, a bytes-like object or a real number, "
                  "not '%T'",
                  x);
}

static py_object *int_new(py_type *type, py_object *const *args, size_t nargs,
                          py_object *kwnames) {
  static const char *const names[] = {"", "base"};
  static const py_params params = {"int", names, 2, 1, 2, 0};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  if (!a[0]) {
    if (a[1]) return py_raise(&py_exc_TypeError, "int() missing string argument");
    return as_subtype(type, py_int_from_i64(0));
  }
  if (!a[1]) return as_subtype(type, py__int_from_object(a[0]));
  py_ssize base;
  if (py_index_ssize(a[1], &base) < 0) return NULL;
  if ((base != 0 && base < 2) || base > 36)
    return py_raise(&py_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
  if (PY_STR_CHECK(a[0])) return as_subtype(type, int_from_str(a[0], (int)base));
  if (PY_IS_TYPE(a[0], &py_bytes_type) || PY_IS_TYPE(a[0], &py_bytearray_type))
    return as_subtype(type, int_from_bytes_literal(a[0], (int)base));
  return py_raise(&py_exc_TypeError, "int() can't convert non-string with explicit base");
}

/* ===================================================================================
 * Methods and attributes
 * =================================================================================== */

#define NOARGS(fname)                                                            \
  if (py__noargs("int." fname, nargs, kwnames) < 0) return NULL;                 \
  (void)args

static uint64_t bit_length(py_object *o) {
  if (!PY_INT_IS_SMALL(o)) return py_bigint_bit_length(BIG(o));
  int64_t v = PY_INT_SMALL(o);
  uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  return m ? 64 - (uint64_t)__builtin_clzll(m) : 0;
}

static py_object *int_bit_length(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  NOARGS("bit_length");
  return py_int_from_u64(bit_length(self));
}

static py_object *int_bit_count(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  NOARGS("bit_count");
  if (PY_INT_IS_SMALL(self)) {
    int64_t v = PY_INT_SMALL(self);
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    return py_int_from_i64(__builtin_popcountll(m));
  }
  const py_bigint *b = BIG(self);
  int64_t c = 0;
  for (uint32_t i = 0; i < b->len; i++) c += __builtin_popcount(b->d[i]);
  return py_int_from_i64(c);
}

static py_object *int_self(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  NOARGS("conjugate");
  return int_exact(self);
}

/* __trunc__, __floor__, __ceil__, __int__, __index__: the int itself. */
static py_object *int_self_any(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)args;
  if (py_args_check("__trunc__", nargs, kwnames, 0, 0) < 0) return NULL;
  return int_exact(self);
}

static py_object *int_as_integer_ratio(py_object *self, py_object *const *args, size_t nargs,
                                       py_object *kwnames) {
  NOARGS("as_integer_ratio");
  py_object *n = int_exact(self);
  if (!n) return NULL;
  py_object *t = py_tuple_pack(2, n, py_int_from_i64(1));
  py_decref(n);
  return t;
}

/* round(x, ndigits) for an int: a negative ndigits rounds to a multiple of 10**-n,
 * half to even. */
static py_object *int_round(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  if (py_args_check("__round__", nargs, kwnames, 0, 1) < 0) return NULL;
  if (nargs == 0 || args[0] == PY_NONE) return int_exact(self);
  py_object *nd = py_number_index(args[0]);
  if (!nd) return NULL;
  int sign = py__int_sign(nd);
  if (sign >= 0) {
    py_decref(nd);
    return int_exact(self);
  }
  py_object *neg = int_neg(nd);
  py_decref(nd);
  if (!neg) return NULL;
  py_object *ten = py_int_from_i64(10);
  py_object *pow10 = int_pow(ten, neg);
  py_decref(neg);
  if (!pow10) return NULL;
  /* q, r = divmod(self, pow10); round half to even on r vs pow10/2. */
  py_object *qr = int_divmod_op(self, pow10, PY_OP_DIVMOD);
  if (!qr) {
    py_decref(pow10);
    return NULL;
  }
  py_object *q = PY_TUPLE_ITEMS(qr)[0], *r = PY_TUPLE_ITEMS(qr)[1];
  py_object *two = py_int_from_i64(2);
  py_object *r2 = py__int_binop(r, two, PY_OP_MUL);
  py_object *result = NULL;
  if (r2) {
    int c = py__int_cmp(r2, pow10);
    bool q_odd = PY_INT_IS_SMALL(q) ? (PY_INT_SMALL(q) & 1) : (BIG(q)->len && (BIG(q)->d[0] & 1));
    py_object *qq = (c > 0 || (c == 0 && q_odd)) ? py__int_binop(q, py_int_from_i64(1), PY_OP_ADD)
                                                 : py_newref(q);
    if (qq) {
      result = py__int_binop(qq, pow10, PY_OP_MUL);
      py_decref(qq);
    }
    py_decref(r2);
  }
  py_decref(qr);
  py_decref(pow10);
  return result;
}

static py_object *int_format_method(py_object *self, py_object *const *args, size_t nargs,
                                    py_object *kwnames) {
  if (py_args_check("int.__format__", nargs, kwnames, 1, 1) < 0) return NULL;
  if (!PY_STR_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
  return py__format_int(self, args[0]);
}

static py_object *int_getnewargs(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  NOARGS("__getnewargs__");
  py_object *v = int_exact(self);
  if (!v) return NULL;
  py_object *t = py_tuple_pack(1, v);
  py_decref(v);
  return t;
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
static py_object *int_to_bytes(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  static const char *const names[] = {"length", "byteorder", "signed"};
  static const py_params params = {"to_bytes", names, 3, 0, 2, 0};
  py_object *a[3];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_ssize length = 1;
  if (a[0] && py_index_ssize(a[0], &length) < 0) return NULL;
  if (length < 0) return py_raise(&py_exc_ValueError, "length argument must be non-negative");
  bool little = false;
  if (a[1]) {
    if (!PY_STR_CHECK(a[1]))
      return py_raise(&py_exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %T", a[1]);
    if (py_str_equal_cstr(a[1], "little")) little = true;
    else if (!py_str_equal_cstr(a[1], "big"))
      return py_raise(&py_exc_ValueError, "byteorder must be either 'little' or 'big'");
  }
  int is_signed = a[2] ? py_truthy(a[2]) : 0;
  if (is_signed < 0) return NULL;
  int sign = py__int_sign(self);
  if (sign < 0 && !is_signed)
    return py_raise(&py_exc_OverflowError, "can't convert negative int to unsigned");
  /* Bits needed: bit_length (+1 for the sign bit when signed, except -2**k). */
  uint64_t bits = bit_length(self);
  if (is_signed) {
    bits += 1;
    if (sign < 0) {
      /* -2**(k) fits in k+1 bits: check whether |x| is a power of two. */
      py_object *m = int_abs(self);
      py_object *m1 = m ? py__int_binop(m, py_int_from_i64(1), PY_OP_SUB) : NULL;
      py_object *andv = m1 ? py__int_binop(m, m1, PY_OP_AND) : NULL;
      if (!andv) {
        py_xdecref(m);
        py_xdecref(m1);
        return NULL;
      }
      if (py__int_sign(andv) == 0) bits -= 1;
      py_decref(m);
      py_decref(m1);
      py_decref(andv);
    }
  }
  if (bits > (uint64_t)length * 8) return py_raise(&py_exc_OverflowError, "int too big to convert");
  unsigned char *buf = py_mem_alloc((size_t)length + 1);
  if (!buf) return py_raise_nomemory();
  /* Two's complement bytes, least significant first, from the bigint limbs. */
  py_bigint *t;
  const py_bigint *x = view(self, &t);
  if (!x) {
    py_mem_free(buf, (size_t)length + 1);
    return NULL;
  }
  uint32_t carry = 1;
  for (py_ssize i = 0; i < length; i++) {
    size_t limb = (size_t)i / 4;
    uint32_t w = limb < x->len ? x->d[limb] : 0;
    unsigned char byte = (unsigned char)(w >> (8 * (i % 4)));
    if (x->sign < 0) {
      unsigned v = (unsigned)(unsigned char)~byte + carry;
      byte = (unsigned char)v;
      carry = v >> 8;
    }
    buf[little ? i : length - 1 - i] = byte;
  }
  py_bigint_free(t);
  py_object *r = py_bytes_from(buf, (size_t)length);
  py_mem_free(buf, (size_t)length + 1);
  return r;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False) */
static py_object *int_from_bytes(py_object *cls, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  static const char *const names[] = {"bytes", "byteorder", "signed"};
  static const py_params params = {"from_bytes", names, 3, 0, 2, 1};
  py_object *a[3];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  bool little = false;
  if (a[1]) {
    if (!PY_STR_CHECK(a[1]))
      return py_raise(&py_exc_TypeError, "from_bytes() argument 'byteorder' must be str, not %T", a[1]);
    if (py_str_equal_cstr(a[1], "little")) little = true;
    else if (!py_str_equal_cstr(a[1], "big"))
      return py_raise(&py_exc_ValueError, "byteorder must be either 'little' or 'big'");
  }
  int is_signed = a[2] ? py_truthy(a[2]) : 0;
  if (is_signed < 0) return NULL;
  py_object *bytes = py__bytes_from_object(a[0]);
  if (!bytes) return NULL;
  const char *data;
  size_t n;
  py__bytes_view(bytes, &data, &n);
  /* Build the magnitude 8 bits at a time, most significant first. */
  py_object *acc = py_int_from_i64(0);
  for (size_t k = 0; k < n && acc; k++) {
    unsigned char byte = (unsigned char)data[little ? n - 1 - k : k];
    py_object *sh = py__int_binop(acc, py_int_from_i64(8), PY_OP_LSHIFT);
    py_decref(acc);
    acc = NULL;
    if (sh) {
      py_object *bv = py_int_from_i64(byte);
      acc = py__int_binop(sh, bv, PY_OP_OR);
      py_decref(bv);
      py_decref(sh);
    }
  }
  if (acc && is_signed && n > 0 && ((unsigned char)data[little ? n - 1 : 0] & 0x80)) {
    py_object *bits = py_int_from_u64((uint64_t)n * 8);
    py_object *one = py_int_from_i64(1);
    py_object *p = bits ? py__int_binop(one, bits, PY_OP_LSHIFT) : NULL;
    py_object *r = p ? py__int_binop(acc, p, PY_OP_SUB) : NULL;
    py_xdecref(bits);
    py_xdecref(p);
    py_decref(acc);
    acc = r;
  }
  py_decref(bytes);
  if (!acc) return NULL;
  if ((py_type *)cls == &py_int_type) return acc;
  py_object *r = py_call1(cls, acc);
  py_decref(acc);
  return r;
}

static const py_method_def int_methods[] = {
    {"bit_length", int_bit_length, 0, NULL},
    {"bit_count", int_bit_count, 0, NULL},
    {"conjugate", int_self, 0, NULL},
    {"as_integer_ratio", int_as_integer_ratio, 0, NULL},
    {"to_bytes", int_to_bytes, 0, NULL},
    {"from_bytes", int_from_bytes, PY_METH_CLASS, NULL},
    {"__trunc__", int_self_any, 0, NULL},
    {"__floor__", int_self_any, 0, NULL},
    {"__ceil__", int_self_any, 0, NULL},
    {"__round__", int_round, 0, NULL},
    {"__format__", int_format_method, 0, NULL},
    {"__getnewargs__", int_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static py_object *get_real(py_object *self) { return int_exact(self); }
static py_object *get_imag(py_object *self) { (void)self; return py_int_from_i64(0); }
static py_object *get_denominator(py_object *self) { (void)self; return py_int_from_i64(1); }

static const py_getset_def int_getset[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {"numerator", get_real, NULL},
    {"denominator", get_denominator, NULL},
    {NULL, NULL, NULL},
};

py_type py_int_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "int",
    .basicsize = sizeof(py_int_object),
    .flags = PY_TPFLAGS_BASETYPE | PY_TPFLAGS_INT_SUBCLASS,
    .base = &py_object_type,
    .methods = int_methods,
    .getset = int_getset,
    .new = int_new,
    .dealloc = int_dealloc,
    .getattr = py_generic_getattr,
    .repr = py__int_repr,
    .hash = py__int_hash,
    .richcompare = int_richcompare,
    .number = {
        [PY_OP_ADD] = int_add, [PY_OP_SUB] = int_sub, [PY_OP_MUL] = int_mul,
        [PY_OP_TRUEDIV] = int_truediv_slot, [PY_OP_FLOORDIV] = int_floordiv,
        [PY_OP_MOD] = int_mod, [PY_OP_POW] = int_pow_slot, [PY_OP_LSHIFT] = int_lshift,
        [PY_OP_RSHIFT] = int_rshift, [PY_OP_AND] = int_and, [PY_OP_OR] = int_or,
        [PY_OP_XOR] = int_xor, [PY_OP_DIVMOD] = int_divmod,
    },
    .pow3 = int_pow3,
    .neg = int_neg,
    .pos = int_exact,
    .abs = int_abs,
    .invert = int_invert,
    .truth = int_truth,
    .to_int = int_exact,
    .to_float = int_to_float,
    .index = int_exact,
};
