/* runtime/py/dict_views.c — dict.keys(), dict.values() and dict.items(): live views
 * with len, iteration (forward and reversed), membership, reprs such as
 * "dict_keys(['a'])", and for keys and items the set operations (& | - ^, isdisjoint)
 * and set-like comparisons, following CPython's dictobject.c. */
#include "py/containers.h"

typedef struct {
  PY_HEAD;
  py_object *dict;
} dict_view;

#define V(o) ((dict_view *)(o))
#define IS_KEYS(o) (PY_TYPE(o) == &py_dict_keys_type)
#define IS_ITEMS(o) (PY_TYPE(o) == &py_dict_items_type)
#define IS_SETVIEW(o) (IS_KEYS(o) || IS_ITEMS(o))

py_object *py__dict_view_new(py_object *dict, py_type *type) {
  dict_view *v = (dict_view *)py_type_alloc(type, 0);
  if (!v) return NULL;
  v->dict = py_newref(dict);
  return (py_object *)v;
}

static void view_dealloc(py_object *self) {
  py_decref(V(self)->dict);
  py_type_free(self);
}

static py_ssize view_len(py_object *self) { return py_dict_size(V(self)->dict); }

static py_object *view_iter(py_object *self) {
  py_type *t = IS_KEYS(self) ? &py_dict_keyiter_type
               : IS_ITEMS(self) ? &py_dict_itemiter_type
                                : &py_dict_valueiter_type;
  return py__dict_iter_new(V(self)->dict, t, 0);
}

static py_object *view_reversed(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  (void)args;
  if (py_args_check("__reversed__", nargs, kwnames, 0, 0) < 0) return NULL;
  py_type *t = IS_KEYS(self) ? &py__dict_revkeyiter_type
               : IS_ITEMS(self) ? &py__dict_revitemiter_type
                                : &py__dict_revvalueiter_type;
  return py__dict_iter_new(V(self)->dict, t, 1);
}

static py_object *view_repr(py_object *self) {
  int r = py__repr_enter(self);
  if (r != 0) return r > 0 ? py_str_from_cstr("...") : NULL;
  py_object *l = py_list_from_iterable(self), *s = NULL;
  if (l) {
    s = py_str_format("%s(%R)", PY_TYPE(self)->name, l);
    py_decref(l);
  }
  py__repr_leave(self);
  return s;
}

static int keys_contains(py_object *self, py_object *key) {
  return py_contains(V(self)->dict, key);
}

static int items_contains(py_object *self, py_object *item) {
  if (!PY_TUPLE_CHECK(item) || PY_TUPLE_SIZE(item) != 2) return 0;
  py_object *v = py_dict_get(V(self)->dict, PY_TUPLE_ITEMS(item)[0]);
  if (!v) return py_err_occurred() ? -1 : 0;
  py_incref(v);
  int c = py_richcompare_bool(v, PY_TUPLE_ITEMS(item)[1], PY_EQ);
  py_decref(v);
  return c;
}

static int values_contains(py_object *self, py_object *value) {
  py_ssize pos = 0;
  py_object *k, *v;
  while (py_dict_next(V(self)->dict, &pos, &k, &v)) {
    py_incref(v);
    int c = py_richcompare_bool(v, value, PY_EQ);
    py_decref(v);
    if (c != 0) return c;
  }
  return 0;
}

static int view_contains(py_object *self, py_object *x) {
  return IS_KEYS(self) ? keys_contains(self, x) : items_contains(self, x);
}

/* ---- set-like comparisons ------------------------------------------------------------ */

/* 1 if every item of a is in b. */
static int all_contained_in(py_object *a, py_object *b) {
  py_object *it = py_iter(a);
  if (!it) return -1;
  py_object *x;
  int ok = 1;
  while ((x = py_next(it))) {
    int c = py_contains(b, x);
    py_decref(x);
    if (c <= 0) {
      ok = c;
      break;
    }
  }
  py_decref(it);
  if (ok == 1 && py_err_occurred()) return -1;
  return ok;
}

static py_object *view_richcompare(py_object *a, py_object *b, int op) {
  if (!IS_SETVIEW(a) || !(PY_ANYSET_CHECK(b) || IS_SETVIEW(b)))
    return py_newref(PY_NOTIMPLEMENTED);
  py_ssize la = py_len(a), lb = py_len(b);
  if (la < 0 || lb < 0) return NULL;
  int r = 0;
  switch (op) {
    case PY_NE:
    case PY_EQ:
      r = la == lb ? all_contained_in(a, b) : 0;
      if (r >= 0 && op == PY_NE) r = !r;
      break;
    case PY_LT: r = la < lb ? all_contained_in(a, b) : 0; break;
    case PY_LE: r = la <= lb ? all_contained_in(a, b) : 0; break;
    case PY_GT: r = la > lb ? all_contained_in(b, a) : 0; break;
    case PY_GE: r = la >= lb ? all_contained_in(b, a) : 0; break;
  }
  if (r < 0) return NULL;
  return py_bool(r);
}

/* ---- set operations ------------------------------------------------------------------- */

