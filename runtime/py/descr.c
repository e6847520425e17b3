/* runtime/py/descr.c — descriptors and callables that wrap other callables:
 * builtin functions and methods (cfunction), method and getset descriptors of static
 * types, bound methods, property, staticmethod, classmethod and super. */
#include "py/code.h"
#include "py/objimpl.h"

#include <string.h>

/* ===================================================================================
 * Helpers
 * =================================================================================== */

/* func(self, *args) through call (py_call, or py__call_on_chain for a bound method). */
static inline py_object *call_prepend(py_object *func, py_object *self, py_object *const *args,
                                      size_t nargs, py_object *kwnames,
                                      py_object *(*call)(py_object *, py_object *const *,
                                                         size_t, py_object *)) {
  size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
  size_t total = 1 + nargs + nkw;
  py_object *stack[8];
  py_object **buf = stack;
  if (total > 8) {
    buf = py_mem_alloc(total * sizeof(py_object *));
    if (!buf) return py_raise_nomemory();
  }
  buf[0] = self;
  if (nargs + nkw) memcpy(buf + 1, args, (nargs + nkw) * sizeof(py_object *));
  py_object *r = call(func, buf, nargs + 1, kwnames);
  if (buf != stack) py_mem_free(buf, total * sizeof(py_object *));
  return r;
}

py_object *py__call_prepend(py_object *func, py_object *self, py_object *const *args,
                            size_t nargs, py_object *kwnames) {
  return call_prepend(func, self, args, nargs, kwnames, py_call);
}

py_object *py__call_prepend_on_chain(py_object *func, py_object *self, py_object *const *args,
                                     size_t nargs, py_object *kwnames) {
  return call_prepend(func, self, args, nargs, kwnames, py__call_on_chain);
}

py_object *py__descr_bind(py_object *descr, py_object *obj, py_type *type) {
  py_descrgetfunc get = PY_TYPE(descr)->descr_get;
  if (!get) return py_newref(descr);
  return get(descr, obj, (py_object *)type);
}

static int no_kwargs(const char *fname, py_object *kwnames) {
  if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
    py_raise(&py_exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
  }
  return 0;
}

/* ===================================================================================
 * Builtin functions and methods
 * =================================================================================== */

py_object *py_cfunction_new(const py_method_def *def, py_object *self) {
  py__cfunction_object *f = (py__cfunction_object *)py_type_alloc(&py_cfunction_type, 0);
  if (!f) return NULL;
  f->def = def;
  f->self = py_xnewref(self);
  return (py_object *)f;
}

static py_object *cfunction_call(py_object *callable, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  py__cfunction_object *f = (py__cfunction_object *)callable;
  return f->def->fn(f->self, args, nargs, kwnames);
}

static void cfunction_dealloc(py_object *self) {
  py__cfunction_object *f = (py__cfunction_object *)self;
  py_xdecref(f->self);
  py_type_free(self);
}

static int bound_to_instance(py__cfunction_object *f) {
  return f->self && !PY_IS_TYPE(f->self, &py_module_type) &&
         !py_type_is_subtype(PY_TYPE(f->self), &py_module_type);
}

static py_object *cfunction_repr(py_object *self) {
  py__cfunction_object *f = (py__cfunction_object *)self;
  if (!bound_to_instance(f)) return py_str_format("<built-in function %s>", f->def->name);
  if (PY_TYPE_CHECK(f->self))
    return py_str_format("<built-in method %s of type object at %p>", f->def->name,
                         (void *)f->self);
  return py_str_format("<built-in method %s of %s object at %p>", f->def->name,
                       PY_TYPE(f->self)->name, (void *)f->self);
}

static py_object *cfunction_richcompare(py_object *a, py_object *b, int op) {
  if ((op != PY_EQ && op != PY_NE) || !PY_IS_TYPE(b, &py_cfunction_type))
    return py_newref(PY_NOTIMPLEMENTED);
  py__cfunction_object *x = (py__cfunction_object *)a, *y = (py__cfunction_object *)b;
  int eq = x->def == y->def && x->self == y->self;
  return py_bool(op == PY_EQ ? eq : !eq);
}

static py_hash cfunction_hash(py_object *self) {
  py__cfunction_object *f = (py__cfunction_object *)self;
  py_hash h = py_hash_pointer(f->def) ^ (f->self ? py_hash_pointer(f->self) : 0);
  return h == -1 ? -2 : h;
}

static py_object *cfunction_get_name(py_object *self) {
  return py_str_from_cstr(((py__cfunction_object *)self)->def->name);
}

static py_object *cfunction_get_qualname(py_object *self) {
  py__cfunction_object *f = (py__cfunction_object *)self;
  if (!bound_to_instance(f)) return py_str_from_cstr(f->def->name);
  py_object *owner = PY_TYPE_CHECK(f->self) ? f->self : (py_object *)PY_TYPE(f->self);
  py_object *q = py_getattr(owner, PY_ID(__qualname__));
  if (!q) return NULL;
  py_object *r = py_str_format("%U.%s", q, f->def->name);
  py_decref(q);
  return r;
}

