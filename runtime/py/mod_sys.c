/* runtime/py/mod_sys.c — the sys module: argv, exit, stdout/stderr, version,
 * recursion limit, maxsize, modules, exc_info. */
#include <stdint.h>
#include <string.h>

#include "py/asyncgen_hooks.h"
#include "py/bigint.h"
#include "py/code.h"
#include "py/interp.h"
#include "py/mem.h"
#include "py/objimpl.h"
#include "py/syntax_error.h"

/* ---- sys.stdout / sys.stderr --------------------------------------------------------- */

/* A text stream writing through the host hook; stdout is buffered and flushed at exit,
 * on flush(), and when the buffer fills, as a file object would. */
typedef struct {
  PY_HEAD;
  int fd;
} stream;

#define OUTBUF 8192
static char outbuf[OUTBUF];
static size_t outlen;

void py__sys_flush(void) {
  if (outlen) {
    py_host_write(1, outbuf, outlen);
    outlen = 0;
  }
}

void py_stdout_flush(void) { py__sys_flush(); }

static void stream_write_bytes(int fd, const char *s, size_t n) {
  if (fd != 1) {
    py__sys_flush();
    py_host_write(fd, s, n);
    return;
  }
  if (outlen + n > OUTBUF) {
    py__sys_flush();
    if (n > OUTBUF / 2) {
      py_host_write(1, s, n);
      return;
    }
  }
  memcpy(outbuf + outlen, s, n);
  outlen += n;
}

static py_object *stream_write(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  if (py_args_check("write", nargs, kwnames, 1, 1) < 0) return NULL;
  if (!PY_STR_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "write() argument must be str, not %T", args[0]);
  stream_write_bytes(((stream *)self)->fd, PY_STR_DATA(args[0]), (size_t)PY_STR_SIZE(args[0]));
  return py_int_from_i64(PY_STR_LEN(args[0]));
}

static py_object *stream_flush(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)self;
  (void)args;
  if (py_args_check("flush", nargs, kwnames, 0, 0) < 0) return NULL;
  py__sys_flush();
  return py_newref(PY_NONE);
}

static py_object *stream_isatty(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  (void)self;
  (void)args;
  if (py_args_check("isatty", nargs, kwnames, 0, 0) < 0) return NULL;
  return py_bool(0);
}

static py_object *stream_repr(py_object *self) {
  int fd = ((stream *)self)->fd;
  return py_str_format("<_io.TextIOWrapper name='<%s>' mode='%s' encoding='utf-8'>",
                       fd == 1 ? "stdout" : fd == 2 ? "stderr" : "stdin", fd ? "w" : "r");
}

static py_object *stream_get_name(py_object *self) {
  int fd = ((stream *)self)->fd;
  return py_str_from_cstr(fd == 1 ? "<stdout>" : fd == 2 ? "<stderr>" : "<stdin>");
}

static const py_getset_def stream_getset[] = {
    {"name", stream_get_name, NULL},
    {0},
};

static const py_method_def stream_methods[] = {
    {"write", stream_write, 0, NULL},
    {"flush", stream_flush, 0, NULL},
    {"isatty", stream_isatty, 0, NULL},
    {0},
};

static py_type stream_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "TextIOWrapper",
    .basicsize = sizeof(stream),
    .repr = stream_repr,
    .getattr = py_generic_getattr,
    .methods = stream_methods,
    .getset = stream_getset,
};

static stream stdout_obj = {{PY_IMMORTAL, &stream_type}, 1};
static stream stderr_obj = {{PY_IMMORTAL, &stream_type}, 2};
static stream stdin_obj = {{PY_IMMORTAL, &stream_type}, 0};

int py__sys_stream_write(py_object *file, py_object *s) {
  if (PY_TYPE(file) != &stream_type) return 0;
  stream_write_bytes(((stream *)file)->fd, PY_STR_DATA(s), (size_t)PY_STR_SIZE(s));
  return 1;
}

/* ---- frame objects for sys._getframe ------------------------------------------------- */

