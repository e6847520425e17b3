/* runtime/py/interp.c — starting and ending the interpreter, running a program, the
 * host hooks (output, clocks). */
#include "py/asyncio_trace.h"
#include "py/drive.h"
#include "py/interp.h"
#include "py/thread_sched.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "py/code.h"
#include "py/compile.h"
#include "py/parser.h"

/* ---- host hooks --------------------------------------------------------------------- */

static void default_write(void *ctx, int fd, const char *s, size_t n) {
  (void)ctx;
  /* stdout is buffered by sys (mod_sys.c) and here; what reached this hook before a
   * write to stderr goes out first, as CPython's flushes do. */
  if (fd == 2) fflush(stdout);
  fwrite(s, 1, n, fd == 2 ? stderr : stdout);
  /* sys.stdout does the buffering (mod_sys.c); what reaches the host is written. */
  fflush(fd == 2 ? stderr : stdout);
}

static double default_wall(void *ctx) {
  (void)ctx;
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double default_monotonic(void *ctx) {
  (void)ctx;
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void default_sleep(void *ctx, double secs) {
  (void)ctx;
  if (secs <= 0) return;
  struct timespec ts;
  ts.tv_sec = (time_t)secs;
  ts.tv_nsec = (long)((secs - (double)ts.tv_sec) * 1e9);
  nanosleep(&ts, NULL);
}

static const py_host default_host = {default_write, default_wall, default_monotonic,
                                     default_sleep, NULL};
static py_host host;
static size_t memory_limit;

size_t py__memory_limit(void) { return memory_limit; }
static bool virtual_clock;
static double virtual_now;

static bool stderr_to_stdout;
void py_host_write(int fd, const char *s, size_t n) {
  if (stderr_to_stdout && fd == 2) fd = 1;
  if (py_asyncio_trace_enabled()) py_asyncio_trace_output(fd, s, n); /* --trace */
  host.write(host.ctx, fd, s, n);
}
void py_host_stderr_to_stdout(bool on) { stderr_to_stdout = on; }

bool py_clock_is_virtual(void) { return virtual_clock; }
double py_clock_monotonic(void) {
  return virtual_clock ? virtual_now : host.monotonic(host.ctx);
}
double py_clock_wall(void) {
  return virtual_clock ? 1700000000.0 + virtual_now : host.wall_clock(host.ctx);
}
void py_clock_advance(double secs) {
  if (secs > 0) virtual_now += secs;
}
void py_clock_set_virtual(double t) {
  if (virtual_clock && t > virtual_now) virtual_now = t;
}
void py_clock_sleep(double secs) {
  if (virtual_clock) py_clock_advance(secs);
  else if (py_drive_active()) py_drive_wait(secs); /* a blocking call: the host waits */
  else host.sleep(host.ctx, secs);
}

/* ---- lifetime --------------------------------------------------------------------- */

extern uint64_t py__vm_step_limit;
void py__vm_set_poll(int (*poll)(void)); /* vm.c */
void py__frame_pool_clear(void);
void py__heap_types_release(void); /* typeobject.c */
/* Forgets the objects whose __del__ resurrected them (typeslots.c): the next run may
 * reuse their addresses. */
void py__resurrected_forget_all(void);
void py__source_register(const char *filename, const char *text, size_t n);
void py__source_clear(void);
int py__sys_init(int argc, char **argv);
void py__sys_flush(void);

/* Provided by the object core and the builtins module when linked in. */
int py_objcore_init(void) __attribute__((weak));
py_object *py_builtins_module_new(void) __attribute__((weak));

static py_object *builtins_module;
static py_object *builtins_dict;

py_object *py_builtins_dict(void) { return builtins_dict; }

/* The exception classes and the core types, by name, unless builtins.c added them.
 * A table and a loop, as make_ids (ids.c): less code for the wasm host to compile. */
static const struct {
  const char *name;
  py_object *value;
} missing_builtins[] = {
#define EXC_ENTRY(name, base) {#name, (py_object *)&py_exc_##name},
    PY_EXCEPTIONS(EXC_ENTRY)
#undef EXC_ENTRY
    {"object", (py_object *)&py_object_type}, {"type", (py_object *)&py_type_type},
    {"int", (py_object *)&py_int_type},       {"float", (py_object *)&py_float_type},
    {"str", (py_object *)&py_str_type},       {"bool", (py_object *)&py_bool_type},
    {"tuple", (py_object *)&py_tuple_type},   {"list", (py_object *)&py_list_type},
    {"dict", (py_object *)&py_dict_type},     {"set", (py_object *)&py_set_type},
    {"frozenset", (py_object *)&py_frozenset_type},
    {"range", (py_object *)&py_range_type},   {"slice", (py_object *)&py_slice_type},
    {"bytes", (py_object *)&py_bytes_type},   {"bytearray", (py_object *)&py_bytearray_type},
    {"property", (py_object *)&py_property_type},
    {"staticmethod", (py_object *)&py_staticmethod_type},
    {"classmethod", (py_object *)&py_classmethod_type},
    {"super", (py_object *)&py_super_type},
    {"None", PY_NONE}, {"Ellipsis", PY_ELLIPSIS}, {"NotImplemented", PY_NOTIMPLEMENTED},
    {"True", PY_TRUE}, {"False", PY_FALSE},
};

static int add_missing_builtins(void) {
  for (size_t i = 0; i < sizeof missing_builtins / sizeof missing_builtins[0]; i++)
    if (!py_dict_get_str(builtins_dict, missing_builtins[i].name) &&
        py_dict_set_str(builtins_dict, missing_builtins[i].name, missing_builtins[i].value) < 0)
      return -1;
  return 0;
}

/* The run's settings that py_init and py_configure both apply (not sys.argv). */
static void apply_settings(const py_config *cfg) {
  host = cfg && cfg->host ? *cfg->host : default_host;
  virtual_clock = cfg && cfg->virtual_clock;
  virtual_now = 0.0;
  py_vm_set_recursion_limit(cfg && cfg->recursion_limit ? cfg->recursion_limit : 1000);
  py__vm_reset_steps(cfg ? cfg->step_limit : 0);
  py__vm_set_poll(cfg ? cfg->poll : NULL);
}

int py_init(const py_config *cfg) {
  apply_settings(cfg);
  if (py_objcore_init && py_objcore_init() < 0) return -1;
  builtins_module = py_builtins_module_new ? py_builtins_module_new() : py_module_new("builtins");
  if (!builtins_module) return -1;
  builtins_dict = py_module_dict(builtins_module);
  /* builtins.c's module has them all; a build without it gets them here. */
  if (!py_builtins_module_new && add_missing_builtins() < 0) return -1;
  if (py__builtins_vm_init(builtins_module) < 0) return -1;
  if (py__import_init() < 0) return -1;
  if (py_dict_set_str(py_sys_modules(), "builtins", builtins_module) < 0) return -1;
  if (py__sys_init(cfg ? cfg->argc : 0, cfg ? cfg->argv : NULL) < 0) return -1;
  memory_limit = cfg ? cfg->memory_limit : 0;
  if (memory_limit) py_mem_set_limit(memory_limit);
  return 0;
}

int py_configure(const py_config *cfg) {
  apply_settings(cfg);
  int argc = cfg ? cfg->argc : 0;
  char **argv = cfg ? cfg->argv : NULL;
  if (py__sys_init(argc, argv) < 0) return -1; /* sys exists: only remembers argv */
  py_object *sys = py_dict_get_str(py_sys_modules(), "sys");
  py_object *list = py_list_new(0);
  int rc = sys && list ? 0 : -1;
  for (int i = 0; rc == 0 && i < argc; i++) {
    py_object *arg = py_str_from_cstr(argv[i]);
    rc = arg ? py_list_append(list, arg) : -1;
    py_xdecref(arg);
  }
  if (rc == 0) rc = py_module_add(sys, "argv", list);
  py_xdecref(list);
  memory_limit = cfg ? cfg->memory_limit : 0;
  /* Modules imported ahead and not imported by the program yet do not count. */
  py_mem_set_limit(memory_limit ? memory_limit + py__import_hidden_bytes() : 0);
  return rc;
}

void py__asyncio_fini(void); /* mod__asyncio.c */
/* Calls d.clear() (there is no C entry point for it); errors are dropped. */
static void clear_dict(py_object *d) {
  py_object *clear = py_getattr_str(d, "clear");
  py_object *r = clear ? py_call(clear, NULL, 0, NULL) : NULL;
  if (!r) py_err_clear();
  py_xdecref(r);
  py_xdecref(clear);
}

bool py__weakref_has_callback(py_object *o); /* mod__weakref.c */

/* True for a weak reference with a callback that only the namespace keeps. CPython
 * collects such a reference with the namespace, before its referent dies: the callback
 * never runs. Dropping it first has the same effect. */
static bool dropped_weakref(py_object *v) {
  return v->refcnt == 1 && py__weakref_has_callback(v);
}

/* True for a value the namespace alone keeps whose end runs Python code: an instance
 * of a class defined in Python (its __del__) or a generator or coroutine (closed, or
 * reported never awaited). */
static bool ends_with_code(py_object *v) {
  if (v->refcnt != 1 || PY_TYPE_CHECK(v)) return false;
  return PY_GEN_CHECK(v) || PY_HAS_FLAG(PY_TYPE(v), PY_TPFLAGS_HEAPTYPE);
}

/* Empties module m's namespace if m is a module. CPython collects a module's namespace
 * as garbage at exit: the finalisers of what it held run first, oldest object first,
 * while every global is still bound, and only then are the names cleared. Without a
 * collector, the nearest order: first the weak references with callbacks it alone
 * keeps (collected with it, their callbacks never run), then the values it alone keeps
 * whose end runs code, each in the order the names were bound, then the rest, last
 * name first, so objects made after the imports go before the modules their __del__
 * may still use. */
static void clear_module(py_object *m) {
  if (!m || PY_TYPE(m) != &py_module_type) return;
  py_object *d = py_module_dict(m);
  py_object *keys = py_list_new(0);
  py_ssize pos = 0;
  py_object *k, *v;
  while (keys && py_dict_next(d, &pos, &k, &v))
    if (py_list_append(keys, k) < 0) break;
  /* A __del__ may rebind or delete names meanwhile: each value is looked up again. */
  for (int pass = 0; pass < 2; pass++)
    for (py_ssize i = 0; keys && i < PY_LIST_SIZE(keys); i++) {
      py_object *value = py_dict_get(d, PY_LIST_ITEMS(keys)[i]);
      if (value && (pass == 0 ? dropped_weakref(value) : ends_with_code(value)) &&
          py_dict_del(d, PY_LIST_ITEMS(keys)[i]) < 0)
        py_err_clear();
    }
  for (py_ssize i = keys ? PY_LIST_SIZE(keys) : 0; i-- > 0;)
    if (py_dict_get(d, PY_LIST_ITEMS(keys)[i]) && py_dict_del(d, PY_LIST_ITEMS(keys)[i]) < 0)
      py_err_clear();
  py_xdecref(keys);
  clear_dict(d); /* whatever a __del__ added meanwhile */
}

/* The first step of CPython's finalisation of modules: sys.path, sys.argv, sys.meta_path
 * and the other places user values hide become None, and the standard streams go back
 * to the originals, so what a __del__ prints at exit reaches the real stdout. */
static void reset_sys_for_shutdown(py_object *sys_m) {
  static const char *const to_none[] = {"path", "argv", "ps1", "ps2", "last_type",
                                        "last_value", "last_traceback", "path_hooks",
                                        "path_importer_cache", "meta_path",
                                        "__interactivehook__"};
  static const char *const streams[][2] = {{"stdin", "__stdin__"},
                                           {"stdout", "__stdout__"},
                                           {"stderr", "__stderr__"}};
  /* CPython also restores builtins to the copy it made before io added open(): a
   * __del__ at exit that opens a file meets a NameError. */
  py_object *open_name = builtins_dict ? py_str_from_cstr("open") : NULL;
  if (open_name && py_dict_get(builtins_dict, open_name) &&
      py_dict_del(builtins_dict, open_name) < 0)
    py_err_clear();
  py_xdecref(open_name);
  if (!sys_m || PY_TYPE(sys_m) != &py_module_type) return;
  py_object *d = py_module_dict(sys_m);
  for (size_t i = 0; i < sizeof to_none / sizeof to_none[0]; i++)
    if (py_dict_set_str(d, to_none[i], PY_NONE) < 0) py_err_clear();
  for (size_t i = 0; i < sizeof streams / sizeof streams[0]; i++) {
    py_object *original = py_dict_get_str(d, streams[i][1]);
    if (original && py_dict_set_str(d, streams[i][0], original) < 0) py_err_clear();
  }
}

/* As CPython's finalisation: every module's namespace is emptied, which breaks the
 * cycles (module -> function -> globals) that kept it alive, then sys.modules itself.
 * __main__ goes first and sys and builtins last, so a __del__ that runs meanwhile can
 * still print, as at CPython's exit. The next run imports fresh modules — a program
 * that set math.x leaves nothing for the next one — and the ~18 KB each py_init made
 * (builtins, sys) comes back. */
static void clear_modules(void) {
  py_object *mods = py_sys_modules();
  if (!mods) return;
  py__import_shutdown();
  py__gen_shutdown(mods);
  py_object *list = py_list_new(0);
  py_ssize pos = 0;
  py_object *k, *v;
  while (list && py_dict_next(mods, &pos, &k, &v))
    if (py_list_append(list, v) < 0) break;
  py_object *main_m = py_dict_get_str(mods, "__main__");
  py_object *sys_m = py_dict_get_str(mods, "sys");
  py_xincref(main_m);
  py_xincref(sys_m);
  clear_dict(mods);
  clear_module(main_m);
  for (py_ssize i = 0; list && i < PY_LIST_SIZE(list); i++) {
    py_object *m = PY_LIST_ITEMS(list)[i];
    if (m != main_m && m != sys_m && m != builtins_module) clear_module(m);
  }
  py__sys_flush(); /* what __del__ methods printed, while sys still works */
  clear_module(sys_m);
  clear_module(builtins_module);
  py__gen_shutdown(NULL);
  py_xdecref(main_m);
  py_xdecref(sys_m);
  py_xdecref(list);
  py_err_clear();
}

void py_fini(void) {
  py__sys_flush();
  py_mem_set_limit(0);
  py__asyncio_fini();
  py_thread_fini();
  /* Cycles through variables tracebacks keep go first, while the modules their
   * __del__ methods use still work: CPython collects them before clearing modules,
   * once sys.path and the streams are reset (a warning then cannot import). */
  py_object *mods = py_sys_modules();
  reset_sys_for_shutdown(mods ? py_dict_get_str(mods, "sys") : NULL);
  py__traceback_release_all();
  py__import_reveal_all(); /* modules imported ahead end as the others do */
  clear_modules();
  py__resurrected_forget_all();
  py__heap_types_release();
  py_xdecref(builtins_module); /* its namespace was emptied with the modules */
  builtins_module = builtins_dict = NULL;
  py__frame_pool_clear();
  py__source_clear();
  py_mem_trim();
}

/* ---- running a program ------------------------------------------------------------- */

/* The exit status for an uncaught SystemExit, printing its message as CPython does. */
static int system_exit_status(py_object *exc) {
  py_object *code = py_getattr_str(exc, "code");
  if (!code) {
    py_err_clear();
    return 0;
  }
  int status = 0;
  if (code == PY_NONE) {
    status = 0;
  } else if (PY_INT_CHECK(code)) {
    int64_t v = 0;
    if (py_int_as_i64(code, &v) < 0) {
      py_err_clear();
      v = -1;
    }
    status = (int)(v & 0xff);
  } else {
    py__sys_flush();
    py_object *s = py_str(code);
    if (s) {
      py_host_write(2, PY_STR_DATA(s), (size_t)PY_STR_SIZE(s));
      py_host_write(2, "\n", 1);
      py_decref(s);
    } else {
      py_err_clear();
    }
    status = 1;
  }
  py_decref(code);
  return status;
}

/* A run stopped by the step or time limit ends with one line, as the page's
 * "stopped: time limit", not with the RuntimeError's traceback; true if it was. */
static bool report_stop(void) {
  const char *why = py_stop_reason();
  if (!why) return false;
  py_err_clear();
  py__sys_flush();
  if (strcmp(why, "stop") == 0) return true; /* the host says it was stopped */
  char line[64];
  int n = snprintf(line, sizeof line, "stopped: %s\n", why);
  py_host_write(2, line, (size_t)n);
  return true;
}

/* Prints an uncaught exception: through sys.excepthook when the program set one (sys
 * has none of its own until then), else as a traceback. A hook that fails is reported
 * as CPython does, followed by the original exception. */
static void report_through_excepthook(py_object *exc) {
  py_object *hook = py_sys_get("excepthook");
  if (!hook) {
    py_print_exception(exc);
    return;
  }
  py_object *args[3] = {(py_object *)PY_TYPE(exc), exc,
                        py_getattr_str(exc, "__traceback__")};
  if (!args[2]) {
    py_err_clear();
    args[2] = py_newref(PY_NONE);
  }
  py_object *r = py_call(hook, args, 3, NULL);
  py_decref(args[2]);
  if (r) {
    py_decref(r);
    py__sys_flush();
    return;
  }
  py_object *failure = py_err_fetch();
  py__sys_flush();
  static const char failed[] = "Error in sys.excepthook:\n";
  static const char original[] = "\nOriginal exception was:\n";
  py_host_write(2, failed, sizeof failed - 1);
  if (failure) {
    py_print_exception(failure);
    py_decref(failure);
  }
  py_host_write(2, original, sizeof original - 1);
  py_print_exception(exc);
}

/* As CPython's report, sys.last_type, last_value and last_traceback keep the exception:
 * what its traceback's frames held goes at exit, once sys.path is None
 * (reset_sys_for_shutdown), so a coroutine among them is reported "sys:1" as there. */
static void keep_as_last(py_object *exc) {
  py_object *sys_m = py_dict_get_str(py_sys_modules(), "sys");
  py_object *d = sys_m && PY_TYPE(sys_m) == &py_module_type ? py_module_dict(sys_m) : NULL;
  py_object *tb = d ? py_getattr_str(exc, "__traceback__") : NULL;
  if (tb) {
    py_dict_set_str(d, "last_type", (py_object *)PY_TYPE(exc));
    py_dict_set_str(d, "last_value", exc);
    py_dict_set_str(d, "last_traceback", tb);
  }
  py_xdecref(tb);
  py_err_clear();
}

/* Reports the pending exception of a failed run; returns the exit status. */
static int report_uncaught(void) {
  py_mem_set_limit(0); /* printing must not fail for lack of memory */
  if (report_stop()) return 1;
  py_object *exc = py_err_fetch();
  if (!exc) return 1;
  int status = 1;
  if (py_isinstance(exc, (py_object *)&py_exc_SystemExit) == 1) {
    status = system_exit_status(exc);
  } else {
    keep_as_last(exc);
    py__sys_flush();
    report_through_excepthook(exc);
    /* CPython ends by the signal's default action: the shell sees 128 + SIGINT. */
    if (py_isinstance(exc, (py_object *)&py_exc_KeyboardInterrupt) == 1) status = 130;
  }
  py_decref(exc);
  return status;
}

/* The callbacks registered with atexit.register, run once the program has ended (after
 * the traceback of an uncaught exception), as CPython runs them at shutdown. The atexit
 * module (runtime/lib/atexit.py) runs them and reports their exceptions itself. */
static void run_atexit_callbacks(void) {
  py_object *m = py_dict_get_str(py_sys_modules(), "atexit");
  if (!m || py_stop_reason()) return;
  py_object *fn = py_getattr_str(m, "_run_exitfuncs");
  py_object *r = fn ? py_call0(fn) : NULL;
  py_xdecref(fn);
  if (r) py_decref(r);
  else py_err_clear();
}

/* CPython flushes sys.stdout, then sys.stderr, after the atexit callbacks: a failing
 * stdout flush (a replaced stream) is reported as unraisable, a failing stderr one is
 * dropped; either makes the exit status 120. Returns 0 or -1. */
static int flush_std_files(void) {
  static const char *const names[] = {"stdout", "stderr"};
  int rc = 0;
  for (int i = 0; i < 2; i++) {
    py_object *f = py_sys_get(names[i]);
    if (!f || f == PY_NONE) continue;
    py_incref(f);
    py_object *closed = py_getattr_str(f, "closed");
    int is_closed = closed ? py_truthy(closed) : 0;
    py_xdecref(closed);
    py_err_clear();
    if (is_closed != 1) {
      py_object *fn = py_getattr_str(f, "flush");
      py_object *r = fn ? py_call0(fn) : NULL;
      py_xdecref(fn);
      if (r) {
        py_decref(r);
      } else {
        py_object *exc = py_err_fetch();
        if (i == 0) py_print_unraisable(f, exc);
        py_xdecref(exc);
        rc = -1;
      }
    }
    py_decref(f);
  }
  return rc;
}

py_code *py__compile_source(const char *src, size_t n, const char *filename,
                            py_syntax_error *err) {
  py_ast_arena *arena = py_ast_arena_new();
  if (!arena) {
    py_raise_nomemory();
    return NULL;
  }
  memset(err, 0, sizeof *err);
  py_code *co = NULL;
  py_ast_mod *mod = py_parse(src, n, PY_PARSE_FILE, arena, err);
  if (mod) co = py_compile(mod, arena, filename, src, n, err);
  py_ast_arena_free(arena);
  if (!co && err->type) py__raise_syntax_error(err, filename, src, n);
  return co;
}

int py_run_string(const char *src, size_t n, const char *filename) {
  py__source_register(filename, src, n);
  py_syntax_error err;
  py_code *co = py__compile_source(src, n, filename, &err);
  if (!co) {
    if (err.type && err.type != PY_SYNERR_MemoryError) {
      /* As CPython reports a syntax error in the main file: no traceback. */
      py_err_clear();
      py__sys_flush();
      char buf[2048];
      size_t len = py_syntax_error_format(&err, filename, src, n, buf, sizeof buf);
      py_host_write(2, buf, len < sizeof buf ? len : sizeof buf - 1);
      return 1;
    }
    return report_uncaught();
  }
  py_object *main = py_module_new("__main__");
  if (!main) {
    py_decref((py_object *)co);
    return report_uncaught();
  }
  py_object *g = py_module_dict(main);
  py_object *fn = py_str_from_cstr(filename);
  int rc = fn ? py_dict_set_str(g, "__file__", fn) : -1;
  py_xdecref(fn);
  if (rc == 0) rc = py_dict_set_str(g, "__builtins__", builtins_module);
  if (rc == 0) rc = py_dict_set_str(g, "__loader__", PY_NONE);
  if (rc == 0) rc = py_dict_set_str(g, "__spec__", PY_NONE);
  if (rc == 0) rc = py_dict_set_str(py_sys_modules(), "__main__", main);
  py_object *r = rc == 0 ? py_vm_exec_code(co, g, NULL, NULL) : NULL;
  py_decref((py_object *)co);
  int status = 0;
  if (!r) status = report_uncaught();
  else py_decref(r);
  /* A program that caught the stop and went on to its end is still stopped. */
  if (r && report_stop()) status = 1;
  py__thread_shutdown(); /* threads that are not daemons end first (thread_sched.c) */
  run_atexit_callbacks();
  if (!py_stop_reason() && flush_std_files() < 0) status = 120;
  py_decref(main);
  py__sys_flush();
  return status;
}

int py_run_file(const char *path) {
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    char msg[1024];
    int n = snprintf(msg, sizeof msg,
                     "taskscope: can't open file '%s': [Errno 2] No such file or directory\n",
                     path);
    py_host_write(2, msg, (size_t)n);
    return 2;
  }
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    size_t got = fread(buf + n, 1, cap - n, fp);
    n += got;
    if (n < cap) break;
    char *nb = realloc(buf, cap * 2);
    if (!nb) {
      free(buf);
      buf = NULL;
      break;
    }
    buf = nb;
    cap *= 2;
  }
  fclose(fp);
  if (!buf) return 2;
  int status = py_run_string(buf, n, path);
  free(buf);
  return status;
}
