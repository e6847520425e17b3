/* runtime/py/typealias.c — the objects type annotations evaluate to: generic aliases
 * (types.GenericAlias, `list[int]`) and unions (types.UnionType, `int | None`). They
 * only need to print, compare and answer isinstance as CPython's do; nothing checks
 * types at run time. */
#include "py/objimpl.h"

#include <string.h>

/* ===================================================================================
 * Shared: the text of one annotation argument
 * =================================================================================== */


/* CPython's ga_repr_item: a class prints as its qualified name, ... as "...", an
 * alias or union as itself, anything else as its repr. */
static py_object *item_repr(py_object *o) {
  if (o == PY_ELLIPSIS) return py_str_from_cstr("...");
  if (o == PY_NONE) return py_str_from_cstr("None");
  if (PY_TYPE_CHECK(o)) {
    py_object *q = py_getattr_opt(o, PY_ID(__qualname__));
    if (!q) return py_err_occurred() ? NULL : py_repr(o);
    py_object *m = py_getattr_opt(o, PY_ID(__module__));
    if (!m && py_err_occurred()) {
      py_decref(q);
      return NULL;
    }
    py_object *r;
    if (m && PY_STR_CHECK(m) && !py_str_equal(m, PY_ID(builtins)))
      r = py_str_format("%U.%U", m, q);
    else
      r = py_newref(q);
    py_xdecref(m);
    py_decref(q);
    return r;
  }
  return py_repr(o);
}

/* Joins item_repr of each tuple item with sep. New str. */
static py_object *join_items(py_object *tuple, const char *sep) {
  py_object *out = py_str_from_cstr("");
  py_object *s = py_str_from_cstr(sep);
  for (py_ssize i = 0; out && s && i < PY_TUPLE_SIZE(tuple); i++) {
    py_object *piece = item_repr(PY_TUPLE_ITEMS(tuple)[i]);
    py_object *a = piece && i ? py_str_concat(out, s) : py_xnewref(piece ? out : NULL);
    py_object *b = a ? py_str_concat(a, piece) : NULL;
    py_xdecref(a);
    py_xdecref(piece);
    py_setref(&out, b);
  }
  py_xdecref(s);
  return out;
}

/* ===================================================================================
 * GenericAlias
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *origin;
  py_object *args; /* tuple */
} alias_object;

py_object *py_generic_alias_new(py_object *origin, py_object *args) {
  alias_object *a = (alias_object *)py_type_alloc(&py__generic_alias_type, 0);
  if (!a) return NULL;
  a->origin = py_newref(origin);
  a->args = PY_TUPLE_CHECK(args) ? py_newref(args) : py_tuple_pack(1, args);
  if (!a->args) {
    py_decref((py_object *)a);
    return NULL;
  }
  return (py_object *)a;
}

static py_object *alias_new(py_type *t, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  (void)t;
  if (py_args_check("GenericAlias", nargs, kwnames, 2, 2) < 0) return NULL;
  return py_generic_alias_new(args[0], args[1]);
}

static void alias_dealloc(py_object *self) {
  alias_object *a = (alias_object *)self;
  py_xdecref(a->origin);
  py_xdecref(a->args);
  py_type_free(self);
}

static py_object *alias_repr(py_object *self) {
  alias_object *a = (alias_object *)self;
  py_object *o = item_repr(a->origin);
  if (!o) return NULL;
  py_object *r;
  if (PY_TUPLE_SIZE(a->args) == 0) {
    r = py_str_format("%U[()]", o);
  } else {
    py_object *inner = join_items(a->args, ", ");
    r = inner ? py_str_format("%U[%U]", o, inner) : NULL;
    py_xdecref(inner);
  }
  py_decref(o);
  return r;
}

static py_object *alias_richcompare(py_object *x, py_object *y, int op) {
  if ((op != PY_EQ && op != PY_NE) || !PY_IS_TYPE(y, &py__generic_alias_type))
    return py_newref(PY_NOTIMPLEMENTED);
  alias_object *a = (alias_object *)x, *b = (alias_object *)y;
  int eq = py_richcompare_bool(a->origin, b->origin, PY_EQ);
  if (eq > 0) eq = py_richcompare_bool(a->args, b->args, PY_EQ);
  if (eq < 0) return NULL;
  return py_bool(op == PY_EQ ? eq : !eq);
}

