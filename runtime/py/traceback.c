/* runtime/py/traceback.c — traceback objects and printing uncaught exceptions the way
 * CPython 3.11's default excepthook does: chained exceptions, "[Previous line repeated
 * N more times]", and the "Did you mean: ...?" suggestions of NameError and
 * AttributeError (the same edit distance as CPython's suggestions.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/code.h"
#include "py/frozen.h"
#include "py/interp.h"
#include "py/objimpl.h"
#include "py/parser.h"

/* ---- traceback objects ------------------------------------------------------------- */

size_t py__memory_limit(void); /* interp.c: the configured cap */

/* Entries that keep a frame's variables, most recent first. */
static py_traceback *kept_head;

static void kept_unlink(py_traceback *tb) {
  if (tb->kept_prev) tb->kept_prev->kept_next = tb->kept_next;
  else kept_head = tb->kept_next;
  if (tb->kept_next) tb->kept_next->kept_prev = tb->kept_prev;
  tb->kept_prev = tb->kept_next = NULL;
}

/* Lets go of the variables tb keeps; their release may run any code (__del__). */
static void drop_locals(py_traceback *tb) {
  py_object *t = tb->locals;
  if (!t) return;
  tb->locals = NULL;
  kept_unlink(tb);
  py_decref(t);
}

static void tb_dealloc(py_object *o) {
  py_traceback *tb = (py_traceback *)o;
  /* The entries towards where it was raised go first, as CPython's tb_next does. */
  py_traceback *inner = (py_traceback *)tb->next;
  if (inner && inner->outer == tb) inner->outer = NULL;
  py_xdecref(tb->next);
  drop_locals(tb);
  py_decref((py_object *)tb->code);
  py_xdecref(tb->globals);
  py_type_free(o);
}

static py_object *tb_get_next(py_object *o) {
  py_object *n = ((py_traceback *)o)->next;
  return py_newref(n ? n : PY_NONE);
}
static py_object *tb_get_lineno(py_object *o) {
  return py_int_from_i64(((py_traceback *)o)->lineno);
}


/* Fills the kept variables' unbound slots (py_traceback_keep_locals keeps every slot,
 * so their positions still name them). */
static py_object kept_unbound = {PY_IMMORTAL, &py_object_type};

/* The variables of the frame an entry was made for, as f_locals shows them: those it
 * kept when its frame ended with the exception, the module's globals for module code,
 * else none (the frame is still running; the eval loop does not keep them). New. */
static py_object *entry_locals(py_traceback *tb) {
  py_code *co = tb->code;
  py_object *kept = tb->locals;
  int nvars = co->nlocals + co->ncells + co->nfrees;
  if (!kept) {
    if (!(co->flags & PY_CO_OPTIMIZED) && tb->globals) return py_newref(tb->globals);
    return py_dict_new();
  }
  if (PY_TUPLE_SIZE(kept) > nvars) return py_newref(PY_TUPLE_ITEMS(kept)[nvars]);
  py_object *d = py_dict_new();
  for (int i = 0; d && i < nvars; i++) {
    py_object *v = PY_TUPLE_ITEMS(kept)[i];
    if (v == &kept_unbound) continue;
    py_object *name;
    if (i < co->nlocals) {
      /* An argument kept in a cell shows up through its cell below. */
      name = PY_TUPLE_ITEMS(co->varnames)[i];
      bool in_cell = false;
      for (int c = 0; c < co->ncells && !in_cell; c++)
        in_cell = py_str_equal(PY_TUPLE_ITEMS(co->cellvars)[c], name);
      if (in_cell) continue;
    } else {
      int k = i - co->nlocals;
      name = k < co->ncells ? PY_TUPLE_ITEMS(co->cellvars)[k]
                            : PY_TUPLE_ITEMS(co->freevars)[k - co->ncells];
      v = ((py_cell *)v)->ref;
      if (!v) continue;
    }
    if (py_dict_set(d, name, v) < 0) py_setref(&d, NULL);
  }
  return d;
}

/* The frame of this entry as sys._getframe shows frames: a snapshot of its code,
 * globals, variables and the line the entry records, whose f_back is the frame of the
 * entry before it (its caller). The first entry's f_back is None: the eval loop has
 * reused the frames above the handler by the time it looks. */
static py_object *tb_get_frame(py_object *o) {
  py_traceback *chain[64];
  py_traceback *tb = (py_traceback *)o;
  /* Snapshots are made outermost first, so each owns its caller's; deeper than 64
   * callers, f_back stops there (a recursion traceback shows no more either). */
  int n = 0;
  for (py_traceback *t = tb; t && n < 64; t = t->outer) chain[n++] = t;
  py_object *back = NULL;
  /* The first entry's frame is usually the one whose handler is looking, still
   * running: then it is shown live (its current line, variables and callers), as
   * CPython's frame object would be. */
  py_traceback *first = chain[n - 1];
  if (!first->outer) {
    for (py_frame *f = py_vm_current; f; f = f->back)
      if (f->code == first->code && f->globals == first->globals) {
        back = py__frame_snapshot_chain(f);
        if (!back) return NULL;
        n--;
        break;
      }
  }
  for (int k = n - 1; k >= 0; k--) {
    py_object *locals = entry_locals(chain[k]);
    if (!locals) {
      py_xdecref(back);
      return NULL;
    }
    back = py__frame_snapshot_new((py_object *)chain[k]->code, chain[k]->globals,
                                  chain[k]->lineno, back, locals);
    if (!back) return NULL;
  }
  return back;
}
static py_object *tb_get_lasti(py_object *o) {
  return py_int_from_i64(((py_traceback *)o)->lasti);
}