/* Our frames live in the eval loop and are reused once they return, so Python code sees
 * a snapshot: the code, globals and current line of a frame when _getframe was called,
 * with f_back snapshots of its callers (made at the same time). Enough for warnings,
 * logging's findCaller and inspect.currentframe. Unlike CPython's, f_lineno does not
 * follow the frame as it runs on (the eval loop keeps its position in a register
 * between calls), and f_locals holds the variables as they were then. */
typedef struct frame_snapshot {
  PY_HEAD;
  py_object *code;    /* owned */
  py_object *globals; /* owned */
  py_object *back;    /* owned; the caller's snapshot or NULL */
  py_object *locals;  /* owned; a dict, or NULL for an empty one */
  int lineno;
} frame_snapshot;

py_object *py__frame_locals(py_frame *f); /* builtins_vm.c: what locals() gives in f */

static void frame_dealloc(py_object *o) {
  frame_snapshot *f = (frame_snapshot *)o;
  py_decref(f->code);
  py_xdecref(f->globals);
  py_xdecref(f->locals);
  /* Recursion here is as deep as the Python stack was, which the recursion limit caps. */
  py_xdecref(f->back);
  py_type_free(o);
}

static py_object *frame_get_code(py_object *o) { return py_newref(((frame_snapshot *)o)->code); }
static py_object *frame_get_globals(py_object *o) {
  py_object *g = ((frame_snapshot *)o)->globals;
  return py_newref(g ? g : PY_NONE);
}
static py_object *frame_get_back(py_object *o) {
  py_object *b = ((frame_snapshot *)o)->back;
  return py_newref(b ? b : PY_NONE);
}
static py_object *frame_get_lineno(py_object *o) {
  return py_int_from_i64(((frame_snapshot *)o)->lineno);
}
static py_object *frame_get_locals(py_object *o) {
  py_object *l = ((frame_snapshot *)o)->locals;
  return l ? py_newref(l) : py_dict_new();
}
/* clear(): a snapshot holds no running frame; it lets go of the variables it shows. */
static py_object *frame_clear(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  (void)args;
  if (py_args_check("clear", nargs, kwnames, 0, 0) < 0) return NULL;
  PY_CLEAR(((frame_snapshot *)self)->locals);
  return py_newref(PY_NONE);
}
static const py_method_def frame_methods[] = {
    {"clear", frame_clear, 0, NULL},
    {0},
};
static py_object *frame_repr(py_object *o) {
  frame_snapshot *f = (frame_snapshot *)o;
  py_code *co = (py_code *)f->code;
  return py_str_format("<frame, file '%s', line %d, code %s>", PY_STR_DATA(co->filename),
                       f->lineno, PY_STR_DATA(co->name));
}

static const py_getset_def frame_getset[] = {
    {"f_code", frame_get_code, NULL},
    {"f_globals", frame_get_globals, NULL},
    {"f_back", frame_get_back, NULL},
    {"f_lineno", frame_get_lineno, NULL},
    {"f_locals", frame_get_locals, NULL},
    {0},
};

static py_type frame_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "frame",
    .basicsize = sizeof(frame_snapshot),
    .dealloc = frame_dealloc,
    .repr = frame_repr,
    .getattr = py_generic_getattr,
    .getset = frame_getset,
    .methods = frame_methods,
};

/* One snapshot with the given fields (traceback.c makes tb_frame with it): code and
 * globals are borrowed, back and locals are stolen (either may be NULL). New, or NULL
 * with an error. */
py_object *py__frame_snapshot_new(py_object *code, py_object *globals, int lineno,
                                  py_object *back, py_object *locals) {
  frame_snapshot *s = (frame_snapshot *)py_type_alloc(&frame_type, 0);
  if (!s) {
    py_xdecref(back);
    py_xdecref(locals);
    return NULL;
  }
  s->code = py_newref(code);
  s->globals = py_xnewref(globals);
  s->lineno = lineno;
  s->back = back;
  s->locals = locals;
  return (py_object *)s;
}

