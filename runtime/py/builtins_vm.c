/* runtime/py/builtins_vm.c — the builtins that need the VM: __build_class__, globals,
 * locals, vars, exec, eval, compile. */
#include <string.h>

#include "py/code.h"
#include "py/compile.h"
#include "py/interp.h"
#include "py/parser.h"

/* Provided by the object core (typeobject.c) when linked in. */
py_object *py_class_metaclass(py_object *meta, py_object *bases) __attribute__((weak));
py_object *py_class_prepare(py_object *meta, py_object *name, py_object *bases,
                            py_object *const *kwvalues, py_object *kwnames)
    __attribute__((weak));

/* PEP 560: a base that is not a class but has __mro_entries__ (Generic[T], list[int])
 * is replaced by the classes that method returns. Returns the bases to use (new): the
 * same tuple when nothing was replaced. */
static py_object *resolve_bases(py_object *bases) {
  py_object *name = py_str_from_cstr("__mro_entries__");
  if (!name) return NULL;
  py_object *list = NULL;
  py_ssize n = PY_TUPLE_SIZE(bases);
  for (py_ssize i = 0; i < n; i++) {
    py_object *base = PY_TUPLE_ITEMS(bases)[i];
    py_object *meth = PY_TYPE_CHECK(base) ? NULL : py_getattr_opt(base, name);
    if (!meth && py_err_occurred()) goto fail;
    if (!list && meth) {
      /* The first replaced base: copy the ones before it. */
      list = py_list_new(0);
      for (py_ssize j = 0; list && j < i; j++)
        if (py_list_append(list, PY_TUPLE_ITEMS(bases)[j]) < 0) PY_CLEAR(list);
      if (!list) {
        py_decref(meth);
        goto fail;
      }
    }
    if (!meth) {
      if (list && py_list_append(list, base) < 0) goto fail;
      continue;
    }
    py_object *entries = py_call1(meth, bases);
    py_decref(meth);
    if (!entries) goto fail;
    if (!PY_TUPLE_CHECK(entries)) {
      py_decref(entries);
      py_raise(&py_exc_TypeError, "__mro_entries__ must return a tuple");
      goto fail;
    }
    for (py_ssize j = 0; j < PY_TUPLE_SIZE(entries); j++)
      if (py_list_append(list, PY_TUPLE_ITEMS(entries)[j]) < 0) {
        py_decref(entries);
        goto fail;
      }
    py_decref(entries);
  }
  py_decref(name);
  if (!list) return py_newref(bases);
  py_object *result = py_tuple_from_array(PY_LIST_ITEMS(list), PY_LIST_SIZE(list));
  py_decref(list);
  return result;
fail:
  py_decref(name);
  py_xdecref(list);
  return NULL;
}

/* __build_class__(func, name, *bases, metaclass=..., **kwds) */
static py_object *build_class(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  (void)self;
  if (nargs < 2)
    return py_raise(&py_exc_TypeError, "__build_class__: not enough arguments");
  py_object *func = args[0], *name = args[1];
  if (PY_TYPE(func) != &py_function_type)
    return py_raise(&py_exc_TypeError, "__build_class__: func must be a function");
  if (!PY_STR_CHECK(name))
    return py_raise(&py_exc_TypeError, "__build_class__: name is not a string");
  py_object *orig_bases = py_tuple_from_array(args + 2, (py_ssize)nargs - 2);
  if (!orig_bases) return NULL;
  py_object *bases = resolve_bases(orig_bases);
  if (!bases) {
    py_decref(orig_bases);
    return NULL;
  }
  /* Split metaclass= from the other class keywords. */
  py_object *meta = NULL;
  size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
  py_object *kwvals[64];
  py_object *names = NULL;
  size_t nrest = 0;
  if (nkw > 64) {
    py_decref(bases);
    return py_raise(&py_exc_TypeError, "too many class keywords");
  }
  if (nkw) {
    names = py_tuple_new((py_ssize)nkw);
    if (!names) {
      py_decref(bases);
      return NULL;
    }
    for (size_t i = 0; i < nkw; i++) {
      py_object *k = PY_TUPLE_ITEMS(kwnames)[i];
      if (py_str_equal_cstr(k, "metaclass")) {
        meta = args[nargs + i];
        continue;
      }
      PY_TUPLE_ITEMS(names)[nrest] = py_newref(k);
      kwvals[nrest++] = args[nargs + i];
    }
    ((py_tuple_object *)names)->size = (py_ssize)nrest;
    if (nrest == 0) PY_CLEAR(names);
  }
  py_object *winner = NULL, *ns = NULL, *cell = NULL, *cls = NULL;
  if (py_class_metaclass) {
    winner = py_class_metaclass(meta, bases);
  } else {
    winner = meta ? meta
             : PY_TUPLE_SIZE(bases) ? (py_object *)PY_TYPE(PY_TUPLE_ITEMS(bases)[0])
                                    : (py_object *)&py_type_type;
    py_incref(winner);
  }
  if (!winner) goto done;
  ns = py_class_prepare ? py_class_prepare(winner, name, bases, kwvals, names) : py_dict_new();
  if (!ns) goto done;
  py_function *fn = (py_function *)func;
  cell = py_vm_exec_code(fn->code, fn->globals, ns, fn->closure);
  if (!cell) goto done;
  if (bases != orig_bases) {
    py_object *key = py_str_from_cstr("__orig_bases__");
    int rc = key ? py_setitem(ns, key, orig_bases) : -1;
    py_xdecref(key);
    if (rc < 0) goto done;
  }
  {
    py_object *margs[64 + 3];
    margs[0] = name;
    margs[1] = bases;
    margs[2] = ns;
    for (size_t i = 0; i < nrest; i++) margs[3 + i] = kwvals[i];
    cls = py_call(winner, margs, 3, names);
  }
  if (cls && PY_TYPE(cell) == &py_cell_type) py_setref(&((py_cell *)cell)->ref, py_newref(cls));
done:
  py_xdecref(cell);
  py_xdecref(ns);
  py_xdecref(winner);
  py_xdecref(names);
  py_decref(bases);
  py_decref(orig_bases);
  return cls;
}

