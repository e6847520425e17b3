/* runtime/py/mod_traceback.c — the traceback module: print_exc, format_exc,
 * print_exception here, and the rest (format_exception, format_exception_only,
 * TracebackException, StackSummary, FrameSummary, extract_tb, format_tb,
 * print_stack, walk_tb, ...) in runtime/lib/_traceback_api.py, loaded by the module's
 * __getattr__ the first time one of them is asked for.
 *
 * The text is the one our uncaught-exception printer writes (traceback.c, which follows
 * CPython 3.11's traceback.py: chained exceptions, carets, groups), captured into a
 * string instead of going to stderr, so `traceback.print_exc()` inside an `except`
 * prints exactly what CPython prints. As CPython 3.11's traceback.py, it shows no "Did you
 * mean" suggestions and honours `limit` and `chain`. */
#include <string.h>

#include "py/code.h"
#include "py/interp.h"
#include "py/objimpl.h"

void py__traceback_set_sink(void (*fn)(const char *s, size_t n, void *ctx), void *ctx);
void py__traceback_set_module_style(bool on, bool limited, long limit);
/* traceback.c: the caret line drawn under source line `lineno` of filename for an
 * instruction spanning (lineno, col) to (endlineno, endcol) (columns in bytes), without
 * its newline; false when none is drawn. */
bool py__traceback_caret_line(const char *filename, int lineno, int endlineno, int col,
                              int endcol, char *buf, size_t cap);
/* traceback.c: the source span of a traceback entry's instruction; false when unknown. */
bool py__traceback_positions(py_object *tb, int *lineno, int *endlineno, int *col,
                             int *endcol);

/* ---- a growable text buffer ----------------------------------------------------------- */

typedef struct {
  char *data;
  size_t len, cap;
  bool failed; /* an allocation failed: the text is incomplete */
} textbuf;

static void buf_add(const char *s, size_t n, void *ctx) {
  textbuf *b = ctx;
  if (b->failed) return;
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1) cap *= 2;
    char *d = py_mem_realloc(b->data, b->cap, cap);
    if (!d) {
      b->failed = true;
      return;
    }
    b->data = d;
    b->cap = cap;
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = 0;
}

static void buf_free(textbuf *b) {
  if (b->data) py_mem_free(b->data, b->cap);
}

/* The buffer as a str (new), freeing it. */
static py_object *buf_finish(textbuf *b) {
  py_object *s = NULL;
  if (b->failed) py_raise(&py_exc_MemoryError, "");
  else s = py_str_from_utf8(b->data ? b->data : "", b->len);
  buf_free(b);
  return s;
}

/* The text of exc's report (traceback and message), as the default excepthook prints it;
 * without its cause and context when chain is false. */
static py_object *report_text(py_object *exc, py_object *limit, bool chain) {
  if (exc == PY_NONE) return py_str_from_cstr("NoneType: None\n");
  if (!PY_EXC_CHECK(exc))
    return py_raise(&py_exc_TypeError, "Exception expected for value, %T found", exc);
  bool limited = limit && limit != PY_NONE;
  long n = 0;
  if (limited) {
    if (!PY_INT_CHECK(limit)) return py_raise(&py_exc_TypeError, "limit must be an int");
    n = PY_INT_SMALL(limit);
  }
  textbuf b = {0};
  py_exception_object *e = (py_exception_object *)exc;
  py_object *saved_ctx = e->context, *saved_cause = e->cause;
  if (!chain) e->context = e->cause = NULL;
  py__traceback_set_sink(buf_add, &b);
  py__traceback_set_module_style(true, limited, n);
  py_print_exception(exc);
  py__traceback_set_module_style(false, false, 0);
  py__traceback_set_sink(NULL, NULL);
  e->context = saved_ctx;
  e->cause = saved_cause;
  return buf_finish(&b);
}

/* Splits a report into the pieces format_exception returns: the header line, one piece
 * per frame ("  File ..." with the lines indented under it), then the other lines. */
