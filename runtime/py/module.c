/* runtime/py/module.c — module objects: a namespace dict with __name__, attribute
 * access through it (plus a module-level __getattr__, PEP 562), and the repr
 * "<module 'x' (built-in)>" (C modules), "<module 'x' from 'path'>" (with __file__)
 * or "<module 'x'>" (made by types.ModuleType). */
#include "py/objimpl.h"

typedef py__module_object module_object;

static int module_fill(module_object *m, py_object *name, py_object *doc) {
  if (!m->dict && !(m->dict = py_dict_new())) return -1;
  static const char *const none_keys[] = {"__package__", "__loader__", "__spec__"};
  if (py_dict_set(m->dict, PY_ID(__name__), name) < 0 ||
      py_dict_set(m->dict, PY_ID(__doc__), doc ? doc : PY_NONE) < 0)
    return -1;
  for (int i = 0; i < 3; i++)
    if (py_dict_set_str(m->dict, none_keys[i], PY_NONE) < 0) return -1;
  return 0;
}

py_object *py_module_new(const char *name) {
  module_object *m = (module_object *)py_type_alloc(&py_module_type, 0);
  if (!m) return NULL;
  py_object *n = py_str_from_cstr(name);
  if (!n || module_fill(m, n, NULL) < 0) {
    py_xdecref(n);
    py_decref((py_object *)m);
    return NULL;
  }
  py_decref(n);
  m->builtin = true;
  return (py_object *)m;
}

py_object *py_module_dict(py_object *module) { return ((module_object *)module)->dict; }

int py_module_add(py_object *module, const char *name, py_object *value) {
  py_object *n = py_str_intern_cstr(name);
  if (!n) return -1;
  int r = py_dict_set(((module_object *)module)->dict, n, value);
  py_decref(n);
  return r;
}

int py_module_add_functions(py_object *module, const py_method_def *defs) {
  for (; defs->name; defs++) {
    py_object *f = py_cfunction_new(defs, module);
    if (!f) return -1;
    int r = py_module_add(module, defs->name, f);
    py_decref(f);
    if (r < 0) return -1;
  }
  return 0;
}

static py_object *module_new(py_type *t, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  module_object *m = (module_object *)py_type_alloc(t, 0);
  if (m && !(m->dict = py_dict_new())) {
    py_decref((py_object *)m);
    return NULL;
  }
  return (py_object *)m;
}

static const char *const module_params[] = {"name", "doc"};
static const py_params module_sig = {"module", module_params, 2, 0, 2, 1};

static int module_init(py_object *self, py_object *const *args, size_t nargs,
                       py_object *kwnames) {
  py_object *a[2];
  if (py_args_bind(&module_sig, args, nargs, kwnames, a) < 0) return -1;
  if (!PY_STR_CHECK(a[0])) {
    py_raise(&py_exc_TypeError, "module.__init__() argument 'name' must be str, not %T", a[0]);
    return -1;
  }
  return module_fill((module_object *)self, a[0], a[1]);
}

static void module_dealloc(py_object *self) {
  PY_CLEAR(((module_object *)self)->dict);
  py_type_free(self);
}

static py_object *module_name(py_object *self) {
  module_object *m = (module_object *)self;
  py_object *n = m->dict ? py_dict_get(m->dict, PY_ID(__name__)) : NULL;
  return n && PY_STR_CHECK(n) ? n : NULL;
}

static py_object *module_repr(py_object *self) {
  module_object *m = (module_object *)self;
  py_object *name = module_name(self);
  py_object *file = m->dict ? py_dict_get_str(m->dict, "__file__") : NULL;
  if (!name) return py_str_format("<module '?'>");
  if (file && PY_STR_CHECK(file)) return py_str_format("<module %R from %R>", name, file);
  if (!m->builtin) return py_str_format("<module %R>", name);
  return py_str_format("<module %R (built-in)>", name);
}

static py_object *module_getattr(py_object *self, py_object *name) {
  py_object *r = py_generic_getattr(self, name);
  if (r || !py_err_matches(&py_exc_AttributeError)) return r;
  module_object *m = (module_object *)self;
  py_object *hook = m->dict ? py_dict_get(m->dict, PY_ID(__getattr__)) : NULL;
  py_err_clear();
  if (hook) return py_call1(hook, name);
  py_object *mname = module_name(self);
  if (mname)
    py_raise(&py_exc_AttributeError, "module '%U' has no attribute '%U'", mname, name);
  else
    py_raise(&py_exc_AttributeError, "module has no attribute '%U'", name);
  py__attribute_error_set_context(self, name);
  return NULL;
}

static py_object *module_get_dict(py_object *self) {
  module_object *m = (module_object *)self;
  if (!m->dict && !(m->dict = py_dict_new())) return NULL;
  return py_newref(m->dict);
}

static py_object *module_dir(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  (void)args;
  if (py_args_check("__dir__", nargs, kwnames, 0, 0) < 0) return NULL;
  py_object *dict = ((module_object *)self)->dict;
  /* A module may list names it makes on demand with a __dir__ of its own (PEP 562). */
  py_object *own = dict ? py_dict_get_str(dict, "__dir__") : NULL;
  if (own && PY_TYPE(own)->call) return py_call0(own);
  return py_list_from_iterable(dict);
}

static const py_getset_def module_getset[] = {
    {"__dict__", module_get_dict, NULL},
    {0},
};

static const py_method_def module_methods[] = {
    {"__dir__", module_dir, 0, NULL},
    {0},
};

py_type py_module_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "module",
    .basicsize = sizeof(module_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .dictoffset = offsetof(module_object, dict),
    .methods = module_methods,
    .getset = module_getset,
    .new = module_new,
    .init = module_init,
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = py_generic_setattr,
};