/* The frame that called the builtin being run. */
static py_frame *caller(void) { return py_vm_current; }

static py_object *builtin_globals(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  (void)self;
  (void)args;
  if (py_args_check("globals", nargs, kwnames, 0, 0) < 0) return NULL;
  py_frame *f = caller();
  if (!f) return py_dict_new();
  return py_newref(f->globals);
}

/* A snapshot of a function frame's local variables (as CPython's locals()). */
static py_object *frame_locals(py_frame *f) {
  if (f->locals) return py_newref(f->locals);
  if (!f->func) return py_newref(f->globals);
  py_object *d = py_dict_new();
  if (!d) return NULL;
  py_code *co = f->code;
  for (int i = 0; i < co->nlocals; i++) {
    py_object *v = f->slots[i];
    py_object *name = PY_TUPLE_ITEMS(co->varnames)[i];
    bool is_cell = false;
    for (int c = 0; c < co->ncells; c++)
      if (py_str_equal(PY_TUPLE_ITEMS(co->cellvars)[c], name)) is_cell = true;
    if (is_cell) continue;
    if (v && py_dict_set(d, name, v) < 0) {
      py_decref(d);
      return NULL;
    }
  }
  for (int i = 0; i < co->ncells + co->nfrees; i++) {
    py_cell *c = (py_cell *)f->slots[co->nlocals + i];
    py_object *name = i < co->ncells ? PY_TUPLE_ITEMS(co->cellvars)[i]
                                     : PY_TUPLE_ITEMS(co->freevars)[i - co->ncells];
    if (c && c->ref && py_dict_set(d, name, c->ref) < 0) {
      py_decref(d);
      return NULL;
    }
  }
  return d;
}

/* frame_locals for sys._getframe's frame snapshots (mod_sys.c). */
py_object *py__frame_locals(py_frame *f) { return frame_locals(f); }

static py_object *builtin_locals(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  (void)self;
  (void)args;
  if (py_args_check("locals", nargs, kwnames, 0, 0) < 0) return NULL;
  py_frame *f = caller();
  if (!f) return py_dict_new();
  return frame_locals(f);
}