static py_object *split_report(py_object *text) {
  py_object *list = py_list_new(0);
  if (!list) return NULL;
  const char *s = PY_STR_DATA(text), *end = s + PY_STR_SIZE(text);
  const char *piece = s;
  bool in_frame = false;
  for (const char *p = s; p < end;) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *next = nl ? nl + 1 : end;
    /* Inside an exception group every line starts with the group's margin ("  | ",
     * "    | ", ...): the frame is recognised after it. */
    const char *q = p;
    while (q < next && *q == ' ') q++;
    const char *body = q + 1 < next && (*q == '|' || *q == '+') && q[1] == ' ' ? q + 2 : p;
    bool starts_frame = strncmp(body, "  File ", 7) == 0;
    bool continues = in_frame && !starts_frame && strncmp(body, "    ", 4) == 0;
    if (p > piece && !continues) {
      py_object *item = py_str_from_utf8(piece, (size_t)(p - piece));
      if (!item || py_list_append(list, item) < 0) {
        py_xdecref(item);
        py_decref(list);
        return NULL;
      }
      py_decref(item);
      piece = p;
    }
    in_frame = starts_frame || continues;
    p = next;
  }
  if (end > piece) {
    py_object *item = py_str_from_utf8(piece, (size_t)(end - piece));
    if (!item || py_list_append(list, item) < 0) {
      py_xdecref(item);
      py_decref(list);
      return NULL;
    }
    py_decref(item);
  }
  return list;
}

/* Writes text to `file`, or to sys.stderr when file is NULL or None. */
static py_object *write_to(py_object *file, py_object *text) {
  if (!file || file == PY_NONE) file = py_sys_get("stderr");
  if (!file) return py_raise(&py_exc_RuntimeError, "lost sys.stderr");
  py_object *write = py_getattr_str(file, "write");
  if (!write) return NULL;
  py_object *r = py_call1(write, text);
  py_decref(write);
  if (!r) return NULL;
  py_decref(r);
  return py_newref(PY_NONE);
}

/* The exception an (exc, /, value, tb) call is about: the value when given (the old
 * three-argument form), else exc. */
static py_object *exception_arg(py_object *exc, py_object *value) {
  return value && value != PY_NONE ? value : exc;
}

/* The chain=... argument: true unless given and false. */
static bool chain_arg(py_object *chain) {
  if (!chain) return true;
  int t = py_truthy(chain);
  if (t < 0) py_err_clear();
  return t != 0;
}

static py_object *handled(void) {
  py_object *e = py_vm_handled_exception();
  return e ? e : PY_NONE;
}

/* ---- functions ------------------------------------------------------------------------ */

/* format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True) */
static py_object *tb_format_exception(py_object *self, py_object *const *args, size_t nargs,
                                      py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"exc", "value", "tb", "limit", "chain"};
  static const py_params params = {"format_exception", names, 5, 1, 5, 1};
  py_object *a[5];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_object *text = report_text(exception_arg(a[0], a[1]), a[3], chain_arg(a[4]));
  if (!text) return NULL;
  py_object *r = split_report(text);
  py_decref(text);
  return r;
}

/* print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True) */
static py_object *tb_print_exception(py_object *self, py_object *const *args, size_t nargs,
                                     py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"exc", "value", "tb", "limit", "file", "chain"};
  static const py_params params = {"print_exception", names, 6, 1, 6, 1};
  py_object *a[6];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_object *text = report_text(exception_arg(a[0], a[1]), a[3], chain_arg(a[5]));
  if (!text) return NULL;
  py_object *r = write_to(a[4], text);
  py_decref(text);
  return r;
}

/* format_exc(limit=None, chain=True) */
static py_object *tb_format_exc(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"limit", "chain"};
  static const py_params params = {"format_exc", names, 2, 0, 2, 0};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  return report_text(handled(), a[0], chain_arg(a[1]));
}

