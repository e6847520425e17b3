/* runtime/py/object.c — py__dealloc, the `object` type (the root every class
 * inherits its default behaviour from) and the None / NotImplemented / Ellipsis
 * singletons with their types. */
#include "py/objimpl.h"

#include <stdlib.h>
#include <string.h>

/* Freeing a container frees what it holds, so dropping a list nested a million deep
 * recursed a million times in C and overflowed the stack (tests/robustness/programs/
 * deep_free_*.py). As CPython's "trashcan" does, deallocations nested deeper than
 * DEALLOC_MAX_DEPTH are put aside and run once the outermost one returns, from a
 * loop. The list of put-aside objects is plain malloc memory, outside the interpreter's
 * memory cap (freeing must not fail for lack of memory); if it cannot grow, the
 * object is freed at once, as before. */
#define DEALLOC_MAX_DEPTH 1000
static int dealloc_depth;
static py_object **deferred;
static size_t ndeferred, capdeferred;

/* Set by the _weakref module once a weak reference exists: kills the references to an
 * object that is being freed and runs their callbacks (mod__weakref.c). */
void (*py__weakref_dealloc_hook)(py_object *o);

static void dealloc_now(py_object *o) {
  py_type *t = PY_TYPE(o);
  if (py__weakref_dealloc_hook) py__weakref_dealloc_hook(o);
  dealloc_depth++;
  if (t->dealloc) t->dealloc(o);
  else py_type_free(o);
  dealloc_depth--;
}

static bool defer_dealloc(py_object *o) {
  if (ndeferred == capdeferred) {
    size_t cap = capdeferred ? capdeferred * 2 : 256;
    py_object **grown = realloc(deferred, cap * sizeof *grown);
    if (!grown) return false;
    deferred = grown;
    capdeferred = cap;
  }
  deferred[ndeferred++] = o;
  return true;
}

void py__dealloc(py_object *o) {
  if (dealloc_depth >= DEALLOC_MAX_DEPTH && defer_dealloc(o)) return;
  dealloc_now(o);
  if (dealloc_depth == 0)
    while (ndeferred) dealloc_now(deferred[--ndeferred]);
}

/* ===================================================================================
 * object
 * =================================================================================== */

py_object *py__repr_with_address(const char *what, const void *p) {
  return py_str_format("<%s object at %p>", what, p);
}

py_object *py__object_repr(py_object *self) {
  py_type *t = PY_TYPE(self);
  py_object *mod = NULL;
  if (PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)) {
    mod = py__type_dict_get(t, PY_ID(__module__));
  } else {
    mod = t->module;
  }
  if (mod && PY_STR_CHECK(mod) && !py_str_equal(mod, PY_ID(builtins)))
    return py_str_format("<%U.%U object at %p>", mod, t->qualname, (void *)self);
  return py_str_format("<%s object at %p>", t->name, (void *)self);
}

static py_object *object_str(py_object *self) {
  py_unaryfunc f = PY_TYPE(self)->repr;
  return f ? f(self) : py__object_repr(self);
}

static py_hash object_hash(py_object *self) { return py_hash_pointer(self); }

static py_object *object_richcompare(py_object *a, py_object *b, int op) {
  switch (op) {
  case PY_EQ:
    return py_newref(a == b ? PY_TRUE : PY_NOTIMPLEMENTED);
  case PY_NE: {
    /* By default != inverts __eq__ unless that is NotImplemented. */
    py_richcmpfunc eq = PY_TYPE(a)->richcompare;
    if (!eq) return py_newref(PY_NOTIMPLEMENTED);
    py_object *r = eq(a, b, PY_EQ);
    if (!r || r == PY_NOTIMPLEMENTED) return r;
    int t = py_truthy(r);
    py_decref(r);
    return t < 0 ? NULL : py_bool(!t);
  }
  default:
    return py_newref(PY_NOTIMPLEMENTED);
  }
}

static int excess_args(size_t nargs, py_object *kwnames) {
  return nargs > 0 || (kwnames && PY_TUPLE_SIZE(kwnames) > 0);
}