static py_object *builtin_vars(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)self;
  if (py_args_check("vars", nargs, kwnames, 0, 1) < 0) return NULL;
  if (nargs == 0) {
    py_frame *f = caller();
    return f ? frame_locals(f) : py_dict_new();
  }
  py_object *d = py_getattr_opt(args[0], PY_ID(__dict__));
  if (!d && !py_err_occurred())
    py_raise(&py_exc_TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

/* Raises a parser error for source s: in exec mode CPython quotes the last line with
 * the newline its tokenizer added. */
static void raise_parse_error(const py_syntax_error *err, const char *filename,
                              py_parse_mode mode, const char *s, size_t n) {
  if (mode != PY_PARSE_FILE || (n && s[n - 1] == '\n')) {
    py__raise_syntax_error(err, filename, s, n);
    return;
  }
  char *t = py_mem_alloc(n + 1);
  if (!t) {
    py_raise_nomemory();
    return;
  }
  memcpy(t, s, n);
  t[n] = '\n';
  py__raise_syntax_error(err, filename, t, n + 1);
  py_mem_free(t, n + 1);
}

/* Compiles source text in a mode (exec: statements, eval: one expression, single: one
 * statement). strip_indent: eval() ignores leading spaces and tabs, as CPython's does
 * (compile() does not). */
static py_code *compile_text(py_object *src, const char *filename, py_parse_mode mode,
                             int strip_indent) {
  py_ast_arena *arena = py_ast_arena_new();
  if (!arena) return (py_code *)py_raise_nomemory();
  py_syntax_error err;
  memset(&err, 0, sizeof err);
  const char *s = PY_STR_DATA(src);
  size_t n = (size_t)PY_STR_SIZE(src);
  if (strip_indent)
    while (n && (*s == ' ' || *s == '\t')) s++, n--;
  py_ast_mod *mod = py_parse_string(s, n, mode, arena, &err);
  py_code *co = mod ? py_compile(mod, arena, filename, s, n, &err) : NULL;
  py_ast_arena_free(arena);
  if (!co && err.type) {
    if (!mod)
      raise_parse_error(&err, filename, mode, s, n);
    else
      /* The compiler's errors quote the line CPython reads back from the file named
       * filename; a source string has no such file, so there is no text. */
      py__raise_syntax_error(&err, filename, NULL, 0);
  }
  return co;
}

static py_object *run_source(const char *fname, py_object *const *args, size_t nargs,
                             py_object *kwnames, py_parse_mode mode) {
  if (py_args_check(fname, nargs, kwnames, 1, 3) < 0) return NULL;
  py_object *g = nargs > 1 && args[1] != PY_NONE ? args[1] : NULL;
  py_object *l = nargs > 2 && args[2] != PY_NONE ? args[2] : NULL;
  py_frame *f = caller();
  if (!g) {
    g = f ? f->globals : NULL;
    if (!l && f) l = f->locals;
  }
  if (!g) return py_raise(&py_exc_TypeError, "%s() needs globals", fname);
  if (!PY_DICT_CHECK(g))
    return py_raise(&py_exc_TypeError, "%s() globals must be a dict, not %T", fname, g);
  if (!py_dict_get_str(g, "__builtins__") &&
      py_dict_set_str(g, "__builtins__", py_dict_get_str(py_sys_modules(), "builtins")) < 0)
    return NULL;
  py_code *co;
  if (PY_TYPE(args[0]) == &py_code_type) {
    co = (py_code *)py_newref(args[0]);
  } else if (PY_STR_CHECK(args[0])) {
    co = compile_text(args[0], "<string>", mode, mode == PY_PARSE_EVAL);
  } else {
    return py_raise(&py_exc_TypeError, "%s() arg 1 must be a string, bytes or code object",
                    fname);
  }
  if (!co) return NULL;
  py_object *r = py_vm_exec_code(co, g, l && l != g ? l : NULL, NULL);
  py_decref((py_object *)co);
  if (r && mode == PY_PARSE_FILE) {
    py_decref(r);
    return py_newref(PY_NONE);
  }
  return r;
}

static py_object *builtin_exec(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)self;
  return run_source("exec", args, nargs, kwnames, PY_PARSE_FILE);
}

static py_object *builtin_eval(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)self;
  return run_source("eval", args, nargs, kwnames, PY_PARSE_EVAL);
}

/* compile(source, filename, mode): a code object for exec() or eval(). */
static py_object *builtin_compile(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"source", "filename", "mode", "flags",
                                      "dont_inherit", "optimize"};
  static const py_params params = {"compile", names, 6, 0, 6, 3};
  py_object *a[6];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  if (!PY_STR_CHECK(a[0]))
    return py_raise(&py_exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
  if (!PY_STR_CHECK(a[1]) || !PY_STR_CHECK(a[2]))
    return py_raise(&py_exc_TypeError, "compile() argument must be str");
  py_parse_mode mode;
  if (py_str_equal_cstr(a[2], "exec")) mode = PY_PARSE_FILE;
  else if (py_str_equal_cstr(a[2], "eval")) mode = PY_PARSE_EVAL;
  else if (py_str_equal_cstr(a[2], "single")) mode = PY_PARSE_SINGLE;
  else return py_raise(&py_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  return (py_object *)compile_text(a[0], PY_STR_DATA(a[1]), mode, 0);
}

static const py_method_def vm_builtins[] = {
    {"compile", builtin_compile, 0, NULL},
    {"__build_class__", build_class, 0, "Internal helper used by the class statement."},
    {"globals", builtin_globals, 0, NULL},
    {"locals", builtin_locals, 0, NULL},
    {"vars", builtin_vars, 0, NULL},
    {"exec", builtin_exec, 0, NULL},
    {"eval", builtin_eval, 0, NULL},
    {0},
};

int py__builtins_vm_init(py_object *builtins_module) {
  return py_module_add_functions(builtins_module, vm_builtins);
}