/* A snapshot of f and its callers (new), or NULL with an exception set. */
static py_object *snapshot_chain(py_frame *f) {
  py_frame *chain[64];
  /* Built outermost first, so each snapshot can own its caller's. */
  int depth = 0;
  for (py_frame *g = f; g; g = g->back) depth++;
  py_object *back = NULL;
  for (int remaining = depth; remaining > 0;) {
    /* Collect the next up-to-64 frames from the outer end. */
    int n = remaining < 64 ? remaining : 64;
    py_frame *g = f;
    for (int k = 0; k < remaining - n; k++) g = g->back;
    for (int k = n - 1; k >= 0; k--, g = g->back) chain[k] = g; /* chain[0]: outermost */
    for (int k = 0; k < n; k++) {
      frame_snapshot *s = (frame_snapshot *)py_type_alloc(&frame_type, 0);
      if (!s) {
        py_xdecref(back);
        return NULL;
      }
      s->code = py_newref((py_object *)chain[k]->code);
      s->globals = py_xnewref(chain[k]->globals);
      s->lineno = py_frame_line(chain[k]);
      s->back = back; /* steals */
      back = (py_object *)s;
      s->locals = py__frame_locals(chain[k]);
      if (!s->locals) {
        py_decref(back);
        return NULL;
      }
    }
    remaining -= n;
  }
  return back;
}

/* traceback.c: the snapshot chain of a live frame (tb_frame of a handler's own frame). */
py_object *py__frame_snapshot_chain(py_frame *f) { return snapshot_chain(f); }

/* ---- functions ------------------------------------------------------------------------ */

static py_object *sys_exit(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  (void)self;
  if (py_args_check("exit", nargs, kwnames, 0, 1) < 0) return NULL;
  py_object *e = nargs ? py_call1((py_object *)&py_exc_SystemExit, args[0])
                       : py_call0((py_object *)&py_exc_SystemExit);
  if (e) py_err_restore(e);
  return NULL;
}

static py_object *sys_getrecursionlimit(py_object *self, py_object *const *args, size_t nargs,
                                        py_object *kwnames) {
  (void)self;
  (void)args;
  if (py_args_check("getrecursionlimit", nargs, kwnames, 0, 0) < 0) return NULL;
  return py_int_from_i64(py_vm_recursion_limit());
}

static py_object *sys_setrecursionlimit(py_object *self, py_object *const *args, size_t nargs,
                                        py_object *kwnames) {
  (void)self;
  if (py_args_check("setrecursionlimit", nargs, kwnames, 1, 1) < 0) return NULL;
  if (!PY_INT_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    PY_TYPE(args[0])->name);
  int64_t v;
  if (py_int_as_i64(args[0], &v) < 0) return NULL;
  if (v < 1) return py_raise(&py_exc_ValueError, "recursion limit must be greater or equal than 1");
  /* Deep Python recursion nests C frames only through callbacks; cap what the native
   * stack can hold. */
  if (v > 100000) v = 100000;
  py_vm_set_recursion_limit((int)v);
  return py_newref(PY_NONE);
}

static py_object *sys_exc_info(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)self;
  (void)args;
  if (py_args_check("exc_info", nargs, kwnames, 0, 0) < 0) return NULL;
  py_object *e = py_vm_handled_exception();
  if (!e) return py_tuple_pack(3, PY_NONE, PY_NONE, PY_NONE);
  py_object *tb = ((py_exception_object *)e)->traceback;
  return py_tuple_pack(3, (py_object *)PY_TYPE(e), e, tb ? tb : PY_NONE);
}

static py_object *sys_exception(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  (void)self;
  (void)args;
  if (py_args_check("exception", nargs, kwnames, 0, 0) < 0) return NULL;
  py_object *e = py_vm_handled_exception();
  return py_newref(e ? e : PY_NONE);
}

static py_object *sys_intern(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  (void)self;
  if (py_args_check("intern", nargs, kwnames, 1, 1) < 0) return NULL;
  py_object *s = py_newref(args[0]);
  py_str_intern(&s);
  return s;
}