static const py_getset_def tb_getset[] = {
    {"tb_next", tb_get_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_frame", tb_get_frame, NULL},
    {"tb_lasti", tb_get_lasti, NULL},
    {0},
};

py_type py_traceback_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "traceback",
    .basicsize = sizeof(py_traceback),
    .dealloc = tb_dealloc,
    .getattr = py_generic_getattr,
    .getset = tb_getset,
};

/* Library modules written in Python here that are C in CPython: their functions add
 * no traceback entries there, so they add none here either, and an uncaught
 * `Decimal(1) / 0` prints CPython's traceback (_sysinfo holds parts of sys). */
static bool is_c_module_in_cpython(const py_code *co) {
  return strcmp(PY_STR_DATA(co->filename), "<frozen decimal>") == 0 ||
         strcmp(PY_STR_DATA(co->filename), "<frozen _sysinfo>") == 0;
}

int py_traceback_add(py_object *exc, py_frame *f) {
  if (!PY_EXC_CHECK(exc)) return 0;
  if (is_c_module_in_cpython(f->code)) return 0;
  py_exception_object *e = (py_exception_object *)exc;
  /* Out of memory (the cap hit), the exception being propagated stays pending and
   * simply gets no entry for this frame. */
  py_object *pending = py_err_fetch();
  py_traceback *tb = (py_traceback *)py_type_alloc(&py_traceback_type, 0);
  if (!tb) {
    /* The memory cap was hit: a traceback entry is small, so allow it past the cap,
     * or the MemoryError would be reported without its traceback. */
    py_err_clear();
    py_mem_set_limit(0);
    tb = (py_traceback *)py_type_alloc(&py_traceback_type, 0);
    py_mem_set_limit(py__memory_limit());
  }
  py_err_clear();
  if (pending) py_err_restore(pending);
  if (!tb) return -1;
  tb->next = e->traceback; /* steals the old head */
  tb->outer = NULL;
  if (tb->next) ((py_traceback *)tb->next)->outer = tb;
  tb->code = f->code;
  py_incref((py_object *)f->code);
  tb->globals = py_xnewref(f->globals);
  tb->lineno = py_frame_line(f);
  tb->lasti = f->lasti;
  tb->locals = NULL;
  tb->kept_prev = tb->kept_next = NULL;
  e->traceback = (py_object *)tb;
  return 0;
}

void py_traceback_keep_locals(py_object *exc, py_frame *f) {
  if (!exc || !PY_EXC_CHECK(exc)) return;
  py_traceback *tb = (py_traceback *)((py_exception_object *)exc)->traceback;
  /* The first entry is the one the unwinding added for f (a re-raise adds none, but
   * the entry f added when the exception first reached it is still the first). */
  if (!tb || tb->code != f->code || tb->locals) return;
  py_code *co = f->code;
  int nvars = co->nlocals + co->ncells + co->nfrees;
  py_ssize bound = f->locals ? 1 : 0;
  for (int i = 0; i < nvars; i++) bound += f->slots[i] != NULL;
  if (bound == 0) return;
  py_object *pending = py_err_fetch();
  /* Every slot keeps its place (tb_frame.f_locals names them by position); the
   * frame's locals dict, if any, comes last. */
  py_object *t = py_tuple_new(nvars + (f->locals ? 1 : 0));
  py_err_clear();
  py_err_restore(pending);
  if (!t) return; /* out of memory: the frame releases them, as before */
  for (int i = 0; i < nvars; i++) {
    PY_TUPLE_ITEMS(t)[i] = f->slots[i] ? f->slots[i] : &kept_unbound;
    f->slots[i] = NULL;
  }
  if (f->locals) {
    PY_TUPLE_ITEMS(t)[nvars] = f->locals;
    f->locals = NULL;
  }
  tb->locals = t;
  tb->kept_next = kept_head;
  if (kept_head) kept_head->kept_prev = tb;
  kept_head = tb;
}

/* Walks exc's traceback, then its cause and context, at most *budget exceptions. The
 * innermost frame's variables go first, as when CPython frees a traceback (an entry
 * lets go of the entries after it before its own frame). */
static void release_chain(py_object *exc, int *budget) {
  if (!exc || !PY_EXC_CHECK(exc) || --*budget < 0) return;
  py_exception_object *e = (py_exception_object *)py_newref(exc);
  size_t n = 0;
  bool kept = false;
  for (py_object *t = e->traceback; t; t = ((py_traceback *)t)->next) {
    n++;
    kept |= ((py_traceback *)t)->locals != NULL;
  }
  py_object *small[16];
  py_object **entries = !kept ? NULL
                        : n <= 16 ? small : py_mem_alloc(n * sizeof *entries);
  if (!kept) {
    /* Nothing to let go in this traceback. */
  } else if (entries) {
    /* Referenced, since releasing variables may run code that drops the traceback. */
    size_t i = 0;
    for (py_object *t = e->traceback; t; t = ((py_traceback *)t)->next)
      entries[i++] = py_newref(t);
    while (i > 0) drop_locals((py_traceback *)entries[--i]);
    for (i = 0; i < n; i++) py_decref(entries[i]);
    if (entries != small) py_mem_free(entries, n * sizeof *entries);
  } else {
    /* Out of memory: outermost first, then. */
    py_object *tb = py_xnewref(e->traceback);
    while (tb) {
      drop_locals((py_traceback *)tb);
      py_object *next = py_xnewref(((py_traceback *)tb)->next);
      py_decref(tb);
      tb = next;
    }
  }
  release_chain(e->cause, budget);
  if (e->context != e->cause) release_chain(e->context, budget);
  py_decref(exc);
}

