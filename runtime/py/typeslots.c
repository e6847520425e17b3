/* runtime/py/typeslots.c — the bridge between C slots and Python dunder methods.
 *
 * Two directions, as in CPython's typeobject.c:
 *  - A static type's slots appear in its dict as "slot wrapper" descriptors
 *    (int.__add__, object.__repr__), so Python code and super() can call them.
 *  - A class defined in Python gets, for each slot, either the C function of the
 *    builtin it inherits the method from (found as such a wrapper along the mro), or a
 *    dispatcher that looks the dunder up on type(self) and calls it.
 * One table (slotdefs) drives both. */
#include "py/code.h" /* py_function_type */
#include "py/objimpl.h"
#include "py/containers.h" /* py_dict_values_type */
#include "py/interp.h" /* py_print_unraisable */

#include <stdlib.h>
#include <string.h>

enum wrapper_kind {
  W_UNARY, W_BINARY, W_BINARY_R, W_POW, W_RPOW, W_RICHCMP, W_HASH, W_LEN, W_BOOL,
  W_SETITEM, W_DELITEM, W_CONTAINS, W_SETATTR, W_DELATTR, W_CALL, W_NEXT, W_DESCR_GET,
  W_DESCR_SET, W_DESCR_DELETE, W_INIT, W_GETATTR,
};

typedef struct slotdef {
  const char *name;
  size_t offset;      /* of the slot in py_type */
  enum wrapper_kind kind;
  int op;             /* comparison operator for W_RICHCMP */
  void *dispatcher;   /* what a Python-level override installs */
} slotdef;

/* A slot wrapper descriptor: an unbound C slot of a static type. */
typedef struct {
  PY_HEAD;
  py_type *owner;
  const slotdef *sd;
  void *fn;
  py_object *name;
} wrapper_descr;

/* A slot wrapper bound to an instance ("method-wrapper"). */
typedef struct {
  PY_HEAD;
  wrapper_descr *descr;
  py_object *self;
} method_wrapper;

/* ===================================================================================
 * Calling dunders
 * =================================================================================== */

py_object *py__call_special(py_object *self, py_object *name, py_object *const *args,
                            size_t nargs, int *found) {
  py_object *f = py_type_lookup(PY_TYPE(self), name);
  if (!f) {
    *found = 0;
    return NULL;
  }
  *found = 1;
  if (PY_HAS_FLAG(PY_TYPE(f), PY_TPFLAGS_METHOD_DESCRIPTOR))
    return py__call_prepend(f, self, args, nargs, NULL);
  py_object *bound = py__descr_bind(f, self, PY_TYPE(self));
  if (!bound) return NULL;
  py_object *r = py_call(bound, args, nargs, NULL);
  py_decref(bound);
  return r;
}

static py_object *call_kw(py_object *self, py_object *name, py_object *const *args,
                          size_t nargs, py_object *kwnames, int *found) {
  py_object *f = py_type_lookup(PY_TYPE(self), name);
  if (!f) {
    *found = 0;
    return NULL;
  }
  *found = 1;
  if (PY_HAS_FLAG(PY_TYPE(f), PY_TPFLAGS_METHOD_DESCRIPTOR))
    return py__call_prepend(f, self, args, nargs, kwnames);
  py_object *bound = py__descr_bind(f, self, PY_TYPE(self));
  if (!bound) return NULL;
  py_object *r = py_call(bound, args, nargs, kwnames);
  py_decref(bound);
  return r;
}

static py_object *call_or_notimpl(py_object *self, py_object *name, py_object *arg) {
  int found;
  py_object *r = py__call_special(self, name, &arg, 1, &found);
  return found ? r : py_newref(PY_NOTIMPLEMENTED);
}

static py_object *call_unary(py_object *self, py_object *name) {
  int found;
  py_object *r = py__call_special(self, name, NULL, 0, &found);
  if (!found)
    return py_raise(&py_exc_AttributeError, "'%s' object has no attribute '%U'",
                    PY_TYPE(self)->name, name);
  return r;
}

/* ===================================================================================
 * Dispatchers installed in classes defined in Python
 * =================================================================================== */

static py_object *slot_repr(py_object *self) { return call_unary(self, PY_ID(__repr__)); }
static py_object *slot_str(py_object *self) { return call_unary(self, PY_ID(__str__)); }
static py_object *slot_neg(py_object *self) { return call_unary(self, PY_ID(__neg__)); }
static py_object *slot_pos(py_object *self) { return call_unary(self, PY_ID(__pos__)); }
static py_object *slot_abs(py_object *self) { return call_unary(self, PY_ID(__abs__)); }
static py_object *slot_invert(py_object *self) { return call_unary(self, PY_ID(__invert__)); }
static py_object *slot_int(py_object *self) { return call_unary(self, PY_ID(__int__)); }
static py_object *slot_float(py_object *self) { return call_unary(self, PY_ID(__float__)); }
static py_object *slot_index(py_object *self) { return call_unary(self, PY_ID(__index__)); }
static py_object *slot_await(py_object *self) { return call_unary(self, PY_ID(__await__)); }
static py_object *slot_aiter(py_object *self) { return call_unary(self, PY_ID(__aiter__)); }
static py_object *slot_anext(py_object *self) { return call_unary(self, PY_ID(__anext__)); }

static py_object *slot_iter(py_object *self) {
  py_object *f = py_type_lookup(PY_TYPE(self), PY_ID(__iter__));
  if (f == PY_NONE)
    return py_raise(&py_exc_TypeError, "'%s' object is not iterable", PY_TYPE(self)->name);
  return call_unary(self, PY_ID(__iter__));
}