/* set(x), using the dict itself for exact dicts' key views (same order either way). */
static py_object *to_set(py_object *x) {
  if (IS_KEYS(x) && PY_TYPE(V(x)->dict) == &py_dict_type) return py_set_new(V(x)->dict);
  return py_set_new(x);
}

static py_object *view_or(py_object *a, py_object *b) {
  if (!IS_SETVIEW(a) && !IS_SETVIEW(b)) return py_newref(PY_NOTIMPLEMENTED);
  py_object *r = to_set(a);
  if (r && py__set_update(r, b) < 0) PY_CLEAR(r);
  return r;
}

static py_object *view_sub(py_object *a, py_object *b) {
  if (!IS_SETVIEW(a) && !IS_SETVIEW(b)) return py_newref(PY_NOTIMPLEMENTED);
  py_object *r = to_set(a);
  if (r && py__set_difference_update(r, b) < 0) PY_CLEAR(r);
  return r;
}

static py_object *view_xor(py_object *a, py_object *b) {
  if (!IS_SETVIEW(a) && !IS_SETVIEW(b)) return py_newref(PY_NOTIMPLEMENTED);
  py_object *r = to_set(a);
  if (r && py__set_symmetric_update(r, b) < 0) PY_CLEAR(r);
  return r;
}

/* CPython's _PyDictView_Intersect: iterate the other operand (or the smaller view)
 * and keep what the view contains. */
static py_object *view_and(py_object *a, py_object *b) {
  if (!IS_SETVIEW(a)) {
    if (!IS_SETVIEW(b)) return py_newref(PY_NOTIMPLEMENTED);
    py_object *t = a;
    a = b;
    b = t;
  }
  py_ssize la = py_len(a);
  if (PY_TYPE(b) == &py_set_type && la <= py_len(b)) {
    py_object *name = py_str_from_cstr("intersection");
    if (!name) return NULL;
    py_object *r = py_call_method(b, name, &a, 1);
    py_decref(name);
    return r;
  }
  if (IS_SETVIEW(b) && py_len(b) > la) {
    py_object *t = a;
    a = b;
    b = t;
  }
  py_object *r = py_set_new(NULL);
  if (!r) return NULL;
  py_object *it = py_iter(b);
  if (!it) {
    py_decref(r);
    return NULL;
  }
  py_object *x;
  while ((x = py_next(it))) {
    int c = view_contains(a, x);
    if (c > 0) c = py_set_add(r, x) < 0 ? -1 : 1;
    py_decref(x);
    if (c < 0) {
      py_decref(it);
      py_decref(r);
      return NULL;
    }
  }
  py_decref(it);
  if (py_err_occurred()) PY_CLEAR(r);
  return r;
}

static py_object *view_isdisjoint(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  if (py_args_check("isdisjoint", nargs, kwnames, 1, 1) < 0) return NULL;
  py_object *other = args[0];
  py_object *small = self, *big = other;
  if (self == other) return py_bool(py_dict_size(V(self)->dict) == 0);
  if (PY_ANYSET_CHECK(other) || IS_SETVIEW(other)) {
    py_ssize lo = py_len(other);
    if (lo < 0) return NULL;
    if (lo > py_dict_size(V(self)->dict)) {
      small = self;
      big = other;
    } else {
      small = other;
      big = self;
    }
  } else {
    small = other;
    big = self;
  }
  py_object *it = py_iter(small);
  if (!it) return NULL;
  py_object *x;
  while ((x = py_next(it))) {
    int c = big == self ? view_contains(self, x) : py_contains(big, x);
    py_decref(x);
    if (c != 0) {
      py_decref(it);
      return c < 0 ? NULL : py_bool(0);
    }
  }
  py_decref(it);
  if (py_err_occurred()) return NULL;
  return py_bool(1);
}

static py_object *view_mapping(py_object *self) { return py_newref(V(self)->dict); }

static const py_getset_def view_getset[] = {
    {"mapping", view_mapping, NULL},
    {0},
};

static const py_method_def setview_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {"__reversed__", view_reversed, 0, NULL},
    {0},
};

static const py_method_def values_methods[] = {
    {"__reversed__", view_reversed, 0, NULL},
    {0},
};

py_type py_dict_keys_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "dict_keys",
    .basicsize = sizeof(dict_view),
    .base = &py_object_type,
    .methods = setview_methods,
    .getset = view_getset,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .number = {[PY_OP_AND] = view_and, [PY_OP_OR] = view_or, [PY_OP_SUB] = view_sub,
               [PY_OP_XOR] = view_xor},
    .len = view_len,
    .contains = keys_contains,
};

py_type py_dict_items_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "dict_items",
    .basicsize = sizeof(dict_view),
    .base = &py_object_type,
    .methods = setview_methods,
    .getset = view_getset,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .number = {[PY_OP_AND] = view_and, [PY_OP_OR] = view_or, [PY_OP_SUB] = view_sub,
               [PY_OP_XOR] = view_xor},
    .len = view_len,
    .contains = items_contains,
};

py_type py_dict_values_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "dict_values",
    .basicsize = sizeof(dict_view),
    .base = &py_object_type,
    .methods = values_methods,
    .getset = view_getset,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .iter = view_iter,
    .len = view_len,
    .contains = values_contains,
};