void py_traceback_release_locals(py_object *exc) {
  if (!kept_head) return; /* the usual case: nothing kept anywhere */
  int budget = 64;
  release_chain(exc, &budget);
}

void py__traceback_release_all(void) {
  while (kept_head) drop_locals(kept_head);
}

/* ---- source lines ------------------------------------------------------------------- */

static void out(const char *s);

typedef struct source {
  struct source *next;
  char *filename;
  char *text;
  size_t n;
} source;
static source *sources;

/* Remembers a program's text so tracebacks can quote it (py_run_string, embedded
 * modules). */
void py__source_register(const char *filename, const char *text, size_t n) {
  source *s = malloc(sizeof *s);
  if (!s) return;
  s->filename = strdup(filename);
  s->text = malloc(n + 1);
  if (!s->filename || !s->text) {
    free(s->filename);
    free(s->text);
    free(s);
    return;
  }
  memcpy(s->text, text, n);
  s->text[n] = 0;
  s->n = n;
  s->next = sources;
  sources = s;
}

void py__source_clear(void) {
  while (sources) {
    source *s = sources;
    sources = s->next;
    free(s->filename);
    free(s->text);
    free(s);
  }
}

/* Finds line `lineno` of a registered source: [*start, *end) without its newline.
 * False when the file is not registered or has fewer lines. */
static bool find_source_line(const char *filename, int lineno, const char **start, const char **end) {
  const source *found = NULL;
  for (const source *s = sources; s; s = s->next)
    if (strcmp(s->filename, filename) == 0) {
      found = s;
      break;
    }
  if (!found || lineno < 1) return false;
  const char *p = found->text, *text_end = found->text + found->n;
  for (int l = 1; l < lineno && p < text_end; l++) {
    const char *nl = memchr(p, '\n', (size_t)(text_end - p));
    if (!nl) return false;
    p = nl + 1;
  }
  if (p >= text_end) return false;
  const char *e = memchr(p, '\n', (size_t)(text_end - p));
  *start = p;
  *end = e ? e : text_end;
  return true;
}

/* Copies [p, e) into buf, cut to its capacity; true when it copied anything. */
static bool copy_span(const char *p, const char *e, char *buf, size_t cap) {
  size_t len = (size_t)(e - p);
  if (len >= cap) len = cap - 1;
  memcpy(buf, p, len);
  buf[len] = 0;
  return len > 0;
}

/* Copies line `lineno` of a file as it is (without its line ending) into buf. */
static bool source_line_raw(const char *filename, int lineno, char *buf, size_t cap) {
  const char *p, *e;
  if (!find_source_line(filename, lineno, &p, &e)) return false;
  if (e > p && e[-1] == '\r') e--;
  copy_span(p, e, buf, cap);
  return true; /* an empty line is still a line here */
}