static py_object *cfunction_get_self(py_object *self) {
  py__cfunction_object *f = (py__cfunction_object *)self;
  return py_newref(f->self ? f->self : PY_NONE);
}

static py_object *cfunction_get_doc(py_object *self) {
  py__cfunction_object *f = (py__cfunction_object *)self;
  return f->def->doc ? py_str_from_cstr(f->def->doc) : py_newref(PY_NONE);
}

static py_object *cfunction_get_module(py_object *self) {
  py__cfunction_object *f = (py__cfunction_object *)self;
  if (f->self && PY_IS_TYPE(f->self, &py_module_type)) {
    py_object *n = py_dict_get(((py__module_object *)f->self)->dict, PY_ID(__name__));
    if (n) return py_newref(n);
  }
  return py_newref(PY_NONE);
}

static const py_getset_def cfunction_getset[] = {
    {"__name__", cfunction_get_name, NULL},
    {"__qualname__", cfunction_get_qualname, NULL},
    {"__self__", cfunction_get_self, NULL},
    {"__doc__", cfunction_get_doc, NULL},
    {"__module__", cfunction_get_module, NULL},
    {0},
};

py_type py_cfunction_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(py__cfunction_object),
    .getset = cfunction_getset,
    .dealloc = cfunction_dealloc,
    .repr = cfunction_repr,
    .richcompare = cfunction_richcompare,
    .hash = cfunction_hash,
    .call = cfunction_call,
};

/* T.__new__(S, *args): S must be a subtype of T whose nearest builtin base builds
 * instances with T's constructor. */
static py_object *tp_new_wrapper(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  py_type *type = (py_type *)self;
  if (nargs < 1)
    return py_raise(&py_exc_TypeError, "%s.__new__(): not enough arguments", type->name);
  if (!PY_TYPE_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "%s.__new__(X): X is not a type object (%T)", type->name,
                    args[0]);
  py_type *sub = (py_type *)args[0];
  if (!py_type_is_subtype(sub, type))
    return py_raise(&py_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", type->name,
                    sub->name, sub->name, type->name);
  py_type *staticbase = sub;
  while (staticbase && PY_HAS_FLAG(staticbase, PY_TPFLAGS_HEAPTYPE)) staticbase = staticbase->base;
  if (staticbase && staticbase->new != type->new)
    return py_raise(&py_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                    type->name, sub->name, staticbase->name);
  return type->new(sub, args + 1, nargs - 1, kwnames);
}

const py_method_def py__tp_new_def = {"__new__", tp_new_wrapper, 0,
                                      "Create and return a new object."};