/* _getframe(depth=0): a snapshot of the caller's frame, or the frame `depth` calls up. */
static py_object *sys_getframe(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)self;
  if (py_args_check("_getframe", nargs, kwnames, 0, 1) < 0) return NULL;
  int64_t depth = 0;
  if (nargs && py_int_as_i64(args[0], &depth) < 0) return NULL;
  py_frame *f = py_vm_current;
  for (; f && depth > 0; depth--) f = f->back;
  if (!f) return py_raise(&py_exc_ValueError, "call stack is not deep enough");
  return snapshot_chain(f);
}

/* _taskscope_memory(restart_peak=False[, origins]): the allocator's (bytes in use, most
 * bytes in use at once), which the tracemalloc module turns into its figures; a true
 * first argument restarts the peak from the bytes in use (tracemalloc.start,
 * reset_peak). `origins`, a dict (None: stop), is where the engine then notes where
 * each coroutine is created (py__gen_trace_origins). */
static py_object *sys_taskscope_memory(py_object *self, py_object *const *args, size_t nargs,
                                       py_object *kwnames) {
  (void)self;
  if (py_args_check("_taskscope_memory", nargs, kwnames, 0, 2) < 0) return NULL;
  int restart = nargs ? py_truthy(args[0]) : 0;
  if (restart < 0) return NULL;
  if (restart) py_mem_restart_peak();
  if (nargs > 1) py__gen_trace_origins(PY_DICT_CHECK(args[1]) ? args[1] : NULL);
  py_object *used = py_int_from_i64((int64_t)py_mem_used());
  py_object *peak = used ? py_int_from_i64((int64_t)py_mem_peak()) : NULL;
  py_object *pair = peak ? py_tuple_pack(2, used, peak) : NULL;
  py_xdecref(used);
  py_xdecref(peak);
  return pair;
}

/* getsizeof(object, default=<none>): object.__sizeof__() plus what CPython keeps in
 * front of the object (sizeof.c has CPython's figures); `default` answers for objects
 * whose size cannot be had (a TypeError). */
static py_object *sys_getsizeof(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"object", "default"};
  static const py_params params = {"getsizeof", names, 2, 0, 2, 1};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_object *o = a[0];
  static py_object *name, *own;
  if (!name && !(name = py_str_intern_cstr("__sizeof__"))) return NULL;
  if (!own) own = py_type_lookup(&py_object_type, name);
  py_object *method = py_type_lookup(PY_TYPE(o), name);
  py_ssize size = -1;
  if (!method) {
    py_raise(&py_exc_TypeError, "Type %s doesn't define __sizeof__", PY_TYPE(o)->name);
  } else if (method == own) {
    size = py__sizeof(o);
  } else {
    py_object *bound = py__descr_bind(method, o, PY_TYPE(o));
    py_object *r = bound ? py_call(bound, NULL, 0, NULL) : NULL;
    py_xdecref(bound);
    if (r && !PY_INT_CHECK(r)) {
      py_raise(&py_exc_TypeError, "an integer is required");
    } else if (r) {
      int64_t v;
      if (py_int_as_i64(r, &v) < 0) {
        py_err_clear();
        py_raise(&py_exc_OverflowError, "Python int too large to convert to C ssize_t");
      } else if (v < 0) {
        py_raise(&py_exc_ValueError, "__sizeof__() should return >= 0");
      } else {
        size = (py_ssize)v;
      }
    }
    py_xdecref(r);
  }
  if (size < 0) {
    if (a[1] && py_err_matches(&py_exc_TypeError)) {
      py_err_clear();
      return py_newref(a[1]);
    }
    return NULL;
  }
  return py_int_from_i64(size + py__sizeof_preheader(PY_TYPE(o)));
}

static py_object *sys_module;

/* sys.displayhook(value): what the interactive prompt (and code compiled in 'single'
 * mode) does with an expression statement's value: print its repr to sys.stdout and
 * keep it in builtins._ (None is neither printed nor kept). */
