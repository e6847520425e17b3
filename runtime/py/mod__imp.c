/* runtime/py/mod__imp.c — _imp: what importlib (runtime/lib/importlib) asks the module
 * registry (import.c): whether a name is a builtin C module or one of runtime/lib's
 * modules (frozen into the engine or in its library bundle), whether that one is a
 * package, and re-running a library module's code in its module (importlib.reload).
 * The query names are CPython's _imp ones. */
#include <stdbool.h>

#include "py/interp.h"
#include "py/objimpl.h"

/* import.c: 1 for a builtin C module, 2 for a module of runtime/lib (*is_package set),
 * 0 for neither. */
int py__import_kind(const char *name, bool *is_package);
/* import.c: runs the code of runtime/lib's module `name` again in module's dict. 0, or
 * -1 with an exception. */
int py__import_reexec(py_object *module, const char *name);

/* The name argument of each query, as a C string; NULL with TypeError otherwise. */
static const char *name_arg(const char *fn, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  if (py_args_check(fn, nargs, kwnames, 1, 1) < 0) return NULL;
  if (!PY_STR_CHECK(args[0])) {
    py_raise(&py_exc_TypeError, "%s() argument must be str, not %T", fn, args[0]);
    return NULL;
  }
  return PY_STR_DATA(args[0]);
}

/* is_builtin(name): 1 for a builtin C module, else 0 (CPython's -1, a builtin that
 * cannot be re-initialised, does not occur here). */
static py_object *imp_is_builtin(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  (void)self;
  const char *name = name_arg("is_builtin", args, nargs, kwnames);
  if (!name) return NULL;
  bool package;
  return py_int_from_i64(py__import_kind(name, &package) == 1);
}

/* is_frozen(name): whether name is a module of runtime/lib. */
static py_object *imp_is_frozen(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  (void)self;
  const char *name = name_arg("is_frozen", args, nargs, kwnames);
  if (!name) return NULL;
  bool package;
  return py_newref(py__import_kind(name, &package) == 2 ? PY_TRUE : PY_FALSE);
}

/* is_frozen_package(name): whether name is a package of runtime/lib. */
static py_object *imp_is_frozen_package(py_object *self, py_object *const *args,
                                        size_t nargs, py_object *kwnames) {
  (void)self;
  const char *name = name_arg("is_frozen_package", args, nargs, kwnames);
  if (!name) return NULL;
  bool package;
  bool yes = py__import_kind(name, &package) == 2 && package;
  return py_newref(yes ? PY_TRUE : PY_FALSE);
}

/* _reexec(module, name): importlib.reload's work for a module of runtime/lib. */
static py_object *imp_reexec(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  (void)self;
  if (py_args_check("_reexec", nargs, kwnames, 2, 2) < 0) return NULL;
  if (PY_TYPE(args[0]) != &py_module_type || !PY_STR_CHECK(args[1]))
    return py_raise(&py_exc_TypeError, "_reexec() expects a module and its name");
  if (py__import_reexec(args[0], PY_STR_DATA(args[1])) < 0) return NULL;
  return py_newref(args[0]);
}

static const py_method_def imp_functions[] = {
    {"is_builtin", imp_is_builtin, 0, NULL},
    {"is_frozen", imp_is_frozen, 0, NULL},
    {"is_frozen_package", imp_is_frozen_package, 0, NULL},
    {"_reexec", imp_reexec, 0, NULL},
    {0},
};

py_object *py_mod__imp_init(void) {
  py_object *m = py_module_new("_imp");
  if (m && py_module_add_functions(m, imp_functions) < 0) py_setref(&m, NULL);
  return m;
}