static py_object *slot_next(py_object *self) {
  py_object *r = call_unary(self, PY_ID(__next__));
  if (!r && py_err_matches(&py_exc_StopIteration)) py_err_clear();
  return r;
}

static py_hash slot_hash(py_object *self) {
  py_object *f = py_type_lookup(PY_TYPE(self), PY_ID(__hash__));
  if (!f || f == PY_NONE) {
    py_raise(&py_exc_TypeError, "unhashable type: '%s'", PY_TYPE(self)->name);
    return -1;
  }
  py_object *r = call_unary(self, PY_ID(__hash__));
  if (!r) return -1;
  if (!PY_INT_CHECK(r)) {
    py_decref(r);
    py_raise(&py_exc_TypeError, "__hash__ method should return an integer");
    return -1;
  }
  py_hash h;
  int64_t v;
  if (py_int_as_i64(r, &v) == 0) {
    h = v;
  } else {
    py_err_clear();
    /* Too big for a machine word: reduce as int's own hash does. */
    h = py_hash_of(r);
  }
  py_decref(r);
  if (h == -1 && !py_err_occurred()) h = -2;
  return h;
}

static py_ssize len_result(py_object *r) {
  if (!r) return -1;
  if (!PY_INT_CHECK(r)) {
    py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
             PY_TYPE(r)->name);
    py_decref(r);
    return -1;
  }
  int64_t v;
  int bad = py_int_as_i64(r, &v);
  int negative = bad ? py_richcompare_bool(r, PY_FALSE, PY_LT) : v < 0;
  py_decref(r);
  if (negative > 0) {
    py_err_clear();
    py_raise(&py_exc_ValueError, "__len__() should return >= 0");
    return -1;
  }
  if (bad) {
    py_err_clear();
    py_raise(&py_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  return (py_ssize)v;
}

static py_ssize slot_len(py_object *self) {
  return len_result(call_unary(self, PY_ID(__len__)));
}

static int slot_bool(py_object *self) {
  int found;
  py_object *r = py__call_special(self, PY_ID(__bool__), NULL, 0, &found);
  if (found) {
    if (!r) return -1;
    if (r == PY_TRUE || r == PY_FALSE) {
      int v = r == PY_TRUE;
      py_decref(r);
      return v;
    }
    py_raise(&py_exc_TypeError, "__bool__ should return bool, returned %s", PY_TYPE(r)->name);
    py_decref(r);
    return -1;
  }
  r = py__call_special(self, PY_ID(__len__), NULL, 0, &found);
  if (!found) return 1;
  py_ssize n = len_result(r);
  return n < 0 ? -1 : n > 0;
}

static py_object *cmp_name(int op) {
  switch (op) {
  case PY_LT: return PY_ID(__lt__);
  case PY_LE: return PY_ID(__le__);
  case PY_EQ: return PY_ID(__eq__);
  case PY_NE: return PY_ID(__ne__);
  case PY_GT: return PY_ID(__gt__);
  default: return PY_ID(__ge__);
  }
}

static py_object *slot_richcompare(py_object *a, py_object *b, int op) {
  return call_or_notimpl(a, cmp_name(op), b);
}

static py_object *slot_getitem(py_object *self, py_object *key) {
  int found;
  py_object *r = py__call_special(self, PY_ID(__getitem__), &key, 1, &found);
  if (!found)
    return py_raise(&py_exc_TypeError, "'%s' object is not subscriptable", PY_TYPE(self)->name);
  return r;
}

static int slot_setitem(py_object *self, py_object *key, py_object *value) {
  int found;
  py_object *r;
  if (value) {
    py_object *args[2] = {key, value};
    r = py__call_special(self, PY_ID(__setitem__), args, 2, &found);
    if (!found) {
      py_raise(&py_exc_TypeError, "'%s' object does not support item assignment",
               PY_TYPE(self)->name);
      return -1;
    }
  } else {
    r = py__call_special(self, PY_ID(__delitem__), &key, 1, &found);
    if (!found) {
      py_raise(&py_exc_TypeError, "'%s' object doesn't support item deletion",
               PY_TYPE(self)->name);
      return -1;
    }
  }
  if (!r) return -1;
  py_decref(r);
  return 0;
}

static int slot_contains(py_object *self, py_object *item) {
  int found;
  py_object *r = py__call_special(self, PY_ID(__contains__), &item, 1, &found);
  if (!found) {
    /* Not reachable through the table: fall back as py_contains does. */
    py_raise(&py_exc_TypeError, "argument of type '%s' is not iterable", PY_TYPE(self)->name);
    return -1;
  }
  if (!r) return -1;
  int v = py_truthy(r);
  py_decref(r);
  return v;
}

static py_object *slot_getattr(py_object *self, py_object *name) {
  py_type *t = PY_TYPE(self);
  py_object *ga = py_type_lookup(t, PY_ID(__getattribute__));
  py_object *r;
  if (!ga || (PY_IS_TYPE(ga, &py__wrapper_descr_type) &&
              ((wrapper_descr *)ga)->fn == (void *)py_generic_getattr)) {
    r = py_generic_getattr(self, name);
  } else {
    int found;
    r = py__call_special(self, PY_ID(__getattribute__), &name, 1, &found);
  }
  if (r || !py_err_matches(&py_exc_AttributeError)) return r;
  py_object *g = py_type_lookup(t, PY_ID(__getattr__));
  if (!g) return NULL;
  py_err_clear();
  int found;
  return py__call_special(self, PY_ID(__getattr__), &name, 1, &found);
}

static int slot_setattr(py_object *self, py_object *name, py_object *value) {
  int found;
  py_object *r;
  if (value) {
    py_object *args[2] = {name, value};
    r = py__call_special(self, PY_ID(__setattr__), args, 2, &found);
  } else {
    r = py__call_special(self, PY_ID(__delattr__), &name, 1, &found);
  }
  if (!found) return py_generic_setattr(self, name, value);
  if (!r) return -1;
  py_decref(r);
  return 0;
}

static py_object *slot_call(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  /* A Python __call__ is called on the suspension chain: the eval loop has judged this
   * call as one that may suspend (py__type_calls_python below), so a thread waiting
   * inside it (the functools.partial to_thread runs) suspends its fiber. */
  py_object *f = py_type_lookup(PY_TYPE(self), PY_ID(__call__));
  if (f && PY_TYPE(f) == &py_function_type)
    return py__call_prepend_on_chain(f, self, args, nargs, kwnames);
  int found;
  py_object *r = call_kw(self, PY_ID(__call__), args, nargs, kwnames, &found);
  if (!found)
    return py_raise(&py_exc_TypeError, "'%s' object is not callable", PY_TYPE(self)->name);
  return r;
}

/* True when calling an instance of t runs a Python __call__ through slot_call: the
 * eval loop's out-calls treat such a call as one that may suspend (vm.c), and
 * slot_call and call_kw are on the wasm suspension chain (Makefile). */
bool py__type_calls_python(py_type *t) {
  if (t->call != slot_call) return false;
  py_object *f = py_type_lookup(t, PY_ID(__call__));
  return f && PY_TYPE(f) == &py_function_type;
}

static py_object *slot_descr_get(py_object *self, py_object *obj, py_object *type) {
  py_object *args[2] = {obj ? obj : PY_NONE, type ? type : PY_NONE};
  int found;
  py_object *r = py__call_special(self, PY_ID(__get__), args, 2, &found);
  if (!found) return py_newref(self);
  return r;
}

static int slot_descr_set(py_object *self, py_object *obj, py_object *value) {
  int found;
  py_object *r;
  if (value) {
    py_object *args[2] = {obj, value};
    r = py__call_special(self, PY_ID(__set__), args, 2, &found);
  } else {
    static py_object *delete_name;
    if (!delete_name && !(delete_name = py_str_intern_cstr("__delete__"))) return -1;
    r = py__call_special(self, delete_name, &obj, 1, &found);
  }
  if (!found) {
    py_raise(&py_exc_AttributeError, value ? "__set__" : "__delete__");
    return -1;
  }
  if (!r) return -1;
  py_decref(r);
  return 0;
}

static int slot_init(py_object *self, py_object *const *args, size_t nargs,
                     py_object *kwnames) {
  int found;
  py_object *r = call_kw(self, PY_ID(__init__), args, nargs, kwnames, &found);
  if (!found) return 0;
  if (!r) return -1;
  if (r != PY_NONE) {
    py_raise(&py_exc_TypeError, "__init__() should return None, not '%s'", PY_TYPE(r)->name);
    py_decref(r);
    return -1;
  }
  py_decref(r);
  return 0;
}

static py_object *slot_new(py_type *type, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  py_object *f = py_type_lookup(type, PY_ID(__new__));
  if (!f) return py_raise(&py_exc_TypeError, "cannot create '%s' instances", type->name);
  /* __new__ is a staticmethod: binding yields the plain function. */
  py_object *fn = py__descr_bind(f, NULL, type);
  if (!fn) return NULL;
  py_object *r = py__call_prepend(fn, (py_object *)type, args, nargs, kwnames);
  py_decref(fn);
  return r;
}

/* Binary operators: CPython's SLOT1BINFULL. The same function serves as the left
 * operand's slot (a.__op__(b)) and the right one's (b.__rop__(a)). */
static int overrides(py_type *sub, py_type *base, py_object *name) {
  return py_type_lookup(sub, name) != py_type_lookup(base, name);
}

static py_object *binop_dispatch(py_object *a, py_object *b, int op, py_binaryfunc self_fn,
                                 py_object *name, py_object *rname) {
  py_type *ta = PY_TYPE(a), *tb = PY_TYPE(b);
  int do_other = ta != tb && tb->number[op] == self_fn;
  py_object *r;
  if (ta->number[op] == self_fn) {
    if (do_other && py_type_is_subtype(tb, ta) && overrides(tb, ta, rname)) {
      r = call_or_notimpl(b, rname, a);
      if (r != PY_NOTIMPLEMENTED) return r;
      py_decref(r);
      do_other = 0;
    }
    r = call_or_notimpl(a, name, b);
    if (r != PY_NOTIMPLEMENTED || ta == tb) return r;
    py_decref(r);
  }
  if (do_other) return call_or_notimpl(b, rname, a);
  return py_newref(PY_NOTIMPLEMENTED);
}

#define BINOP_SLOTS(X)                                   \
  X(PY_OP_ADD, add, __add__, __radd__, __iadd__)         \
  X(PY_OP_SUB, sub, __sub__, __rsub__, __isub__)         \
  X(PY_OP_MUL, mul, __mul__, __rmul__, __imul__)         \
  X(PY_OP_MATMUL, matmul, __matmul__, __rmatmul__, __imatmul__) \
  X(PY_OP_TRUEDIV, truediv, __truediv__, __rtruediv__, __itruediv__) \
  X(PY_OP_FLOORDIV, floordiv, __floordiv__, __rfloordiv__, __ifloordiv__) \
  X(PY_OP_MOD, mod, __mod__, __rmod__, __imod__)         \
  X(PY_OP_POW, pow, __pow__, __rpow__, __ipow__)         \
  X(PY_OP_LSHIFT, lshift, __lshift__, __rlshift__, __ilshift__) \
  X(PY_OP_RSHIFT, rshift, __rshift__, __rrshift__, __irshift__) \
  X(PY_OP_AND, and, __and__, __rand__, __iand__)         \
  X(PY_OP_OR, or, __or__, __ror__, __ior__)              \
  X(PY_OP_XOR, xor, __xor__, __rxor__, __ixor__)

#define DEFINE_BINOP(OP, short, name, rname, iname)                            \
  static py_object *slot_##short(py_object *a, py_object *b);                  \
  static py_object *slot_##short(py_object *a, py_object *b) {                 \
    return binop_dispatch(a, b, OP, slot_##short, PY_ID(name), PY_ID(rname));  \
  }                                                                            \
  static py_object *slot_i##short(py_object *a, py_object *b) {                \
    return call_or_notimpl(a, PY_ID(iname), b);                                \
  }