static py_object *sys_displayhook(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  (void)self;
  if (py_args_check("displayhook", nargs, kwnames, 1, 1) < 0) return NULL;
  py_object *v = args[0];
  if (v == PY_NONE) return py_newref(PY_NONE);
  py_object *builtins = py_builtins_dict();
  /* Cleared first, as CPython does, so a repr that looks at _ sees None. */
  if (py_dict_set_str(builtins, "_", PY_NONE) < 0) return NULL;
  py_object *out = sys_module ? py_getattr_str(sys_module, "stdout") : NULL;
  if (!out) {
    py_err_clear();
    return py_raise(&py_exc_RuntimeError, "lost sys.stdout");
  }
  py_object *text = py_repr(v);
  py_object *write = text ? py_getattr_str(out, "write") : NULL;
  py_object *r = write ? py_call1(write, text) : NULL;
  py_xdecref(text);
  if (r) {
    py_decref(r);
    py_object *nl = py_str_from_cstr("\n");
    r = nl ? py_call1(write, nl) : NULL;
    py_xdecref(nl);
  }
  py_xdecref(write);
  py_decref(out);
  if (!r) return NULL;
  py_decref(r);
  if (py_dict_set_str(builtins, "_", v) < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *sys_get_int_max_str_digits(py_object *self, py_object *const *args,
                                             size_t nargs, py_object *kwnames) {
  (void)self;
  (void)args;
  if (py_args_check("get_int_max_str_digits", nargs, kwnames, 0, 0) < 0) return NULL;
  return py_int_from_i64(py_bigint_max_str_digits);
}

/* set_int_max_str_digits(maxdigits): 0 lifts the limit; otherwise at least 640 digits,
 * the threshold below which CPython never checks. */
static py_object *sys_set_int_max_str_digits(py_object *self, py_object *const *args,
                                             size_t nargs, py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"maxdigits"};
  static const py_params params = {"set_int_max_str_digits", names, 1, 0, 1, 1};
  py_object *v[1];
  if (py_args_bind(&params, args, nargs, kwnames, v) < 0) return NULL;
  if (!PY_INT_CHECK(v[0]))
    return py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    PY_TYPE(v[0])->name);
  int64_t n;
  if (py_int_as_i64(v[0], &n) < 0) return NULL;
  if (n != 0 && (n < 640 || n > INT32_MAX))
    return py_raise(&py_exc_ValueError, "maxdigits must be 0 or larger than %d", 640);
  py_bigint_max_str_digits = (int)n;
  return py_newref(PY_NONE);
}

/* sys.__getattr__(name) (PEP 562): the names sys does not hold come from the Python
 * module _sysinfo, imported on first use and copied into sys so later reads are plain. */
static py_object *sys_getattr_hook(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kwnames) {
  (void)self;
  if (py_args_check("__getattr__", nargs, kwnames, 1, 1) < 0) return NULL;
  if (!PY_STR_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "attribute name must be string");
  const char *name = PY_STR_DATA(args[0]);
  py_object *found = NULL;
  if (name[0] != '_' || strcmp(name, "__excepthook__") == 0) {
    py_object *info = py_import("_sysinfo");
    if (!info) return NULL;
    found = py_dict_get_str(py_module_dict(info), name);
    py_xincref(found);
    py_decref(info);
  }
  if (!found) return py_raise(&py_exc_AttributeError, "module 'sys' has no attribute '%s'", name);
  if (sys_module && py_module_add(sys_module, name, found) < 0) {
    py_decref(found);
    return NULL;
  }
  return found;
}

/* sys.breakpointhook(*args, **kws), the default hook breakpoint() calls: the Python
 * function _sysinfo._breakpointhook reads $PYTHONBREAKPOINT and calls what it names. */
static py_object *sys_breakpointhook(py_object *self, py_object *const *args, size_t nargs,
                                     py_object *kwnames) {
  (void)self;
  py_object *info = py_import("_sysinfo");
  py_object *fn = info ? py_getattr_str(info, "_breakpointhook") : NULL;
  py_xdecref(info);
  py_object *r = fn ? py_call(fn, args, nargs, kwnames) : NULL;
  py_xdecref(fn);
  return r;
}