static py_hash alias_hash(py_object *self) {
  alias_object *a = (alias_object *)self;
  py_hash h0 = py_hash_of(a->origin);
  if (h0 == -1) return -1;
  py_hash h1 = py_hash_of(a->args);
  if (h1 == -1) return -1;
  py_hash h = h0 ^ h1;
  return h == -1 ? -2 : h;
}

/* list[int](...) builds a list. */
static py_object *alias_call(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  return py_call(((alias_object *)self)->origin, args, nargs, kwnames);
}

/* Attributes other than the alias's own come from the origin (list[int].append). */
static py_object *alias_getattr(py_object *self, py_object *name) {
  static const char *const own[] = {"__origin__", "__args__", "__parameters__", "__class__",
                                    "__mro_entries__", "__instancecheck__",
                                    "__subclasscheck__", "__repr__"};
  for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
    if (py_str_equal_cstr(name, own[i])) return py_generic_getattr(self, name);
  return py_getattr(((alias_object *)self)->origin, name);
}

static py_object *alias_or(py_object *a, py_object *b);

static py_object *alias_get_origin(py_object *self) {
  return py_newref(((alias_object *)self)->origin);
}
static py_object *alias_get_args(py_object *self) {
  return py_newref(((alias_object *)self)->args);
}
static py_object *alias_get_parameters(py_object *self) {
  (void)self;
  return py_tuple_new(0);
}

static const py_getset_def alias_getset[] = {
    {"__origin__", alias_get_origin, NULL},
    {"__args__", alias_get_args, NULL},
    {"__parameters__", alias_get_parameters, NULL},
    {0},
};

/* class C(list[int]) derives from list. */
static py_object *alias_mro_entries(py_object *self, py_object *const *args, size_t nargs,
                                    py_object *kwnames) {
  (void)args;
  if (py_args_check("__mro_entries__", nargs, kwnames, 1, 1) < 0) return NULL;
  return py_tuple_pack(1, ((alias_object *)self)->origin);
}

