/* runtime/py/exceptions.c — the builtin exception hierarchy (PY_EXCEPTIONS in
 * object.h): BaseException's args/str/repr/notes/context attributes, and the
 * exceptions with extra state (StopIteration.value, SystemExit.code, KeyError's str,
 * ImportError, NameError, AttributeError, OSError, SyntaxError). ExceptionGroup
 * lives in exc_group.c.
 *
 * Every type is defined by the X-macro with BaseException's defaults; the ones with
 * their own layout or behaviour are completed in py__exceptions_init before any of
 * them is readied. */
#include "py/interp.h"
#include "py/objimpl.h"

#include <errno.h>
#include <string.h>

#define py_exc_object py_object_type
#define PY_DEFINE_EXC(NAME, BASE)                  \
  py_type py_exc_##NAME = {                        \
      .ob_base = {PY_IMMORTAL, &py_type_type},     \
      .name = #NAME,                               \
      .base = &py_exc_##BASE,                      \
      .flags = PY_TPFLAGS_BASETYPE,                \
  };
PY_EXCEPTIONS(PY_DEFINE_EXC)
#undef PY_DEFINE_EXC
#undef py_exc_object

typedef py_exception_object exc_object;

/* ===================================================================================
 * BaseException
 * =================================================================================== */

static py_object *exc_new(py_type *t, py_object *const *args, size_t nargs,
                          py_object *kwnames) {
  (void)kwnames;
  exc_object *e = (exc_object *)py_type_alloc(t, 0);
  if (!e) return NULL;
  e->args = py_tuple_from_array(args, (py_ssize)nargs);
  if (!e->args) {
    py_decref((py_object *)e);
    return NULL;
  }
  return (py_object *)e;
}

static int reject_kwargs(py_object *self, py_object *kwnames) {
  if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
    py_raise(&py_exc_TypeError, "%s() takes no keyword arguments", PY_TYPE(self)->name);
    return -1;
  }
  return 0;
}

static int set_args(py_object *self, py_object *const *args, size_t nargs) {
  py_object *t = py_tuple_from_array(args, (py_ssize)nargs);
  if (!t) return -1;
  py_setref(&((exc_object *)self)->args, t);
  return 0;
}

static int exc_init(py_object *self, py_object *const *args, size_t nargs,
                    py_object *kwnames) {
  if (reject_kwargs(self, kwnames) < 0) return -1;
  return set_args(self, args, nargs);
}

static void exc_clear(exc_object *e) {
  PY_CLEAR(e->dict);
  PY_CLEAR(e->args);
  PY_CLEAR(e->traceback);
  PY_CLEAR(e->context);
  PY_CLEAR(e->cause);
}

static void exc_dealloc(py_object *self) {
  exc_clear((exc_object *)self);
  py_type_free(self);
}

static py_object *exc_str(py_object *self) {
  py_object *args = ((exc_object *)self)->args;
  if (!args || PY_TUPLE_SIZE(args) == 0) return py_str_from_cstr("");
  if (PY_TUPLE_SIZE(args) == 1) return py_str(PY_TUPLE_ITEMS(args)[0]);
  return py_str(args);
}

static py_object *exc_repr(py_object *self) {
  py_object *args = ((exc_object *)self)->args;
  const char *name = PY_TYPE(self)->name;
  const char *dot = strrchr(name, '.');
  if (dot) name = dot + 1;
  if (args && PY_TUPLE_SIZE(args) == 1)
    return py_str_format("%s(%R)", name, PY_TUPLE_ITEMS(args)[0]);
  if (!args || PY_TUPLE_SIZE(args) == 0) return py_str_format("%s()", name);
  return py_str_format("%s%R", name, args);
}

static py_object *exc_get_args(py_object *self) {
  py_object *a = ((exc_object *)self)->args;
  return a ? py_newref(a) : py_tuple_new(0);
}