static const py_method_def sys_functions[] = {
    {"breakpointhook", sys_breakpointhook, 0, NULL},
    {"getsizeof", sys_getsizeof, 0, NULL},
    {"displayhook", sys_displayhook, 0, NULL},
    {"_getframe", sys_getframe, 0, NULL},
    {"_taskscope_memory", sys_taskscope_memory, 0, NULL},
    {"exit", sys_exit, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"get_asyncgen_hooks", py__sys_get_asyncgen_hooks, 0, NULL},
    {"set_asyncgen_hooks", py__sys_set_asyncgen_hooks, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL},
    {"__getattr__", sys_getattr_hook, 0, NULL},
    {0},
};

static int sys_argc;
static char **sys_argv;

/* ---- sys.version_info ---------------------------------------------------------------
 * The named tuple CPython has (a tuple subclass whose fields are also attributes), as a
 * static type. Making it from Python code at every start (a class statement, five
 * properties) ran the eval loop, the class machinery and the unmarshaller before the
 * program's first line: in the wasm engine, ~70 more functions for V8 to compile on a
 * cold start (docs/performance.md, "Cold start (session 4)"). */
static py_object *version_field(py_object *o, py_ssize i) {
  return PY_TUPLE_SIZE(o) > i ? py_newref(PY_TUPLE_ITEMS(o)[i]) : py_newref(PY_NONE);
}
static py_object *version_major(py_object *o) { return version_field(o, 0); }
static py_object *version_minor(py_object *o) { return version_field(o, 1); }
static py_object *version_micro(py_object *o) { return version_field(o, 2); }
static py_object *version_releaselevel(py_object *o) { return version_field(o, 3); }
static py_object *version_serial(py_object *o) { return version_field(o, 4); }

static py_object *version_repr(py_object *o) {
  if (PY_TUPLE_SIZE(o) != 5) return py_raise(&py_exc_TypeError, "bad sys.version_info");
  py_object *const *v = PY_TUPLE_ITEMS(o);
  return py_str_format("sys.version_info(major=%R, minor=%R, micro=%R, releaselevel=%R, "
                       "serial=%R)",
                       v[0], v[1], v[2], v[3], v[4]);
}

static const py_getset_def version_getset[] = {
    {"major", version_major, NULL},
    {"minor", version_minor, NULL},
    {"micro", version_micro, NULL},
    {"releaselevel", version_releaselevel, NULL},
    {"serial", version_serial, NULL},
    {0},
};

static py_type version_info_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "sys.version_info",
    .base = &py_tuple_type,
    .repr = version_repr,
    .getset = version_getset,
};

static py_object *make_version_info(void) {
  py_object *vi = py_type_alloc(&version_info_type, 5);
  if (!vi) return NULL;
  PY_TUPLE_SIZE(vi) = 5;
  py_object *items[5] = {py_int_from_i64(3), py_int_from_i64(11), py_int_from_i64(7),
                         py_str_from_cstr("final"), py_int_from_i64(0)};
  for (int i = 0; i < 5; i++) PY_TUPLE_ITEMS(vi)[i] = items[i];
  for (int i = 0; i < 5; i++)
    if (!items[i]) {
      py_decref(vi);
      return NULL;
    }
  return vi;
}

int py__sys_init(int argc, char **argv) {
  py_bigint_max_str_digits = PY_BIGINT_DEFAULT_MAX_STR_DIGITS;
  sys_argc = argc;
  sys_argv = argv;
  py_object *m = py_import("sys");
  if (!m) return -1;
  py_decref(m);
  return 0;
}

py_object *py_sys_get(const char *name) {
  if (!sys_module) return NULL;
  return py_dict_get_str(py_module_dict(sys_module), name);
}

