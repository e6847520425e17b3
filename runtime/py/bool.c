/* runtime/py/bool.c — bool, the int subclass with the two instances False and True.
 * Arithmetic is int's (True + 1 == 2); only repr and the bitwise operators, which keep
 * bool results when both operands are bools, differ. */
#include "py/object.h"
#include "py/scalars.h"

py_int_object py__false = {{PY_IMMORTAL, &py_bool_type}, 0, NULL};
py_int_object py__true = {{PY_IMMORTAL, &py_bool_type}, 1, NULL};

static py_object *bool_repr(py_object *o) {
  static py_object *names[2];
  int v = o == PY_TRUE;
  if (!names[v]) names[v] = py_str_intern_cstr(v ? "True" : "False");
  return names[v] ? py_newref(names[v]) : NULL;
}

static py_object *bool_new(py_type *type, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  (void)type;
  if (py_args_check("bool", nargs, kwnames, 0, 1) < 0) return NULL;
  if (nargs == 0) return py_bool(0);
  int t = py_truthy(args[0]);
  return t < 0 ? NULL : py_bool(t);
}

static py_object *bool_bitop(py_object *a, py_object *b, int op) {
  if (PY_IS_TYPE(a, &py_bool_type) && PY_IS_TYPE(b, &py_bool_type)) {
    int x = a == PY_TRUE, y = b == PY_TRUE;
    return py_bool(op == PY_OP_AND ? (x & y) : op == PY_OP_OR ? (x | y) : (x ^ y));
  }
  return py__int_binop(a, b, op);
}

static py_object *bool_and(py_object *a, py_object *b) { return bool_bitop(a, b, PY_OP_AND); }
static py_object *bool_or(py_object *a, py_object *b) { return bool_bitop(a, b, PY_OP_OR); }
static py_object *bool_xor(py_object *a, py_object *b) { return bool_bitop(a, b, PY_OP_XOR); }

/* The int slots, spelled out: bool must work before py_type_ready has copied them
 * from int (static types are readied lazily, and True + 1 needs no attribute lookup). */
#define INT_BINOP(name, op) \
  static py_object *name(py_object *a, py_object *b) { return py__int_binop(a, b, op); }
INT_BINOP(bool_add, PY_OP_ADD)
INT_BINOP(bool_sub, PY_OP_SUB)
INT_BINOP(bool_mul, PY_OP_MUL)
INT_BINOP(bool_truediv, PY_OP_TRUEDIV)
INT_BINOP(bool_floordiv, PY_OP_FLOORDIV)
INT_BINOP(bool_mod, PY_OP_MOD)
INT_BINOP(bool_pow, PY_OP_POW)
INT_BINOP(bool_lshift, PY_OP_LSHIFT)
INT_BINOP(bool_rshift, PY_OP_RSHIFT)
INT_BINOP(bool_divmod, PY_OP_DIVMOD)
#define INT_UNARY(name, slot) \
  static py_object *name(py_object *o) { return py_int_type.slot(o); }
INT_UNARY(bool_neg, neg)
INT_UNARY(bool_pos, pos)
INT_UNARY(bool_abs, abs)
INT_UNARY(bool_invert, invert)
INT_UNARY(bool_to_int, to_int)
INT_UNARY(bool_to_float, to_float)
INT_UNARY(bool_index, index)
static py_object *bool_pow3(py_object *a, py_object *b, py_object *m) { return py_int_type.pow3(a, b, m); }
static py_object *bool_richcompare(py_object *a, py_object *b, int op) {
  return py_int_type.richcompare(a, b, op);
}
static int bool_truth(py_object *o) { return o == PY_TRUE; }

/* bool cannot be subclassed, so its objects are never freed; this only guards. */
static void bool_dealloc(py_object *o) { o->refcnt = PY_IMMORTAL; }

py_type py_bool_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "bool",
    .basicsize = sizeof(py_int_object),
    .flags = PY_TPFLAGS_INT_SUBCLASS,
    .base = &py_int_type,
    .new = bool_new,
    .dealloc = bool_dealloc,
    .getattr = py_generic_getattr,
    .repr = bool_repr,
    .hash = py__int_hash,
    .richcompare = bool_richcompare,
    .number = {[PY_OP_AND] = bool_and, [PY_OP_OR] = bool_or, [PY_OP_XOR] = bool_xor,
               [PY_OP_ADD] = bool_add, [PY_OP_SUB] = bool_sub, [PY_OP_MUL] = bool_mul,
               [PY_OP_TRUEDIV] = bool_truediv, [PY_OP_FLOORDIV] = bool_floordiv,
               [PY_OP_MOD] = bool_mod, [PY_OP_POW] = bool_pow, [PY_OP_LSHIFT] = bool_lshift,
               [PY_OP_RSHIFT] = bool_rshift, [PY_OP_DIVMOD] = bool_divmod},
    .pow3 = bool_pow3,
    .neg = bool_neg,
    .pos = bool_pos,
    .abs = bool_abs,
    .invert = bool_invert,
    .truth = bool_truth,
    .to_int = bool_to_int,
    .to_float = bool_to_float,
    .index = bool_index,
};
