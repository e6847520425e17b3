/* runtime/py/abstract.c — the object protocol: what the eval loop and the builtins
 * call to operate on any object (repr, hash, attributes, calls, comparisons, the
 * operators, items, iteration, isinstance). Each function finds the slot on the
 * operand's type and, when there is none, raises the TypeError CPython 3.11 raises,
 * word for word. */
#include "py/code.h"
#include "py/objimpl.h"
#include "py/interp.h"

#include <string.h>

/* ===================================================================================
 * repr, str, format, hash, truth
 * =================================================================================== */

/* C recursion guard for repr() and comparisons, which recurse through containers in C
 * (a list nested 100,000 deep overflowed the C stack: tests/robustness/programs/
 * deep_list_repr.py, deep_list_eq.py). CPython's PyObject_Repr and
 * PyObject_RichCompare call Py_EnterRecursiveCall for this; here the depth is counted
 * on its own, bounded by the recursion limit and by a ceiling the C stack can hold
 * whatever sys.setrecursionlimit says (the wasm stack is 1 MiB). */
#ifdef __EMSCRIPTEN__
#define C_RECURSION_CEILING 1000
#else
#define C_RECURSION_CEILING 3000
#endif
static int c_recursion_depth;

static bool enter_c_recursion(const char *where) {
  int limit = py_vm_recursion_limit();
  if (limit > C_RECURSION_CEILING) limit = C_RECURSION_CEILING;
  if (c_recursion_depth >= limit) {
    py_raise(&py_exc_RecursionError, "maximum recursion depth exceeded%s", where);
    return false;
  }
  c_recursion_depth++;
  return true;
}

static py_object *repr_unguarded(py_object *o);

py_object *py_repr(py_object *o) {
  if (!enter_c_recursion(" while getting the repr of an object")) return NULL;
  py_object *r = repr_unguarded(o);
  c_recursion_depth--;
  return r;
}

static py_object *repr_unguarded(py_object *o) {
  py_type *t = PY_TYPE(o);
  py_object *r = t->repr ? t->repr(o) : py__object_repr(o);
  if (r && !PY_STR_CHECK(r)) {
    py_raise(&py_exc_TypeError, "__repr__ returned non-string (type %s)", PY_TYPE(r)->name);
    py_decref(r);
    return NULL;
  }
  return r;
}

py_object *py_str(py_object *o) {
  if (PY_IS_TYPE(o, &py_str_type)) return py_newref(o);
  py_type *t = PY_TYPE(o);
  py_object *r = t->str ? t->str(o) : py_repr(o);
  if (r && !PY_STR_CHECK(r)) {
    py_raise(&py_exc_TypeError, "__str__ returned non-string (type %s)", PY_TYPE(r)->name);
    py_decref(r);
    return NULL;
  }
  return r;
}

py_object *py_format(py_object *o, py_object *spec) {
  if (spec && !PY_STR_CHECK(spec))
    return py_raise(&py_exc_TypeError, "format() argument 2 must be str, not %T", spec);
  int empty = !spec || PY_STR_SIZE(spec) == 0;
  if (empty && (PY_IS_TYPE(o, &py_str_type) || PY_IS_TYPE(o, &py_int_type)))
    return py_str(o);
  py_object *s = spec ? py_newref(spec) : py_str_from_cstr("");
  if (!s) return NULL;
  int found;
  py_object *r = py__call_special(o, PY_ID(__format__), &s, 1, &found);
  py_decref(s);
  if (!found)
    return py_raise(&py_exc_TypeError, "Type %s doesn't define __format__", PY_TYPE(o)->name);
  if (r && !PY_STR_CHECK(r)) {
    py_raise(&py_exc_TypeError, "__format__ must return a str, not %s", PY_TYPE(r)->name);
    py_decref(r);
    return NULL;
  }
  return r;
}

py_hash py_hash_of(py_object *o) {
  py_hashfunc h = PY_TYPE(o)->hash;
  if (!h) {
    py_raise(&py_exc_TypeError, "unhashable type: '%s'", PY_TYPE(o)->name);
    return -1;
  }
  return h(o);
}