static int add_owned(py_object *m, const char *name, py_object *v) {
  if (!v) return -1;
  int rc = py_module_add(m, name, v);
  py_decref(v);
  return rc;
}

py_object *py_mod_sys_init(void) {
  py_object *m = py_module_new("sys");
  if (!m) return NULL;
  py_object *argv = py_list_new(0);
  int rc = argv ? 0 : -1;
  for (int i = 0; rc == 0 && i < sys_argc; i++) {
    py_object *s = py_str_from_cstr(sys_argv[i]);
    rc = s ? py_list_append(argv, s) : -1;
    py_xdecref(s);
  }
  if (rc == 0) rc = add_owned(m, "argv", argv);
  else py_xdecref(argv);
  if (rc == 0) rc = py_module_add_functions(m, sys_functions);
  if (rc == 0) rc = py_module_add(m, "stdout", (py_object *)&stdout_obj);
  if (rc == 0) rc = py_module_add(m, "stderr", (py_object *)&stderr_obj);
  if (rc == 0) rc = py_module_add(m, "stdin", (py_object *)&stdin_obj);
  if (rc == 0) rc = py_module_add(m, "__stdout__", (py_object *)&stdout_obj);
  if (rc == 0) rc = py_module_add(m, "__stderr__", (py_object *)&stderr_obj);
  if (rc == 0) rc = add_owned(m, "version",
                              py_str_from_cstr("3.11.7 (main, Taskscope) [GCC 12.2.0]"));
  if (rc == 0) rc = add_owned(m, "version_info", make_version_info());
  if (rc == 0) rc = add_owned(m, "hexversion", py_int_from_i64(0x030b07f0));
  if (rc == 0) rc = add_owned(m, "maxsize", py_int_from_i64(INT64_MAX));
  if (rc == 0) rc = add_owned(m, "platform", py_str_from_cstr("linux"));
  if (rc == 0) rc = add_owned(m, "byteorder", py_str_from_cstr("little"));
  /* What the platform module reports (system, machine, compiler): the host this
   * engine was built for, while sys.platform stays CPython's "linux". */
  if (rc == 0) {
#if defined(__EMSCRIPTEN__)
    const char *host[3] = {"Emscripten", "wasm32", "Clang (Emscripten)"};
#elif defined(__aarch64__)
    const char *host[3] = {"Linux", "aarch64", "GCC"};
#else
    const char *host[3] = {"Linux", "x86_64", "GCC"};
#endif
    py_object *a0 = py_str_from_cstr(host[0]), *a1 = py_str_from_cstr(host[1]);
    py_object *a2 = py_str_from_cstr(host[2]);
    py_object *t = a0 && a1 && a2 ? py_tuple_pack(3, a0, a1, a2) : NULL;
    py_xdecref(a0);
    py_xdecref(a1);
    py_xdecref(a2);
    rc = add_owned(m, "_taskscope_host", t);
  }
  if (rc == 0) rc = add_owned(m, "executable", py_str_from_cstr("taskscope"));
  if (rc == 0) rc = add_owned(m, "path", py_list_new(0));
  if (rc == 0) rc = py_module_add(m, "modules", py_sys_modules());
  if (rc == 0) {
    /* sys.__displayhook__ keeps the original for code that replaces displayhook.
     * Read from the module's dict, not with getattr: a getattr on a module looks the
     * name up on the module type first, which fills the dicts of module and object
     * (their slot wrappers and methods) — 8 % of a native print("hi") and ~2 KB of wasm
     * that V8 would compile before the first output (docs/performance.md, "Cold start
     * (session 7)"). The dict holds the function just added above. */
    py_object *hook = py_dict_get_str(py_module_dict(m), "displayhook");
    rc = hook ? py_module_add(m, "__displayhook__", hook) : -1;
    hook = py_dict_get_str(py_module_dict(m), "breakpointhook");
    if (rc == 0) rc = hook ? py_module_add(m, "__breakpointhook__", hook) : -1;
  }
  if (rc < 0) {
    py_decref(m);
    return NULL;
  }
  sys_module = m;
  return m;
}