/* "Can't instantiate abstract class S with abstract methods a, b" (names sorted). */
static py_object *raise_abstract(py_type *t) {
  py_object *am = py_getattr_str((py_object *)t, "__abstractmethods__");
  if (!am) return NULL;
  py_object *names = py_list_from_iterable(am);
  py_decref(am);
  if (!names) return NULL;
  if (py_list_sort(names, NULL, 0) < 0) {
    py_decref(names);
    return NULL;
  }
  py_object *joined = py_str_from_cstr("");
  py_object *sep = py_str_from_cstr(", ");
  for (py_ssize i = 0; joined && sep && i < PY_LIST_SIZE(names); i++) {
    py_object *item = py_str(PY_LIST_ITEMS(names)[i]);
    py_object *a = item && i ? py_str_concat(joined, sep) : py_xnewref(item ? joined : NULL);
    py_object *b = a ? py_str_concat(a, item) : NULL;
    py_xdecref(a);
    py_xdecref(item);
    py_setref(&joined, b);
  }
  py_xdecref(sep);
  py_ssize n = PY_LIST_SIZE(names);
  py_decref(names);
  if (!joined) return NULL;
  py_raise(&py_exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
           t->name, n == 1 ? "" : "s", joined);
  py_decref(joined);
  return NULL;
}

py_object *py__object_new(py_type *t, py_object *const *args, size_t nargs,
                          py_object *kwnames) {
  (void)args;
  if (excess_args(nargs, kwnames)) {
    if (t->new != py__object_new)
      return py_raise(&py_exc_TypeError,
                      "object.__new__() takes exactly one argument (the type to instantiate)");
    if (t->init == py__object_init)
      return py_raise(&py_exc_TypeError, "%s() takes no arguments", t->name);
  }
  if (PY_HAS_FLAG(t, PY_TPFLAGS_ABSTRACT)) return raise_abstract(t);
  return py_type_alloc(t, 0);
}