/* ===================================================================================
 * Method descriptors of static types (list.append) and their classmethod variant
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_type *owner;
  const py_method_def *def;
} method_descr;

py_object *py__method_descr_new(py_type *owner, const py_method_def *def) {
  py_type *t = def->flags & PY_METH_CLASS ? &py__classmethod_descr_type : &py_method_descr_type;
  method_descr *d = (method_descr *)py_type_alloc(t, 0);
  if (!d) return NULL;
  d->owner = owner;
  d->def = def;
  return (py_object *)d;
}

static int descr_check(method_descr *d, py_object *obj) {
  if (PY_TYPE(obj) == d->owner || py_type_is_subtype(PY_TYPE(obj), d->owner)) return 0;
  py_raise(&py_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
           d->def->name, d->owner->name, PY_TYPE(obj)->name);
  return -1;
}

const py_method_def *py__builtin_def(py_object *callable) {
  py_type *t = PY_TYPE(callable);
  if (t == &py_cfunction_type) return ((py__cfunction_object *)callable)->def;
  if (t == &py_method_descr_type) return ((method_descr *)callable)->def;
  return NULL;
}

static py_object *method_descr_get(py_object *descr, py_object *obj, py_object *type) {
  (void)type;
  method_descr *d = (method_descr *)descr;
  if (!obj) return py_newref(descr);
  if (descr_check(d, obj) < 0) return NULL;
  return py_cfunction_new(d->def, obj);
}

static py_object *method_descr_call(py_object *callable, py_object *const *args, size_t nargs,
                                    py_object *kwnames) {
  method_descr *d = (method_descr *)callable;
  if (nargs < 1)
    return py_raise(&py_exc_TypeError, "unbound method %s.%s() needs an argument",
                    d->owner->name, d->def->name);
  if (descr_check(d, args[0]) < 0) return NULL;
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static py_object *method_descr_repr(py_object *self) {
  method_descr *d = (method_descr *)self;
  return py_str_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static py_object *method_descr_get_name(py_object *self) {
  return py_str_from_cstr(((method_descr *)self)->def->name);
}
static py_object *method_descr_get_qualname(py_object *self) {
  method_descr *d = (method_descr *)self;
  return py_str_format("%s.%s", d->owner->name, d->def->name);
}
static py_object *method_descr_get_objclass(py_object *self) {
  return py_newref((py_object *)((method_descr *)self)->owner);
}
static py_object *method_descr_get_doc(py_object *self) {
  method_descr *d = (method_descr *)self;
  return d->def->doc ? py_str_from_cstr(d->def->doc) : py_newref(PY_NONE);
}

static const py_getset_def method_descr_getset[] = {
    {"__name__", method_descr_get_name, NULL},
    {"__qualname__", method_descr_get_qualname, NULL},
    {"__objclass__", method_descr_get_objclass, NULL},
    {"__doc__", method_descr_get_doc, NULL},
    {0},
};

py_type py_method_descr_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "method_descriptor",
    .basicsize = sizeof(method_descr),
    .flags = PY_TPFLAGS_METHOD_DESCRIPTOR,
    .getset = method_descr_getset,
    .dealloc = py__object_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
};

static py_object *classmethod_descr_get(py_object *descr, py_object *obj, py_object *type) {
  method_descr *d = (method_descr *)descr;
  if (!type) type = (py_object *)PY_TYPE(obj);
  if (!PY_TYPE_CHECK(type) || !py_type_is_subtype((py_type *)type, d->owner))
    return py_raise(&py_exc_TypeError,
                    "descriptor '%s' for type '%s' needs a subtype of '%s'", d->def->name,
                    d->owner->name, d->owner->name);
  return py_cfunction_new(d->def, type);
}

static py_object *classmethod_descr_call(py_object *callable, py_object *const *args,
                                         size_t nargs, py_object *kwnames) {
  method_descr *d = (method_descr *)callable;
  if (nargs < 1)
    return py_raise(&py_exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                    d->def->name, d->owner->name);
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

py_type py__classmethod_descr_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "classmethod_descriptor",
    .basicsize = sizeof(method_descr),
    .getset = method_descr_getset,
    .dealloc = py__object_dealloc,
    .repr = method_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
};

/* ===================================================================================
 * getset descriptors
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_type *owner;
  const py_getset_def *def;
} getset_descr;

py_object *py__getset_descr_new(py_type *owner, const py_getset_def *def) {
  getset_descr *d = (getset_descr *)py_type_alloc(&py_getset_descr_type, 0);
  if (!d) return NULL;
  d->owner = owner;
  d->def = def;
  if (PY_HAS_FLAG(owner, PY_TPFLAGS_HEAPTYPE)) py_incref((py_object *)owner);
  return (py_object *)d;
}

static void getset_descr_dealloc(py_object *self) {
  getset_descr *d = (getset_descr *)self;
  if (PY_HAS_FLAG(d->owner, PY_TPFLAGS_HEAPTYPE)) py_decref((py_object *)d->owner);
  py_type_free(self);
}

static int getset_check(getset_descr *d, py_object *obj) {
  if (PY_TYPE(obj) == d->owner || py_type_is_subtype(PY_TYPE(obj), d->owner)) return 0;
  py_raise(&py_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
           d->def->name, d->owner->name, PY_TYPE(obj)->name);
  return -1;
}

static py_object *getset_get(py_object *descr, py_object *obj, py_object *type) {
  (void)type;
  getset_descr *d = (getset_descr *)descr;
  if (!obj) return py_newref(descr);
  if (getset_check(d, obj) < 0) return NULL;
  return d->def->get(obj);
}

static int getset_set(py_object *descr, py_object *obj, py_object *value) {
  getset_descr *d = (getset_descr *)descr;
  if (getset_check(d, obj) < 0) return -1;
  if (!d->def->set) {
    py_raise(&py_exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
             d->def->name, d->owner->name);
    return -1;
  }
  return d->def->set(obj, value);
}

static py_object *getset_repr(py_object *self) {
  getset_descr *d = (getset_descr *)self;
  return py_str_format("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static py_object *getset_get_name(py_object *self) {
  return py_str_from_cstr(((getset_descr *)self)->def->name);
}
static py_object *getset_get_objclass(py_object *self) {
  return py_newref((py_object *)((getset_descr *)self)->owner);
}

static const py_getset_def getset_descr_getset[] = {
    {"__name__", getset_get_name, NULL},
    {"__objclass__", getset_get_objclass, NULL},
    {0},
};

py_type py_getset_descr_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "getset_descriptor",
    .basicsize = sizeof(getset_descr),
    .getset = getset_descr_getset,
    .dealloc = getset_descr_dealloc,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
};

/* ===================================================================================
 * Member descriptors (__slots__)
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_type *owner; /* borrowed: the class's dict holds the descriptor */
  py_object *name;
  py_ssize offset;
} member_descr;


py_object *py__member_descr_new(py_type *owner, py_object *name, py_ssize offset) {
  member_descr *d = (member_descr *)py_type_alloc(&py__member_descr_type, 0);
  if (!d) return NULL;
  d->owner = owner;
  d->name = py_newref(name);
  d->offset = offset;
  return (py_object *)d;
}