static int exc_set_args(py_object *self, py_object *value) {
  if (!value) {
    py_raise(&py_exc_TypeError, "args may not be deleted");
    return -1;
  }
  py_object *t;
  if (PY_IS_TYPE(value, &py_tuple_type)) {
    t = py_newref(value);
  } else {
    py_object *l = py_list_from_iterable(value);
    if (!l) return -1;
    t = py_tuple_from_array(PY_LIST_ITEMS(l), PY_LIST_SIZE(l));
    py_decref(l);
    if (!t) return -1;
  }
  py_setref(&((exc_object *)self)->args, t);
  return 0;
}

static int is_traceback(py_object *v) { return !strcmp(PY_TYPE(v)->name, "traceback"); }

static py_object *exc_get_traceback(py_object *self) {
  py_object *tb = ((exc_object *)self)->traceback;
  return py_newref(tb ? tb : PY_NONE);
}

static int exc_set_traceback(py_object *self, py_object *value) {
  if (!value) {
    py_raise(&py_exc_TypeError, "__traceback__ may not be deleted");
    return -1;
  }
  if (value != PY_NONE && !is_traceback(value)) {
    py_raise(&py_exc_TypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  py_setref(&((exc_object *)self)->traceback, value == PY_NONE ? NULL : py_newref(value));
  return 0;
}

static py_object *exc_get_context(py_object *self) {
  py_object *c = ((exc_object *)self)->context;
  return py_newref(c ? c : PY_NONE);
}

static int exc_set_context(py_object *self, py_object *value) {
  if (!value) {
    py_raise(&py_exc_TypeError, "__context__ may not be deleted");
    return -1;
  }
  if (value != PY_NONE && !PY_EXC_CHECK(value)) {
    py_raise(&py_exc_TypeError, "exception context must be None or derive from BaseException");
    return -1;
  }
  py_setref(&((exc_object *)self)->context, value == PY_NONE ? NULL : py_newref(value));
  return 0;
}

static py_object *exc_get_cause(py_object *self) {
  py_object *c = ((exc_object *)self)->cause;
  return py_newref(c ? c : PY_NONE);
}

static int exc_set_cause(py_object *self, py_object *value) {
  if (!value) {
    py_raise(&py_exc_TypeError, "__cause__ may not be deleted");
    return -1;
  }
  if (value != PY_NONE && !PY_EXC_CHECK(value)) {
    py_raise(&py_exc_TypeError, "exception cause must be None or derive from BaseException");
    return -1;
  }
  exc_object *e = (exc_object *)self;
  py_setref(&e->cause, value == PY_NONE ? NULL : py_newref(value));
  e->suppress_context = true;
  return 0;
}

static py_object *exc_get_suppress(py_object *self) {
  return py_bool(((exc_object *)self)->suppress_context);
}

static int exc_set_suppress(py_object *self, py_object *value) {
  if (!value) {
    py_raise(&py_exc_TypeError, "__suppress_context__ may not be deleted");
    return -1;
  }
  int t = py_truthy(value);
  if (t < 0) return -1;
  ((exc_object *)self)->suppress_context = t;
  return 0;
}

/* __notes__ is an ordinary attribute in the instance __dict__, as in CPython (so
 * dir(BaseException) does not list it and copy/pickle carry it with the dict). */
static py_object *notes_name(void) {
  static py_object *n;
  if (!n) n = py_str_intern_cstr("__notes__");
  return n;
}

py_object *py__exc_notes(py_object *exc) {
  py_object *d = ((exc_object *)exc)->dict;
  py_object *name = notes_name();
  py_object *n = d && name ? py_dict_get(d, name) : NULL;
  if (!n) py_err_clear();
  return n;
}

static py_object *exc_get_dict(py_object *self) {
  py_object *d = py__instance_dict(self);
  return d ? py_newref(d) : NULL;
}

static const py_getset_def exc_getset[] = {
    {"args", exc_get_args, exc_set_args},
    {"__traceback__", exc_get_traceback, exc_set_traceback},
    {"__context__", exc_get_context, exc_set_context},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {"__dict__", exc_get_dict, NULL},
    {0},
};

static py_object *exc_with_traceback(py_object *self, py_object *const *args, size_t nargs,
                                     py_object *kwnames) {
  if (py_args_check("with_traceback", nargs, kwnames, 1, 1) < 0) return NULL;
  if (exc_set_traceback(self, args[0]) < 0) return NULL;
  return py_newref(self);
}

static py_object *exc_add_note(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  if (py_args_check("add_note", nargs, kwnames, 1, 1) < 0) return NULL;
  if (!PY_STR_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "note must be a str, not '%T'", args[0]);
  py_object *name = notes_name();
  if (!name) return NULL;
  py_object *notes = py_getattr_opt(self, name);
  if (!notes) {
    if (py_err_occurred()) return NULL;
    notes = py_list_new(0);
    if (!notes || py_setattr(self, name, notes) < 0) {
      py_xdecref(notes);
      return NULL;
    }
  } else if (!PY_LIST_CHECK(notes)) {
    py_decref(notes);
    return py_raise(&py_exc_TypeError, "Cannot add note: __notes__ is not a list");
  }
  int rc = py_list_append(notes, args[0]);
  py_decref(notes);
  return rc < 0 ? NULL : py_newref(PY_NONE);
}

/* (type(e), e.args) or (type(e), e.args, e.__dict__): what copy and pickle rebuild
 * an exception from. */
static py_object *exc_reduce(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  (void)args;
  if (py_args_check("__reduce__", nargs, kwnames, 0, 0) < 0) return NULL;
  exc_object *e = (exc_object *)self;
  py_object *a = e->args ? py_newref(e->args) : py_tuple_new(0);
  if (!a) return NULL;
  py_object *r = e->dict && py_dict_size(e->dict) > 0
                     ? py_tuple_pack(3, (py_object *)PY_TYPE(self), a, e->dict)
                     : py_tuple_pack(2, (py_object *)PY_TYPE(self), a);
  py_decref(a);
  return r;
}

static py_object *exc_setstate(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  if (py_args_check("__setstate__", nargs, kwnames, 1, 1) < 0) return NULL;
  if (args[0] == PY_NONE) return py_newref(PY_NONE);
  if (!PY_DICT_CHECK(args[0])) return py_raise(&py_exc_TypeError, "state is not a dictionary");
  py_ssize pos = 0;
  py_object *k, *v;
  while (py_dict_next(args[0], &pos, &k, &v))
    if (py_setattr(self, k, v) < 0) return NULL;
  return py_newref(PY_NONE);
}

static const py_method_def exc_methods[] = {
    {"__reduce__", exc_reduce, 0, NULL},
    {"__setstate__", exc_setstate, 0, NULL},
    {"with_traceback", exc_with_traceback, 0,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", exc_add_note, 0,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {0},
};

/* ===================================================================================
 * Exceptions with extra fields
 * =================================================================================== */

/* A getter/setter pair for one py_object * field of a layout. */
#define FIELD_ACCESSORS(prefix, type, field)                              \
  static py_object *prefix##_get_##field(py_object *self) {               \
    py_object *v = ((type *)self)->field;                                 \
    return py_newref(v ? v : PY_NONE);                                    \
  }                                                                       \
  static int prefix##_set_##field(py_object *self, py_object *value) {    \
    py_setref(&((type *)self)->field, py_xnewref(value));                 \
    return 0;                                                             \
  }

/* ---- StopIteration ---- */

static int stopiteration_init(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  if (exc_init(self, args, nargs, kwnames) < 0) return -1;
  py_setref(&((py__stopiteration_object *)self)->value, py_newref(nargs ? args[0] : PY_NONE));
  return 0;
}

static void stopiteration_dealloc(py_object *self) {
  PY_CLEAR(((py__stopiteration_object *)self)->value);
  exc_dealloc(self);
}

FIELD_ACCESSORS(stopiteration, py__stopiteration_object, value)
static const py_getset_def stopiteration_getset[] = {
    {"value", stopiteration_get_value, stopiteration_set_value},
    {0},
};

py_object *py_exc_stopiteration_value(py_object *exc) {
  if (!py_type_is_subtype(PY_TYPE(exc), &py_exc_StopIteration)) return PY_NONE;
  py_object *v = ((py__stopiteration_object *)exc)->value;
  return v ? v : PY_NONE;
}

/* ---- SystemExit ---- */

static int systemexit_init(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  if (exc_init(self, args, nargs, kwnames) < 0) return -1;
  py_object *code = nargs == 0 ? py_newref(PY_NONE)
                    : nargs == 1 ? py_newref(args[0])
                                 : py_newref(((exc_object *)self)->args);
  py_setref(&((py__systemexit_object *)self)->code, code);
  return 0;
}

static void systemexit_dealloc(py_object *self) {
  PY_CLEAR(((py__systemexit_object *)self)->code);
  exc_dealloc(self);
}

FIELD_ACCESSORS(systemexit, py__systemexit_object, code)
static const py_getset_def systemexit_getset[] = {
    {"code", systemexit_get_code, systemexit_set_code},
    {0},
};

py_object *py_exc_systemexit_code(py_object *exc) {
  if (!py_type_is_subtype(PY_TYPE(exc), &py_exc_SystemExit)) return PY_NONE;
  py_object *v = ((py__systemexit_object *)exc)->code;
  return v ? v : PY_NONE;
}

/* ---- KeyError: str of one argument is its repr ---- */

static py_object *keyerror_str(py_object *self) {
  py_object *args = ((exc_object *)self)->args;
  if (args && PY_TUPLE_SIZE(args) == 1) return py_repr(PY_TUPLE_ITEMS(args)[0]);
  return exc_str(self);
}

/* ---- keyword arguments of ImportError / NameError / AttributeError ---- */

/* Splits the keyword arguments by name into out[] (borrowed); any other name raises
 * "'x' is an invalid keyword argument for T()". */
static int take_kwargs(py_object *self, py_object *const *args, size_t nargs,
                       py_object *kwnames, const char *const *names, int n, py_object **out) {
  for (int i = 0; i < n; i++) out[i] = NULL;
  if (!kwnames) return 0;
  for (py_ssize k = 0; k < PY_TUPLE_SIZE(kwnames); k++) {
    py_object *key = PY_TUPLE_ITEMS(kwnames)[k];
    int i;
    for (i = 0; i < n; i++)
      if (py_str_equal_cstr(key, names[i])) break;
    if (i == n) {
      py_raise(&py_exc_TypeError, "'%U' is an invalid keyword argument for %s()", key,
               PY_TYPE(self)->name);
      return -1;
    }
    out[i] = args[nargs + (size_t)k];
  }
  return 0;
}

static const char *const importerror_kw[] = {"name", "path"};

static int importerror_init(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  py_object *kw[2];
  if (take_kwargs(self, args, nargs, kwnames, importerror_kw, 2, kw) < 0) return -1;
  if (set_args(self, args, nargs) < 0) return -1;
  py__importerror_object *e = (py__importerror_object *)self;
  py_setref(&e->name, py_xnewref(kw[0]));
  py_setref(&e->path, py_xnewref(kw[1]));
  py_setref(&e->msg, nargs == 1 ? py_newref(args[0]) : NULL);
  return 0;
}

static void importerror_dealloc(py_object *self) {
  py__importerror_object *e = (py__importerror_object *)self;
  PY_CLEAR(e->msg);
  PY_CLEAR(e->name);
  PY_CLEAR(e->path);
  exc_dealloc(self);
}

static py_object *importerror_str(py_object *self) {
  py__importerror_object *e = (py__importerror_object *)self;
  if (e->msg && PY_STR_CHECK(e->msg)) return py_newref(e->msg);
  return exc_str(self);
}

FIELD_ACCESSORS(importerror, py__importerror_object, msg)
FIELD_ACCESSORS(importerror, py__importerror_object, name)
FIELD_ACCESSORS(importerror, py__importerror_object, path)
static const py_getset_def importerror_getset[] = {
    {"msg", importerror_get_msg, importerror_set_msg},
    {"name", importerror_get_name, importerror_set_name},
    {"path", importerror_get_path, importerror_set_path},
    {0},
};

static const char *const nameerror_kw[] = {"name"};

static int nameerror_init(py_object *self, py_object *const *args, size_t nargs,
                          py_object *kwnames) {
  py_object *kw[1];
  if (take_kwargs(self, args, nargs, kwnames, nameerror_kw, 1, kw) < 0) return -1;
  if (set_args(self, args, nargs) < 0) return -1;
  py_setref(&((py__nameerror_object *)self)->name, py_xnewref(kw[0]));
  return 0;
}

static void nameerror_dealloc(py_object *self) {
  PY_CLEAR(((py__nameerror_object *)self)->name);
  exc_dealloc(self);
}

FIELD_ACCESSORS(nameerror, py__nameerror_object, name)
static const py_getset_def nameerror_getset[] = {
    {"name", nameerror_get_name, nameerror_set_name},
    {0},
};

static const char *const attributeerror_kw[] = {"name", "obj"};

static int attributeerror_init(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  py_object *kw[2];
  if (take_kwargs(self, args, nargs, kwnames, attributeerror_kw, 2, kw) < 0) return -1;
  if (set_args(self, args, nargs) < 0) return -1;
  py__attributeerror_object *e = (py__attributeerror_object *)self;
  py_setref(&e->name, py_xnewref(kw[0]));
  py_setref(&e->obj, py_xnewref(kw[1]));
  return 0;
}

static void attributeerror_dealloc(py_object *self) {
  py__attributeerror_object *e = (py__attributeerror_object *)self;
  PY_CLEAR(e->name);
  PY_CLEAR(e->obj);
  exc_dealloc(self);
}

FIELD_ACCESSORS(attributeerror, py__attributeerror_object, name)
FIELD_ACCESSORS(attributeerror, py__attributeerror_object, obj)
static const py_getset_def attributeerror_getset[] = {
    {"name", attributeerror_get_name, attributeerror_set_name},
    {"obj", attributeerror_get_obj, attributeerror_set_obj},
    {0},
};

/* ---- OSError ---- */

static py_type *oserror_subtype_for(py_object *err) {
  int64_t v;
  if (!PY_INT_CHECK(err) || py_int_as_i64(err, &v) < 0) {
    py_err_clear();
    return NULL;
  }
  /* Linux's numbers, not the host's <errno.h>: our errno module has Linux's values
   * everywhere, and Emscripten numbers errors differently (its ENOENT is 44). */
  switch (v) {
  case 11: return &py_exc_BlockingIOError;            /* EAGAIN */
  case 32: return &py_exc_BrokenPipeError;            /* EPIPE */
  case 10: return &py_exc_ChildProcessError;          /* ECHILD */
  case 103: return &py_exc_ConnectionAbortedError;    /* ECONNABORTED */
  case 111: return &py_exc_ConnectionRefusedError;    /* ECONNREFUSED */
  case 104: return &py_exc_ConnectionResetError;      /* ECONNRESET */
  case 17: return &py_exc_FileExistsError;            /* EEXIST */
  case 2: return &py_exc_FileNotFoundError;           /* ENOENT */
  case 4: return &py_exc_InterruptedError;            /* EINTR */
  case 21: return &py_exc_IsADirectoryError;          /* EISDIR */
  case 20: return &py_exc_NotADirectoryError;         /* ENOTDIR */
  case 13: case 1: return &py_exc_PermissionError;    /* EACCES, EPERM */
  case 3: return &py_exc_ProcessLookupError;          /* ESRCH */
  case 110: return &py_exc_TimeoutError;              /* ETIMEDOUT */
  default: return NULL;
  }
}

static py_object *oserror_new(py_type *t, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  if (t == &py_exc_OSError && nargs >= 2 && nargs <= 5) {
    py_type *sub = oserror_subtype_for(args[0]);
    if (sub) t = sub;
  }
  return exc_new(t, args, nargs, kwnames);
}

static int oserror_init(py_object *self, py_object *const *args, size_t nargs,
                        py_object *kwnames) {
  if (reject_kwargs(self, kwnames) < 0) return -1;
  py__oserror_object *e = (py__oserror_object *)self;
  if (nargs >= 2 && nargs <= 5) {
    py_setref(&e->myerrno, py_newref(args[0]));
    py_setref(&e->strerror, py_newref(args[1]));
    if (nargs >= 3) {
      py_setref(&e->filename, py_newref(args[2]));
      if (nargs == 5) py_setref(&e->filename2, py_newref(args[4]));
      /* With a filename, args keeps only (errno, strerror). */
      return set_args(self, args, 2);
    }
  }
  return set_args(self, args, nargs);
}

static void oserror_dealloc(py_object *self) {
  py__oserror_object *e = (py__oserror_object *)self;
  PY_CLEAR(e->myerrno);
  PY_CLEAR(e->strerror);
  PY_CLEAR(e->filename);
  PY_CLEAR(e->filename2);
  exc_dealloc(self);
}

static py_object *oserror_str(py_object *self) {
  py__oserror_object *e = (py__oserror_object *)self;
  if (e->filename) {
    if (e->filename2)
      return py_str_format("[Errno %S] %S: %R -> %R", e->myerrno, e->strerror, e->filename,
                           e->filename2);
    return py_str_format("[Errno %S] %S: %R", e->myerrno, e->strerror, e->filename);
  }
  if (e->myerrno && e->strerror) return py_str_format("[Errno %S] %S", e->myerrno, e->strerror);
  return exc_str(self);
}

FIELD_ACCESSORS(oserror, py__oserror_object, myerrno)
FIELD_ACCESSORS(oserror, py__oserror_object, strerror)
FIELD_ACCESSORS(oserror, py__oserror_object, filename)
FIELD_ACCESSORS(oserror, py__oserror_object, filename2)
static const py_getset_def oserror_getset[] = {
    {"errno", oserror_get_myerrno, oserror_set_myerrno},
    {"strerror", oserror_get_strerror, oserror_set_strerror},
    {"filename", oserror_get_filename, oserror_set_filename},
    {"filename2", oserror_get_filename2, oserror_set_filename2},
    {0},
};

/* ---- SyntaxError ---- */

static int syntaxerror_init(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  if (reject_kwargs(self, kwnames) < 0) return -1;
  if (set_args(self, args, nargs) < 0) return -1;
  py__syntaxerror_object *e = (py__syntaxerror_object *)self;
  if (nargs >= 1) py_setref(&e->msg, py_newref(args[0]));
  if (nargs == 2) {
    py_object *info = args[1];
    if (!PY_TUPLE_CHECK(info)) {
      py_object *l = py_list_from_iterable(info);
      if (!l) return -1;
      info = py_tuple_from_array(PY_LIST_ITEMS(l), PY_LIST_SIZE(l));
      py_decref(l);
      if (!info) return -1;
    } else {
      py_incref(info);
    }
    py_ssize n = PY_TUPLE_SIZE(info);
    if (n < 4 || n > 6) {
      py_decref(info);
      py_raise(&py_exc_IndexError, "tuple index out of range");
      return -1;
    }
    py_object **it = PY_TUPLE_ITEMS(info);
    py_setref(&e->filename, py_newref(it[0]));
    py_setref(&e->lineno, py_newref(it[1]));
    py_setref(&e->offset, py_newref(it[2]));
    py_setref(&e->text, py_newref(it[3]));
    py_setref(&e->end_lineno, n > 4 ? py_newref(it[4]) : NULL);
    py_setref(&e->end_offset, n > 5 ? py_newref(it[5]) : NULL);
    py_decref(info);
  }
  return 0;
}

static void syntaxerror_dealloc(py_object *self) {
  py__syntaxerror_object *e = (py__syntaxerror_object *)self;
  PY_CLEAR(e->msg);
  PY_CLEAR(e->filename);
  PY_CLEAR(e->lineno);
  PY_CLEAR(e->offset);
  PY_CLEAR(e->text);
  PY_CLEAR(e->end_lineno);
  PY_CLEAR(e->end_offset);
  PY_CLEAR(e->print_file_and_line);
  exc_dealloc(self);
}

/* "msg (file.py, line 3)": the file's base name, as CPython's SyntaxError_str. */
static py_object *syntaxerror_str(py_object *self) {
  py__syntaxerror_object *e = (py__syntaxerror_object *)self;
  py_object *msg = e->msg ? e->msg : PY_NONE;
  py_object *file = NULL;
  if (e->filename && PY_STR_CHECK(e->filename)) {
    const char *s = PY_STR_DATA(e->filename);
    const char *slash = strrchr(s, '/');
    file = slash ? py_str_from_cstr(slash + 1) : py_newref(e->filename);
    if (!file) return NULL;
  }
  int64_t line = 0;
  int have_line = e->lineno && PY_INT_CHECK(e->lineno) && py_int_as_i64(e->lineno, &line) == 0;
  if (!have_line) py_err_clear();
  py_object *r;
  if (file && have_line)
    r = py_str_format("%S (%U, line %lld)", msg, file, (long long)line);
  else if (file)
    r = py_str_format("%S (%U)", msg, file);
  else if (have_line)
    r = py_str_format("%S (line %lld)", msg, (long long)line);
  else
    r = py_str(msg);
  py_xdecref(file);
  return r;
}

FIELD_ACCESSORS(syntaxerror, py__syntaxerror_object, msg)
FIELD_ACCESSORS(syntaxerror, py__syntaxerror_object, filename)
FIELD_ACCESSORS(syntaxerror, py__syntaxerror_object, lineno)
FIELD_ACCESSORS(syntaxerror, py__syntaxerror_object, offset)
FIELD_ACCESSORS(syntaxerror, py__syntaxerror_object, text)
FIELD_ACCESSORS(syntaxerror, py__syntaxerror_object, end_lineno)
FIELD_ACCESSORS(syntaxerror, py__syntaxerror_object, end_offset)
FIELD_ACCESSORS(syntaxerror, py__syntaxerror_object, print_file_and_line)
static const py_getset_def syntaxerror_getset[] = {
    {"msg", syntaxerror_get_msg, syntaxerror_set_msg},
    {"filename", syntaxerror_get_filename, syntaxerror_set_filename},
    {"lineno", syntaxerror_get_lineno, syntaxerror_set_lineno},
    {"offset", syntaxerror_get_offset, syntaxerror_set_offset},
    {"text", syntaxerror_get_text, syntaxerror_set_text},
    {"end_lineno", syntaxerror_get_end_lineno, syntaxerror_set_end_lineno},
    {"end_offset", syntaxerror_get_end_offset, syntaxerror_set_end_offset},
    {"print_file_and_line", syntaxerror_get_print_file_and_line,
     syntaxerror_set_print_file_and_line},
    {0},
};

/* ---- UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError ---- */

/* Their argument checks, attributes and messages are Python (_codec_bridge.init and
 * message): they are rare, and the engine's wasm size budget is tight. */
py_object *py__codec_bridge(const char *fn, py_object *const *args, size_t nargs) {
  py_object *m = py_import("_codec_bridge");
  if (!m) return NULL;
  py_object *f = py_dict_get_str(py_module_dict(m), fn);
  py_object *r = f ? py_call(f, args, nargs, NULL) : py_raise(&py_exc_AttributeError, "%s", fn);
  py_decref(m);
  return r;
}

static int unicode_error_init(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  if (exc_init(self, args, nargs, kwnames) < 0) return -1;
  py_object *r = py__codec_bridge("init", &self, 1);
  py_xdecref(r);
  return r ? 0 : -1;
}

static py_object *unicode_error_str(py_object *self) {
  return py__codec_bridge("message", &self, 1);
}

py_object *py__raise_codec_error(py_type *type, const char *codec, py_object *object,
                                 py_ssize start, py_ssize end, const char *reason) {
  py_object *a[5] = {py_str_from_cstr(codec), object, py_int_from_i64(start),
                     py_int_from_i64(end), py_str_from_cstr(reason)};
  py_object *e = a[0] && a[2] && a[3] && a[4] ? py_call((py_object *)type, a, 5, NULL) : NULL;
  if (e) py_err_restore(e);
  py_xdecref(a[0]);
  py_xdecref(a[2]);
  py_xdecref(a[3]);
  py_xdecref(a[4]);
  return NULL;
}

/* ===================================================================================
 * Setting up the hierarchy
 * =================================================================================== */

py_object *py__exc_from_message(py_type *type, py_object *msg) {
  py_object *e = py_call1((py_object *)type, msg);
  py_decref(msg);
  return e;
}

int py__exceptions_init(void) {
  static bool done;
  if (done) return 0;
  py_type *b = &py_exc_BaseException;
  b->basicsize = sizeof(py_exception_object);
  b->dictoffset = offsetof(py_exception_object, dict);
  b->new = exc_new;
  b->init = exc_init;
  b->dealloc = exc_dealloc;
  b->repr = exc_repr;
  b->str = exc_str;
  b->getset = exc_getset;
  b->methods = exc_methods;

#define LAYOUT(T, type, init_fn, dealloc_fn, getset_arr) \
  T.basicsize = sizeof(type);                              \
  T.init = init_fn;                                        \
  T.dealloc = dealloc_fn;                                  \
  T.getset = getset_arr
  LAYOUT(py_exc_StopIteration, py__stopiteration_object, stopiteration_init,
         stopiteration_dealloc, stopiteration_getset);
  LAYOUT(py_exc_SystemExit, py__systemexit_object, systemexit_init, systemexit_dealloc,
         systemexit_getset);
  LAYOUT(py_exc_ImportError, py__importerror_object, importerror_init, importerror_dealloc,
         importerror_getset);
  py_exc_ImportError.str = importerror_str;
  LAYOUT(py_exc_NameError, py__nameerror_object, nameerror_init, nameerror_dealloc,
         nameerror_getset);
  LAYOUT(py_exc_AttributeError, py__attributeerror_object, attributeerror_init,
         attributeerror_dealloc, attributeerror_getset);
  LAYOUT(py_exc_OSError, py__oserror_object, oserror_init, oserror_dealloc, oserror_getset);
  py_exc_OSError.new = oserror_new;
  py_exc_OSError.str = oserror_str;
  LAYOUT(py_exc_SyntaxError, py__syntaxerror_object, syntaxerror_init, syntaxerror_dealloc,
         syntaxerror_getset);
  py_exc_SyntaxError.str = syntaxerror_str;
#undef LAYOUT
  py_exc_KeyError.str = keyerror_str;
  static py_type *const unicode_errors[] = {&py_exc_UnicodeEncodeError,
                                            &py_exc_UnicodeDecodeError,
                                            &py_exc_UnicodeTranslateError};
  for (size_t i = 0; i < 3; i++) {
    unicode_errors[i]->init = unicode_error_init;
    unicode_errors[i]->str = unicode_error_str;
  }
  if (py__exc_group_init() < 0) return -1;

  /* A table and a loop rather than a call per class: less code for the wasm host
   * to compile before a program starts (docs/performance.md, "Cold start (session 4)"). */
  static py_type *const all[] = {
#define ENTRY(NAME, BASE) &py_exc_##NAME,
      PY_EXCEPTIONS(ENTRY)
#undef ENTRY
  };
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
    if (py_type_ready(all[i]) < 0) return -1;
  done = true;
  return 0;
}
