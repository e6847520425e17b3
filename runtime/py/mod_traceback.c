/* runtime/py/mod_traceback.c — the traceback module: print_exc, format_exc,
 * print_exception, format_exception, format_exception_only, print_stack, format_stack.
 *
 * The text is the one our uncaught-exception printer writes (traceback.c, which follows
 * CPython 3.11's traceback.py: chained exceptions, carets, groups), captured into a
 * string instead of going to stderr, so `traceback.print_exc()` inside an `except`
 * prints exactly what CPython prints. As CPython 3.11's traceback.py, it shows no "Did you
 * mean" suggestions and honours `limit`; `chain` is accepted and ignored. */
#include <string.h>

#include "py/code.h"
#include "py/interp.h"
#include "py/objimpl.h"

void py__traceback_set_sink(void (*fn)(const char *s, size_t n, void *ctx), void *ctx);
void py__traceback_set_module_style(bool on, bool limited, long limit);
bool py__source_line(const char *filename, int lineno, char *buf, size_t cap);

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

/* The text of exc's report (traceback and message), as the default excepthook prints it. */
static py_object *report_text(py_object *exc, py_object *limit) {
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
  py__traceback_set_sink(buf_add, &b);
  py__traceback_set_module_style(true, limited, n);
  py_print_exception(exc);
  py__traceback_set_module_style(false, false, 0);
  py__traceback_set_sink(NULL, NULL);
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
    bool starts_frame = strncmp(p, "  File ", 7) == 0;
    bool continues = in_frame && !starts_frame && strncmp(p, "    ", 4) == 0;
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
  py_object *text = report_text(exception_arg(a[0], a[1]), a[3]);
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
  py_object *text = report_text(exception_arg(a[0], a[1]), a[3]);
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
  return report_text(handled(), a[0]);
}

/* print_exc(limit=None, file=None, chain=True) */
static py_object *tb_print_exc(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"limit", "file", "chain"};
  static const py_params params = {"print_exc", names, 3, 0, 3, 0};
  py_object *a[3];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_object *text = report_text(handled(), a[0]);
  if (!text) return NULL;
  py_object *r = write_to(a[1], text);
  py_decref(text);
  return r;
}

/* format_exception_only(exc, /, value=_sentinel): the last piece of the report, the
 * "Type: message" line. */
static py_object *tb_format_exception_only(py_object *self, py_object *const *args,
                                           size_t nargs, py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"exc", "value"};
  static const py_params params = {"format_exception_only", names, 2, 1, 2, 1};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_object *exc = exception_arg(a[0], a[1]);
  if (exc != PY_NONE && PY_EXC_CHECK(exc)) {
    /* Only this exception's own line: print it without traceback or chain. */
    py_exception_object *e = (py_exception_object *)exc;
    py_object *saved_tb = e->traceback, *saved_ctx = e->context, *saved_cause = e->cause;
    e->traceback = e->context = e->cause = NULL;
    py_object *text = report_text(exc, NULL);
    e->traceback = saved_tb;
    e->context = saved_ctx;
    e->cause = saved_cause;
    if (!text) return NULL;
    py_object *r = py_list_new(0);
    if (r && py_list_append(r, text) < 0) py_setref(&r, NULL);
    py_decref(text);
    return r;
  }
  py_object *text = report_text(exc, NULL);
  if (!text) return NULL;
  py_object *r = py_list_new(0);
  if (r && py_list_append(r, text) < 0) py_setref(&r, NULL);
  py_decref(text);
  return r;
}

/* The running frames, outermost first, as "  File ..., line N, in name\n    source\n"
 * pieces (format_stack), leaving out the innermost `skip` frames. */
static py_object *stack_pieces(int skip) {
  py_object *list = py_list_new(0);
  if (!list) return NULL;
  for (py_frame *f = py_vm_current; f; f = f->back) {
    if (skip > 0) {
      skip--;
      continue;
    }
    const char *file = PY_STR_DATA(f->code->filename);
    int line = py_frame_line(f);
    char src[512];
    py_object *piece =
        py__source_line(file, line, src, sizeof src)
            ? py_str_format("  File \"%s\", line %d, in %s\n    %s\n", file, line,
                            PY_STR_DATA(f->code->name), src)
            : py_str_format("  File \"%s\", line %d, in %s\n", file, line,
                            PY_STR_DATA(f->code->name));
    if (!piece || py_list_append(list, piece) < 0) {
      py_xdecref(piece);
      py_decref(list);
      return NULL;
    }
    py_decref(piece);
  }
  /* Collected innermost first; the stack reads outermost first. */
  py_object **items = PY_LIST_ITEMS(list);
  for (py_ssize i = 0, j = PY_LIST_SIZE(list) - 1; i < j; i++, j--) {
    py_object *t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
  return list;
}

/* format_stack(f=None, limit=None) */
static py_object *tb_format_stack(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"f", "limit"};
  static const py_params params = {"format_stack", names, 2, 0, 2, 0};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  return stack_pieces(0);
}

/* print_stack(f=None, limit=None, file=None) */
static py_object *tb_print_stack(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"f", "limit", "file"};
  static const py_params params = {"print_stack", names, 3, 0, 3, 0};
  py_object *a[3];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_object *pieces = stack_pieces(0);
  if (!pieces) return NULL;
  py_object *empty = py_str_from_cstr("");
  py_object *text = empty ? py_str_join(empty, pieces) : NULL;
  py_xdecref(empty);
  py_decref(pieces);
  if (!text) return NULL;
  py_object *r = write_to(a[2], text);
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

static const py_method_def traceback_functions[] = {
    {"_source_line", tb_source_line, 0, NULL},
    {"format_exception", tb_format_exception, 0, NULL},
    {"print_exception", tb_print_exception, 0, NULL},
    {"format_exc", tb_format_exc, 0, NULL},
    {"print_exc", tb_print_exc, 0, NULL},
    {"format_exception_only", tb_format_exception_only, 0, NULL},
    {"format_stack", tb_format_stack, 0, NULL},
    {"print_stack", tb_print_stack, 0, NULL},
    {0},
};

py_object *py_mod_traceback_init(void) {
  py_object *m = py_module_new("traceback");
  if (m && py_module_add_functions(m, traceback_functions) < 0) py_setref(&m, NULL);
  return m;
}