static py_object *alias_instancecheck(py_object *self, py_object *const *args, size_t nargs,
                                      py_object *kwnames) {
  (void)self, (void)args, (void)nargs, (void)kwnames;
  return py_raise(&py_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static py_object *alias_subclasscheck(py_object *self, py_object *const *args, size_t nargs,
                                      py_object *kwnames) {
  (void)self, (void)args, (void)nargs, (void)kwnames;
  return py_raise(&py_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static const py_method_def alias_methods[] = {
    {"__mro_entries__", alias_mro_entries, 0, NULL},
    {"__instancecheck__", alias_instancecheck, 0, NULL},
    {"__subclasscheck__", alias_subclasscheck, 0, NULL},
    {0},
};

py_type py__generic_alias_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "types.GenericAlias",
    .basicsize = sizeof(alias_object),
    .methods = alias_methods,
    .getset = alias_getset,
    .new = alias_new,
    .dealloc = alias_dealloc,
    .repr = alias_repr,
    .richcompare = alias_richcompare,
    .hash = alias_hash,
    .call = alias_call,
    .getattr = alias_getattr,
    .number = {[PY_OP_OR] = alias_or},
};

/* ===================================================================================
 * UnionType
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *args; /* tuple of the distinct members, in order */
} union_object;

static int is_unionable(py_object *o) {
  return o == PY_NONE || PY_TYPE_CHECK(o) || PY_IS_TYPE(o, &py__generic_alias_type) ||
         PY_IS_TYPE(o, &py__union_type);
}

/* Appends o (or a union's members) to list unless already there; None becomes
 * NoneType, as in CPython. */
static int add_member(py_object *list, py_object *o) {
  if (PY_IS_TYPE(o, &py__union_type)) {
    py_object *args = ((union_object *)o)->args;
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(args); i++)
      if (add_member(list, PY_TUPLE_ITEMS(args)[i]) < 0) return -1;
    return 0;
  }
  if (o == PY_NONE) o = (py_object *)&py_none_type;
  for (py_ssize i = 0; i < PY_LIST_SIZE(list); i++) {
    int eq = py_richcompare_bool(PY_LIST_ITEMS(list)[i], o, PY_EQ);
    if (eq != 0) return eq < 0 ? -1 : 0;
  }
  return py_list_append(list, o);
}

/* a | b for classes, None, aliases and unions; NotImplemented for anything else. */
static py_object *make_union(py_object *a, py_object *b) {
  if (!is_unionable(a) || !is_unionable(b)) return py_newref(PY_NOTIMPLEMENTED);
  py_object *list = py_list_new(0);
  if (!list) return NULL;
  if (add_member(list, a) < 0 || add_member(list, b) < 0) {
    py_decref(list);
    return NULL;
  }
  if (PY_LIST_SIZE(list) == 1) {
    py_object *only = py_newref(PY_LIST_ITEMS(list)[0]);
    py_decref(list);
    return only;
  }
  union_object *u = (union_object *)py_type_alloc(&py__union_type, 0);
  if (u) u->args = py_tuple_from_array(PY_LIST_ITEMS(list), PY_LIST_SIZE(list));
  py_decref(list);
  if (u && !u->args) PY_CLEAR(u);
  return (py_object *)u;
}

py_object *py__type_or(py_object *a, py_object *b) { return make_union(a, b); }

static py_object *alias_or(py_object *a, py_object *b) { return make_union(a, b); }

static void union_dealloc(py_object *self) {
  py_xdecref(((union_object *)self)->args);
  py_type_free(self);
}

static py_object *union_repr(py_object *self) {
  union_object *u = (union_object *)self;
  /* NoneType prints as None inside a union. */
  py_object *shown = py_tuple_new(PY_TUPLE_SIZE(u->args));
  if (!shown) return NULL;
  for (py_ssize i = 0; i < PY_TUPLE_SIZE(u->args); i++) {
    py_object *m = PY_TUPLE_ITEMS(u->args)[i];
    PY_TUPLE_ITEMS(shown)[i] = py_newref(m == (py_object *)&py_none_type ? PY_NONE : m);
  }
  py_object *r = join_items(shown, " | ");
  py_decref(shown);
  return r;
}

static py_object *union_richcompare(py_object *x, py_object *y, int op) {
  if ((op != PY_EQ && op != PY_NE) || !PY_IS_TYPE(y, &py__union_type))
    return py_newref(PY_NOTIMPLEMENTED);
  py_object *a = ((union_object *)x)->args, *b = ((union_object *)y)->args;
  /* Equal as sets of members. */
  int eq = PY_TUPLE_SIZE(a) == PY_TUPLE_SIZE(b);
  for (py_ssize i = 0; eq && i < PY_TUPLE_SIZE(a); i++) {
    int r = py_contains(b, PY_TUPLE_ITEMS(a)[i]);
    if (r < 0) return NULL;
    eq = r;
  }
  return py_bool(op == PY_EQ ? eq : !eq);
}

static py_hash union_hash(py_object *self) {
  py_object *fs = py_frozenset_new(((union_object *)self)->args);
  if (!fs) return -1;
  py_hash h = py_hash_of(fs);
  py_decref(fs);
  return h;
}

/* isinstance(x, int | str) checks the members as a tuple (abstract.c), as CPython
 * 3.11 does: the union itself has no __instancecheck__. Borrowed. */
py_object *py__union_args(py_object *u) { return ((union_object *)u)->args; }

static py_object *union_get_args(py_object *self) {
  return py_newref(((union_object *)self)->args);
}
static py_object *union_get_parameters(py_object *self) {
  (void)self;
  return py_tuple_new(0);
}

static const py_getset_def union_getset[] = {
    {"__args__", union_get_args, NULL},
    {"__parameters__", union_get_parameters, NULL},
    {0},
};

py_type py__union_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "types.UnionType",
    .basicsize = sizeof(union_object),
    .getset = union_getset,
    .dealloc = union_dealloc,
    .repr = union_repr,
    .richcompare = union_richcompare,
    .hash = union_hash,
    .number = {[PY_OP_OR] = make_union},
};