BINOP_SLOTS(DEFINE_BINOP)
#undef DEFINE_BINOP

static py_object *slot_divmod(py_object *a, py_object *b) {
  return binop_dispatch(a, b, PY_OP_DIVMOD, slot_divmod, PY_ID(__divmod__), PY_ID(__rdivmod__));
}

static py_object *slot_pow3(py_object *a, py_object *b, py_object *c) {
  if (PY_TYPE(a)->number[PY_OP_POW] == slot_pow) {
    py_object *args[2] = {b, c};
    int found;
    py_object *r = py__call_special(a, PY_ID(__pow__), args, 2, &found);
    if (found) return r;
  }
  return py_newref(PY_NOTIMPLEMENTED);
}

/* ===================================================================================
 * The table
 * =================================================================================== */

#define OFF(field) offsetof(py_type, field)
#define NUM(op) (offsetof(py_type, number) + (op) * sizeof(py_binaryfunc))
#define INPL(op) (offsetof(py_type, inplace) + (op) * sizeof(py_binaryfunc))

static const slotdef slotdefs[] = {
    {"__repr__", OFF(repr), W_UNARY, 0, slot_repr},
    {"__str__", OFF(str), W_UNARY, 0, slot_str},
    {"__hash__", OFF(hash), W_HASH, 0, slot_hash},
    {"__lt__", OFF(richcompare), W_RICHCMP, PY_LT, slot_richcompare},
    {"__le__", OFF(richcompare), W_RICHCMP, PY_LE, slot_richcompare},
    {"__eq__", OFF(richcompare), W_RICHCMP, PY_EQ, slot_richcompare},
    {"__ne__", OFF(richcompare), W_RICHCMP, PY_NE, slot_richcompare},
    {"__gt__", OFF(richcompare), W_RICHCMP, PY_GT, slot_richcompare},
    {"__ge__", OFF(richcompare), W_RICHCMP, PY_GE, slot_richcompare},
    {"__getattribute__", OFF(getattr), W_GETATTR, 0, slot_getattr},
    {"__getattr__", OFF(getattr), W_GETATTR, 0, slot_getattr},
    {"__setattr__", OFF(setattr), W_SETATTR, 0, slot_setattr},
    {"__delattr__", OFF(setattr), W_DELATTR, 0, slot_setattr},
    {"__call__", OFF(call), W_CALL, 0, slot_call},
    {"__iter__", OFF(iter), W_UNARY, 0, slot_iter},
    {"__next__", OFF(iternext), W_NEXT, 0, slot_next},
    {"__get__", OFF(descr_get), W_DESCR_GET, 0, slot_descr_get},
    {"__set__", OFF(descr_set), W_DESCR_SET, 0, slot_descr_set},
    {"__delete__", OFF(descr_set), W_DESCR_DELETE, 0, slot_descr_set},
    {"__init__", OFF(init), W_INIT, 0, slot_init},
#define NUMDEF(OP, short, name, rname, iname)                 \
    {#name, NUM(OP), W_BINARY, 0, slot_##short},               \
    {#rname, NUM(OP), W_BINARY_R, 0, slot_##short},
    BINOP_SLOTS(NUMDEF)
#undef NUMDEF
    {"__divmod__", NUM(PY_OP_DIVMOD), W_BINARY, 0, slot_divmod},
    {"__rdivmod__", NUM(PY_OP_DIVMOD), W_BINARY_R, 0, slot_divmod},
#define INPLDEF(OP, short, name, rname, iname) {#iname, INPL(OP), W_BINARY, 0, slot_i##short},
    BINOP_SLOTS(INPLDEF)
#undef INPLDEF
    {"__neg__", OFF(neg), W_UNARY, 0, slot_neg},
    {"__pos__", OFF(pos), W_UNARY, 0, slot_pos},
    {"__abs__", OFF(abs), W_UNARY, 0, slot_abs},
    {"__invert__", OFF(invert), W_UNARY, 0, slot_invert},
    {"__bool__", OFF(truth), W_BOOL, 0, slot_bool},
    {"__int__", OFF(to_int), W_UNARY, 0, slot_int},
    {"__float__", OFF(to_float), W_UNARY, 0, slot_float},
    {"__index__", OFF(index), W_UNARY, 0, slot_index},
    {"__len__", OFF(len), W_LEN, 0, slot_len},
    {"__getitem__", OFF(getitem), W_BINARY, 0, slot_getitem},
    {"__setitem__", OFF(setitem), W_SETITEM, 0, slot_setitem},
    {"__delitem__", OFF(setitem), W_DELITEM, 0, slot_setitem},
    {"__contains__", OFF(contains), W_CONTAINS, 0, slot_contains},
    {"__await__", OFF(await), W_UNARY, 0, slot_await},
    {"__aiter__", OFF(aiter), W_UNARY, 0, slot_aiter},
    {"__anext__", OFF(anext), W_UNARY, 0, slot_anext},
};
#define NSLOTDEFS (sizeof slotdefs / sizeof slotdefs[0])

static py_object *slot_names[NSLOTDEFS];

static int ensure_names(void) {
  if (slot_names[0]) return 0;
  for (size_t i = 0; i < NSLOTDEFS; i++) {
    slot_names[i] = py_str_intern_cstr(slotdefs[i].name);
    if (!slot_names[i]) return -1;
  }
  return 0;
}

static inline void **slot_ptr(py_type *t, size_t offset) {
  return (void **)((char *)t + offset);
}

/* ===================================================================================
 * Slot wrappers (static types)
 * =================================================================================== */

static py_object *new_wrapper(py_type *owner, const slotdef *sd, void *fn, py_object *name) {
  wrapper_descr *w = (wrapper_descr *)py_type_alloc(&py__wrapper_descr_type, 0);
  if (!w) return NULL;
  w->owner = owner;
  w->sd = sd;
  w->fn = fn;
  w->name = py_newref(name);
  return (py_object *)w;
}

_Static_assert(NSLOTDEFS + 1 <= PY__OWN_SLOT_BITS, "py__own_slots has too few bits");

static int own_bit(const py__own_slots *own, size_t i) {
  return (int)((own->bits[i / 64] >> (i % 64)) & 1u);
}

void py__type_own_slots(py_type *t, py__own_slots *own) {
  memset(own, 0, sizeof *own);
  for (size_t i = 0; i < NSLOTDEFS; i++)
    if (*slot_ptr(t, slotdefs[i].offset)) own->bits[i / 64] |= (uint64_t)1 << (i % 64);
  if (t->new) own->bits[NSLOTDEFS / 64] |= (uint64_t)1 << (NSLOTDEFS % 64);
}

/* Whether t's slot serves a name CPython's type does not have, so no wrapper is made:
 * a sequence's + is CPython's sq_concat, which gives __add__ but no __radd__; str is
 * true by its length, and a dict_values view tests `in` by iterating. We fill those
 * slots for speed only; dir() and hasattr() must not see them. */
static bool hidden_wrapper(const py_type *t, const char *name) {
  if (!strcmp(name, "__radd__"))
    return t == &py_list_type || t == &py_tuple_type || t == &py_str_type ||
           t == &py_bytes_type || t == &py_bytearray_type;
  if (!strcmp(name, "__bool__")) return t == &py_str_type;
  if (!strcmp(name, "__contains__")) return t == &py_dict_values_type;
  return false;
}

/* The slot a wrapper calls is read from t now, after inheritance: a slot the type
 * defined itself was never overwritten by it (inherit_slots fills empty slots only). */
int py__type_add_slot_wrappers(py_type *t, const py__own_slots *own) {
  if (ensure_names() < 0) return -1;
  size_t richcmp = 0; /* the first richcompare entry: whether the type compares */
  while (slotdefs[richcmp].offset != OFF(richcompare)) richcmp++;
  for (size_t i = 0; i < NSLOTDEFS; i++) {
    const slotdef *sd = &slotdefs[i];
    py_object *name = slot_names[i];
    if (py_dict_get(t->dict, name)) continue;
    if (!own_bit(own, i)) {
      /* A type that compares but does not hash says so (list.__hash__ is None). */
      if (sd->offset == OFF(hash) && own_bit(own, richcmp) &&
          py_dict_set(t->dict, name, PY_NONE) < 0)
        return -1;
      continue;
    }
    /* __getattr__ has no builtin implementation; __getattribute__ is the slot. */
    if (!strcmp(sd->name, "__getattr__") || hidden_wrapper(t, sd->name)) continue;
    py_object *w = new_wrapper(t, sd, *slot_ptr(t, sd->offset), name);
    if (!w) return -1;
    int r = py_dict_set(t->dict, name, w);
    py_decref(w);
    if (r < 0) return -1;
  }
  if (own_bit(own, NSLOTDEFS) && !py_dict_get(t->dict, PY_ID(__new__))) {
    py_object *f = py_cfunction_new(&py__tp_new_def, (py_object *)t);
    int r = f ? py_dict_set(t->dict, PY_ID(__new__), f) : -1;
    py_xdecref(f);
    if (r < 0) return -1;
  }
  return 0;
}

/* ===================================================================================
 * Fixing up the slots of heap types
 * =================================================================================== */

static void subtype_dealloc(py_object *self);

/* Recomputes the slot at sds[0].offset, served by the n consecutive slotdefs. */
static void update_group(py_type *t, size_t first, size_t n) {
  size_t offset = slotdefs[first].offset;
  void *chosen = NULL;
  int generic = 0, any = 0, hash_none = 0;
  for (size_t i = first; i < first + n; i++) {
    py_object *d = py_type_lookup(t, slot_names[i]);
    if (!d) continue;
    any = 1;
    if (PY_IS_TYPE(d, &py__wrapper_descr_type) && ((wrapper_descr *)d)->sd->offset == offset) {
      void *fn = ((wrapper_descr *)d)->fn;
      if (!chosen) chosen = fn;
      else if (chosen != fn) generic = 1;
    } else if (d == PY_NONE && offset == OFF(hash)) {
      hash_none = 1;
    } else {
      generic = 1;
    }
  }
  void **p = slot_ptr(t, offset);
  if (generic) *p = slotdefs[first].dispatcher;
  else if (hash_none) *p = NULL;
  else if (any) *p = chosen;
  /* else: keep what inheritance gave */
}

static void fixup_new(py_type *t) {
  py_object *d = py_type_lookup(t, PY_ID(__new__));
  if (!d) return;
  if (PY_IS_TYPE(d, &py_cfunction_type) && ((py__cfunction_object *)d)->def == &py__tp_new_def)
    t->new = ((py_type *)((py__cfunction_object *)d)->self)->new;
  else
    t->new = slot_new;
}

int py__type_fixup_slots(py_type *t) {
  if (ensure_names() < 0) return -1;
  for (size_t i = 0; i < NSLOTDEFS;) {
    size_t j = i + 1;
    while (j < NSLOTDEFS && slotdefs[j].offset == slotdefs[i].offset) j++;
    update_group(t, i, j - i);
    i = j;
  }
  fixup_new(t);
  /* pow(a, b, mod) follows the binary __pow__. */
  if (t->number[PY_OP_POW] == slot_pow) t->pow3 = slot_pow3;
  t->dealloc = subtype_dealloc;
  py__type_modified(t);
  return 0;
}

int py__type_update_slot(py_type *t, py_object *name) {
  if (ensure_names() < 0) return -1;
  if (py_str_equal(name, PY_ID(__new__))) {
    fixup_new(t);
    return 0;
  }
  for (size_t i = 0; i < NSLOTDEFS; i++) {
    if (!py_str_equal(slot_names[i], name)) continue;
    size_t first = i;
    while (first > 0 && slotdefs[first - 1].offset == slotdefs[i].offset) first--;
    size_t last = i + 1;
    while (last < NSLOTDEFS && slotdefs[last].offset == slotdefs[i].offset) last++;
    update_group(t, first, last - first);
  }
  if (t->number[PY_OP_POW] == slot_pow) t->pow3 = slot_pow3;
  return 0;
}

/* An exception escaping __del__ cannot propagate: print it as CPython's default
 * unraisable hook does ("Exception ignored in: <function A.__del__ at 0x...>" and the
 * traceback) and go on. */
static void report_unraisable(py_object *where) {
  py_object *exc = py_err_fetch();
  if (!exc) return;
  /* After a step or time limit stopped the run, a finalizer fails at its first loop or
   * call: that is the stop, already reported as "stopped: ..." (interp.c). */
  if (py_stop_reason()) {
    py_decref(exc);
    return;
  }
  py_print_unraisable(where, exc);
  py_decref(exc);
}

/* Objects whose __del__ ran and made them alive again. CPython finalises an object
 * once (PEP 442): when one of these dies again, its __del__ is not called (else an
 * object that a __del__ keeps in a cycle, say through the traceback of the exception it
 * raised, would run it again each time the cycle is released). Resurrection is rare, so
 * a short array searched from the end. */
static py_object **resurrected;
static size_t nresurrected, capresurrected;

static bool was_resurrected(py_object *o) {
  for (size_t i = nresurrected; i-- > 0;)
    if (resurrected[i] == o) {
      resurrected[i] = resurrected[--nresurrected];
      return true;
    }
  return false;
}

/* Remembers o; on failure to grow the array its __del__ may run again. */
static void remember_resurrected(py_object *o) {
  if (nresurrected == capresurrected) {
    size_t cap = capresurrected ? capresurrected * 2 : 8;
    py_object **grown = realloc(resurrected, cap * sizeof *grown);
    if (!grown) return;
    resurrected = grown;
    capresurrected = cap;
  }
  resurrected[nresurrected++] = o;
}

void py__resurrected_forget_all(void) {
  free(resurrected);
  resurrected = NULL;
  nresurrected = capresurrected = 0;
}

/* Instances of classes defined in Python: run __del__ (once), drop the __dict__ this
 * class added, then let the nearest builtin base release its own state and the memory. */
static void subtype_dealloc(py_object *self) {
  py_type *t = PY_TYPE(self);
  py_object *del = py_type_lookup(t, PY_ID(__del__));
  if (del && !(nresurrected && was_resurrected(self))) {
    self->refcnt = 1; /* alive again while __del__ runs */
    py_object *saved = py_err_fetch();
    int found;
    py_object *r = py__call_special(self, PY_ID(__del__), NULL, 0, &found);
    if (r) py_decref(r);
    else report_unraisable(del);
    py_err_restore(saved);
    if (--self->refcnt != 0) { /* resurrected */
      remember_resurrected(self);
      return;
    }
  }
  py_type *b = t;
  for (; b && PY_HAS_FLAG(b, PY_TPFLAGS_HEAPTYPE); b = b->base)
    if (PY_HAS_FLAG(b, PY__TPFLAGS_HAS_SLOTS)) py__clear_slot_members(b, self);
  if (b && b->dictoffset == 0) {
    py_object **dp = py__dictptr(self);
    if (dp) PY_CLEAR(*dp);
  }
  if (b && b->dealloc) b->dealloc(self);
  else py_type_free(self);
}

/* ===================================================================================
 * Calling slot wrappers
 * =================================================================================== */

static int want_args(const char *name, size_t nargs, py_object *kwnames, size_t min,
                     size_t max) {
  if (kwnames && PY_TUPLE_SIZE(kwnames)) {
    py_raise(&py_exc_TypeError, "wrapper %s() takes no keyword arguments", name);
    return -1;
  }
  if (nargs < min || nargs > max) {
    if (min == max)
      py_raise(&py_exc_TypeError, "expected %zd argument%s, got %zd", (py_ssize)min,
               min == 1 ? "" : "s", (py_ssize)nargs);
    else
      py_raise(&py_exc_TypeError, "expected at %s %zd argument%s, got %zd",
               nargs < min ? "least" : "most", (py_ssize)(nargs < min ? min : max),
               (nargs < min ? min : max) == 1 ? "" : "s", (py_ssize)nargs);
    return -1;
  }
  return 0;
}

static py_object *none_or_null(int r) { return r < 0 ? NULL : py_newref(PY_NONE); }

static py_object *wrapper_invoke(wrapper_descr *w, py_object *self, py_object *const *args,
                                 size_t nargs, py_object *kwnames) {
  const char *nm = w->sd->name;
  void *fn = w->fn;
  switch (w->sd->kind) {
  case W_UNARY:
    if (want_args(nm, nargs, kwnames, 0, 0) < 0) return NULL;
    return ((py_unaryfunc)fn)(self);
  case W_NEXT: {
    if (want_args(nm, nargs, kwnames, 0, 0) < 0) return NULL;
    py_object *r = ((py_unaryfunc)fn)(self);
    if (!r && !py_err_occurred()) py_err_restore(py_call0((py_object *)&py_exc_StopIteration));
    return r;
  }
  case W_BINARY:
  case W_GETATTR:
    if (want_args(nm, nargs, kwnames, 1, 1) < 0) return NULL;
    return ((py_binaryfunc)fn)(self, args[0]);
  case W_BINARY_R:
    if (want_args(nm, nargs, kwnames, 1, 1) < 0) return NULL;
    return ((py_binaryfunc)fn)(args[0], self);
  case W_POW:
    if (want_args(nm, nargs, kwnames, 1, 2) < 0) return NULL;
    if (nargs == 2 && args[1] != PY_NONE) {
      if (!w->owner->pow3) return py_newref(PY_NOTIMPLEMENTED);
      return w->owner->pow3(self, args[0], args[1]);
    }
    return ((py_binaryfunc)fn)(self, args[0]);
  case W_RPOW:
    if (want_args(nm, nargs, kwnames, 1, 2) < 0) return NULL;
    return ((py_binaryfunc)fn)(args[0], self);
  case W_RICHCMP:
    if (want_args(nm, nargs, kwnames, 1, 1) < 0) return NULL;
    return ((py_richcmpfunc)fn)(self, args[0], w->sd->op);
  case W_HASH: {
    if (want_args(nm, nargs, kwnames, 0, 0) < 0) return NULL;
    py_hash h = ((py_hashfunc)fn)(self);
    if (h == -1 && py_err_occurred()) return NULL;
    return py_int_from_i64(h);
  }
  case W_LEN: {
    if (want_args(nm, nargs, kwnames, 0, 0) < 0) return NULL;
    py_ssize n = ((py_lenfunc)fn)(self);
    if (n < 0 && py_err_occurred()) return NULL;
    return py_int_from_i64(n);
  }
  case W_BOOL: {
    if (want_args(nm, nargs, kwnames, 0, 0) < 0) return NULL;
    int v = ((py_inquiry)fn)(self);
    return v < 0 ? NULL : py_bool(v);
  }
  case W_SETITEM:
    if (want_args(nm, nargs, kwnames, 2, 2) < 0) return NULL;
    return none_or_null(((py_objobjargproc)fn)(self, args[0], args[1]));
  case W_DELITEM:
    if (want_args(nm, nargs, kwnames, 1, 1) < 0) return NULL;
    return none_or_null(((py_objobjargproc)fn)(self, args[0], NULL));
  case W_CONTAINS: {
    if (want_args(nm, nargs, kwnames, 1, 1) < 0) return NULL;
    int v = ((py_objobjproc)fn)(self, args[0]);
    return v < 0 ? NULL : py_bool(v);
  }
  case W_SETATTR:
  case W_DELATTR: {
    int set = w->sd->kind == W_SETATTR;
    if (want_args(nm, nargs, kwnames, set ? 2 : 1, set ? 2 : 1) < 0) return NULL;
    if (!PY_STR_CHECK(args[0]))
      return py_raise(&py_exc_TypeError, "attribute name must be string, not '%T'", args[0]);
    /* object.__setattr__(SomeClass, ...) would bypass type's own setattr (slot
     * updates, immutable builtins): refuse it as CPython's hackcheck does. */
    if (PY_TYPE_CHECK(self) && fn != (void *)PY_TYPE(self)->setattr &&
        fn == (void *)py_generic_setattr)
      return py_raise(&py_exc_TypeError, "can't apply this %s to type object", nm);
    return none_or_null(((py_setattrfunc)fn)(self, args[0], set ? args[1] : NULL));
  }
  case W_CALL:
    return ((py_vectorcallfunc)fn)(self, args, nargs, kwnames);
  case W_DESCR_GET: {
    if (want_args(nm, nargs, kwnames, 1, 2) < 0) return NULL;
    py_object *obj = args[0] == PY_NONE ? NULL : args[0];
    py_object *type = nargs > 1 && args[1] != PY_NONE ? args[1] : NULL;
    if (!obj && !type)
      return py_raise(&py_exc_TypeError, "__get__(None, None) is invalid");
    return ((py_descrgetfunc)fn)(self, obj, type);
  }
  case W_DESCR_SET:
    if (want_args(nm, nargs, kwnames, 2, 2) < 0) return NULL;
    return none_or_null(((py_descrsetfunc)fn)(self, args[0], args[1]));
  case W_DESCR_DELETE:
    if (want_args(nm, nargs, kwnames, 1, 1) < 0) return NULL;
    return none_or_null(((py_descrsetfunc)fn)(self, args[0], NULL));
  case W_INIT:
    return none_or_null(((py_initproc)fn)(self, args, nargs, kwnames));
  }
  return py_raise(&py_exc_SystemError, "bad slot wrapper kind");
}

static int check_self(wrapper_descr *w, py_object *self) {
  if (PY_TYPE(self) == w->owner || py_type_is_subtype(PY_TYPE(self), w->owner)) return 0;
  py_raise(&py_exc_TypeError, "descriptor '%U' requires a '%s' object but received a '%s'",
           w->name, w->owner->name, PY_TYPE(self)->name);
  return -1;
}

static py_object *wrapper_descr_call(py_object *callable, py_object *const *args,
                                     size_t nargs, py_object *kwnames) {
  wrapper_descr *w = (wrapper_descr *)callable;
  if (nargs < 1)
    return py_raise(&py_exc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                    w->name, w->owner->name);
  if (check_self(w, args[0]) < 0) return NULL;
  return wrapper_invoke(w, args[0], args + 1, nargs - 1, kwnames);
}

static py_object *wrapper_descr_get(py_object *descr, py_object *obj, py_object *type) {
  (void)type;
  wrapper_descr *w = (wrapper_descr *)descr;
  if (!obj) return py_newref(descr);
  if (check_self(w, obj) < 0) return NULL;
  method_wrapper *m = (method_wrapper *)py_type_alloc(&py__method_wrapper_type, 0);
  if (!m) return NULL;
  m->descr = (wrapper_descr *)py_newref(descr);
  m->self = py_newref(obj);
  return (py_object *)m;
}

static py_object *wrapper_descr_repr(py_object *self) {
  wrapper_descr *w = (wrapper_descr *)self;
  return py_str_format("<slot wrapper '%U' of '%s' objects>", w->name, w->owner->name);
}

static void wrapper_descr_dealloc(py_object *self) {
  wrapper_descr *w = (wrapper_descr *)self;
  py_xdecref(w->name);
  py_type_free(self);
}

static py_object *wrapper_get_name(py_object *self) {
  return py_newref(((wrapper_descr *)self)->name);
}
static py_object *wrapper_get_qualname(py_object *self) {
  wrapper_descr *w = (wrapper_descr *)self;
  return py_str_format("%s.%U", w->owner->name, w->name);
}
static py_object *wrapper_get_objclass(py_object *self) {
  return py_newref((py_object *)((wrapper_descr *)self)->owner);
}

static const py_getset_def wrapper_descr_getset[] = {
    {"__name__", wrapper_get_name, NULL},
    {"__qualname__", wrapper_get_qualname, NULL},
    {"__objclass__", wrapper_get_objclass, NULL},
    {0},
};

py_type py__wrapper_descr_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "wrapper_descriptor",
    .basicsize = sizeof(wrapper_descr),
    .flags = PY_TPFLAGS_METHOD_DESCRIPTOR,
    .getset = wrapper_descr_getset,
    .dealloc = wrapper_descr_dealloc,
    .repr = wrapper_descr_repr,
    .call = wrapper_descr_call,
    .descr_get = wrapper_descr_get,
};

static py_object *method_wrapper_call(py_object *callable, py_object *const *args,
                                      size_t nargs, py_object *kwnames) {
  method_wrapper *m = (method_wrapper *)callable;
  return wrapper_invoke(m->descr, m->self, args, nargs, kwnames);
}

static py_object *method_wrapper_repr(py_object *self) {
  method_wrapper *m = (method_wrapper *)self;
  return py_str_format("<method-wrapper '%U' of %s object at %p>", m->descr->name,
                       PY_TYPE(m->self)->name, (void *)m->self);
}

static void method_wrapper_dealloc(py_object *self) {
  method_wrapper *m = (method_wrapper *)self;
  py_decref((py_object *)m->descr);
  py_decref(m->self);
  py_type_free(self);
}

static py_object *method_wrapper_richcompare(py_object *a, py_object *b, int op) {
  if ((op != PY_EQ && op != PY_NE) || !PY_IS_TYPE(b, &py__method_wrapper_type))
    return py_newref(PY_NOTIMPLEMENTED);
  method_wrapper *x = (method_wrapper *)a, *y = (method_wrapper *)b;
  int eq = x->descr == y->descr && x->self == y->self;
  return py_bool(op == PY_EQ ? eq : !eq);
}

static py_hash method_wrapper_hash(py_object *self) {
  method_wrapper *m = (method_wrapper *)self;
  py_hash h = py_hash_pointer(m->self) ^ py_hash_pointer(m->descr);
  return h == -1 ? -2 : h;
}

static py_object *mw_get_self(py_object *self) {
  return py_newref(((method_wrapper *)self)->self);
}
static py_object *mw_get_name(py_object *self) {
  return py_newref(((method_wrapper *)self)->descr->name);
}
static py_object *mw_get_qualname(py_object *self) {
  return wrapper_get_qualname((py_object *)((method_wrapper *)self)->descr);
}

static const py_getset_def method_wrapper_getset[] = {
    {"__self__", mw_get_self, NULL},
    {"__name__", mw_get_name, NULL},
    {"__qualname__", mw_get_qualname, NULL},
    {0},
};

py_type py__method_wrapper_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "method-wrapper",
    .basicsize = sizeof(method_wrapper),
    .getset = method_wrapper_getset,
    .dealloc = method_wrapper_dealloc,
    .repr = method_wrapper_repr,
    .call = method_wrapper_call,
    .richcompare = method_wrapper_richcompare,
    .hash = method_wrapper_hash,
};