/* print_exc(limit=None, file=None, chain=True) */
static py_object *tb_print_exc(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"limit", "file", "chain"};
  static const py_params params = {"print_exc", names, 3, 0, 3, 0};
  py_object *a[3];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_object *text = report_text(handled(), a[0], chain_arg(a[2]));
  if (!text) return NULL;
  py_object *r = write_to(a[1], text);
  py_decref(text);
  return r;
}

/* _source_line(filename, lineno): the line of a program or embedded module as our
 * tracebacks quote it (stripped), or '' — what linecache.getline needs. */
static py_object *tb_source_line(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  (void)self;
  if (py_args_check("_source_line", nargs, kwnames, 2, 2) < 0) return NULL;
  if (!PY_STR_CHECK(args[0])) return py_str_from_cstr("");
  int64_t line;
  if (py_int_as_i64(args[1], &line) < 0) return NULL;
  char src[1024];
  if (line < 1 || line > 1 << 30 ||
      !py__source_line(PY_STR_DATA(args[0]), (int)line, src, sizeof src))
    return py_str_from_cstr("");
  return py_str_from_cstr(src);
}

/* _source_line_raw(filename, lineno): the line as the file has it, indentation kept and
 * its newline added (linecache.getline's answer), or '' past the end or for an unknown
 * file. A line longer than the buffer is cut. */
static py_object *tb_source_line_raw(py_object *self, py_object *const *args,
                                     size_t nargs, py_object *kwnames) {
  (void)self;
  if (py_args_check("_source_line_raw", nargs, kwnames, 2, 2) < 0) return NULL;
  if (!PY_STR_CHECK(args[0])) return py_str_from_cstr("");
  int64_t line;
  if (py_int_as_i64(args[1], &line) < 0) return NULL;
  char src[4096];
  if (line < 1 || line > 1 << 30 ||
      !py__source_line_raw(PY_STR_DATA(args[0]), (int)line, src, sizeof src - 1))
    return py_str_from_cstr("");
  size_t len = strlen(src);
  src[len] = '\n';
  src[len + 1] = 0;
  return py_str_from_cstr(src);
}

/* _positions(tb): (lineno, end_lineno, colno, end_colno) of the instruction a traceback
 * entry stopped at (columns in bytes, as code.co_positions), or four Nones. */
static py_object *tb_positions(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)self;
  if (py_args_check("_positions", nargs, kwnames, 1, 1) < 0) return NULL;
  if (PY_TYPE(args[0]) != &py_traceback_type)
    return py_raise(&py_exc_TypeError, "expected a traceback, got %T", args[0]);
  int line, endline, col, endcol;
  if (!py__traceback_positions(args[0], &line, &endline, &col, &endcol))
    return py_tuple_pack(4, PY_NONE, PY_NONE, PY_NONE, PY_NONE);
  py_object *v[4] = {py_int_from_i64(line), py_int_from_i64(endline), py_int_from_i64(col),
                     py_int_from_i64(endcol)};
  py_object *r = v[0] && v[1] && v[2] && v[3] ? py_tuple_pack(4, v[0], v[1], v[2], v[3]) : NULL;
  for (int k = 0; k < 4; k++) py_xdecref(v[k]);
  return r;
}

/* _carets(filename, lineno, end_lineno, colno, end_colno): the caret line (with its
 * newline) our tracebacks draw under that source line for that span, or ''. */
static py_object *tb_carets(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  (void)self;
  if (py_args_check("_carets", nargs, kwnames, 5, 5) < 0) return NULL;
  if (!PY_STR_CHECK(args[0])) return py_str_from_cstr("");
  int64_t v[4];
  for (int k = 0; k < 4; k++) {
    if (args[k + 1] == PY_NONE || !PY_INT_CHECK(args[k + 1])) return py_str_from_cstr("");
    if (py_int_as_i64(args[k + 1], &v[k]) < 0) return NULL;
    if (v[k] < 0 || v[k] > 1 << 30) return py_str_from_cstr("");
  }
  char buf[4096];
  if (!py__traceback_caret_line(PY_STR_DATA(args[0]), (int)v[0], (int)v[1], (int)v[2],
                                (int)v[3], buf, sizeof buf - 1))
    return py_str_from_cstr("");
  size_t n = strlen(buf);
  buf[n] = '\n';
  return py_str_from_utf8(buf, n + 1);
}