void py__clear_slot_members(py_type *t, py_object *obj) {
  /* type_new lays t's slots out right after its base's fields (8-aligned), followed
   * only by the __dict__ pointer when t added one: clear that range, not the walk of
   * the class dict this was (a Context, with __slots__, dies per task and callback). */
  py_ssize start = (t->base->basicsize + 7) & ~(py_ssize)7;
  for (py_ssize off = start; off + (py_ssize)sizeof(py_object *) <= t->basicsize;
       off += (py_ssize)sizeof(py_object *)) {
    if (off == t->dictoffset) continue;
    PY_CLEAR(*(py_object **)((char *)obj + off));
  }
}

py_object *py__slot_state(py_object *obj) {
  py_object *state = NULL;
  py_object *mro = PY_TYPE(obj)->mro;
  for (py_ssize i = 0; mro && i < PY_TUPLE_SIZE(mro); i++) {
    py_type *t = (py_type *)PY_TUPLE_ITEMS(mro)[i];
    if (!PY_HAS_FLAG(t, PY__TPFLAGS_HAS_SLOTS)) continue;
    py_ssize pos = 0;
    py_object *k, *v;
    while (py_dict_next(t->dict, &pos, &k, &v)) {
      if (!PY_IS_TYPE(v, &py__member_descr_type) || ((member_descr *)v)->owner != t) continue;
      py_object *value = *(py_object **)((char *)obj + ((member_descr *)v)->offset);
      if (!value) continue;
      if (!state && !(state = py_dict_new())) return NULL;
      if (py_dict_set(state, ((member_descr *)v)->name, value) < 0) {
        py_decref(state);
        return NULL;
      }
    }
  }
  return state ? state : py_newref(PY_NONE);
}

static void member_dealloc(py_object *self) {
  py_decref(((member_descr *)self)->name);
  py_type_free(self);
}

static int member_check(member_descr *d, py_object *obj) {
  if (py_type_is_subtype(PY_TYPE(obj), d->owner)) return 0;
  py_raise(&py_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
           d->name, d->owner->name, PY_TYPE(obj)->name);
  return -1;
}

static py_object *member_get(py_object *descr, py_object *obj, py_object *type) {
  (void)type;
  member_descr *d = (member_descr *)descr;
  if (!obj) return py_newref(descr);
  if (member_check(d, obj) < 0) return NULL;
  py_object *v = *(py_object **)((char *)obj + d->offset);
  if (!v) return py__raise_no_attribute(obj, d->name);
  return py_newref(v);
}

static int member_set(py_object *descr, py_object *obj, py_object *value) {
  member_descr *d = (member_descr *)descr;
  if (member_check(d, obj) < 0) return -1;
  py_object **slot = (py_object **)((char *)obj + d->offset);
  if (!value && !*slot) {
    py_raise(&py_exc_AttributeError, "%U", d->name);
    return -1;
  }
  py_setref(slot, py_xnewref(value));
  return 0;
}

py_ssize py__member_offset(py_object *descr, py_type *t) {
  if (PY_TYPE(descr) != &py__member_descr_type) return -1;
  member_descr *d = (member_descr *)descr;
  return py_type_is_subtype(t, d->owner) ? d->offset : -1;
}

static py_object *member_repr(py_object *self) {
  member_descr *d = (member_descr *)self;
  return py_str_format("<member '%U' of '%s' objects>", d->name, d->owner->name);
}

static py_object *member_get_name(py_object *self) {
  return py_newref(((member_descr *)self)->name);
}

static const py_getset_def member_getset[] = {
    {"__name__", member_get_name, NULL},
    {0},
};

py_type py__member_descr_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "member_descriptor",
    .basicsize = sizeof(member_descr),
    .getset = member_getset,
    .dealloc = member_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
};

/* ===================================================================================
 * Bound methods of Python functions
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *func;
  py_object *self;
} bound_method;

py_object *py_method_new(py_object *func, py_object *self) {
  bound_method *m = (bound_method *)py_type_alloc(&py_bound_method_type, 0);
  if (!m) return NULL;
  m->func = py_newref(func);
  m->self = py_newref(self);
  return (py_object *)m;
}

static py_object *method_new(py_type *t, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  (void)t;
  if (no_kwargs("method", kwnames) < 0) return NULL;
  if (nargs != 2)
    return py_raise(&py_exc_TypeError, "method expected 2 arguments, got %zd", (py_ssize)nargs);
  if (!PY_TYPE(args[0])->call)
    return py_raise(&py_exc_TypeError, "first argument must be callable");
  if (args[1] == PY_NONE) return py_raise(&py_exc_TypeError, "instance must not be None");
  return py_method_new(args[0], args[1]);
}

static void method_dealloc(py_object *self) {
  bound_method *m = (bound_method *)self;
  py_decref(m->func);
  py_decref(m->self);
  py_type_free(self);
}

static py_object *method_call(py_object *callable, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  bound_method *m = (bound_method *)callable;
  /* On the Asyncify chain: a bound method's function may suspend (code.h). */
  return call_prepend(m->func, m->self, args, nargs, kwnames, py__call_on_chain);
}

