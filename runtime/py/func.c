/* runtime/py/func.c — function objects, cells, and binding a call's arguments to a
 * frame's parameters with CPython 3.11's error messages. */
#include <string.h>

#include "py/code.h"
#include "py/interp.h"

/* ---- cells ------------------------------------------------------------------------- */

static void cell_dealloc(py_object *o) {
  py_xdecref(((py_cell *)o)->ref);
  py_type_free(o);
}

static py_object *cell_get_contents(py_object *o) {
  py_cell *c = (py_cell *)o;
  if (!c->ref) return py_raise(&py_exc_ValueError, "Cell is empty");
  return py_newref(c->ref);
}

static int cell_set_contents(py_object *o, py_object *v) {
  py_setref(&((py_cell *)o)->ref, py_xnewref(v));
  return 0;
}

static const py_getset_def cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {0},
};

py_type py_cell_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "cell",
    .basicsize = sizeof(py_cell),
    .dealloc = cell_dealloc,
    .getset = cell_getset,
};

py_object *py_cell_new(py_object *value) {
  py_cell *c = (py_cell *)py_type_alloc(&py_cell_type, 0);
  if (!c) return NULL;
  c->ref = py_xnewref(value);
  return (py_object *)c;
}

/* ---- functions ---------------------------------------------------------------------- */

py_object *py_function_new(py_code *code, py_object *globals, py_object *qualname) {
  py_function *f = (py_function *)py_type_alloc(&py_function_type, 0);
  if (!f) return NULL;
  f->code = code;
  py_incref((py_object *)code);
  f->globals = py_newref(globals);
  f->builtins = py_newref(py_builtins_dict());
  f->name = py_newref(code->name);
  f->qualname = py_newref(qualname ? qualname : code->qualname);
  py_object *mod = py_dict_get(globals, PY_ID(__name__));
  f->module = py_xnewref(mod);
  /* A def's docstring is its first constant (compile.c puts None there otherwise). */
  py_object *doc = PY_NONE;
  if ((code->flags & PY_CO_OPTIMIZED) && PY_TUPLE_SIZE(code->consts) > 0 &&
      PY_TYPE(PY_TUPLE_ITEMS(code->consts)[0]) == &py_str_type &&
      !py_str_equal_cstr(code->name, "<lambda>"))
    doc = PY_TUPLE_ITEMS(code->consts)[0];
  f->doc = py_newref(doc);
  return (py_object *)f;
}

static void function_dealloc(py_object *o) {
  py_function *f = (py_function *)o;
  py_decref((py_object *)f->code);
  py_decref(f->globals);
  py_decref(f->builtins);
  py_decref(f->name);
  py_decref(f->qualname);
  py_xdecref(f->module);
  py_xdecref(f->doc);
  py_xdecref(f->defaults);
  py_xdecref(f->kwdefaults);
  py_xdecref(f->closure);
  py_xdecref(f->dict);
  py_xdecref(f->annotations);
  py_type_free(o);
}

static py_object *function_repr(py_object *o) {
  py_function *f = (py_function *)o;
  return py_str_format("<function %U at %p>", f->qualname, (void *)o);
}

static py_object *function_call(py_object *callable, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  return py_vm_call_function(callable, args, nargs, kwnames);
}

static py_object *function_descr_get(py_object *descr, py_object *obj, py_object *type) {
  (void)type;
  if (!obj || obj == PY_NONE) return py_newref(descr);
  return py_method_new(descr, obj);
}

#define FIELD_GETSET(field, settable_check)                                         \
  static py_object *get_##field(py_object *o) {                                     \
    py_object *v = ((py_function *)o)->field;                                       \
    return py_newref(v ? v : PY_NONE);                                              \
  }                                                                                 \
  static int set_##field(py_object *o, py_object *v) {                              \
    settable_check;                                                                 \
    py_setref(&((py_function *)o)->field, v && v != PY_NONE ? py_newref(v) : NULL); \
    return 0;                                                                       \
  }

#define NEED_STR(what)                                                               \
  if (!v || !PY_STR_CHECK(v)) {                                                      \
    py_raise(&py_exc_TypeError, "__" what "__ must be set to a string object");      \
    return -1;                                                                       \
  }

FIELD_GETSET(module, (void)0)
FIELD_GETSET(doc, (void)0)
FIELD_GETSET(defaults, (void)0)
FIELD_GETSET(kwdefaults, (void)0)