int py_truthy(py_object *o) {
  if (o == PY_TRUE) return 1;
  if (o == PY_FALSE || o == PY_NONE) return 0;
  py_type *t = PY_TYPE(o);
  if (t->truth) return t->truth(o);
  if (t->len) {
    py_ssize n = t->len(o);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

/* ===================================================================================
 * Attributes
 * =================================================================================== */

void py__attribute_error_set_context(py_object *obj, py_object *name) {
  py_object *e = py_err_occurred();
  if (!e || !py_type_is_subtype(PY_TYPE(e), &py_exc_AttributeError)) return;
  py__attributeerror_object *a = (py__attributeerror_object *)e;
  if (!a->name) a->name = py_newref(name);
  if (!a->obj) a->obj = py_newref(obj);
}

py_object *py__raise_no_attribute(py_object *obj, py_object *name) {
  py_raise(&py_exc_AttributeError, "'%s' object has no attribute '%U'", PY_TYPE(obj)->name,
           name);
  py__attribute_error_set_context(obj, name);
  return NULL;
}

py_object *py_getattr(py_object *o, py_object *name) {
  py_getattrfunc f = PY_TYPE(o)->getattr;
  if (f) return f(o, name);
  return py__raise_no_attribute(o, name);
}

py_object *py_getattr_str(py_object *o, const char *name) {
  py_object *n = py_str_intern_cstr(name);
  if (!n) return NULL;
  py_object *r = py_getattr(o, n);
  py_decref(n);
  return r;
}

static py_object *generic_getattr(py_object *o, py_object *name, bool quiet);

py_object *py_getattr_opt(py_object *o, py_object *name) {
  /* For the generic lookup a miss returns NULL without making the AttributeError at
   * all: getattr(x, name, default) and hasattr() miss on hot paths (asyncio's Task
   * step asks every value a coroutine yields for _asyncio_future_blocking), and
   * formatting the message dominated such a miss. A descriptor may still raise. */
  py_object *r = PY_TYPE(o)->getattr == py_generic_getattr ? generic_getattr(o, name, true)
                                                           : py__type_getattr_opt(o, name);
  if (!r && py_err_matches(&py_exc_AttributeError)) py_err_clear();
  return r;
}

int py_setattr(py_object *o, py_object *name, py_object *value) {
  py_setattrfunc f = PY_TYPE(o)->setattr;
  if (f) return f(o, name, value);
  py_type *t = PY_TYPE(o);
  if (PY_TYPE(o)->getattr)
    py_raise(&py_exc_TypeError, "'%s' object has only read-only attributes (%s .%U)", t->name,
             value ? "assign to" : "del", name);
  else
    py_raise(&py_exc_TypeError, "'%s' object has no attributes (%s .%U)", t->name,
             value ? "assign to" : "del", name);
  return -1;
}

py_object *py_generic_getattr(py_object *o, py_object *name) {
  return generic_getattr(o, name, false);
}

/* Descriptors with __set__, then the instance dict, then the class. When nothing is
 * found: AttributeError, or with quiet NULL and no error. */
static py_object *generic_getattr(py_object *o, py_object *name, bool quiet) {
  py_type *t = PY_TYPE(o);
  if (!PY_STR_CHECK(name))
    return py_raise(&py_exc_TypeError, "attribute name must be string, not '%T'", name);
  py_object *descr = py_type_lookup(t, name);
  py_descrgetfunc get = NULL;
  if (descr) {
    get = PY_TYPE(descr)->descr_get;
    if (get && PY_TYPE(descr)->descr_set) return get(descr, o, (py_object *)t);
  }
  py_object **dp = py__dictptr(o);
  if (dp && *dp) {
    py_object *v = py_dict_get(*dp, name);
    if (v) return py_newref(v);
    if (py_err_occurred()) return NULL;
  }
  if (get) return get(descr, o, (py_object *)t);
  if (descr) return py_newref(descr);
  return quiet ? NULL : py__raise_no_attribute(o, name);
}

int py_generic_setattr(py_object *o, py_object *name, py_object *value) {
  py_type *t = PY_TYPE(o);
  if (!PY_STR_CHECK(name)) {
    py_raise(&py_exc_TypeError, "attribute name must be string, not '%T'", name);
    return -1;
  }
  py_object *descr = py_type_lookup(t, name);
  if (descr && PY_TYPE(descr)->descr_set) return PY_TYPE(descr)->descr_set(descr, o, value);
  py_object **dp = py__dictptr(o);
  if (!dp) {
    if (descr) {
      py_raise(&py_exc_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
      return -1;
    }
    py__raise_no_attribute(o, name);
    return -1;
  }
  if (value) {
    if (!*dp && !(*dp = py_dict_new())) return -1;
    return py_dict_set(*dp, name, value);
  }
  if (*dp && py_dict_del(*dp, name) == 0) return 0;
  if (*dp && !py_err_matches(&py_exc_KeyError)) return -1;
  py_err_clear();
  py__raise_no_attribute(o, name);
  return -1;
}

/* ===================================================================================
 * Calls
 * =================================================================================== */

py__call_link *py__calls_running;

/* A call through the callable's slot, with a link on the stack (code.h): judged is the
 * callable for py__call_on_chain, NULL (no suspension below) for py_call. */
static inline py_object *call_slot(py_object *callable, py_object *const *args, size_t nargs,
                                   py_object *kwnames, py_object *judged) {
  py_vectorcallfunc f = PY_TYPE(callable)->call;
  if (!f)
    return py_raise(&py_exc_TypeError, "'%s' object is not callable", PY_TYPE(callable)->name);
  if (kwnames && PY_TUPLE_SIZE(kwnames) == 0) kwnames = NULL;
#if PY_CALLS_JUDGED
  py__call_link link = {judged, py__calls_running};
  py__calls_running = &link;
  py_object *r = f(callable, args, nargs, kwnames);
  py__calls_running = link.outer;
#else
  (void)judged;
  py_object *r = f(callable, args, nargs, kwnames);
#endif
  if (!r && !py_err_occurred())
    return py_raise(&py_exc_SystemError, "%R returned NULL without setting an exception",
                    callable);
  return r;
}

/* noinline: a copy inlined into a caller would hide where the refusing link is made
 * (scripts/asyncify_check.py finds the pointer call of py_call by its name). */
__attribute__((noinline)) py_object *py_call(py_object *callable, py_object *const *args,
                                             size_t nargs, py_object *kwnames) {
  return call_slot(callable, args, nargs, kwnames, NULL);
}

py_object *py__call_on_chain(py_object *callable, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  return call_slot(callable, args, nargs, kwnames, callable);
}

py_object *py_call0(py_object *callable) { return py_call(callable, NULL, 0, NULL); }
py_object *py_call1(py_object *callable, py_object *a) {
  return py_call(callable, &a, 1, NULL);
}
py_object *py_call2(py_object *callable, py_object *a, py_object *b) {
  py_object *args[2] = {a, b};
  return py_call(callable, args, 2, NULL);
}

py_object *py_call_method(py_object *o, py_object *name, py_object *const *args,
                          size_t nargs) {
  py_type *t = PY_TYPE(o);
  /* Skip the bound method when the attribute is a plain method on the class. */
  if (t->getattr == py_generic_getattr) {
    py_object *f = py_type_lookup(t, name);
    if (f && PY_HAS_FLAG(PY_TYPE(f), PY_TPFLAGS_METHOD_DESCRIPTOR)) {
      py_object **dp = py__dictptr(o);
      if (!dp || !*dp || !py_dict_get(*dp, name)) return py__call_prepend(f, o, args, nargs, NULL);
    }
  }
  py_object *m = py_getattr(o, name);
  if (!m) return NULL;
  py_object *r = py_call(m, args, nargs, NULL);
  py_decref(m);
  return r;
}

/* ===================================================================================
 * Comparisons
 * =================================================================================== */

static const int swapped_op[] = {PY_GT, PY_GE, PY_EQ, PY_NE, PY_LT, PY_LE};
static const char *const op_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

static py_object *richcompare_unguarded(py_object *v, py_object *w, int op);

py_object *py_richcompare(py_object *v, py_object *w, int op) {
  if (!enter_c_recursion(" in comparison")) return NULL;
  py_object *r = richcompare_unguarded(v, w, op);
  c_recursion_depth--;
  return r;
}

static py_object *richcompare_unguarded(py_object *v, py_object *w, int op) {
  py_type *tv = PY_TYPE(v), *tw = PY_TYPE(w);
  int checked_reverse = 0;
  py_object *r;
  if (tv != tw && tw->richcompare && py_type_is_subtype(tw, tv)) {
    checked_reverse = 1;
    r = tw->richcompare(w, v, swapped_op[op]);
    if (r != PY_NOTIMPLEMENTED) return r;
    py_decref(r);
  }
  if (tv->richcompare) {
    r = tv->richcompare(v, w, op);
    if (r != PY_NOTIMPLEMENTED) return r;
    py_decref(r);
  }
  if (!checked_reverse && tw->richcompare) {
    r = tw->richcompare(w, v, swapped_op[op]);
    if (r != PY_NOTIMPLEMENTED) return r;
    py_decref(r);
  }
  if (op == PY_EQ) return py_bool(v == w);
  if (op == PY_NE) return py_bool(v != w);
  return py_raise(&py_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                  op_symbol[op], tv->name, tw->name);
}

int py_richcompare_bool(py_object *a, py_object *b, int op) {
  if (a == b) {
    if (op == PY_EQ) return 1;
    if (op == PY_NE) return 0;
  }
  py_object *r = py_richcompare(a, b, op);
  if (!r) return -1;
  int v = r == PY_TRUE ? 1 : r == PY_FALSE ? 0 : py_truthy(r);
  py_decref(r);
  return v;
}

/* ===================================================================================
 * Operators
 * =================================================================================== */

static const char *const binop_symbol[PY_BINOP_COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "divmod()"};
static const char *const inplace_symbol[PY_BINOP_COUNT] = {
    "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "divmod()"};

/* CPython's binary_op1: the right operand's slot goes first when its type is a
 * subclass of the left's. Returns NotImplemented (new) when neither side handles it. */
static py_object *binary_op1(py_object *a, py_object *b, int op) {
  py_binaryfunc slotv = PY_TYPE(a)->number[op], slotw = NULL;
  if (PY_TYPE(b) != PY_TYPE(a)) {
    slotw = PY_TYPE(b)->number[op];
    if (slotw == slotv) slotw = NULL;
  }
  py_object *x;
  if (slotv) {
    if (slotw && py_type_is_subtype(PY_TYPE(b), PY_TYPE(a))) {
      x = slotw(a, b);
      if (x != PY_NOTIMPLEMENTED) return x;
      py_decref(x);
      slotw = NULL;
    }
    x = slotv(a, b);
    if (x != PY_NOTIMPLEMENTED) return x;
    py_decref(x);
  }
  if (slotw) return slotw(a, b);
  return py_newref(PY_NOTIMPLEMENTED);
}

static int is_sequence_for_errors(py_object *o) {
  return PY_STR_CHECK(o) || PY_LIST_CHECK(o) || PY_TUPLE_CHECK(o);
}

static py_object *binop_error(py_object *a, py_object *b, int op, int inplace) {
  if (op == PY_OP_ADD && is_sequence_for_errors(a))
    return py_raise(&py_exc_TypeError, "can only concatenate %s (not \"%s\") to %s",
                    PY_TYPE(a)->name, PY_TYPE(b)->name, PY_TYPE(a)->name);
  if (op == PY_OP_ADD && (PY_IS_TYPE(a, &py_bytes_type) || PY_IS_TYPE(a, &py_bytearray_type)))
    return py_raise(&py_exc_TypeError, "can't concat %s to %s", PY_TYPE(b)->name,
                    PY_TYPE(a)->name);
  if (op == PY_OP_MUL) {
    int sa = is_sequence_for_errors(a) || PY_IS_TYPE(a, &py_bytes_type);
    int sb = is_sequence_for_errors(b) || PY_IS_TYPE(b, &py_bytes_type);
    if (sa && !PY_TYPE(b)->index)
      return py_raise(&py_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      PY_TYPE(b)->name);
    if (sb && !PY_TYPE(a)->index)
      return py_raise(&py_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      PY_TYPE(a)->name);
  }
  return py_raise(&py_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                  inplace ? inplace_symbol[op] : binop_symbol[op], PY_TYPE(a)->name,
                  PY_TYPE(b)->name);
}

py_object *py_binop(py_object *a, py_object *b, int op) {
  py_object *r = binary_op1(a, b, op);
  if (r != PY_NOTIMPLEMENTED) return r;
  py_decref(r);
  return binop_error(a, b, op, 0);
}

py_object *py_inplace_binop(py_object *a, py_object *b, int op) {
  py_binaryfunc f = PY_TYPE(a)->inplace[op];
  if (f) {
    py_object *r = f(a, b);
    if (r != PY_NOTIMPLEMENTED) return r;
    py_decref(r);
  }
  py_object *r = binary_op1(a, b, op);
  if (r != PY_NOTIMPLEMENTED) return r;
  py_decref(r);
  return binop_error(a, b, op, 1);
}

py_object *py_pow3(py_object *a, py_object *b, py_object *mod) {
  if (!mod || mod == PY_NONE) return py_binop(a, b, PY_OP_POW);
  py_ternaryfunc slotv = PY_TYPE(a)->pow3, slotw = NULL;
  if (PY_TYPE(b) != PY_TYPE(a)) {
    slotw = PY_TYPE(b)->pow3;
    if (slotw == slotv) slotw = NULL;
  }
  py_object *x;
  if (slotv) {
    if (slotw && py_type_is_subtype(PY_TYPE(b), PY_TYPE(a))) {
      x = slotw(a, b, mod);
      if (x != PY_NOTIMPLEMENTED) return x;
      py_decref(x);
      slotw = NULL;
    }
    x = slotv(a, b, mod);
    if (x != PY_NOTIMPLEMENTED) return x;
    py_decref(x);
  }
  if (slotw) {
    x = slotw(a, b, mod);
    if (x != PY_NOTIMPLEMENTED) return x;
    py_decref(x);
  }
  py_ternaryfunc slotz = PY_TYPE(mod)->pow3;
  if (slotz && slotz != slotv && slotz != slotw) {
    x = slotz(a, b, mod);
    if (x != PY_NOTIMPLEMENTED) return x;
    py_decref(x);
  }
  return py_raise(&py_exc_TypeError,
                  "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                  PY_TYPE(a)->name, PY_TYPE(b)->name, PY_TYPE(mod)->name);
}

static py_object *unary(py_object *o, py_unaryfunc f, const char *what) {
  if (f) return f(o);
  return py_raise(&py_exc_TypeError, "bad operand type for %s: '%s'", what, PY_TYPE(o)->name);
}

py_object *py_neg(py_object *o) { return unary(o, PY_TYPE(o)->neg, "unary -"); }
py_object *py_pos(py_object *o) { return unary(o, PY_TYPE(o)->pos, "unary +"); }
py_object *py_invert(py_object *o) { return unary(o, PY_TYPE(o)->invert, "unary ~"); }
py_object *py_absolute(py_object *o) { return unary(o, PY_TYPE(o)->abs, "abs()"); }

py_object *py_number_index(py_object *o) {
  if (PY_IS_TYPE(o, &py_int_type)) return py_newref(o);
  py_unaryfunc f = PY_TYPE(o)->index;
  if (!f)
    return py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    PY_TYPE(o)->name);
  py_object *r = f(o);
  if (r && !PY_INT_CHECK(r)) {
    py_raise(&py_exc_TypeError, "__index__ returned non-int (type %s)", PY_TYPE(r)->name);
    py_decref(r);
    return NULL;
  }
  return r;
}

int py_index_ssize(py_object *o, py_ssize *out) {
  if (PY_INT_CHECK(o) && PY_INT_IS_SMALL(o)) {
    *out = (py_ssize)PY_INT_SMALL(o);
    return 0;
  }
  py_object *i = py_number_index(o);
  if (!i) return -1;
  int64_t v;
  int r = py_int_as_i64(i, &v);
  py_decref(i);
  if (r < 0) {
    py_err_clear();
    py_raise(&py_exc_OverflowError, "cannot fit '%s' into an index-sized integer",
             PY_TYPE(o)->name);
    return -1;
  }
  *out = (py_ssize)v;
  return 0;
}

double py_as_double(py_object *o) {
  if (PY_IS_TYPE(o, &py_float_type)) return PY_FLOAT_VALUE(o);
  py_type *t = PY_TYPE(o);
  if (t->to_float) {
    py_object *r = t->to_float(o);
    if (!r) return -1.0;
    if (!PY_FLOAT_CHECK(r)) {
      py_raise(&py_exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name,
               PY_TYPE(r)->name);
      py_decref(r);
      return -1.0;
    }
    double d = PY_FLOAT_VALUE(r);
    py_decref(r);
    return d;
  }
  if (t->index) {
    py_object *i = py_number_index(o);
    if (!i) return -1.0;
    py_object *f = py_type_lookup(&py_int_type, PY_ID(__float__));
    py_object *r = f ? py__call_prepend(f, i, NULL, 0, NULL) : NULL;
    py_decref(i);
    if (!r) return -1.0;
    double d = PY_FLOAT_VALUE(r);
    py_decref(r);
    return d;
  }
  py_raise(&py_exc_TypeError, "must be real number, not %s", t->name);
  return -1.0;
}

/* ===================================================================================
 * Items, length, membership
 * =================================================================================== */

py_object *py_getitem(py_object *o, py_object *key) {
  py_binaryfunc f = PY_TYPE(o)->getitem;
  if (f) return f(o, key);
  if (PY_TYPE_CHECK(o)) {
    py_object *m = py_getattr_opt(o, PY_ID(__class_getitem__));
    if (m) {
      py_object *r = py_call1(m, key);
      py_decref(m);
      return r;
    }
    if (py_err_occurred()) return NULL;
    return py_raise(&py_exc_TypeError, "type '%s' is not subscriptable", ((py_type *)o)->name);
  }
  return py_raise(&py_exc_TypeError, "'%s' object is not subscriptable", PY_TYPE(o)->name);
}

int py_setitem(py_object *o, py_object *key, py_object *value) {
  py_objobjargproc f = PY_TYPE(o)->setitem;
  if (f) return f(o, key, value);
  py_raise(&py_exc_TypeError, "'%s' object does not support item assignment", PY_TYPE(o)->name);
  return -1;
}

int py_delitem(py_object *o, py_object *key) {
  py_objobjargproc f = PY_TYPE(o)->setitem;
  if (f) return f(o, key, NULL);
  py_raise(&py_exc_TypeError, "'%s' object doesn't support item deletion", PY_TYPE(o)->name);
  return -1;
}

py_ssize py_len(py_object *o) {
  py_lenfunc f = PY_TYPE(o)->len;
  if (f) return f(o);
  py_raise(&py_exc_TypeError, "object of type '%s' has no len()", PY_TYPE(o)->name);
  return -1;
}

int py_contains(py_object *container, py_object *item) {
  py_objobjproc f = PY_TYPE(container)->contains;
  if (f) return f(container, item);
  py_type *t = PY_TYPE(container);
  if (!t->iter && !t->getitem) {
    py_raise(&py_exc_TypeError, "argument of type '%s' is not iterable", t->name);
    return -1;
  }
  py_object *it = py_iter(container);
  if (!it) return -1;
  int found = 0;
  for (;;) {
    py_object *x = py_next(it);
    if (!x) {
      if (py_err_occurred()) found = -1;
      break;
    }
    int eq = py_richcompare_bool(x, item, PY_EQ);
    py_decref(x);
    if (eq != 0) {
      found = eq;
      break;
    }
  }
  py_decref(it);
  return found;
}

/* ===================================================================================
 * Iteration
 * =================================================================================== */

py_object *py_iter(py_object *o) {
  py_type *t = PY_TYPE(o);
  if (t->iter) {
    py_object *r = t->iter(o);
    if (r && !PY_TYPE(r)->iternext) {
      py_raise(&py_exc_TypeError, "iter() returned non-iterator of type '%s'", PY_TYPE(r)->name);
      py_decref(r);
      return NULL;
    }
    return r;
  }
  if (t->getitem && !PY_DICT_CHECK(o)) return py_seqiter_new(o);
  return py_raise(&py_exc_TypeError, "'%s' object is not iterable", t->name);
}

py_object *py_next(py_object *it) {
  py_unaryfunc f = PY_TYPE(it)->iternext;
  if (!f) return py_raise(&py_exc_TypeError, "'%s' object is not an iterator", PY_TYPE(it)->name);
  py_object *r = f(it);
  if (!r && py_err_matches(&py_exc_StopIteration)) py_err_clear();
  return r;
}

/* ===================================================================================
 * Length hints
 * =================================================================================== */

py_ssize py__length_hint(py_object *o, py_ssize dflt) {
  if (PY_TYPE(o)->len) {
    py_ssize n = py_len(o);
    if (n >= 0) return n;
    if (!py_err_matches(&py_exc_TypeError)) return -1;
    py_err_clear();
  }
  static py_object *name;
  if (!name && !(name = py_str_intern_cstr("__length_hint__"))) return -1;
  py_object *hint = py_type_lookup(PY_TYPE(o), name);
  if (!hint) return dflt;
  py_object *bound = py__descr_bind(hint, o, PY_TYPE(o));
  py_object *r = bound ? py_call(bound, NULL, 0, NULL) : NULL;
  py_xdecref(bound);
  if (!r) {
    if (!py_err_matches(&py_exc_TypeError)) return -1;
    py_err_clear();
    return dflt;
  }
  py_ssize n = -1;
  if (r == PY_NOTIMPLEMENTED) {
    n = dflt;
  } else if (!PY_INT_CHECK(r)) {
    py_raise(&py_exc_TypeError, "__length_hint__ must be an integer, not %T", r);
  } else {
    int64_t v;
    if (py_int_as_i64(r, &v) < 0) {
      py_err_clear();
      py_raise(&py_exc_OverflowError, "Python int too large to convert to C ssize_t");
    } else if (v < 0) {
      py_raise(&py_exc_ValueError, "__length_hint__() should return >= 0");
    } else {
      n = (py_ssize)v;
    }
  }
  py_decref(r);
  return n;
}

/* ===================================================================================
 * isinstance / issubclass
 * =================================================================================== */

static py_object *instancecheck_name(void) {
  static py_object *n;
  if (!n) n = py_str_intern_cstr("__instancecheck__");
  return n;
}

static py_object *subclasscheck_name(void) {
  static py_object *n;
  if (!n) n = py_str_intern_cstr("__subclasscheck__");
  return n;
}

/* A metaclass hook other than type's own (ABCMeta's). Borrowed or NULL. */
static py_object *custom_hook(py_object *cls, py_object *name) {
  if (!name || PY_IS_TYPE(cls, &py_type_type)) return NULL;
  py_object *h = py_type_lookup(PY_TYPE(cls), name);
  py_object *base = py_type_lookup(&py_type_type, name);
  return h && h != base ? h : NULL;
}

static int call_hook(py_object *hook, py_object *cls, py_object *arg) {
  py_object *r;
  if (PY_HAS_FLAG(PY_TYPE(hook), PY_TPFLAGS_METHOD_DESCRIPTOR)) {
    r = py__call_prepend(hook, cls, &arg, 1, NULL);
  } else {
    py_object *bound = py__descr_bind(hook, cls, PY_TYPE(cls));
    if (!bound) return -1;
    r = py_call1(bound, arg);
    py_decref(bound);
  }
  if (!r) return -1;
  int v = py_truthy(r);
  py_decref(r);
  return v;
}

/* Whether o.__class__, which a property (unittest.mock's) or a __getattribute__ may
 * answer, names a subclass of cls although type(o) is not one. Only instances of
 * classes can claim another class: the generic lookup reaching object's own descriptor
 * means o.__class__ is type(o). 1, 0 or -1. */
static int claims_class(py_object *o, py_type *cls) {
  py_type *t = PY_TYPE(o);
  static py_object *own;
  if (!own) own = py_type_lookup(&py_object_type, PY_ID(__class__));
  if (t->getattr == py_generic_getattr && py_type_lookup(t, PY_ID(__class__)) == own) return 0;
  py_object *c = py_getattr(o, PY_ID(__class__));
  if (!c) {
    if (!py_err_matches(&py_exc_AttributeError)) return -1;
    py_err_clear();
    return 0;
  }
  int r = c != (py_object *)t && PY_TYPE_CHECK(c) && py_type_is_subtype((py_type *)c, cls);
  py_decref(c);
  return r;
}

/* isinstance by type's own rule (CPython's object_isinstance): type(o) first, then
 * o.__class__ when that is another class. The first test stays inline: it is hot. */
static inline int isinstance_of_type(py_object *o, py_type *cls) {
  if (py_type_is_subtype(PY_TYPE(o), cls)) return 1;
  return PY_HAS_FLAG(PY_TYPE(o), PY_TPFLAGS_HEAPTYPE) ? claims_class(o, cls) : 0;
}

int py__isinstance_of_type(py_object *o, py_type *cls) { return isinstance_of_type(o, cls); }

/* ---- classes that are not types ----------------------------------------------------
 * Any object with a tuple __bases__ counts as a class (CPython's abstract_get_bases):
 * isinstance and issubclass then walk __bases__ instead of the MRO. */

/* o.__bases__ when it is a tuple (new); NULL without an error when o has none or it is
 * something else, NULL with the error when the lookup failed otherwise. */
static py_object *abstract_bases(py_object *o) {
  static py_object *name;
  if (!name) name = py_str_intern_cstr("__bases__");
  if (!name) return NULL;
  py_object *b = py_getattr_opt(o, name);
  if (b && !PY_TUPLE_CHECK(b)) {
    py_decref(b);
    b = NULL;
  }
  return b;
}

/* Whether cls is a class in that sense; if not, raises TypeError(msg) unless looking
 * up __bases__ raised already. 1 or 0 (then an error is set). */
static int check_class(py_object *cls, const char *msg) {
  py_object *b = abstract_bases(cls);
  if (!b) {
    if (!py_err_occurred()) py_raise(&py_exc_TypeError, "%s", msg);
    return 0;
  }
  py_decref(b);
  return 1;
}

/* Whether cls is derived or one of its __bases__, transitively. 1, 0 or -1. */
static int abstract_issubclass(py_object *derived, py_object *cls) {
  py_object *bases = NULL;
  py_ssize n;
  /* Single inheritance walks up in the loop; only several bases recurse. */
  for (;;) {
    if (derived == cls) {
      py_xdecref(bases);
      return 1;
    }
    /* bases may hold the only reference to derived: drop the old tuple after. */
    py_object *next = abstract_bases(derived);
    py_xdecref(bases);
    bases = next;
    if (!bases) return py_err_occurred() ? -1 : 0;
    n = PY_TUPLE_SIZE(bases);
    if (n == 0) {
      py_decref(bases);
      return 0;
    }
    if (n > 1) break;
    derived = PY_TUPLE_ITEMS(bases)[0];
  }
  int r = 0;
  if (!enter_c_recursion("")) {
    py_decref(bases);
    return -1;
  }
  for (py_ssize i = 0; i < n && r == 0; i++) r = abstract_issubclass(PY_TUPLE_ITEMS(bases)[i], cls);
  c_recursion_depth--;
  py_decref(bases);
  return r;
}

/* isinstance against a class that is not a type: o.__class__ derives from it. */
static int abstract_isinstance(py_object *o, py_object *cls) {
  if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
    return -1;
  py_object *icls = py_getattr_opt(o, PY_ID(__class__));
  if (!icls) return py_err_occurred() ? -1 : 0;
  int r = abstract_issubclass(icls, cls);
  py_decref(icls);
  return r;
}

int py__real_issubclass(py_object *derived, py_object *cls) {
  if (PY_TYPE_CHECK(cls) && PY_TYPE_CHECK(derived))
    return py_type_is_subtype((py_type *)derived, (py_type *)cls);
  if (!check_class(derived, "issubclass() arg 1 must be a class")) return -1;
  if (!check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
    return -1;
  return abstract_issubclass(derived, cls);
}

int py_isinstance(py_object *o, py_object *cls) {
  if (PY_TYPE(o) == (py_type *)cls) return 1;
  if (PY_IS_TYPE(cls, &py_type_type)) return isinstance_of_type(o, (py_type *)cls);
  /* A union is checked as the tuple of its members. */
  if (PY_IS_TYPE(cls, &py__union_type)) cls = py__union_args(cls);
  if (PY_TUPLE_CHECK(cls)) {
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(cls); i++) {
      int r = py_isinstance(o, PY_TUPLE_ITEMS(cls)[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  if (PY_TYPE_CHECK(cls)) {
    py_object *hook = custom_hook(cls, instancecheck_name());
    if (hook) return call_hook(hook, cls, o);
    return isinstance_of_type(o, (py_type *)cls);
  }
  py_object *hook = py_type_lookup(PY_TYPE(cls), instancecheck_name());
  if (hook) return call_hook(hook, cls, o);
  return abstract_isinstance(o, cls);
}

int py_issubclass(py_object *derived, py_object *cls) {
  if (PY_IS_TYPE(cls, &py__union_type)) cls = py__union_args(cls);
  if (PY_TUPLE_CHECK(cls)) {
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(cls); i++) {
      int r = py_issubclass(derived, PY_TUPLE_ITEMS(cls)[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  if (PY_TYPE_CHECK(cls)) {
    py_object *hook = custom_hook(cls, subclasscheck_name());
    if (hook) return call_hook(hook, cls, derived);
  } else {
    py_object *hook = py_type_lookup(PY_TYPE(cls), subclasscheck_name());
    if (hook) return call_hook(hook, cls, derived);
  }
  return py__real_issubclass(derived, cls);
}