static py_object *method_repr(py_object *self) {
  bound_method *m = (bound_method *)self;
  py_object *name = py_getattr_opt(m->func, PY_ID(__qualname__));
  if (!name && !py_err_occurred()) name = py_getattr_opt(m->func, PY_ID(__name__));
  if (!name) {
    if (py_err_occurred()) return NULL;
    name = py_str_from_cstr("?");
    if (!name) return NULL;
  }
  py_object *r = py_str_format("<bound method %S of %R>", name, m->self);
  py_decref(name);
  return r;
}

static py_object *method_richcompare(py_object *a, py_object *b, int op) {
  if ((op != PY_EQ && op != PY_NE) || !PY_IS_TYPE(b, &py_bound_method_type))
    return py_newref(PY_NOTIMPLEMENTED);
  bound_method *x = (bound_method *)a, *y = (bound_method *)b;
  int eq = x->self == y->self;
  if (eq) {
    eq = py_richcompare_bool(x->func, y->func, PY_EQ);
    if (eq < 0) return NULL;
  }
  return py_bool(op == PY_EQ ? eq : !eq);
}

static py_hash method_hash(py_object *self) {
  bound_method *m = (bound_method *)self;
  py_hash y = py_hash_of(m->func);
  if (y == -1) return -1;
  py_hash h = py_hash_pointer(m->self) ^ y;
  return h == -1 ? -2 : h;
}

/* Attributes not found on the method come from the function (__name__, __doc__). */
static py_object *method_getattr(py_object *self, py_object *name) {
  py_object *descr = py_type_lookup(PY_TYPE(self), name);
  if (descr) {
    py_descrgetfunc get = PY_TYPE(descr)->descr_get;
    if (get) return get(descr, self, (py_object *)PY_TYPE(self));
    return py_newref(descr);
  }
  return py_getattr(((bound_method *)self)->func, name);
}

static py_object *method_get_func(py_object *self) {
  return py_newref(((bound_method *)self)->func);
}
static py_object *method_get_self(py_object *self) {
  return py_newref(((bound_method *)self)->self);
}
static py_object *method_get_doc(py_object *self) {
  return py_getattr(((bound_method *)self)->func, PY_ID(__doc__));
}

static const py_getset_def method_getset[] = {
    {"__func__", method_get_func, NULL},
    {"__self__", method_get_self, NULL},
    {"__doc__", method_get_doc, NULL},
    {0},
};

py_type py_bound_method_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "method",
    .basicsize = sizeof(bound_method),
    .getset = method_getset,
    .new = method_new,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .getattr = method_getattr,
    .call = method_call,
    /* No descr_get: a bound method stored on a class stays bound to its object (and
     * CPython 3.11's method type has no __get__). */
};

/* ===================================================================================
 * property
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *fget, *fset, *fdel, *doc, *name;
  bool getter_doc; /* doc came from fget.__doc__ */
} property_object;

static const char *const property_params[] = {"fget", "fset", "fdel", "doc"};
static const py_params property_sig = {"property", property_params, 4, 0, 4, 0};

static py_object *property_new(py_type *t, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return py_type_alloc(t, 0);
}

static int property_init(py_object *self, py_object *const *args, size_t nargs,
                         py_object *kwnames) {
  property_object *p = (property_object *)self;
  py_object *a[4];
  if (py_args_bind(&property_sig, args, nargs, kwnames, a) < 0) return -1;
  for (int i = 0; i < 4; i++)
    if (a[i] == PY_NONE) a[i] = NULL;
  py_setref(&p->fget, py_xnewref(a[0]));
  py_setref(&p->fset, py_xnewref(a[1]));
  py_setref(&p->fdel, py_xnewref(a[2]));
  py_setref(&p->doc, py_xnewref(a[3]));
  p->getter_doc = false;
  if (!p->doc && p->fget) {
    py_object *d = py_getattr_opt(p->fget, PY_ID(__doc__));
    if (!d && py_err_occurred()) return -1;
    if (d && d != PY_NONE) {
      p->doc = d;
      p->getter_doc = true;
    } else {
      py_xdecref(d);
    }
  }
  /* A subclass keeps the doc in its instance __dict__ (CPython does the same). */
  if (p->doc && !PY_IS_TYPE(self, &py_property_type)) {
    py_object *d = py__instance_dict(self);
    if (d && py_dict_set(d, PY_ID(__doc__), p->doc) < 0) return -1;
  }
  return 0;
}

static void property_dealloc(py_object *self) {
  property_object *p = (property_object *)self;
  py_xdecref(p->fget);
  py_xdecref(p->fset);
  py_xdecref(p->fdel);
  py_xdecref(p->doc);
  py_xdecref(p->name);
  py_type_free(self);
}

static py_object *property_name_for_error(property_object *p) {
  if (p->name) return py_repr(p->name);
  return NULL;
}

static py_object *property_get(py_object *self, py_object *obj, py_object *type) {
  (void)type;
  property_object *p = (property_object *)self;
  if (!obj) return py_newref(self);
  if (!p->fget) {
    py_object *n = property_name_for_error(p);
    if (n) {
      py_raise(&py_exc_AttributeError, "property %U of '%s' object has no getter", n,
               PY_TYPE(obj)->name);
      py_decref(n);
    } else if (!py_err_occurred()) {
      py_raise(&py_exc_AttributeError, "unreadable attribute");
    }
    return NULL;
  }
  return py_call1(p->fget, obj);
}

