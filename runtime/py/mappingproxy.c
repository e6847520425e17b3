/* runtime/py/mappingproxy.c — mappingproxy, the read-only live view of a mapping that
 * Class.__dict__ (and vars(Class)) give: items, len, iteration, membership and the
 * keys/values/items/get/copy methods come from the mapping; assignment is refused. */
#include "py/objimpl.h"

typedef struct {
  PY_HEAD;
  py_object *mapping;
} mappingproxy_object;

py_object *py__mappingproxy_new(py_object *mapping) {
  mappingproxy_object *p = (mappingproxy_object *)py_type_alloc(&py__mappingproxy_type, 0);
  if (p) p->mapping = py_newref(mapping);
  return (py_object *)p;
}

static py_object *mappingproxy_new(py_type *t, py_object *const *args, size_t nargs,
                                   py_object *kwnames) {
  (void)t;
  if (py_args_check("mappingproxy", nargs, kwnames, 1, 1) < 0) return NULL;
  if (!PY_TYPE(args[0])->getitem || PY_LIST_CHECK(args[0]) || PY_TUPLE_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "mappingproxy() argument must be a mapping, not %T",
                    args[0]);
  return py__mappingproxy_new(args[0]);
}

static void mappingproxy_dealloc(py_object *self) {
  py_decref(((mappingproxy_object *)self)->mapping);
  py_type_free(self);
}

#define MP(self) (((mappingproxy_object *)(self))->mapping)

static py_object *mappingproxy_repr(py_object *self) {
  return py_str_format("mappingproxy(%R)", MP(self));
}
static py_object *mappingproxy_str(py_object *self) { return py_str(MP(self)); }
static py_object *mappingproxy_getitem(py_object *self, py_object *key) {
  return py_getitem(MP(self), key);
}
static py_ssize mappingproxy_len(py_object *self) { return py_len(MP(self)); }
static int mappingproxy_contains(py_object *self, py_object *key) {
  return py_contains(MP(self), key);
}
static py_object *mappingproxy_iter(py_object *self) { return py_iter(MP(self)); }
static py_object *mappingproxy_richcompare(py_object *a, py_object *b, int op) {
  return py_richcompare(MP(a), PY_IS_TYPE(b, &py__mappingproxy_type) ? MP(b) : b, op);
}

/* keys(), values(), items(), get(), copy() are the mapping's own. */
static py_object *mappingproxy_forward(py_object *self, const char *name,
                                       py_object *const *args, size_t nargs) {
  py_object *n = py_str_intern_cstr(name);
  if (!n) return NULL;
  py_object *r = py_call_method(MP(self), n, args, nargs);
  py_decref(n);
  return r;
}

#define MP_METHOD(name, min, max)                                                      \
  static py_object *mappingproxy_##name(py_object *self, py_object *const *args,      \
                                        size_t nargs, py_object *kwnames) {           \
    if (py_args_check(#name, nargs, kwnames, min, max) < 0) return NULL;              \
    return mappingproxy_forward(self, #name, args, nargs);                            \
  }
MP_METHOD(keys, 0, 0)
MP_METHOD(values, 0, 0)
MP_METHOD(items, 0, 0)
MP_METHOD(get, 1, 2)
MP_METHOD(copy, 0, 0)
#undef MP_METHOD

static const py_method_def mappingproxy_methods[] = {
    {"keys", mappingproxy_keys, 0, NULL},
    {"values", mappingproxy_values, 0, NULL},
    {"items", mappingproxy_items, 0, NULL},
    {"get", mappingproxy_get, 0, NULL},
    {"copy", mappingproxy_copy, 0, NULL},
    {0},
};

py_type py__mappingproxy_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "mappingproxy",
    .basicsize = sizeof(mappingproxy_object),
    .methods = mappingproxy_methods,
    .new = mappingproxy_new,
    .dealloc = mappingproxy_dealloc,
    .repr = mappingproxy_repr,
    .str = mappingproxy_str,
    .richcompare = mappingproxy_richcompare,
    .iter = mappingproxy_iter,
    .len = mappingproxy_len,
    .getitem = mappingproxy_getitem,
    .contains = mappingproxy_contains,
};
#undef MP