/* Characters (code points) in the first `bytes` bytes of UTF-8 text. */
static int char_offset(const char *s, int bytes) {
  int n = 0;
  for (int i = 0; i < bytes && s[i]; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

/* traceback.py's caret anchors: for a binary operation the operator, for a subscript
 * the brackets, found by parsing the expression's own text. Offsets in characters of
 * the segment; false when the segment is neither. */
static bool caret_anchors(const char *seg, int *left, int *right) {
  py_ast_arena *arena = py_ast_arena_new();
  if (!arena) return false;
  py_syntax_error err;
  bool ok = false;
  py_ast_mod *mod = py_parse(seg, strlen(seg), PY_PARSE_FILE, arena, &err);
  if (mod && mod->v.Module.body.len == 1 &&
      mod->v.Module.body.items[0]->kind == PY_STMT_Expr) {
    py_ast_expr *e = mod->v.Module.body.items[0]->v.Expr.value;
    if (e->kind == PY_EXPR_BinOp && e->v.BinOp.left->end_lineno == 1 &&
        e->v.BinOp.right->lineno == 1) {
      int op_start = e->v.BinOp.left->end_col_offset;
      int op_end = e->v.BinOp.right->col_offset;
      /* The operator text starts after spaces (traceback.py strips only whitespace). */
      int off = 0;
      while (op_start + off < op_end && (seg[op_start + off] == ' ' || seg[op_start + off] == '\t'))
        off++;
      int la = op_start + off;
      int ra = la + 1;
      if (op_start + off + 1 < op_end && seg[op_start + off + 1] != ' ' &&
          seg[op_start + off + 1] != '\t' && seg[op_start + off + 1] != '\n')
        ra++;
      *left = char_offset(seg, la);
      *right = char_offset(seg, ra);
      ok = true;
    } else if (e->kind == PY_EXPR_Subscript && e->v.Subscript.value->end_lineno == 1 &&
               e->v.Subscript.slice->end_lineno == 1) {
      *left = char_offset(seg, e->v.Subscript.value->end_col_offset);
      *right = char_offset(seg, e->v.Subscript.slice->end_col_offset + 1);
      ok = true;
    }
  }
  py_ast_arena_free(arena);
  return ok;
}

/* Appends n copies of c to buf (of cap bytes, *len used), as room allows. */
static void repeat_char(char *buf, size_t cap, size_t *len, char c, int n) {
  for (int k = 0; k < n && *len + 1 < cap; k++) buf[(*len)++] = c;
  buf[*len] = 0;
}

bool py__traceback_caret_line(const char *filename, int lineno, int endlineno, int col,
                              int endcol, char *buf, size_t cap) {
  if (cap == 0 || col < 0 || endcol < 0) return false;
  buf[0] = 0;
  char line[1024];
  if (!source_line_raw(filename, lineno, line, sizeof line)) return false;
  int nbytes = (int)strlen(line);
  if (col > nbytes) return false;
  int lead = 0;
  while (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '\f') lead++;
  int stripped_chars = char_offset(line, lead);
  /* The stripped line's length in characters (trailing whitespace removed too). */
  int tail = nbytes;
  while (tail > lead && (line[tail - 1] == ' ' || line[tail - 1] == '\t')) tail--;
  int stripped_len = char_offset(line + lead, tail - lead);
  int start = char_offset(line, col) + 1;
  int end;
  bool have_anchors = false;
  int la = 0, ra = 0;
  if (endlineno == lineno) {
    if (endcol > nbytes) endcol = nbytes;
    end = char_offset(line, endcol) + 1;
    char seg[1024];
    int seglen = endcol - col;
    if (seglen > 0 && seglen < (int)sizeof seg) {
      memcpy(seg, line + col, (size_t)seglen);
      seg[seglen] = 0;
      have_anchors = caret_anchors(seg, &la, &ra);
    }
  } else {
    end = stripped_chars + stripped_len + 1;
  }
  if (!(end - start < stripped_len || (have_anchors && ra - la > 0))) return false;
  size_t len = 0;
  repeat_char(buf, cap, &len, ' ', 4 + start - 1 - stripped_chars);
  if (have_anchors) {
    repeat_char(buf, cap, &len, '~', la);
    repeat_char(buf, cap, &len, '^', ra - la);
    repeat_char(buf, cap, &len, '~', end - start - ra);
  } else {
    repeat_char(buf, cap, &len, '^', end - start);
  }
  return true;
}

bool py__traceback_positions(py_object *tbo, int *lineno, int *endlineno, int *col,
                             int *endcol) {
  py_traceback *tb = (py_traceback *)tbo;
  py_code *co = tb->code;
  int i = tb->lasti;
  /* Library code frozen without its columns gets them from its source now (frozen.h). */
  if (!co->cols) py__code_fill_positions(co);
  if (i < 0 || i >= co->ninstrs || !co->cols || co->cols[i] < 0 || co->endcols[i] < 0)
    return false;
  *lineno = co->lines[i];
  *endlineno = co->endlines[i];
  *col = co->cols[i];
  *endcol = co->endcols[i];
  return true;
}

/* The caret line CPython 3.11 prints under a quoted source line, or nothing when the
 * instruction's span covers the whole line. */
static void print_carets(py_traceback *tb) {
  int line, endline, col, endcol;
  if (!py__traceback_positions((py_object *)tb, &line, &endline, &col, &endcol)) return;
  if (line != tb->lineno) return;
  char carets[4096];
  if (!py__traceback_caret_line(PY_STR_DATA(tb->code->filename), line, endline, col, endcol,
                                carets, sizeof carets))
    return;
  out(carets);
  out("\n");
}

static bool source_line(const char *filename, int lineno, char *buf, size_t cap);

/* Line `lineno` of a registered source, stripped (for warnings). */
bool py__source_line(const char *filename, int lineno, char *buf, size_t cap) {
  return source_line(filename, lineno, buf, cap);
}

bool py__source_line_raw(const char *filename, int lineno, char *buf, size_t cap) {
  return source_line_raw(filename, lineno, buf, cap);
}

/* Copies line `lineno` of a file, stripped of surrounding whitespace, into buf. */
static bool source_line(const char *filename, int lineno, char *buf, size_t cap) {
  const char *p, *e;
  if (!find_source_line(filename, lineno, &p, &e)) return false;
  while (p < e && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
  while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\f')) e--;
  return copy_span(p, e, buf, cap);
}

/* ---- output -------------------------------------------------------------------------- */

/* Output goes through a prefixer: inside an exception group every line starts with
 * the group's indent and margin ("  | "), as traceback.py's _ExceptionPrintContext
 * emits it. */
static int group_depth;       /* exception_group_depth */
static char margin = '|';     /* the margin of the next line ('+' for a group header) */
static bool at_line_start = true;
static bool need_close;

/* Where printed tracebacks go: stderr, unless the traceback module captures them into a
 * string (format_exc) through py__traceback_set_sink. */
static void (*sink)(const char *s, size_t n, void *ctx);
static void *sink_ctx;

void py__traceback_set_sink(void (*fn)(const char *s, size_t n, void *ctx), void *ctx) {
  sink = fn;
  sink_ctx = ctx;
}

/* CPython's excepthook and unraisable hook write to sys.stderr: a program that replaced
 * it (sys.stderr = sys.stdout, a StringIO) gets the report there. A stream that fails
 * to write gives way to the real stderr. */
static void raw(const char *s, size_t n) {
  if (sink) {
    sink(s, n, sink_ctx);
    return;
  }
  py_object *f = py_sys_get("stderr");
  if (!f || f == PY_NONE) {
    py_host_write(2, s, n);
    return;
  }
  /* One of sys's own streams (even when a program has swapped sys.__stderr__ and
   * sys.stdout around) takes the text directly; others through their write(). */
  py_object *saved = py_err_fetch();
  py_object *text = py_str_from_utf8(s, n);
  int own = text ? py__sys_stream_write(f, text) : 0;
  py_object *write = text && !own ? py_getattr_str(f, "write") : NULL;
  py_object *r = write ? py_call1(write, text) : NULL;
  if (!r && !own) {
    py_err_clear();
    py_host_write(2, s, n);
  }
  py_xdecref(r);
  py_xdecref(write);
  py_xdecref(text);
  py_err_restore(saved);
}

static void out_n(const char *s, size_t n) {
  size_t start = 0;
  for (size_t i = 0; i < n; i++) {
    if (at_line_start && group_depth > 0) {
      if (i > start) raw(s + start, i - start);
      start = i;
      char pre[128];
      int k = 0;
      for (int d = 0; d < group_depth && k < 120; d++) pre[k++] = ' ', pre[k++] = ' ';
      pre[k++] = margin;
      pre[k++] = ' ';
      raw(pre, (size_t)k);
    }
    at_line_start = false;
    if (s[i] == '\n') {
      at_line_start = true;
      margin = '|';
    }
  }
  if (n > start) raw(s + start, n - start);
}
static void out(const char *s) { out_n(s, strlen(s)); }

static void outf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void outf(const char *fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  out_n(buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* The traceback module (CPython 3.11's traceback.py) differs from the interpreter's
 * own report: it computes no "Did you mean" suggestions, and it takes a frame limit. */
static bool module_style;
static bool frames_limited;
static long frames_limit;

void py__traceback_set_module_style(bool on, bool limited, long limit) {
  module_style = on;
  frames_limited = on && limited;
  frames_limit = limit;
}

/* The frames to print, [*first, *stop) counted from the outermost: a limit N >= 0
 * keeps the first N, a negative one the last -N (as StackSummary.extract). */
static void frame_range(py_object *tbo, long *first, long *stop) {
  long n = 0;
  for (py_traceback *tb = (py_traceback *)tbo; tb; tb = (py_traceback *)tb->next) n++;
  *first = 0;
  *stop = n;
  if (!frames_limited) return;
  if (frames_limit >= 0) *stop = frames_limit < n ? frames_limit : n;
  else *first = n + frames_limit > 0 ? n + frames_limit : 0;
}

static bool has_frames(py_object *tbo) {
  long first, stop;
  frame_range(tbo, &first, &stop);
  return stop > first;
}

static void print_frames(py_object *tbo);
static void print_tb(py_object *tbo) {
  if (!has_frames(tbo)) return;
  out("Traceback (most recent call last):\n");
  print_frames(tbo);
}

static void print_frames(py_object *tbo) {
  const char *last_file = NULL, *last_name = NULL;
  int last_line = -1, repeats = 0;
  long first, stop, index = 0;
  frame_range(tbo, &first, &stop);
  for (py_traceback *tb = (py_traceback *)tbo; tb; tb = (py_traceback *)tb->next) {
    long at = index++;
    if (at < first || at >= stop) continue;
    const char *file = PY_STR_DATA(tb->code->filename);
    const char *name = PY_STR_DATA(tb->code->name);
    if (last_file && strcmp(file, last_file) == 0 && strcmp(name, last_name) == 0 &&
        tb->lineno == last_line) {
      repeats++;
      if (repeats > 3) continue;
    } else {
      if (repeats > 3) {
        int more = repeats - 3;
        outf("  [Previous line repeated %d more time%s]\n", more, more == 1 ? "" : "s");
      }
      repeats = 1;
      last_file = file;
      last_name = name;
      last_line = tb->lineno;
    }
    outf("  File \"%s\", line %d, in %s\n", file, tb->lineno, name);
    char line[512];
    /* CPython reads the line through the io module, which it can no longer import once
     * it is clearing its modules: a traceback printed then (a __del__ at exit) names
     * the frames without their lines. */
    bool shutdown_print = !sink && py__import_shutting_down();
    if (!shutdown_print && source_line(file, tb->lineno, line, sizeof line)) {
      outf("    %s\n", line);
      print_carets(tb);
    }
  }
  if (repeats > 3) {
    int more = repeats - 3;
    outf("  [Previous line repeated %d more time%s]\n", more, more == 1 ? "" : "s");
  }
}

/* ---- suggestions (CPython's Python/suggestions.c algorithm) -------------------------- */

#define MAX_CANDIDATES 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static int substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return MOVE_COST;
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
  if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
  return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn,
                          size_t max_cost) {
  size_t buffer[MAX_STRING_SIZE];
  while (an && bn && a[0] == b[0]) { a++; b++; an--; bn--; }
  while (an && bn && a[an - 1] == b[bn - 1]) { an--; bn--; }
  if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
  if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return max_cost + 1;
  if (bn < an) {
    const char *t = a; a = b; b = t;
    size_t tn = an; an = bn; bn = tn;
  }
  if ((bn - an) * MOVE_COST > max_cost) return max_cost + 1;
  size_t tmp = MOVE_COST;
  for (size_t i = 0; i < an; i++) {
    buffer[i] = tmp;
    tmp += MOVE_COST;
  }
  size_t result = 0;
  for (size_t bi = 0; bi < bn; bi++) {
    char code = b[bi];
    size_t distance = result = bi * MOVE_COST;
    size_t minimum = (size_t)-1;
    for (size_t i = 0; i < an; i++) {
      size_t substitute = distance + (size_t)substitution_cost(code, a[i]);
      distance = buffer[i];
      size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
      result = insert_delete < substitute ? insert_delete : substitute;
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

/* The closest of n candidate names to name, or NULL. */
static py_object *best_suggestion(py_object *const *cands, py_ssize n, py_object *name) {
  if (n >= MAX_CANDIDATES) return NULL;
  py_object *best = NULL;
  size_t best_d = (size_t)PTRDIFF_MAX;
  size_t nn = (size_t)PY_STR_SIZE(name);
  for (py_ssize i = 0; i < n; i++) {
    py_object *item = cands[i];
    if (!PY_STR_CHECK(item)) continue;
    if (py_str_equal(item, name)) continue;
    size_t in = (size_t)PY_STR_SIZE(item);
    size_t maxd = (nn + in + 3) * MOVE_COST / 6;
    if (best_d - 1 < maxd) maxd = best_d - 1;
    size_t d = levenshtein(PY_STR_DATA(name), nn, PY_STR_DATA(item), in, maxd);
    if (d > maxd) continue;
    if (!best || d < best_d) {
      best = item;
      best_d = d;
    }
  }
  return best;
}

static py_object *suggest_from_dict(py_object *d, py_object *name) {
  if (!d || !PY_DICT_CHECK(d)) return NULL;
  py_ssize n = py_dict_size(d);
  if (n >= MAX_CANDIDATES) return NULL;
  py_object **keys = py_mem_alloc((size_t)(n + 1) * sizeof(py_object *));
  if (!keys) return NULL;
  py_ssize pos = 0, i = 0;
  py_object *k, *v;
  while (py_dict_next(d, &pos, &k, &v) && i < n) keys[i++] = k;
  py_object *r = best_suggestion(keys, i, name);
  py_mem_free(keys, (size_t)(n + 1) * sizeof(py_object *));
  return r;
}

static int cmp_str(const void *a, const void *b) {
  py_object *x = *(py_object *const *)a, *y = *(py_object *const *)b;
  size_t nx = (size_t)PY_STR_SIZE(x), ny = (size_t)PY_STR_SIZE(y);
  int c = memcmp(PY_STR_DATA(x), PY_STR_DATA(y), nx < ny ? nx : ny);
  if (c) return c;
  return nx < ny ? -1 : nx > ny;
}

/* dir(obj) as CPython's object.__dir__ lists it: instance dict and class attributes,
 * sorted. */
static py_object *suggest_attribute(py_object *obj, py_object *name) {
  py_object *names[MAX_CANDIDATES];
  py_ssize n = 0;
  py_object *dicts[64];
  int nd = 0;
  py_type *t = PY_TYPE(obj);
  py_object **instance_dict = py__dictptr(obj);
  if (instance_dict && *instance_dict) dicts[nd++] = *instance_dict;
  if (PY_TYPE_CHECK(obj)) t = (py_type *)obj;
  if (py__type_fill_mro_dicts(t) < 0) py_err_clear(); /* suggestions are best effort */
  if (t->mro) {
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(t->mro) && nd < 64; i++)
      dicts[nd++] = ((py_type *)PY_TUPLE_ITEMS(t->mro)[i])->dict;
  }
  for (int j = 0; j < nd; j++) {
    if (!dicts[j]) continue;
    py_ssize pos = 0;
    py_object *k, *v;
    while (py_dict_next(dicts[j], &pos, &k, &v)) {
      if (!PY_STR_CHECK(k)) continue;
      bool dup = false;
      for (py_ssize q = 0; q < n && !dup; q++) dup = py_str_equal(names[q], k);
      if (dup) continue;
      if (n >= MAX_CANDIDATES) return NULL;
      names[n++] = k;
    }
  }
  qsort(names, (size_t)n, sizeof(py_object *), cmp_str);
  return best_suggestion(names, n, name);
}

/* The "Did you mean" text for exc, or NULL. Borrowed str. */
static py_object *suggestion_for(py_object *exc) {
  py_type *t = PY_TYPE(exc);
  bool nameerr = py_type_is_subtype(t, &py_exc_NameError);
  bool attrerr = py_type_is_subtype(t, &py_exc_AttributeError);
  if (!nameerr && !attrerr) return NULL;
  py_object *name = py_getattr_str(exc, "name");
  if (!name) {
    py_err_clear();
    return NULL;
  }
  py_object *r = NULL;
  if (PY_STR_CHECK(name)) {
    if (nameerr) {
      py_traceback *tb = (py_traceback *)((py_exception_object *)exc)->traceback;
      while (tb && tb->next) tb = (py_traceback *)tb->next;
      if (tb) {
        r = best_suggestion(PY_TUPLE_ITEMS(tb->code->varnames),
                            PY_TUPLE_SIZE(tb->code->varnames), name);
        if (!r) r = suggest_from_dict(tb->globals, name);
        if (!r) r = suggest_from_dict(py_builtins_dict(), name);
      }
    } else {
      py_object *obj = py_getattr_str(exc, "obj");
      if (!obj) py_err_clear();
      else if (obj != PY_NONE) r = suggest_attribute(obj, name);
      py_xdecref(obj);
    }
  }
  py_decref(name);
  return r;
}

/* ---- printing ------------------------------------------------------------------------ */

static void print_exception_line_as(py_object *exc, py_object *msg);

static void print_exception_line(py_object *exc) { print_exception_line_as(exc, NULL); }

/* The "Type: message" line; msg (a str) replaces str(exc) when given, as CPython prints
 * a SyntaxError's msg field without the "(file, line N)" its str() adds. */
static void print_exception_line_as(py_object *exc, py_object *msg) {
  py_type *t = PY_TYPE(exc);
  const char *mod = NULL;
  if (t->module && PY_STR_CHECK(t->module)) mod = PY_STR_DATA(t->module);
  if (mod && strcmp(mod, "builtins") != 0 && strcmp(mod, "__main__") != 0) outf("%s.", mod);
  if (t->qualname && PY_STR_CHECK(t->qualname)) out(PY_STR_DATA(t->qualname));
  else out(t->name);
  py_object *s = msg ? py_newref(msg) : py_str(exc);
  if (!s) {
    py_err_clear();
    out(": <exception str() failed>\n");
    return;
  }
  if (PY_STR_SIZE(s) > 0) {
    out(": ");
    out_n(PY_STR_DATA(s), (size_t)PY_STR_SIZE(s));
  }
  py_decref(s);
  py_object *sugg = module_style ? NULL : suggestion_for(exc);
  if (sugg) {
    out(". Did you mean: '");
    out_n(PY_STR_DATA(sugg), (size_t)PY_STR_SIZE(sugg));
    out("'?");
  }
  out("\n");
  py_object *notes = py__exc_notes(exc);
  if (notes && PY_LIST_CHECK(notes)) {
    for (py_ssize i = 0; i < PY_LIST_SIZE(notes); i++) {
      py_object *ns = py_str(PY_LIST_ITEMS(notes)[i]);
      if (!ns) {
        py_err_clear();
        continue;
      }
      out_n(PY_STR_DATA(ns), (size_t)PY_STR_SIZE(ns));
      out("\n");
      py_decref(ns);
    }
  }
}

/* SyntaxError: the file/line/caret header from its fields, then the message. */
static bool print_syntax_error(py_object *exc) {
  if (!py_type_is_subtype(PY_TYPE(exc), &py_exc_SyntaxError)) return false;
  py_object *fn = py_getattr_str(exc, "filename");
  py_object *ln = py_getattr_str(exc, "lineno");
  py_object *off = py_getattr_str(exc, "offset");
  py_object *eoff = py_getattr_str(exc, "end_offset");
  py_object *eln = py_getattr_str(exc, "end_lineno");
  py_object *text = py_getattr_str(exc, "text");
  py_object *msg = py_getattr_str(exc, "msg");
  py_err_clear();
  bool ok = fn && ln && msg && PY_STR_CHECK(fn) && PY_INT_CHECK(ln) && PY_STR_CHECK(msg);
  if (ok) {
    outf("  File \"%s\", line %lld\n", PY_STR_DATA(fn), (long long)PY_INT_SMALL(ln));
    if (text && PY_STR_CHECK(text)) {
      /* Quote the line without its indentation, caret under offset..end_offset. */
      const char *p = PY_STR_DATA(text);
      size_t n = (size_t)PY_STR_SIZE(text);
      size_t lead = 0;
      while (lead < n && (p[lead] == ' ' || p[lead] == '\t' || p[lead] == '\f')) lead++;
      size_t endl = n;
      while (endl > lead && (p[endl - 1] == '\n' || p[endl - 1] == '\r' || p[endl - 1] == ' '))
        endl--;
      out("    ");
      out_n(p + lead, endl - lead);
      out("\n");
      long long o = off && PY_INT_CHECK(off) ? PY_INT_SMALL(off) : 0;
      long long eo = eoff && PY_INT_CHECK(eoff) ? PY_INT_SMALL(eoff) : 0;
      long long el = eln && PY_INT_CHECK(eln) ? PY_INT_SMALL(eln) : 0;
      if (el != PY_INT_SMALL(ln) || eo <= o) eo = o + 1;
      if (o >= 1) {
        long long col = o - 1 - (long long)lead;
        if (col < 0) col = 0;
        out("    ");
        for (long long i = 0; i < col; i++) out(" ");
        for (long long i = o; i < eo; i++) out("^");
        out("\n");
      }
    }
    print_exception_line_as(exc, msg);
  }
  py_xdecref(fn);
  py_xdecref(ln);
  py_xdecref(off);
  py_xdecref(eoff);
  py_xdecref(eln);
  py_xdecref(text);
  py_xdecref(msg);
  return ok;
}

static void print_one(py_object *exc, py_object **seen, int *nseen);

/* An exception group: its traceback, its line, then each sub-exception boxed. */
static void print_group(py_object *exc, py_object **seen, int *nseen) {
  py_exception_object *e = (py_exception_object *)exc;
  bool top = group_depth == 0;
  if (top) group_depth++;
  if (e->traceback && has_frames(e->traceback)) {
    if (top) margin = '+';
    out("Exception Group Traceback (most recent call last):\n");
    print_frames(e->traceback);
  }
  print_exception_line(exc);
  py_object *subs = py_getattr_str(exc, "exceptions");
  if (!subs || !PY_TUPLE_CHECK(subs)) {
    py_err_clear();
    py_xdecref(subs);
    if (top) group_depth = 0;
    return;
  }
  py_ssize num = PY_TUPLE_SIZE(subs);
  py_ssize n = num <= 15 ? num : 16;
  need_close = false;
  for (py_ssize i = 0; i < n; i++) {
    bool last = i == n - 1;
    if (last) need_close = true;
    bool truncated = i >= 15;
    char line[160];
    int k = 0;
    for (int d = 0; d < group_depth; d++) line[k++] = ' ', line[k++] = ' ';
    k += snprintf(line + k, sizeof line - (size_t)k, "%s+---------------- %s ----------------\n",
                  i == 0 ? "+-" : "  ", truncated ? "..." : "");
    if (!truncated) {
      k = 0;
      for (int d = 0; d < group_depth; d++) line[k++] = ' ', line[k++] = ' ';
      k += snprintf(line + k, sizeof line - (size_t)k,
                    "%s+---------------- %d ----------------\n", i == 0 ? "+-" : "  ",
                    (int)i + 1);
    }
    raw(line, (size_t)k);
    group_depth++;
    if (!truncated) {
      print_one(PY_TUPLE_ITEMS(subs)[i], seen, nseen);
    } else {
      py_ssize rem = num - 15;
      char more[96];
      snprintf(more, sizeof more, "and %zd more exception%s\n", (ssize_t)rem, rem > 1 ? "s" : "");
      out(more);
    }
    if (last && need_close) {
      k = 0;
      for (int d = 0; d < group_depth; d++) line[k++] = ' ', line[k++] = ' ';
      k += snprintf(line + k, sizeof line - (size_t)k, "+------------------------------------\n");
      raw(line, (size_t)k);
      need_close = false;
    }
    group_depth--;
  }
  py_decref(subs);
  if (top) group_depth = 0;
}

static void print_one(py_object *exc, py_object **seen, int *nseen) {
  if (*nseen < 64) seen[(*nseen)++] = exc;
  py_exception_object *e = (py_exception_object *)exc;
  if (e->cause) {
    bool dup = false;
    for (int i = 0; i < *nseen; i++) dup |= seen[i] == e->cause;
    if (!dup) {
      print_one(e->cause, seen, nseen);
      out("\nThe above exception was the direct cause of the following exception:\n\n");
    }
  } else if (e->context && !e->suppress_context) {
    bool dup = false;
    for (int i = 0; i < *nseen; i++) dup |= seen[i] == e->context;
    if (!dup) {
      print_one(e->context, seen, nseen);
      out("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  }
  if (py_exc_is_group(exc)) {
    print_group(exc, seen, nseen);
    return;
  }
  if (e->traceback) print_tb(e->traceback);
  if (!print_syntax_error(exc)) print_exception_line(exc);
}

void py_print_exception(py_object *exc) {
  if (!exc || !PY_EXC_CHECK(exc)) return;
  py_object *seen[64];
  int nseen = 0;
  print_one(exc, seen, &nseen);
}

/* CPython's default sys.unraisablehook (write_unraisable_exc_file) prints less than an
 * uncaught exception's report: the traceback and one "Type: message" line, with no
 * chained exceptions, notes, suggestions or exception-group boxes, and ": " even when
 * the message is empty. */
void py_print_unraisable(py_object *where, py_object *exc) {
  if (where) {
    py_object *r = py_repr(where);
    if (!r) py_err_clear();
    out("Exception ignored in: ");
    if (r) out_n(PY_STR_DATA(r), (size_t)PY_STR_SIZE(r));
    else out("<object repr() failed>");
    out("\n");
    py_xdecref(r);
  }
  if (!exc || !PY_EXC_CHECK(exc)) return;
  py_exception_object *e = (py_exception_object *)exc;
  if (e->traceback) print_tb(e->traceback);
  py_type *t = PY_TYPE(exc);
  const char *mod = t->module && PY_STR_CHECK(t->module) ? PY_STR_DATA(t->module) : NULL;
  if (mod && strcmp(mod, "builtins") != 0 && strcmp(mod, "__main__") != 0) outf("%s.", mod);
  out(t->qualname && PY_STR_CHECK(t->qualname) ? PY_STR_DATA(t->qualname) : t->name);
  out(": ");
  py_object *s = py_str(exc);
  if (s) out_n(PY_STR_DATA(s), (size_t)PY_STR_SIZE(s));
  else out("<exception str() failed>");
  py_err_clear();
  py_xdecref(s);
  out("\n");
}