static int property_set(py_object *self, py_object *obj, py_object *value) {
  property_object *p = (property_object *)self;
  py_object *f = value ? p->fset : p->fdel;
  if (!f) {
    py_object *n = property_name_for_error(p);
    if (n) {
      py_raise(&py_exc_AttributeError, "property %U of '%s' object has no %s", n,
               PY_TYPE(obj)->name, value ? "setter" : "deleter");
      py_decref(n);
    } else if (!py_err_occurred()) {
      py_raise(&py_exc_AttributeError, value ? "can't set attribute" : "can't delete attribute");
    }
    return -1;
  }
  py_object *r = value ? py_call2(f, obj, value) : py_call1(f, obj);
  if (!r) return -1;
  py_decref(r);
  return 0;
}

/* property.getter/setter/deleter: a copy with one accessor replaced. */
static py_object *property_copy(py_object *self, py_object *fget, py_object *fset,
                                py_object *fdel) {
  property_object *p = (property_object *)self;
  py_object *doc = p->getter_doc && fget != p->fget ? PY_NONE : p->doc ? p->doc : PY_NONE;
  py_object *args[4] = {fget ? fget : PY_NONE, fset ? fset : PY_NONE, fdel ? fdel : PY_NONE,
                        doc};
  py_object *n = py_call((py_object *)PY_TYPE(self), args, 4, NULL);
  if (n && PY_TYPE(n) == PY_TYPE(self) && p->name)
    py_setref(&((property_object *)n)->name, py_newref(p->name));
  return n;
}

static py_object *property_getter(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  if (py_args_check("getter", nargs, kwnames, 1, 1) < 0) return NULL;
  property_object *p = (property_object *)self;
  return property_copy(self, args[0], p->fset, p->fdel);
}
static py_object *property_setter(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  if (py_args_check("setter", nargs, kwnames, 1, 1) < 0) return NULL;
  property_object *p = (property_object *)self;
  return property_copy(self, p->fget, args[0], p->fdel);
}
static py_object *property_deleter(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kwnames) {
  if (py_args_check("deleter", nargs, kwnames, 1, 1) < 0) return NULL;
  property_object *p = (property_object *)self;
  return property_copy(self, p->fget, p->fset, args[0]);
}
static py_object *property_set_name(py_object *self, py_object *const *args, size_t nargs,
                                    py_object *kwnames) {
  if (py_args_check("__set_name__", nargs, kwnames, 2, 2) < 0) return NULL;
  property_object *p = (property_object *)self;
  py_setref(&p->name, py_newref(args[1]));
  return py_newref(PY_NONE);
}

static const py_method_def property_methods[] = {
    {"getter", property_getter, 0, NULL},
    {"setter", property_setter, 0, NULL},
    {"deleter", property_deleter, 0, NULL},
    {"__set_name__", property_set_name, 0, NULL},
    {0},
};

#define PROPERTY_FIELD_GETTER(field)                          \
  static py_object *property_get_##field(py_object *self) {  \
    py_object *v = ((property_object *)self)->field;         \
    return py_newref(v ? v : PY_NONE);                       \
  }
PROPERTY_FIELD_GETTER(fget)
PROPERTY_FIELD_GETTER(fset)
PROPERTY_FIELD_GETTER(fdel)

static py_object *property_get_doc(py_object *self) {
  py_object *v = ((property_object *)self)->doc;
  return py_newref(v ? v : PY_NONE);
}
static int property_set_doc(py_object *self, py_object *value) {
  py_setref(&((property_object *)self)->doc, py_xnewref(value));
  return 0;
}
static py_object *property_get_isabstract(py_object *self) {
  property_object *p = (property_object *)self;
  py_object *fs[3] = {p->fget, p->fset, p->fdel};
  static py_object *name;
  if (!name && !(name = py_str_intern_cstr("__isabstractmethod__"))) return NULL;
  for (int i = 0; i < 3; i++) {
    if (!fs[i]) continue;
    py_object *v = py_getattr_opt(fs[i], name);
    if (!v) {
      if (py_err_occurred()) return NULL;
      continue;
    }
    int t = py_truthy(v);
    py_decref(v);
    if (t != 0) return t < 0 ? NULL : py_bool(1);
  }
  return py_bool(0);
}

static const py_getset_def property_getset[] = {
    {"fget", property_get_fget, NULL},
    {"fset", property_get_fset, NULL},
    {"fdel", property_get_fdel, NULL},
    {"__doc__", property_get_doc, property_set_doc},
    {"__isabstractmethod__", property_get_isabstract, NULL},
    {0},
};

py_type py_property_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "property",
    .basicsize = sizeof(property_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .methods = property_methods,
    .getset = property_getset,
    .new = property_new,
    .init = property_init,
    .dealloc = property_dealloc,
    .descr_get = property_get,
    .descr_set = property_set,
};