static py_object *get_name(py_object *o) { return py_newref(((py_function *)o)->name); }
static int set_name(py_object *o, py_object *v) {
  NEED_STR("name");
  py_setref(&((py_function *)o)->name, py_newref(v));
  return 0;
}
static py_object *get_qualname(py_object *o) { return py_newref(((py_function *)o)->qualname); }
static int set_qualname(py_object *o, py_object *v) {
  NEED_STR("qualname");
  py_setref(&((py_function *)o)->qualname, py_newref(v));
  return 0;
}
static py_object *get_code(py_object *o) { return py_newref((py_object *)((py_function *)o)->code); }
static py_object *get_globals(py_object *o) { return py_newref(((py_function *)o)->globals); }
static py_object *get_closure(py_object *o) {
  py_object *c = ((py_function *)o)->closure;
  return py_newref(c ? c : PY_NONE);
}
static py_object *get_annotations(py_object *o) {
  py_function *f = (py_function *)o;
  if (!f->annotations) {
    f->annotations = py_dict_new();
    if (!f->annotations) return NULL;
  }
  return py_newref(f->annotations);
}
static int set_annotations(py_object *o, py_object *v) {
  py_setref(&((py_function *)o)->annotations, py_xnewref(v));
  return 0;
}
static py_object *get_dict(py_object *o) {
  py_function *f = (py_function *)o;
  if (!f->dict) {
    f->dict = py_dict_new();
    if (!f->dict) return NULL;
  }
  return py_newref(f->dict);
}
static int set_dict(py_object *o, py_object *v) {
  if (!v || !PY_DICT_CHECK(v)) {
    py_raise(&py_exc_TypeError, "__dict__ must be set to a dictionary");
    return -1;
  }
  py_setref(&((py_function *)o)->dict, py_newref(v));
  return 0;
}

static const py_getset_def function_getset[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__module__", get_module, set_module},
    {"__doc__", get_doc, set_doc},
    {"__defaults__", get_defaults, set_defaults},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults},
    {"__code__", get_code, NULL},
    {"__globals__", get_globals, NULL},
    {"__closure__", get_closure, NULL},
    {"__annotations__", get_annotations, set_annotations},
    {"__dict__", get_dict, set_dict},
    {0},
};

py_type py_function_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "function",
    .basicsize = sizeof(py_function),
    .flags = PY_TPFLAGS_METHOD_DESCRIPTOR,
    .dictoffset = offsetof(py_function, dict),
    .dealloc = function_dealloc,
    .repr = function_repr,
    .call = function_call,
    .descr_get = function_descr_get,
    .getattr = py_generic_getattr,
    .setattr = py_generic_setattr,
    .getset = function_getset,
};

/* ---- argument binding -------------------------------------------------------------- */

static py_object *fname(py_function *fn) { return fn->qualname; }