int py__object_init(py_object *self, py_object *const *args, size_t nargs,
                    py_object *kwnames) {
  (void)args;
  py_type *t = PY_TYPE(self);
  if (excess_args(nargs, kwnames)) {
    if (t->init != py__object_init) {
      py_raise(&py_exc_TypeError,
               "object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (t->new == py__object_new) {
      py_raise(&py_exc_TypeError, "%s() takes no arguments", t->name);
      return -1;
    }
  }
  return 0;
}

void py__object_dealloc(py_object *self) { py_type_free(self); }

/* __class__: reading it is type(o); assigning is allowed between classes defined in
 * Python whose instances have the same layout. */
static py_object *object_get_class(py_object *self) {
  return py_newref((py_object *)PY_TYPE(self));
}

static int object_set_class(py_object *self, py_object *value) {
  if (!value) {
    py_raise(&py_exc_TypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (!PY_TYPE_CHECK(value)) {
    py_raise(&py_exc_TypeError, "__class__ must be set to a class, not '%T' object", value);
    return -1;
  }
  py_type *nt = (py_type *)value, *ot = PY_TYPE(self);
  /* Modules may change to and from ModuleType subclasses, as in CPython. */
  bool modules = py_type_is_subtype(nt, &py_module_type) && py_type_is_subtype(ot, &py_module_type);
  if (!modules && (!PY_HAS_FLAG(nt, PY_TPFLAGS_HEAPTYPE) || !PY_HAS_FLAG(ot, PY_TPFLAGS_HEAPTYPE))) {
    py_raise(&py_exc_TypeError,
             "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  if (!py__type_compatible_layout(ot, nt, "__class__")) return -1;
  py_incref(value);
  self->type = nt;
  py_decref((py_object *)ot);
  return 0;
}

static const py_getset_def object_getset[] = {
    {"__class__", object_get_class, object_set_class},
    {0},
};

/* The __dict__ of instances of classes defined in Python (added to their dicts). */
static py_object *instance_get_dict(py_object *self) {
  py_object *d = py__instance_dict(self);
  if (!d) {
    if (py_err_occurred()) return NULL;
    py_raise(&py_exc_AttributeError, "This object has no __dict__");
    return NULL;
  }
  return py_newref(d);
}

static int instance_set_dict(py_object *self, py_object *value) {
  py_object **dp = py__dictptr(self);
  if (!dp) {
    py_raise(&py_exc_AttributeError, "This object has no __dict__");
    return -1;
  }
  if (!value) {
    py_raise(&py_exc_TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!PY_DICT_CHECK(value)) {
    py_raise(&py_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", value);
    return -1;
  }
  py_incref(value);
  py_setref(dp, value);
  return 0;
}

const py_getset_def py__dict_getset = {"__dict__", instance_get_dict, instance_set_dict};

static py_object *object_format(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  if (py_args_check("__format__", nargs, kwnames, 1, 1) < 0) return NULL;
  if (!PY_STR_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
  if (PY_STR_SIZE(args[0]) > 0)
    return py_raise(&py_exc_TypeError, "unsupported format string passed to %s.__format__",
                    PY_TYPE(self)->name);
  return py_str(self);
}

static py_object *object_init_subclass(py_object *self, py_object *const *args, size_t nargs,
                                       py_object *kwnames) {
  (void)args;
  if (nargs > 0 || (kwnames && PY_TUPLE_SIZE(kwnames) > 0)) {
    py_type *t = (py_type *)self;
    return py_raise(&py_exc_TypeError, "%U.__init_subclass__() takes no keyword arguments",
                    t->qualname);
  }
  return py_newref(PY_NONE);
}

static py_object *object_subclasshook(py_object *self, py_object *const *args, size_t nargs,
                                      py_object *kwnames) {
  (void)self;
  (void)args;
  (void)nargs;
  (void)kwnames;
  return py_newref(PY_NOTIMPLEMENTED);
}

/* dir(obj): the instance's attributes and everything its class can see. */
static py_object *object_dir(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  (void)args;
  if (py_args_check("__dir__", nargs, kwnames, 0, 0) < 0) return NULL;
  py_object *d = py_dict_new();
  if (!d) return NULL;
  py_object **dp = py__dictptr(self);
  if (dp && *dp && PY_DICT_CHECK(*dp) && py_dict_update(d, *dp) < 0) goto fail;
  py_type *t = PY_TYPE(self);
  if (py__type_fill_mro_dicts(t) < 0) goto fail;
  for (py_ssize i = PY_TUPLE_SIZE(t->mro) - 1; i >= 0; i--)
    if (py_dict_update(d, ((py_type *)PY_TUPLE_ITEMS(t->mro)[i])->dict) < 0) goto fail;
  py_object *r = py_list_from_iterable(d);
  py_decref(d);
  return r;
fail:
  py_decref(d);
  return NULL;
}

/* ---- copying and pickling support: __reduce_ex__, __reduce__, __getstate__ ----
 * The protocol-2 reduction CPython's object gives: (copyreg.__newobj__, (cls, *args),
 * state, listitems, dictitems), which copy.copy/deepcopy rebuild the object from. */

/* __newobj__(cls, *args) is cls.__new__(cls, *args). */
static py_object *newobj(py_object *self, py_object *const *args, size_t nargs,
                         py_object *kwnames) {
  (void)self;
  if (nargs < 1 || !PY_TYPE_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "__newobj__ expected a class as first argument");
  py_object *new_fn = py_getattr(args[0], PY_ID(__new__));
  if (!new_fn) return NULL;
  py_object *r = py_call(new_fn, args, nargs, kwnames);
  py_decref(new_fn);
  return r;
}
static const py_method_def newobj_def = {"__newobj__", newobj, 0, NULL};

/* The default __getstate__: the instance __dict__ (None if empty), paired with the
 * __slots__ values when there are some. required: the object has no other way to be
 * rebuilt, so C-level state that cannot be captured is an error. */
static py_object *default_state(py_object *self, int required) {
  py_type *solid = PY_TYPE(self);
  while (PY_HAS_FLAG(solid, PY_TPFLAGS_HEAPTYPE)) solid = solid->base;
  if (required && solid != &py_object_type && solid->basicsize > (py_ssize)sizeof(py_object) &&
      !PY_EXC_CHECK(self))
    return py_raise(&py_exc_TypeError, "cannot pickle '%s' object", PY_TYPE(self)->name);
  py_object **dp = py__dictptr(self);
  py_object *dict = dp && *dp && py_dict_size(*dp) > 0 ? py_dict_copy(*dp) : py_newref(PY_NONE);
  if (!dict) return NULL;
  py_object *slots = py__slot_state(self);
  if (!slots) {
    py_decref(dict);
    return NULL;
  }
  if (slots == PY_NONE) {
    py_decref(slots);
    return dict;
  }
  py_object *r = py_tuple_pack(2, dict, slots);
  py_decref(dict);
  py_decref(slots);
  return r;
}

static py_object *object_getstate(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  (void)args;
  if (py_args_check("__getstate__", nargs, kwnames, 0, 0) < 0) return NULL;
  return default_state(self, 0);
}

static py_object *reduce_newobj(py_object *self) {
  py_type *t = PY_TYPE(self);
  if (!t->new) return py_raise(&py_exc_TypeError, "cannot pickle '%s' object", t->name);
  py_object *newargs = NULL, *state = NULL, *listitems = NULL, *dictitems = NULL, *r = NULL;
  /* __getnewargs__ gives the constructor's arguments (tuples, ints, namedtuples). */
  py_object *gna = py_getattr_opt(self, py_str_intern_cstr("__getnewargs__"));
  py_object *args = NULL;
  if (gna) {
    args = py_call0(gna);
    py_decref(gna);
    if (!args) return NULL;
    if (!PY_TUPLE_CHECK(args)) {
      py_raise(&py_exc_TypeError, "__getnewargs__ should return a tuple, not '%s'",
               PY_TYPE(args)->name);
      goto done;
    }
  } else if (py_err_occurred()) {
    return NULL;
  }
  py_ssize nargs = args ? PY_TUPLE_SIZE(args) : 0;
  newargs = py_tuple_new(nargs + 1);
  if (!newargs) goto done;
  PY_TUPLE_ITEMS(newargs)[0] = py_newref((py_object *)t);
  for (py_ssize i = 0; i < nargs; i++)
    PY_TUPLE_ITEMS(newargs)[i + 1] = py_newref(PY_TUPLE_ITEMS(args)[i]);
  int is_list = PY_LIST_CHECK(self), is_dict = PY_DICT_CHECK(self);
  py_object *gs = py_getattr_opt(self, py_str_intern_cstr("__getstate__"));
  if (gs) {
    state = py_call0(gs);
    py_decref(gs);
  } else if (!py_err_occurred()) {
    state = default_state(self, !args && !is_list && !is_dict);
  }
  if (!state) goto done;
  listitems = is_list ? py_iter(self) : py_newref(PY_NONE);
  if (!listitems) goto done;
  if (is_dict) {
    py_object *items = py_call_method(self, PY_ID(items), NULL, 0);
    dictitems = items ? py_iter(items) : NULL;
    py_xdecref(items);
  } else {
    dictitems = py_newref(PY_NONE);
  }
  if (!dictitems) goto done;
  py_object *fn = py_cfunction_new(&newobj_def, NULL);
  if (!fn) goto done;
  r = py_tuple_pack(5, fn, newargs, state, listitems, dictitems);
  py_decref(fn);
done:
  py_xdecref(args);
  py_xdecref(newargs);
  py_xdecref(state);
  py_xdecref(listitems);
  py_xdecref(dictitems);
  return r;
}

/* Protocols 0 and 1 (copyreg._reduce_ex in CPython) rebuild an instance from its
 * nearest builtin base; an instance of a builtin type itself (1j, 3, "s") has no such
 * base and cannot be reduced that way. */
static py_object *reduce_old_protocol(py_object *self) {
  py_type *solid = PY_TYPE(self);
  while (PY_HAS_FLAG(solid, PY_TPFLAGS_HEAPTYPE)) solid = solid->base;
  if (solid == PY_TYPE(self) && solid != &py_object_type)
    return py_raise(&py_exc_TypeError, "cannot pickle '%s' object", solid->name);
  return reduce_newobj(self);
}

static py_object *object_reduce(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  (void)args;
  if (py_args_check("__reduce__", nargs, kwnames, 0, 0) < 0) return NULL;
  return reduce_old_protocol(self);
}

static py_object *object_reduce_ex(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kwnames) {
  if (py_args_check("__reduce_ex__", nargs, kwnames, 1, 1) < 0) return NULL;
  /* A class that overrides __reduce__ is reduced by it. */
  static py_object *reduce_name;
  if (!reduce_name && !(reduce_name = py_str_intern_cstr("__reduce__"))) return NULL;
  py_object *mine = py_type_lookup(&py_object_type, reduce_name);
  py_object *theirs = py_type_lookup(PY_TYPE(self), reduce_name);
  if (theirs && theirs != mine) return py_call_method(self, reduce_name, NULL, 0);
  int64_t proto;
  if (py_int_as_i64(args[0], &proto) < 0) return NULL;
  return proto < 2 ? reduce_old_protocol(self) : reduce_newobj(self);
}

static py_object *object_sizeof(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  (void)args;
  if (py_args_check("__sizeof__", nargs, kwnames, 0, 0) < 0) return NULL;
  py_ssize n = py__sizeof(self); /* CPython's figure for this value (sizeof.c) */
  return n < 0 ? NULL : py_int_from_i64(n);
}

static const py_method_def object_methods[] = {
    {"__format__", object_format, 0, NULL},
    {"__init_subclass__", object_init_subclass, PY_METH_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, PY_METH_CLASS, NULL},
    {"__dir__", object_dir, 0, NULL},
    {"__reduce_ex__", object_reduce_ex, 0, NULL},
    {"__reduce__", object_reduce, 0, NULL},
    {"__getstate__", object_getstate, 0, NULL},
    {"__sizeof__", object_sizeof, 0, NULL},
    {0},
};

py_type py_object_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "object",
    .basicsize = sizeof(py_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .methods = object_methods,
    .getset = object_getset,
    .new = py__object_new,
    .init = py__object_init,
    .dealloc = py__object_dealloc,
    .repr = py__object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = py_generic_getattr,
    .setattr = py_generic_setattr,
};

/* ===================================================================================
 * None, NotImplemented, Ellipsis
 * =================================================================================== */

py_object py__none = {PY_IMMORTAL, &py_none_type};
py_object py__notimplemented = {PY_IMMORTAL, &py_notimplemented_type};
py_object py__ellipsis = {PY_IMMORTAL, &py_ellipsis_type};

static void immortal_dealloc(py_object *self) {
  /* An unbalanced decref reached zero: keep the singleton alive. */
  self->refcnt = PY_IMMORTAL;
}

static py_object *singleton_new(py_type *t, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  (void)args;
  if (excess_args(nargs, kwnames))
    return py_raise(&py_exc_TypeError, "%s takes no arguments", t->name);
  if (t == &py_none_type) return py_newref(PY_NONE);
  if (t == &py_notimplemented_type) return py_newref(PY_NOTIMPLEMENTED);
  return py_newref(PY_ELLIPSIS);
}

static py_object *none_repr(py_object *self) {
  (void)self;
  return py_str_from_cstr("None");
}
static int none_truth(py_object *self) {
  (void)self;
  return 0;
}

py_type py_none_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "NoneType",
    .basicsize = sizeof(py_object),
    .new = singleton_new,
    .dealloc = immortal_dealloc,
    .repr = none_repr,
    .truth = none_truth,
};

static py_object *notimplemented_repr(py_object *self) {
  (void)self;
  return py_str_from_cstr("NotImplemented");
}

py_type py_notimplemented_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "NotImplementedType",
    .basicsize = sizeof(py_object),
    .new = singleton_new,
    .dealloc = immortal_dealloc,
    .repr = notimplemented_repr,
};

static py_object *ellipsis_repr(py_object *self) {
  (void)self;
  return py_str_from_cstr("Ellipsis");
}

py_type py_ellipsis_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "ellipsis",
    .basicsize = sizeof(py_object),
    .new = singleton_new,
    .dealloc = immortal_dealloc,
    .repr = ellipsis_repr,
};