/* __getattr__(name): the names written in Python (runtime/lib/_traceback_api.py), which
 * is imported on first use and whose public names are copied here. */
static py_object *tb_getattr(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  (void)self;
  if (py_args_check("__getattr__", nargs, kwnames, 1, 1) < 0) return NULL;
  py_object *name = args[0];
  py_object *me = py_dict_get_str(py_sys_modules(), "traceback");
  if (PY_STR_CHECK(name) && PY_STR_DATA(name)[0] != '_' && me) {
    py_object *api = py_import("_traceback_api");
    if (!api) return NULL;
    py_object *v = py_getattr_opt(api, name);
    if (v) {
      int rc = py_setattr(me, name, v);
      py_decref(api);
      if (rc < 0) {
        py_decref(v);
        return NULL;
      }
      return v;
    }
    py_decref(api);
    if (py_err_occurred()) return NULL;
  }
  py_raise(&py_exc_AttributeError, "module 'traceback' has no attribute '%U'", name);
  /* name and obj let the report suggest a close name, as for any module attribute. */
  py_object *e = py_err_fetch();
  py_object *name_attr = py_str_intern_cstr("name"), *obj_attr = py_str_intern_cstr("obj");
  if (e && me && name_attr && obj_attr &&
      (py_setattr(e, name_attr, name) < 0 || py_setattr(e, obj_attr, me) < 0))
    py_err_clear();
  py_xdecref(name_attr);
  py_xdecref(obj_attr);
  if (e) py_err_restore(e);
  return NULL;
}

/* _print_unraisable(exc): exc's traceback and "Type: message" line as CPython's default
 * unraisable hook prints them (no chain, no notes), for atexit's reports. */
void py__sys_flush(void); /* mod_sys.c */

static py_object *tb_print_unraisable(py_object *m, py_object *const *args, size_t nargs,
                                      py_object *kwnames) {
  (void)m;
  if (py_args_check("_print_unraisable", nargs, kwnames, 1, 1) < 0) return NULL;
  py__sys_flush();
  py_print_unraisable(NULL, args[0]);
  return py_newref(PY_NONE);
}

static const py_method_def traceback_functions[] = {
    {"_print_unraisable", tb_print_unraisable, 0, NULL},
    {"_source_line", tb_source_line, 0, NULL},
    {"_source_line_raw", tb_source_line_raw, 0, NULL},
    {"_format_exception", tb_format_exception, 0, NULL},
    {"print_exception", tb_print_exception, 0, NULL},
    {"format_exc", tb_format_exc, 0, NULL},
    {"print_exc", tb_print_exc, 0, NULL},
    {"_positions", tb_positions, 0, NULL},
    {"_carets", tb_carets, 0, NULL},
    {"__getattr__", tb_getattr, 0, NULL},
    {0},
};

/* CPython's __all__ (what `from traceback import *` binds; most of these names come
 * from _traceback_api through __getattr__). */
static const char *const public_names[] = {
    "extract_stack", "extract_tb", "format_exception", "format_exception_only",
    "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
    "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
    "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb",
};

py_object *py_mod_traceback_init(void) {
  py_object *m = py_module_new("traceback");
  if (m && py_module_add_functions(m, traceback_functions) < 0) py_setref(&m, NULL);
  size_t n = sizeof public_names / sizeof *public_names;
  py_object *all = m ? py_list_new((py_ssize)n) : NULL;
  for (size_t i = 0; all && i < n; i++) {
    py_object *name = py_str_from_cstr(public_names[i]);
    if (!name) py_setref(&all, NULL);
    else PY_LIST_ITEMS(all)[i] = name;
  }
  if (!all || py_module_add(m, "__all__", all) < 0) py_setref(&m, NULL);
  py_xdecref(all);
  return m;
}