/* "'a', 'b', and 'c'" as CPython's missing-arguments message lists them. */
static py_object *name_list(py_object **names, int n) {
  py_object *acc = py_str_from_cstr("");
  for (int i = 0; acc && i < n; i++) {
    const char *sep = i == 0 ? "" : (n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
    py_object *next = py_str_format("%U%s'%U'", acc, sep, names[i]);
    py_decref(acc);
    acc = next;
  }
  return acc;
}

static int missing(py_function *fn, py_frame *f, int from, int to, bool kwonly) {
  py_object *names[256];
  int n = 0;
  for (int i = from; i < to && n < 256; i++)
    if (!f->slots[i]) names[n++] = PY_TUPLE_ITEMS(fn->code->varnames)[i];
  py_object *list = name_list(names, n);
  if (!list) return -1;
  py_raise(&py_exc_TypeError, "%U() missing %d required %s argument%s: %U", fname(fn), n,
           kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", list);
  py_decref(list);
  return -1;
}

static int too_many(py_function *fn, py_frame *f, size_t nargs) {
  py_code *co = fn->code;
  int ndef = fn->defaults ? (int)PY_TUPLE_SIZE(fn->defaults) : 0;
  int kwgiven = 0;
  for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
    if (f->slots[i]) kwgiven++;
  py_object *takes;
  if (ndef > 0)
    takes = py_str_format("from %d to %d positional arguments", co->argcount - ndef,
                          co->argcount);
  else
    takes = py_str_format("%d positional argument%s", co->argcount,
                          co->argcount == 1 ? "" : "s");
  if (!takes) return -1;
  py_object *kwpart = kwgiven
      ? py_str_format(" positional argument%s (and %d keyword-only argument%s)",
                      nargs == 1 ? "" : "s", kwgiven, kwgiven == 1 ? "" : "s")
      : py_str_from_cstr("");
  if (!kwpart) {
    py_decref(takes);
    return -1;
  }
  py_raise(&py_exc_TypeError, "%U() takes %U but %zd%U %s given", fname(fn), takes,
           (py_ssize)nargs, kwpart, nargs == 1 && !kwgiven ? "was" : "were");
  py_decref(takes);
  py_decref(kwpart);
  return -1;
}

int py_func_bind(py_function *fn, py_frame *f, py_object *const *args, size_t nargs,
                 py_object *kwnames) {
  py_code *co = fn->code;
  py_object **slots = f->slots;
  int n = co->argcount;
  int total = n + co->kwonlyargcount;
  bool varargs = co->flags & PY_CO_VARARGS, varkw = co->flags & PY_CO_VARKEYWORDS;
  size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;

  if (!kwnames && nargs == (size_t)n && !varargs && co->kwonlyargcount == 0 && !varkw) {
    for (int i = 0; i < n; i++) slots[i] = py_newref(args[i]);
    goto cells;
  }
  if (!kwnames && nargs < (size_t)n && !varargs && co->kwonlyargcount == 0 && !varkw) {
    /* Positional arguments only, the rest from the defaults (asyncio.sleep(0)). */
    int ndef = fn->defaults ? (int)PY_TUPLE_SIZE(fn->defaults) : 0;
    int first_default = n - ndef;
    if ((int)nargs >= first_default) {
      for (int i = 0; i < (int)nargs; i++) slots[i] = py_newref(args[i]);
      for (int i = (int)nargs; i < n; i++)
        slots[i] = py_newref(PY_TUPLE_ITEMS(fn->defaults)[i - first_default]);
      goto cells;
    }
  }
  size_t npos = nargs < (size_t)n ? nargs : (size_t)n;
  for (size_t i = 0; i < npos; i++) slots[i] = py_newref(args[i]);
  if (varargs) {
    py_object *t = nargs > (size_t)n ? py_tuple_from_array(args + n, (py_ssize)(nargs - n))
                                     : py_tuple_new(0);
    if (!t) return -1;
    slots[total] = t;
  }
  py_object *kwdict = NULL;
  if (varkw) {
    kwdict = py_dict_new();
    if (!kwdict) return -1;
    slots[total + varargs] = kwdict;
  }
  py_object *const *names = PY_TUPLE_ITEMS(co->varnames);
  for (size_t k = 0; k < nkw; k++) {
    py_object *kn = PY_TUPLE_ITEMS(kwnames)[k];
    py_object *v = args[nargs + k];
    int idx = -1;
    for (int i = co->posonlyargcount; i < total; i++)
      if (names[i] == kn) { idx = i; break; }
    if (idx < 0)
      for (int i = co->posonlyargcount; i < total; i++)
        if (py_str_equal(names[i], kn)) { idx = i; break; }
    if (idx >= 0) {
      if (slots[idx]) {
        py_raise(&py_exc_TypeError, "%U() got multiple values for argument '%U'", fname(fn),
                 kn);
        return -1;
      }
      slots[idx] = py_newref(v);
      continue;
    }
    bool posonly = false;
    for (int i = 0; i < co->posonlyargcount; i++)
      if (py_str_equal(names[i], kn)) posonly = true;
    if (kwdict) {
      if (py_dict_set(kwdict, kn, v) < 0) return -1;
      continue;
    }
    if (posonly)
      py_raise(&py_exc_TypeError,
               "%U() got some positional-only arguments passed as keyword arguments: '%U'",
               fname(fn), kn);
    else
      py_raise(&py_exc_TypeError, "%U() got an unexpected keyword argument '%U'", fname(fn),
               kn);
    return -1;
  }
  if (nargs > (size_t)n && !varargs) return too_many(fn, f, nargs);
  if (nargs < (size_t)n) {
    int ndef = fn->defaults ? (int)PY_TUPLE_SIZE(fn->defaults) : 0;
    int first_default = n - ndef;
    bool miss = false;
    for (int i = (int)nargs; i < n; i++) {
      if (slots[i]) continue;
      if (i >= first_default) slots[i] = py_newref(PY_TUPLE_ITEMS(fn->defaults)[i - first_default]);
      else miss = true;
    }
    if (miss) return missing(fn, f, 0, n, false);
  }
  if (co->kwonlyargcount) {
    bool miss = false;
    for (int i = n; i < total; i++) {
      if (slots[i]) continue;
      py_object *d = fn->kwdefaults ? py_dict_get(fn->kwdefaults, names[i]) : NULL;
      if (d) slots[i] = py_newref(d);
      else miss = true;
    }
    if (miss) return missing(fn, f, n, total, true);
  }
cells:
  if (!co->ncells && !co->nfrees) return 0;
  for (int i = 0; i < co->ncells; i++) {
    int a = co->cell2arg ? co->cell2arg[i] : -1;
    py_object *c = py_cell_new(a >= 0 ? slots[a] : NULL);
    if (!c) return -1;
    slots[co->nlocals + i] = c;
  }
  for (int i = 0; i < co->nfrees; i++)
    slots[co->nlocals + co->ncells + i] = py_newref(PY_TUPLE_ITEMS(fn->closure)[i]);
  return 0;
}
