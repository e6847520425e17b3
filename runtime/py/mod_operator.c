/* runtime/py/mod_operator.c — the operator module: the operators as functions
 * (add, lt, getitem, index, ...) over the object protocol, and the itemgetter,
 * attrgetter and methodcaller callables that sorted(key=...) examples use. */
#include "py/objimpl.h"

#include <string.h>

/* ---- operators as functions ---------------------------------------------------------- */

#define BINARY(fname, OP)                                                           \
  static py_object *op_##fname(py_object *m, py_object *const *a, size_t n,         \
                               py_object *kw) {                                      \
    (void)m;                                                                         \
    if (py_args_check(#fname, n, kw, 2, 2) < 0) return NULL;                         \
    return py_binop(a[0], a[1], OP);                                                \
  }                                                                                  \
  static py_object *op_i##fname(py_object *m, py_object *const *a, size_t n,        \
                                py_object *kw) {                                     \
    (void)m;                                                                         \
    if (py_args_check("i" #fname, n, kw, 2, 2) < 0) return NULL;                     \
    return py_inplace_binop(a[0], a[1], OP);                                        \
  }
BINARY(add, PY_OP_ADD)
BINARY(sub, PY_OP_SUB)
BINARY(mul, PY_OP_MUL)
BINARY(matmul, PY_OP_MATMUL)
BINARY(truediv, PY_OP_TRUEDIV)
BINARY(floordiv, PY_OP_FLOORDIV)
BINARY(mod, PY_OP_MOD)
BINARY(pow, PY_OP_POW)
BINARY(lshift, PY_OP_LSHIFT)
BINARY(rshift, PY_OP_RSHIFT)
BINARY(and_, PY_OP_AND)
BINARY(or_, PY_OP_OR)
BINARY(xor, PY_OP_XOR)
#undef BINARY

#define COMPARE(fname, OP)                                                          \
  static py_object *op_##fname(py_object *m, py_object *const *a, size_t n,         \
                               py_object *kw) {                                      \
    (void)m;                                                                         \
    if (py_args_check(#fname, n, kw, 2, 2) < 0) return NULL;                         \
    return py_richcompare(a[0], a[1], OP);                                          \
  }
COMPARE(lt, PY_LT)
COMPARE(le, PY_LE)
COMPARE(eq, PY_EQ)
COMPARE(ne, PY_NE)
COMPARE(gt, PY_GT)
COMPARE(ge, PY_GE)
#undef COMPARE

#define UNARY(fname, call)                                                          \
  static py_object *op_##fname(py_object *m, py_object *const *a, size_t n,         \
                               py_object *kw) {                                      \
    (void)m;                                                                         \
    if (py_args_check(#fname, n, kw, 1, 1) < 0) return NULL;                         \
    return call(a[0]);                                                              \
  }
UNARY(neg, py_neg)
UNARY(pos, py_pos)
UNARY(abs, py_absolute)
UNARY(invert, py_invert)
UNARY(inv, py_invert)
UNARY(index, py_number_index)
#undef UNARY

static py_object *op_not_(py_object *m, py_object *const *a, size_t n, py_object *kw) {
  (void)m;
  if (py_args_check("not_", n, kw, 1, 1) < 0) return NULL;
  int t = py_truthy(a[0]);
  return t < 0 ? NULL : py_bool(!t);
}

static py_object *op_truth(py_object *m, py_object *const *a, size_t n, py_object *kw) {
  (void)m;
  if (py_args_check("truth", n, kw, 1, 1) < 0) return NULL;
  int t = py_truthy(a[0]);
  return t < 0 ? NULL : py_bool(t);
}

static py_object *op_is_(py_object *m, py_object *const *a, size_t n, py_object *kw) {
  (void)m;
  if (py_args_check("is_", n, kw, 2, 2) < 0) return NULL;
  return py_bool(a[0] == a[1]);
}

static py_object *op_is_not(py_object *m, py_object *const *a, size_t n, py_object *kw) {
  (void)m;
  if (py_args_check("is_not", n, kw, 2, 2) < 0) return NULL;
  return py_bool(a[0] != a[1]);
}

static py_object *op_contains(py_object *m, py_object *const *a, size_t n, py_object *kw) {
  (void)m;
  if (py_args_check("contains", n, kw, 2, 2) < 0) return NULL;
  int r = py_contains(a[0], a[1]);
  return r < 0 ? NULL : py_bool(r);
}

static py_object *op_countOf(py_object *m, py_object *const *a, size_t n, py_object *kw) {
  (void)m;
  if (py_args_check("countOf", n, kw, 2, 2) < 0) return NULL;
  py_object *it = py_iter(a[0]);
  if (!it) return NULL;
  int64_t count = 0;
  py_object *x;
  while ((x = py_next(it))) {
    int eq = x == a[1] ? 1 : py_richcompare_bool(x, a[1], PY_EQ);
    py_decref(x);
    if (eq < 0) {
      py_decref(it);
      return NULL;
    }
    count += eq;
  }
  py_decref(it);
  return py_err_occurred() ? NULL : py_int_from_i64(count);
}

static py_object *op_getitem(py_object *m, py_object *const *a, size_t n, py_object *kw) {
  (void)m;
  if (py_args_check("getitem", n, kw, 2, 2) < 0) return NULL;
  return py_getitem(a[0], a[1]);
}

static py_object *op_setitem(py_object *m, py_object *const *a, size_t n, py_object *kw) {
  (void)m;
  if (py_args_check("setitem", n, kw, 3, 3) < 0) return NULL;
  return py_setitem(a[0], a[1], a[2]) < 0 ? NULL : py_newref(PY_NONE);
}

static py_object *op_delitem(py_object *m, py_object *const *a, size_t n, py_object *kw) {
  (void)m;
  if (py_args_check("delitem", n, kw, 2, 2) < 0) return NULL;
  return py_delitem(a[0], a[1]) < 0 ? NULL : py_newref(PY_NONE);
}

static py_object *op_concat(py_object *m, py_object *const *a, size_t n, py_object *kw) {
  (void)m;
  if (py_args_check("concat", n, kw, 2, 2) < 0) return NULL;
  if (!PY_TYPE(a[0])->getitem)
    return py_raise(&py_exc_TypeError, "'%s' object can't be concatenated", PY_TYPE(a[0])->name);
  return py_binop(a[0], a[1], PY_OP_ADD);
}

static py_object *op_length_hint(py_object *m, py_object *const *a, size_t n, py_object *kw) {
  (void)m;
  if (py_args_check("length_hint", n, kw, 1, 2) < 0) return NULL;
  if (PY_TYPE(a[0])->len) {
    py_ssize len = py_len(a[0]);
    return len < 0 ? NULL : py_int_from_i64(len);
  }
  return n > 1 ? py_newref(a[1]) : py_int_from_i64(0);
}

/* ---- itemgetter, attrgetter, methodcaller ---------------------------------------- */

typedef struct {
  PY_HEAD;
  py_object *items; /* tuple: keys, attribute names, or (name, args...) */
  py_object *kwnames; /* methodcaller's keyword names, or NULL */
} getter_object;

static py_type itemgetter_type, attrgetter_type, methodcaller_type;

static py_object *getter_make(py_type *t, py_object *const *args, size_t nargs) {
  getter_object *g = (getter_object *)py_type_alloc(t, 0);
  if (!g) return NULL;
  g->items = py_tuple_from_array(args, (py_ssize)nargs);
  if (!g->items) {
    py_decref((py_object *)g);
    return NULL;
  }
  return (py_object *)g;
}

static void getter_dealloc(py_object *self) {
  getter_object *g = (getter_object *)self;
  py_xdecref(g->items);
  py_xdecref(g->kwnames);
  py_type_free(self);
}

static int no_kw(const char *name, py_object *kwnames) {
  if (kwnames && PY_TUPLE_SIZE(kwnames)) {
    py_raise(&py_exc_TypeError, "%s() takes no keyword arguments", name);
    return -1;
  }
  return 0;
}

static py_object *itemgetter_new(py_type *t, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  if (no_kw("itemgetter", kwnames) < 0) return NULL;
  if (nargs < 1)
    return py_raise(&py_exc_TypeError, "itemgetter expected 1 argument, got 0");
  return getter_make(t, args, nargs);
}

static py_object *itemgetter_call(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  if (py_args_check("itemgetter", nargs, kwnames, 1, 1) < 0) return NULL;
  py_object *items = ((getter_object *)self)->items;
  py_ssize n = PY_TUPLE_SIZE(items);
  if (n == 1) return py_getitem(args[0], PY_TUPLE_ITEMS(items)[0]);
  py_object *r = py_tuple_new(n);
  for (py_ssize i = 0; r && i < n; i++) {
    py_object *v = py_getitem(args[0], PY_TUPLE_ITEMS(items)[i]);
    if (!v) PY_CLEAR(r);
    else PY_TUPLE_ITEMS(r)[i] = v;
  }
  return r;
}

/* "operator.itemgetter(1, 'a')": the arguments as a call. */
static py_object *getter_repr(py_object *self) {
  getter_object *g = (getter_object *)self;
  py_object *args = py_repr(g->items);
  if (!args) return NULL;
  py_ssize n = PY_STR_SIZE(args);
  /* Strip the tuple's parentheses and a one-item tuple's trailing comma. */
  size_t inner = (size_t)(n - 2);
  if (PY_TUPLE_SIZE(g->items) == 1) inner--;
  py_object *body = py_str_from_utf8(PY_STR_DATA(args) + 1, inner);
  py_decref(args);
  if (!body) return NULL;
  py_object *r = py_str_format("%s(%U)", PY_TYPE(self)->name, body);
  py_decref(body);
  return r;
}

static py_object *attrgetter_new(py_type *t, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  if (no_kw("attrgetter", kwnames) < 0) return NULL;
  if (nargs < 1)
    return py_raise(&py_exc_TypeError, "attrgetter expected 1 argument, got 0");
  for (size_t i = 0; i < nargs; i++)
    if (!PY_STR_CHECK(args[i]))
      return py_raise(&py_exc_TypeError, "attribute name must be a string");
  return getter_make(t, args, nargs);
}

/* obj.a.b.c for the dotted name. */
static py_object *dotted_getattr(py_object *obj, py_object *name) {
  const char *s = PY_STR_DATA(name), *end = s + PY_STR_SIZE(name);
  py_object *cur = py_newref(obj);
  while (cur) {
    const char *dot = memchr(s, '.', (size_t)(end - s));
    const char *stop = dot ? dot : end;
    py_object *part = py_str_from_utf8(s, (size_t)(stop - s));
    if (!part) {
      py_decref(cur);
      return NULL;
    }
    py_str_intern(&part);
    py_object *next = py_getattr(cur, part);
    py_decref(part);
    py_decref(cur);
    cur = next;
    if (!dot) break;
    s = dot + 1;
  }
  return cur;
}

static py_object *attrgetter_call(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  if (py_args_check("attrgetter", nargs, kwnames, 1, 1) < 0) return NULL;
  py_object *items = ((getter_object *)self)->items;
  py_ssize n = PY_TUPLE_SIZE(items);
  if (n == 1) return dotted_getattr(args[0], PY_TUPLE_ITEMS(items)[0]);
  py_object *r = py_tuple_new(n);
  for (py_ssize i = 0; r && i < n; i++) {
    py_object *v = dotted_getattr(args[0], PY_TUPLE_ITEMS(items)[i]);
    if (!v) PY_CLEAR(r);
    else PY_TUPLE_ITEMS(r)[i] = v;
  }
  return r;
}

static py_object *methodcaller_new(py_type *t, py_object *const *args, size_t nargs,
                                   py_object *kwnames) {
  if (nargs < 1)
    return py_raise(&py_exc_TypeError, "methodcaller needs at least one argument, the method name");
  if (!PY_STR_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "method name must be a string");
  size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
  getter_object *g = (getter_object *)getter_make(t, args, nargs + nkw);
  if (g && nkw) g->kwnames = py_newref(kwnames);
  return (py_object *)g;
}

static py_object *methodcaller_call(py_object *self, py_object *const *args, size_t nargs,
                                    py_object *kwnames) {
  if (py_args_check("methodcaller", nargs, kwnames, 1, 1) < 0) return NULL;
  getter_object *g = (getter_object *)self;
  py_object *m = py_getattr(args[0], PY_TUPLE_ITEMS(g->items)[0]);
  if (!m) return NULL;
  size_t nkw = g->kwnames ? (size_t)PY_TUPLE_SIZE(g->kwnames) : 0;
  size_t npos = (size_t)PY_TUPLE_SIZE(g->items) - 1 - nkw;
  py_object *r = py_call(m, PY_TUPLE_ITEMS(g->items) + 1, npos, g->kwnames);
  py_decref(m);
  return r;
}

/* "operator.methodcaller('f', 1, k=2)": the name, the positional arguments, then
 * the keyword arguments as name=value, as CPython shows them. */
static py_object *methodcaller_repr(py_object *self) {
  getter_object *g = (getter_object *)self;
  py_ssize n = PY_TUPLE_SIZE(g->items);
  py_ssize first_kw = n - (g->kwnames ? PY_TUPLE_SIZE(g->kwnames) : 0);
  py_object *r = py_str_format("%s(%R", PY_TYPE(self)->name, PY_TUPLE_ITEMS(g->items)[0]);
  for (py_ssize i = 1; r && i < n; i++) {
    int kw = i >= first_kw;
    py_object *next = py_str_format(
        "%U, %s%s%R", r, kw ? PY_STR_DATA(PY_TUPLE_ITEMS(g->kwnames)[i - first_kw]) : "",
        kw ? "=" : "", PY_TUPLE_ITEMS(g->items)[i]);
    py_decref(r);
    r = next;
  }
  if (!r) return NULL;
  py_object *done = py_str_format("%U)", r);
  py_decref(r);
  return done;
}

static py_type itemgetter_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "operator.itemgetter",
    .basicsize = sizeof(getter_object),
    .new = itemgetter_new,
    .dealloc = getter_dealloc,
    .repr = getter_repr,
    .call = itemgetter_call,
};

static py_type attrgetter_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "operator.attrgetter",
    .basicsize = sizeof(getter_object),
    .new = attrgetter_new,
    .dealloc = getter_dealloc,
    .repr = getter_repr,
    .call = attrgetter_call,
};

static py_type methodcaller_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "operator.methodcaller",
    .basicsize = sizeof(getter_object),
    .new = methodcaller_new,
    .dealloc = getter_dealloc,
    .repr = methodcaller_repr,
    .call = methodcaller_call,
};

/* ---- the module ---------------------------------------------------------------- */

#define FN(name) {#name, op_##name, 0, NULL}
#define FN2(name) FN(name), {"__" #name "__", op_##name, 0, NULL}
static const py_method_def operator_functions[] = {
    FN2(add), FN2(sub), FN2(mul), FN2(matmul), FN2(truediv), FN2(floordiv), FN2(mod),
    FN2(pow), FN2(lshift), FN2(rshift), FN(and_), FN(or_), FN(xor),
    FN2(iadd), FN2(isub), FN2(imul), FN2(imatmul), FN2(itruediv), FN2(ifloordiv),
    FN2(imod), FN2(ipow), FN2(ilshift), FN2(irshift), FN(iand_), FN(ior_), FN2(ixor),
    FN2(lt), FN2(le), FN2(eq), FN2(ne), FN2(gt), FN2(ge),
    FN2(neg), FN2(pos), FN2(abs), FN2(invert), FN2(inv), FN2(index),
    FN(not_), FN(truth), FN(is_), FN(is_not), FN2(contains), FN(countOf),
    FN2(getitem), FN2(setitem), FN2(delitem), FN2(concat), FN(length_hint),
    {"__and__", op_and_, 0, NULL}, {"__or__", op_or_, 0, NULL},
    {"__not__", op_not_, 0, NULL},
    {0},
};
#undef FN
#undef FN2

py_object *py_mod_operator_init(void) {
  py_object *m = py_module_new("operator");
  if (!m) return NULL;
  if (py_module_add_functions(m, operator_functions) < 0 ||
      py_module_add(m, "itemgetter", (py_object *)&itemgetter_type) < 0 ||
      py_module_add(m, "attrgetter", (py_object *)&attrgetter_type) < 0 ||
      py_module_add(m, "methodcaller", (py_object *)&methodcaller_type) < 0) {
    py_decref(m);
    return NULL;
  }
  return m;
}
