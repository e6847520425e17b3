/* runtime/py/mod_types.c — the types module: names for the interpreter's own types
 * (FunctionType, MethodType, ModuleType, MappingProxyType, GenericAlias, ...) and
 * SimpleNamespace, an object whose attributes are given as keyword arguments. */
#include "py/code.h" /* the function, code, generator and coroutine types */
#include "py/objimpl.h"

/* ===================================================================================
 * SimpleNamespace
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *dict;
} namespace_object;

static py_type namespace_type;

static py_object *namespace_new(py_type *t, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  (void)args, (void)nargs, (void)kwnames;
  namespace_object *ns = (namespace_object *)py_type_alloc(t, 0);
  if (ns && !(ns->dict = py_dict_new())) PY_CLEAR(ns);
  return (py_object *)ns;
}

static int namespace_init(py_object *self, py_object *const *args, size_t nargs,
                          py_object *kwnames) {
  if (nargs) {
    py_raise(&py_exc_TypeError, "no positional arguments expected");
    return -1;
  }
  py_object *d = ((namespace_object *)self)->dict;
  for (py_ssize i = 0; kwnames && i < PY_TUPLE_SIZE(kwnames); i++)
    if (py_dict_set(d, PY_TUPLE_ITEMS(kwnames)[i], args[i]) < 0) return -1;
  return 0;
}

static void namespace_dealloc(py_object *self) {
  PY_CLEAR(((namespace_object *)self)->dict);
  py_type_free(self);
}

/* "namespace(a=1, b='x')", "namespace(...)" when it contains itself. */
static py_object *namespace_repr(py_object *self) {
  static py_object *active[32]; /* the namespaces whose repr is being built */
  static int nactive;
  const char *name = PY_IS_TYPE(self, &namespace_type) ? "namespace" : PY_TYPE(self)->name;
  for (int i = 0; i < nactive; i++)
    if (active[i] == self) return py_str_format("%s(...)", name);
  if (nactive == 32) return py_str_format("%s(...)", name);
  active[nactive++] = self;
  py_object *out = py_str_format("%s(", name);
  py_ssize pos = 0;
  py_object *k, *v;
  int first = 1;
  py_object *d = ((namespace_object *)self)->dict;
  while (out && py_dict_next(d, &pos, &k, &v)) {
    if (!PY_STR_CHECK(k)) continue;
    py_object *piece = py_str_format("%s%U=%R", first ? "" : ", ", k, v);
    py_object *joined = piece ? py_str_concat(out, piece) : NULL;
    py_xdecref(piece);
    py_setref(&out, joined);
    first = 0;
  }
  nactive--;
  if (!out) return NULL;
  py_object *close = py_str_from_cstr(")");
  py_object *r = close ? py_str_concat(out, close) : NULL;
  py_xdecref(close);
  py_decref(out);
  return r;
}

static py_object *namespace_richcompare(py_object *a, py_object *b, int op) {
  if ((op != PY_EQ && op != PY_NE) || !py_type_is_subtype(PY_TYPE(b), &namespace_type))
    return py_newref(PY_NOTIMPLEMENTED);
  return py_richcompare(((namespace_object *)a)->dict, ((namespace_object *)b)->dict, op);
}

static py_object *namespace_get_dict(py_object *self) {
  return py_newref(((namespace_object *)self)->dict);
}

static const py_getset_def namespace_getset[] = {
    {"__dict__", namespace_get_dict, NULL},
    {0},
};

static py_type namespace_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(namespace_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .dictoffset = offsetof(namespace_object, dict),
    .getset = namespace_getset,
    .new = namespace_new,
    .init = namespace_init,
    .dealloc = namespace_dealloc,
    .repr = namespace_repr,
    .richcompare = namespace_richcompare,
    .getattr = py_generic_getattr,
    .setattr = py_generic_setattr,
};

/* ===================================================================================
 * The module
 * =================================================================================== */

py_object *py_mod_types_init(void) {
  py_object *m = py_module_new("types");
  if (!m) return NULL;
  static const struct {
    const char *name;
    py_type *type;
  } names[] = {
      {"FunctionType", &py_function_type},
      {"LambdaType", &py_function_type},
      {"CodeType", &py_code_type},
      {"CellType", &py_cell_type},
      {"MethodType", &py_bound_method_type},
      {"BuiltinFunctionType", &py_cfunction_type},
      {"BuiltinMethodType", &py_cfunction_type},
      {"WrapperDescriptorType", &py__wrapper_descr_type},
      {"MethodWrapperType", &py__method_wrapper_type},
      {"MethodDescriptorType", &py_method_descr_type},
      {"ClassMethodDescriptorType", &py__classmethod_descr_type},
      {"GetSetDescriptorType", &py_getset_descr_type},
      {"MemberDescriptorType", &py__member_descr_type},
      {"ModuleType", &py_module_type},
      {"MappingProxyType", &py__mappingproxy_type},
      {"GenericAlias", &py__generic_alias_type},
      {"UnionType", &py__union_type},
      {"GeneratorType", &py_generator_type},
      {"CoroutineType", &py_coroutine_type},
      {"AsyncGeneratorType", &py_async_generator_type},
      {"TracebackType", &py_traceback_type},
      {"NoneType", &py_none_type},
      {"NotImplementedType", &py_notimplemented_type},
      {"EllipsisType", &py_ellipsis_type},
      {"SimpleNamespace", &namespace_type},
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    if (py__type_ensure_ready(names[i].type) < 0 ||
        py_module_add(m, names[i].name, (py_object *)names[i].type) < 0) {
      py_decref(m);
      return NULL;
    }
  }
  return m;
}