/* ===================================================================================
 * staticmethod and classmethod
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *dict; /* __dict__: functools.wraps copies __name__, __doc__, ... here */
  py_object *func;
} wrapper_object;

static py_object *wrapper_new(py_type *t, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return py_type_alloc(t, 0);
}

static int wrapper_init_common(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames, const char *name) {
  if (no_kwargs(name, kwnames) < 0) return -1;
  if (nargs != 1) {
    py_raise(&py_exc_TypeError, "%s expected 1 argument, got %zd", name, (py_ssize)nargs);
    return -1;
  }
  wrapper_object *w = (wrapper_object *)self;
  py_setref(&w->func, py_newref(args[0]));
  /* Copy __name__, __qualname__, __doc__, __module__ as functools.wraps would. */
  static const char *const attrs[] = {"__module__", "__name__", "__qualname__", "__doc__"};
  for (int i = 0; i < 4; i++) {
    py_object *v = py_getattr_str(args[0], attrs[i]);
    if (!v) {
      if (!py_err_matches(&py_exc_AttributeError)) return -1;
      py_err_clear();
      continue;
    }
    py_object *d = py__instance_dict(self);
    int r = d ? py_dict_set_str(d, attrs[i], v) : -1;
    py_decref(v);
    if (r < 0) return -1;
  }
  return 0;
}

static int staticmethod_init(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  return wrapper_init_common(self, args, nargs, kwnames, "staticmethod");
}
static int classmethod_init(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  return wrapper_init_common(self, args, nargs, kwnames, "classmethod");
}

static void wrapper_dealloc(py_object *self) {
  wrapper_object *w = (wrapper_object *)self;
  py_xdecref(w->dict);
  py_xdecref(w->func);
  py_type_free(self);
}

static py_object *staticmethod_get(py_object *self, py_object *obj, py_object *type) {
  (void)obj;
  (void)type;
  wrapper_object *w = (wrapper_object *)self;
  if (!w->func) return py_raise(&py_exc_RuntimeError, "uninitialized staticmethod object");
  return py_newref(w->func);
}

static py_object *staticmethod_call(py_object *callable, py_object *const *args, size_t nargs,
                                    py_object *kwnames) {
  wrapper_object *w = (wrapper_object *)callable;
  return py_call(w->func, args, nargs, kwnames);
}

static py_object *classmethod_get(py_object *self, py_object *obj, py_object *type) {
  wrapper_object *w = (wrapper_object *)self;
  if (!w->func) return py_raise(&py_exc_RuntimeError, "uninitialized classmethod object");
  if (!type) type = (py_object *)PY_TYPE(obj);
  /* Chained descriptors (a classmethod over a property) bind through __get__. */
  py_descrgetfunc get = PY_TYPE(w->func)->descr_get;
  if (get && !PY_HAS_FLAG(PY_TYPE(w->func), PY_TPFLAGS_METHOD_DESCRIPTOR) &&
      !PY_IS_TYPE(w->func, &py_cfunction_type))
    return get(w->func, type, type);
  return py_method_new(w->func, type);
}

static py_object *wrapper_repr(py_object *self) {
  wrapper_object *w = (wrapper_object *)self;
  const char *name = PY_TYPE(self)->name;
  if (!w->func) return py_str_format("<%s(NULL)>", name);
  return py_str_format("<%s(%R)>", name, w->func);
}

static py_object *wrapper_get_func(py_object *self) {
  wrapper_object *w = (wrapper_object *)self;
  return py_newref(w->func ? w->func : PY_NONE);
}
static py_object *wrapper_get_isabstract(py_object *self) {
  wrapper_object *w = (wrapper_object *)self;
  if (!w->func) return py_bool(0);
  py_object *v = py_getattr_opt(w->func, py_str_intern_cstr("__isabstractmethod__"));
  if (!v) return py_err_occurred() ? NULL : py_bool(0);
  return v;
}

static py_object *wrapper_get_dict(py_object *self) {
  py_object *d = py__instance_dict(self);
  return d ? py_newref(d) : NULL;
}

static const py_getset_def wrapper_getset[] = {
    {"__func__", wrapper_get_func, NULL},
    {"__wrapped__", wrapper_get_func, NULL},
    {"__isabstractmethod__", wrapper_get_isabstract, NULL},
    {"__dict__", wrapper_get_dict, NULL},
    {0},
};

py_type py_staticmethod_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "staticmethod",
    .basicsize = sizeof(wrapper_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .dictoffset = offsetof(wrapper_object, dict),
    .getset = wrapper_getset,
    .new = wrapper_new,
    .init = staticmethod_init,
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
};

py_type py_classmethod_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "classmethod",
    .basicsize = sizeof(wrapper_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .dictoffset = offsetof(wrapper_object, dict),
    .getset = wrapper_getset,
    .new = wrapper_new,
    .init = classmethod_init,
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .descr_get = classmethod_get,
};

/* ===================================================================================
 * super
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_type *type;     /* the class named (or found in the __class__ cell) */
  py_object *obj;    /* the instance or class, or NULL when unbound */
  py_type *obj_type; /* where to take the mro from */
} super_object;

