/* runtime/py/float.c — the float type: IEEE doubles with Python's operator semantics
 * (mixed int/float arithmetic, flooring // and %, exact int/float comparison, the
 * ZeroDivisionError and OverflowError texts). Digits, rounding, parsing and hashing come
 * from the numeric library (py/floatfmt.h). Freed floats go to a free list. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "py/bigint.h"
#include "py/floatfmt.h"
#include "py/object.h"
#include "py/scalars.h"

#define FREE_MAX 1024
static py_float_object *free_list[FREE_MAX];
static int free_count;

py_object *py_float_from_double(double v) {
  py_float_object *o = free_count ? free_list[--free_count] : py_mem_alloc(sizeof *o);
  if (!o) return py_raise_nomemory();
  o->ob_base.refcnt = 1;
  o->ob_base.type = &py_float_type;
  o->value = v;
  return (py_object *)o;
}

static void float_dealloc(py_object *self) {
  if (PY_TYPE(self) != &py_float_type) py_type_free(self);
  else if (free_count < FREE_MAX) free_list[free_count++] = (py_float_object *)self;
  else py_mem_free(self, sizeof(py_float_object));
}

py_object *py__float_repr_double(double v) {
  char buf[PY_FLOAT_REPR_MAX];
  size_t n = py_float_repr(v, buf);
  return py_str_from_utf8(buf, n);
}

static py_object *float_repr(py_object *o) { return py__float_repr_double(PY_FLOAT_VALUE(o)); }

py_hash py__hash_double(py_object *obj, double v) {
  if (isnan(v)) return py_hash_pointer(obj);
  return py_float_hash(v);
}

static py_hash float_hash(py_object *o) { return py__hash_double(o, PY_FLOAT_VALUE(o)); }

/* Converts a float or int operand to a double: 1 done, 0 not a number we handle
 * (NotImplemented), -1 error (an int too large for a float). */
static int to_double(py_object *o, double *out) {
  if (PY_FLOAT_CHECK(o)) {
    *out = PY_FLOAT_VALUE(o);
    return 1;
  }
  if (PY_INT_CHECK(o)) {
    bool err;
    *out = py__int_to_double(o, &err);
    return err ? -1 : 1;
  }
  return 0;
}

#define OPERANDS(a, b, x, y)                                  \
  double x, y;                                                \
  {                                                           \
    int ra_ = to_double(a, &x);                               \
    if (ra_ <= 0) return ra_ < 0 ? NULL : py_newref(PY_NOTIMPLEMENTED); \
    int rb_ = to_double(b, &y);                               \
    if (rb_ <= 0) return rb_ < 0 ? NULL : py_newref(PY_NOTIMPLEMENTED); \
  }

static py_object *float_add(py_object *a, py_object *b) {
  OPERANDS(a, b, x, y);
  return py_float_from_double(x + y);
}
static py_object *float_sub(py_object *a, py_object *b) {
  OPERANDS(a, b, x, y);
  return py_float_from_double(x - y);
}
static py_object *float_mul(py_object *a, py_object *b) {
  OPERANDS(a, b, x, y);
  return py_float_from_double(x * y);
}
static py_object *float_div(py_object *a, py_object *b) {
  OPERANDS(a, b, x, y);
  if (y == 0.0) return py_raise(&py_exc_ZeroDivisionError, "float division by zero");
  return py_float_from_double(x / y);
}
static py_object *float_mod(py_object *a, py_object *b) {
  OPERANDS(a, b, x, y);
  double r;
  if (py_float_mod(x, y, &r)) return py_raise(&py_exc_ZeroDivisionError, "float modulo");
  return py_float_from_double(r);
}
static py_object *float_floordiv(py_object *a, py_object *b) {
  OPERANDS(a, b, x, y);
  double r;
  if (py_float_floordiv(x, y, &r))
    return py_raise(&py_exc_ZeroDivisionError, "float floor division by zero");
  return py_float_from_double(r);
}
static py_object *float_divmod(py_object *a, py_object *b) {
  OPERANDS(a, b, x, y);
  double q, r;
  if (py_float_divmod(x, y, &q, &r)) return py_raise(&py_exc_ZeroDivisionError, "float divmod()");
  py_object *qo = py_float_from_double(q), *ro = qo ? py_float_from_double(r) : NULL;
  py_object *t = ro ? py_tuple_pack(2, qo, ro) : NULL;
  py_xdecref(qo);
  py_xdecref(ro);
  return t;
}

