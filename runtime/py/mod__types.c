/* runtime/py/mod__types.c — the VM's half of the types module (runtime/lib/types.py):
 * the types of functions, generators and coroutines, and @types.coroutine, which marks
 * a generator function's code so its generators may be awaited. */
#include "py/code.h"

/* CPython's CO_ITERABLE_COROUTINE. */
#define ITERABLE_COROUTINE 0x100

static py_object *t_coroutine(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  (void)self;
  if (py_args_check("coroutine", nargs, kwnames, 1, 1) < 0) return NULL;
  py_object *f = args[0];
  if (PY_TYPE(f) == &py_function_type) {
    py_code *co = ((py_function *)f)->code;
    if (co->flags & PY_CO_GENERATOR) co->flags |= ITERABLE_COROUTINE;
    return py_newref(f);
  }
  if (!py_getattr_opt(f, PY_ID(__call__)) && !py_err_occurred())
    return py_raise(&py_exc_TypeError, "types.coroutine() expects a callable");
  py_err_clear();
  return py_newref(f);
}

static const py_method_def functions[] = {
    {"coroutine", t_coroutine, 0, NULL},
    {0},
};

py_object *py_mod__types_init(void) {
  py_object *m = py_module_new("_types");
  if (!m) return NULL;
  if (py_module_add_functions(m, functions) < 0 ||
      py_module_add(m, "FunctionType", (py_object *)&py_function_type) < 0 ||
      py_module_add(m, "GeneratorType", (py_object *)&py_generator_type) < 0 ||
      py_module_add(m, "CoroutineType", (py_object *)&py_coroutine_type) < 0 ||
      py_module_add(m, "AsyncGeneratorType", (py_object *)&py_async_generator_type) < 0 ||
      py_module_add(m, "CodeType", (py_object *)&py_code_type) < 0 ||
      py_module_add(m, "CellType", (py_object *)&py_cell_type) < 0 ||
      py_module_add(m, "TracebackType", (py_object *)&py_traceback_type) < 0 ||
      py_module_add(m, "ModuleType", (py_object *)&py_module_type) < 0 ||
      py_module_add(m, "BuiltinFunctionType", (py_object *)&py_cfunction_type) < 0 ||
      py_module_add(m, "MethodType", (py_object *)&py_bound_method_type) < 0) {
    py_decref(m);
    return NULL;
  }
  return m;
}