int (*py_super_zero_args)(py_object **type, py_object **obj);

static py_type *supercheck(py_type *type, py_object *obj) {
  if (PY_TYPE_CHECK(obj) && py_type_is_subtype((py_type *)obj, type)) return (py_type *)obj;
  if (py_type_is_subtype(PY_TYPE(obj), type)) return PY_TYPE(obj);
  /* A proxy claiming another class through __class__. */
  py_object *cls = py_getattr_opt(obj, PY_ID(__class__));
  if (cls) {
    if (PY_TYPE_CHECK(cls) && cls != (py_object *)PY_TYPE(obj) &&
        py_type_is_subtype((py_type *)cls, type)) {
      py_decref(cls);
      return (py_type *)cls;
    }
    py_decref(cls);
  }
  if (!py_err_occurred())
    py_raise(&py_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return NULL;
}

static py_object *super_new(py_type *t, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return py_type_alloc(t, 0);
}

static int super_init(py_object *self, py_object *const *args, size_t nargs,
                      py_object *kwnames) {
  super_object *s = (super_object *)self;
  if (no_kwargs("super", kwnames) < 0) return -1;
  if (nargs > 2) {
    py_raise(&py_exc_TypeError, "super() takes at most 2 arguments (%zd given)",
             (py_ssize)nargs);
    return -1;
  }
  py_object *type, *obj = NULL;
  if (nargs == 0) {
    if (!py_super_zero_args) {
      py_raise(&py_exc_RuntimeError, "super(): no arguments");
      return -1;
    }
    if (py_super_zero_args(&type, &obj) < 0) return -1;
  } else {
    type = args[0];
    if (nargs == 2 && args[1] != PY_NONE) obj = args[1];
  }
  if (!PY_TYPE_CHECK(type)) {
    py_raise(&py_exc_TypeError, "super() argument 1 must be a type, not %T", type);
    return -1;
  }
  py_type *obj_type = NULL;
  if (obj && !(obj_type = supercheck((py_type *)type, obj))) return -1;
  py_incref(type);
  py_setref((py_object **)&s->type, type);
  py_setref(&s->obj, py_xnewref(obj));
  if (obj_type) py_incref((py_object *)obj_type);
  py_setref((py_object **)&s->obj_type, (py_object *)obj_type);
  return 0;
}

static void super_dealloc(py_object *self) {
  super_object *s = (super_object *)self;
  py_xdecref((py_object *)s->type);
  py_xdecref(s->obj);
  py_xdecref((py_object *)s->obj_type);
  py_type_free(self);
}

static py_object *super_getattr(py_object *self, py_object *name) {
  super_object *s = (super_object *)self;
  if (s->obj_type && !(PY_STR_CHECK(name) && py_str_equal(name, PY_ID(__class__)))) {
    py_object *mro = s->obj_type->mro;
    py_ssize n = PY_TUPLE_SIZE(mro), i = 0;
    while (i < n && PY_TUPLE_ITEMS(mro)[i] != (py_object *)s->type) i++;
    for (i++; i < n; i++) {
      py_type *b = (py_type *)PY_TUPLE_ITEMS(mro)[i];
      py_object *v = py__type_dict_get(b, name);
      if (!v) continue;
      py_descrgetfunc get = PY_TYPE(v)->descr_get;
      if (!get) return py_newref(v);
      py_object *obj = s->obj == (py_object *)s->obj_type ? NULL : s->obj;
      return get(v, obj, (py_object *)s->obj_type);
    }
  }
  return py_generic_getattr(self, name);
}

static py_object *super_descr_get(py_object *self, py_object *obj, py_object *type) {
  (void)type;
  super_object *s = (super_object *)self;
  if (!obj || s->obj) return py_newref(self);
  py_object *args[2] = {(py_object *)s->type, obj};
  return py_call((py_object *)PY_TYPE(self), args, 2, NULL);
}

static py_object *super_repr(py_object *self) {
  super_object *s = (super_object *)self;
  const char *tn = s->type ? s->type->name : "NULL";
  if (s->obj_type)
    return py_str_format("<super: <class '%s'>, <%s object>>", tn, s->obj_type->name);
  return py_str_format("<super: <class '%s'>, NULL>", tn);
}

static py_object *super_get_thisclass(py_object *self) {
  super_object *s = (super_object *)self;
  return py_newref(s->type ? (py_object *)s->type : PY_NONE);
}
static py_object *super_get_self(py_object *self) {
  super_object *s = (super_object *)self;
  return py_newref(s->obj ? s->obj : PY_NONE);
}
static py_object *super_get_self_class(py_object *self) {
  super_object *s = (super_object *)self;
  return py_newref(s->obj_type ? (py_object *)s->obj_type : PY_NONE);
}

static const py_getset_def super_getset[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {"__self_class__", super_get_self_class, NULL},
    {0},
};

py_type py_super_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "super",
    .basicsize = sizeof(super_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .getset = super_getset,
    .new = super_new,
    .init = super_init,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattr = super_getattr,
    .descr_get = super_descr_get,
};