/* x ** y following CPython's float_pow case analysis (C pow() gets the IEEE special
 * cases right except for the ones Python defines differently). */
double py__float_pow(double x, double y, int *err) {
  *err = 0;
  if (y == 0.0) return 1.0;
  if (isnan(x)) return y == 0.0 ? 1.0 : x;
  if (isnan(y)) return x == 1.0 ? 1.0 : y;
  if (isinf(y)) {
    double ax = fabs(x);
    if (ax == 1.0) return 1.0;
    if ((y > 0) == (ax > 1.0)) return INFINITY;
    return 0.0;
  }
  if (isinf(x)) {
    bool odd = fmod(fabs(y), 2.0) == 1.0;
    if (y > 0) return odd ? x : fabs(x);
    return odd ? copysign(0.0, x) : 0.0;
  }
  if (x == 0.0) {
    if (y < 0) {
      *err = 1; /* ZeroDivisionError */
      return 0;
    }
    bool odd = fmod(fabs(y), 2.0) == 1.0;
    return odd ? x : 0.0;
  }
  if (x < 0 && y != floor(y)) {
    *err = 2; /* a complex result */
    return 0;
  }
  errno = 0;
  double r = pow(x, y);
  if (isinf(r)) *err = 3;
  return r;
}

static py_object *float_pow3(py_object *a, py_object *b, py_object *m) {
  if (m != PY_NONE)
    return py_raise(&py_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  OPERANDS(a, b, x, y);
  int err;
  double r = py__float_pow(x, y, &err);
  if (err == 1) return py_raise(&py_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
  if (err == 2) return py__complex_pow(a, b, PY_NONE); /* a complex result, as CPython */
  if (err == 3) return py_raise(&py_exc_OverflowError, "(34, 'Numerical result out of range')");
  return py_float_from_double(r);
}

static py_object *float_pow(py_object *a, py_object *b) { return float_pow3(a, b, PY_NONE); }

static py_object *float_neg(py_object *o) { return py_float_from_double(-PY_FLOAT_VALUE(o)); }
static py_object *float_pos(py_object *o) {
  if (PY_IS_TYPE(o, &py_float_type)) return py_newref(o);
  return py_float_from_double(PY_FLOAT_VALUE(o));
}
static py_object *float_abs(py_object *o) { return py_float_from_double(fabs(PY_FLOAT_VALUE(o))); }
static int float_truth(py_object *o) { return PY_FLOAT_VALUE(o) != 0.0; }
static py_object *float_to_int(py_object *o) { return py_int_from_double(PY_FLOAT_VALUE(o)); }

static py_object *float_richcompare(py_object *a, py_object *b, int op) {
  double x = 0, y = 0;
  int c; /* -1, 0, 1, or 2 for unordered (nan) */
  if (!PY_FLOAT_CHECK(a)) return py_newref(PY_NOTIMPLEMENTED); /* a is never an int here */
  x = PY_FLOAT_VALUE(a);
  if (PY_FLOAT_CHECK(b)) {
    y = PY_FLOAT_VALUE(b);
    c = (isnan(x) || isnan(y)) ? 2 : (x > y) - (x < y);
  } else if (PY_INT_CHECK(b)) {
    /* Exact: compare the int with the float's exact value, never a rounded one. */
    c = py__int_cmp_double(b, x);
    if (c != 2) c = -c;
  } else {
    return py_newref(PY_NOTIMPLEMENTED);
  }
  int r;
  if (c == 2) r = op == PY_NE;
  else switch (op) {
  case PY_LT: r = c < 0; break;
  case PY_LE: r = c <= 0; break;
  case PY_EQ: r = c == 0; break;
  case PY_NE: r = c != 0; break;
  case PY_GT: r = c > 0; break;
  default: r = c >= 0; break;
  }
  return py_bool(r);
}

/* ===================================================================================
 * float(x)
 * =================================================================================== */

static py_object *parse_error(py_object *text) {
  return py_raise(&py_exc_ValueError, "could not convert string to float: %R", text);
}

static py_object *float_from_text(py_object *o) {
  double d;
  if (PY_STR_CHECK(o)) {
    const char *s = PY_STR_DATA(o);
    size_t n = (size_t)PY_STR_SIZE(o);
    if (((py_str_object *)o)->ascii) {
      if (py_float_parse(s, n, &d)) return parse_error(o);
      return py_float_from_double(d);
    }
    /* Map Unicode digits and spaces to ASCII as CPython does. */
    char *a = py_mem_alloc(n + 1);
    if (!a) return py_raise_nomemory();
    const char *p = s, *end = s + n;
    size_t w = 0;
    while (p < end) {
      uint32_t c = py__utf8_next(&p);
      int dv;
      if (c < 0x80) a[w++] = (char)c;
      else if (py__uc_isspace(c)) a[w++] = ' ';
      else if ((dv = py__uc_decimal_value(c)) >= 0) a[w++] = (char)('0' + dv);
      else a[w++] = '?';
    }
    int st = py_float_parse(a, w, &d);
    py_mem_free(a, n + 1);
    if (st) return parse_error(o);
    return py_float_from_double(d);
  }
  const char *data;
  size_t n;
  py__bytes_view(o, &data, &n);
  if (py_float_parse(data, n, &d)) return parse_error(o);
  return py_float_from_double(d);
}

py_object *py__float_from_object(py_object *x) {
  py_type *t = PY_TYPE(x);
  if (PY_IS_TYPE(x, &py_float_type)) return py_newref(x);
  if (t->to_float) {
    py_object *r = t->to_float(x);
    if (r && !PY_FLOAT_CHECK(r)) {
      py_raise(&py_exc_TypeError, "%T.__float__ returned non-float (type %T)", x, r);
      py_decref(r);
      return NULL;
    }
    if (r && !PY_IS_TYPE(r, &py_float_type)) {
      py_object *e = py_float_from_double(PY_FLOAT_VALUE(r));
      py_decref(r);
      return e;
    }
    return r;
  }
  if (t->index) {
    py_object *i = py_number_index(x);
    if (!i) return NULL;
    bool err;
    double d = py__int_to_double(i, &err);
    py_decref(i);
    return err ? NULL : py_float_from_double(d);
  }
  if (PY_STR_CHECK(x) || PY_IS_TYPE(x, &py_bytes_type) || PY_IS_TYPE(x, &py_bytearray_type))
    return float_from_text(x);
  return py_raise(&py_exc_TypeError, "float() argument must be a string or a real number, not '%T'", x);
}

static py_object *float_new(py_type *type, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  if (py_args_check("float", nargs, kwnames, 0, 1) < 0) return NULL;
  py_object *v = nargs ? py__float_from_object(args[0]) : py_float_from_double(0.0);
  if (!v || type == &py_float_type) return v;
  py_float_object *o = (py_float_object *)py_type_alloc(type, 0);
  if (o) o->value = PY_FLOAT_VALUE(v);
  py_decref(v);
  return (py_object *)o;
}

/* ===================================================================================
 * Methods
 * =================================================================================== */

#define NOARGS(fname)                                                            \
  if (py__noargs("float." fname, nargs, kwnames) < 0) return NULL;                 \
  (void)args

static py_object *float_is_integer(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kwnames) {
  NOARGS("is_integer");
  double x = PY_FLOAT_VALUE(self);
  return py_bool(isfinite(x) && floor(x) == x);
}

static py_object *float_as_integer_ratio(py_object *self, py_object *const *args,
                                         size_t nargs, py_object *kwnames) {
  NOARGS("as_integer_ratio");
  double x = PY_FLOAT_VALUE(self);
  if (isinf(x)) return py_raise(&py_exc_OverflowError, "cannot convert Infinity to integer ratio");
  if (isnan(x)) return py_raise(&py_exc_ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = frexp(x, &e);
  /* Scale the mantissa to an integer, then cancel powers of two. */
  for (int i = 0; i < 300 && m != floor(m); i++) {
    m *= 2.0;
    e--;
  }
  py_object *num = py_int_from_double(m);
  if (!num) return NULL;
  py_object *den = py_int_from_i64(1);
  py_object *sh = py_int_from_i64(e < 0 ? -e : e);
  py_object *r;
  if (e > 0) {
    r = py__int_binop(num, sh, PY_OP_LSHIFT);
    py_decref(num);
    num = r;
  } else {
    r = py__int_binop(den, sh, PY_OP_LSHIFT);
    py_decref(den);
    den = r;
  }
  py_decref(sh);
  py_object *t = (num && den) ? py_tuple_pack(2, num, den) : NULL;
  py_xdecref(num);
  py_xdecref(den);
  return t;
}

static py_object *float_trunc(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  NOARGS("__trunc__");
  return py_int_from_double(PY_FLOAT_VALUE(self));
}
static py_object *float_floor(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  NOARGS("__floor__");
  return py_int_from_double(floor(PY_FLOAT_VALUE(self)));
}
static py_object *float_ceil(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  NOARGS("__ceil__");
  return py_int_from_double(ceil(PY_FLOAT_VALUE(self)));
}

static py_object *float_round(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  if (py_args_check("__round__", nargs, kwnames, 0, 1) < 0) return NULL;
  double x = PY_FLOAT_VALUE(self);
  if (nargs == 0 || args[0] == PY_NONE) return py_int_from_double(py_float_round_half_even(x));
  py_object *nd = py_number_index(args[0]);
  if (!nd) return NULL;
  int64_t n;
  if (!PY_INT_IS_SMALL(nd)) n = py__int_sign(nd) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  else n = PY_INT_SMALL(nd);
  py_decref(nd);
  double r;
  if (py_float_round(x, n, &r))
    return py_raise(&py_exc_OverflowError, "rounded value too large to represent");
  return py_float_from_double(r);
}

static py_object *float_conjugate(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  NOARGS("conjugate");
  return float_pos(self);
}

static py_object *float_format_method(py_object *self, py_object *const *args, size_t nargs,
                                      py_object *kwnames) {
  if (py_args_check("float.__format__", nargs, kwnames, 1, 1) < 0) return NULL;
  if (!PY_STR_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
  return py__format_float(self, args[0]);
}

static py_object *float_getnewargs(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kwnames) {
  NOARGS("__getnewargs__");
  py_object *v = float_pos(self);
  if (!v) return NULL;
  py_object *t = py_tuple_pack(1, v);
  py_decref(v);
  return t;
}

static py_object *float_hex(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  NOARGS("hex");
  char buf[PY_FLOAT_REPR_MAX];
  size_t n = py_float_hex(PY_FLOAT_VALUE(self), buf);
  return py_str_from_utf8(buf, n);
}

static py_object *float_fromhex(py_object *cls, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  if (py_args_check("fromhex", nargs, kwnames, 1, 1) < 0) return NULL;
  if (!PY_STR_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "fromhex() argument must be str, not %T", args[0]);
  double d;
  int st = py_float_fromhex(PY_STR_DATA(args[0]), (size_t)PY_STR_SIZE(args[0]), &d);
  if (st == PY_NUM_EOVERFLOW)
    return py_raise(&py_exc_OverflowError, "hexadecimal value too large to represent as a float");
  if (st) return py_raise(&py_exc_ValueError, "invalid hexadecimal floating-point string");
  py_object *f = py_float_from_double(d);
  if (!f || (py_type *)cls == &py_float_type) return f;
  py_object *r = py_call1(cls, f);
  py_decref(f);
  return r;
}

static const py_method_def float_methods[] = {
    {"hex", float_hex, 0, NULL},
    {"fromhex", float_fromhex, PY_METH_CLASS, NULL},
    {"is_integer", float_is_integer, 0, NULL},
    {"as_integer_ratio", float_as_integer_ratio, 0, NULL},
    {"conjugate", float_conjugate, 0, NULL},
    {"__trunc__", float_trunc, 0, NULL},
    {"__floor__", float_floor, 0, NULL},
    {"__ceil__", float_ceil, 0, NULL},
    {"__round__", float_round, 0, NULL},
    {"__format__", float_format_method, 0, NULL},
    {"__getnewargs__", float_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static py_object *get_real(py_object *self) { return float_pos(self); }
static py_object *get_imag(py_object *self) { (void)self; return py_float_from_double(0.0); }

static const py_getset_def float_getset[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};

py_type py_float_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "float",
    .basicsize = sizeof(py_float_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .methods = float_methods,
    .getset = float_getset,
    .new = float_new,
    .dealloc = float_dealloc,
    .getattr = py_generic_getattr,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .number = {
        [PY_OP_ADD] = float_add, [PY_OP_SUB] = float_sub, [PY_OP_MUL] = float_mul,
        [PY_OP_TRUEDIV] = float_div, [PY_OP_FLOORDIV] = float_floordiv,
        [PY_OP_MOD] = float_mod, [PY_OP_POW] = float_pow, [PY_OP_DIVMOD] = float_divmod,
    },
    .pow3 = float_pow3,
    .neg = float_neg,
    .pos = float_pos,
    .abs = float_abs,
    .truth = float_truth,
    .to_int = float_to_int,
    .to_float = float_pos,
};
