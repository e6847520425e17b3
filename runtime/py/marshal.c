/* runtime/py/marshal.c — writing and reading the serialized form of code objects
 * (marshal.h).
 *
 * The stream is the magic "TSC1" followed by one object. Each object starts with a tag
 * byte:
 *   N T F .          None, True, False, Ellipsis
 *   i <zigzag>       int that fits in int64
 *   I <n> <digits>   larger int, as n decimal ASCII digits (with a sign)
 *   f <8 bytes>      float, the IEEE-754 bits little-endian
 *   y <16 bytes>     complex, the real then the imaginary part as for a float
 *   s / n <n> <utf8> str, plain / interned; each distinct one is remembered
 *   r <index>        the index-th str remembered so far (names repeat a lot; a plain
 *                    use may get an interned str of the same contents)
 *   b <n> <bytes>    bytes
 *   t / z <n> items  tuple / frozenset (sorted by their serialized bytes, as CPython's
 *                    marshal does since 3.11)
 *   c ...            code object: counts, instructions (opcode byte, argument varint),
 *                    the line and column tables, cell2arg, then consts, names,
 *                    varnames, cellvars, freevars, name, qualname, filename (the fields
 *                    of py_code in code.h)
 * Counts and small integers are unsigned LEB128 varints; signed ones are zigzagged.
 * The positions (line, end line, column, end column) of an instruction are one 0 byte
 * when they equal the previous instruction's, else differences from it, so a module's
 * tables take about three bytes per instruction instead of sixteen; with
 * PY_MARSHAL_LINES_ONLY only the lines are written (a byte before the tables says
 * which), about one byte per instruction. */
#include "py/marshal.h"

#include <stdlib.h>
#include <string.h>

#include "py/code.h"
#include "py/containers.h"
#include "py/opcodes.h"
#include "py/scalars.h"

static const unsigned char MAGIC[4] = {'T', 'S', 'C', '1'};

/* A tripwire: py_code (code.h) with exactly the fields this file writes and reads, in
 * order. A field added there fails the build here (natively or on wasm32, whose
 * padding differs) until write_code/read_code serialize it or derive it. */
struct code_fields {
  PY_HEAD;
  uint32_t *instrs;
  int32_t *lines, *endlines, *cols, *endcols;
  int ints[11]; /* ninstrs ... firstlineno */
  int *cell2arg;
  py_object *objs[8]; /* consts ... filename */
  uint16_t *cache_map; /* the eval loop's inline caches: made at run time (vm_cache.c), */
  void *caches;        /* never serialized (read_code leaves them NULL) */
  int ncaches;
};
_Static_assert(sizeof(struct code_fields) == sizeof(py_code),
               "py_code changed: serialize the new field in marshal.c");

/* ---- writing ------------------------------------------------------------------------ */

typedef struct writer {
  py_marshal_buf *out;
  py_object *strs; /* dict: str -> (memo index << 1 | interned), as int */
  int nmemo;
  int flags;       /* PY_MARSHAL_* */
  bool sort_key;   /* writing a frozenset item's sort key: every str in full, plain */
} writer;

static int put(writer *w, const void *p, size_t n) {
  py_marshal_buf *b = w->out;
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + n) cap *= 2;
    unsigned char *d = realloc(b->data, cap);
    if (!d) {
      py_raise_nomemory();
      return -1;
    }
    b->data = d;
    b->cap = cap;
  }
  memcpy(b->data + b->len, p, n);
  b->len += n;
  return 0;
}

static int put_byte(writer *w, unsigned char c) { return put(w, &c, 1); }

static int put_uvar(writer *w, uint64_t v) {
  unsigned char buf[10];
  size_t n = 0;
  do {
    unsigned char c = v & 0x7f;
    v >>= 7;
    buf[n++] = v ? (unsigned char)(c | 0x80) : c;
  } while (v);
  return put(w, buf, n);
}

static int put_svar(writer *w, int64_t v) {
  return put_uvar(w, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

static int put_sized(writer *w, unsigned char tag, const char *p, size_t n) {
  if (put_byte(w, tag) < 0 || put_uvar(w, n) < 0) return -1;
  return put(w, p, n);
}

static int write_obj(writer *w, py_object *o);

/* A str: a back-reference when the same contents came before, unless this use needs an
 * interned str and the earlier one was not (an interned str serves any use: a plain
 * str constant that reads back interned is still an equal, immutable str). */
static int write_str(writer *w, py_object *s) {
  /* A sort key must not depend on what came before nor on whether the str is interned
   * (a str may read back interned through a back-reference). */
  if (w->sort_key) return put_sized(w, 's', PY_STR_DATA(s), (size_t)PY_STR_SIZE(s));
  bool interned = ((py_str_object *)s)->interned;
  py_object *seen = py_dict_get(w->strs, s);
  if (seen) {
    int64_t v = PY_INT_SMALL(seen);
    if ((v & 1) || !interned) {
      if (put_byte(w, 'r') < 0) return -1;
      return put_uvar(w, (uint64_t)(v >> 1));
    }
  } else if (py_err_occurred()) {
    return -1;
  }
  py_object *n = py_int_from_i64((int64_t)w->nmemo << 1 | interned);
  if (!n) return -1;
  int rc = py_dict_set(w->strs, s, n);
  py_decref(n);
  if (rc < 0) return -1;
  w->nmemo++;
  return put_sized(w, interned ? 'n' : 's', PY_STR_DATA(s), (size_t)PY_STR_SIZE(s));
}

static int write_items(writer *w, unsigned char tag, py_object *const *items, py_ssize n) {
  if (put_byte(w, tag) < 0 || put_uvar(w, (uint64_t)n) < 0) return -1;
  for (py_ssize i = 0; i < n; i++)
    if (write_obj(w, items[i]) < 0) return -1;
  return 0;
}

/* One item of a frozenset with its serialized form on its own (the sort key). */
typedef struct {
  py_object *item; /* borrowed */
  py_marshal_buf key;
} keyed_item;

static int compare_keys(const void *pa, const void *pb) {
  const py_marshal_buf *a = &((const keyed_item *)pa)->key, *b = &((const keyed_item *)pb)->key;
  size_t n = a->len < b->len ? a->len : b->len;
  int c = n ? memcmp(a->data, b->data, n) : 0;
  if (c) return c;
  return (a->len > b->len) - (a->len < b->len);
}

/* A frozenset as its items sorted by their serialized bytes, as CPython 3.11's marshal
 * writes sets: a set's iteration order depends on the order its items went in, so
 * writing that order made equal sets serialize differently, and reading one back and
 * writing it again could change the bytes (freeze_pylib's check once failed on that).
 * The key is each item written on its own with its strs in full; the items themselves
 * then go through w, sharing its remembered strs. */
static int write_frozenset(writer *w, py_object *o) {
  py_ssize n = py_len(o);
  if (n < 0) return -1;
  keyed_item *items = calloc(n ? (size_t)n : 1, sizeof *items);
  if (!items) {
    py_raise_nomemory();
    return -1;
  }
  py_ssize pos = 0, i = 0;
  py_object *k;
  py_hash h;
  int rc = 0;
  while (rc == 0 && i < n && py__set_next(o, &pos, &k, &h)) {
    items[i].item = k;
    writer alone = {&items[i].key, NULL, 0, w->flags, true};
    rc = write_obj(&alone, k);
    i++;
  }
  if (rc == 0) {
    qsort(items, (size_t)i, sizeof *items, compare_keys);
    rc = put_byte(w, 'z') < 0 || put_uvar(w, (uint64_t)i) < 0 ? -1 : 0;
    for (py_ssize j = 0; rc == 0 && j < i; j++) rc = write_obj(w, items[j].item);
  }
  for (py_ssize j = 0; j < i; j++) py_marshal_buf_free(&items[j].key);
  free(items);
  return rc;
}

static int write_code(writer *w, py_code *co) {
  int counts[] = {co->flags,  co->argcount, co->posonlyargcount, co->kwonlyargcount,
                  co->nlocals, co->ncells,  co->nfrees,           co->stacksize,
                  co->maxblocks, co->ninstrs};
  if (put_byte(w, 'c') < 0) return -1;
  for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++)
    if (put_uvar(w, (uint64_t)counts[i]) < 0) return -1;
  if (put_svar(w, co->firstlineno) < 0) return -1;
  for (int i = 0; i < co->ninstrs; i++)
    if (put_byte(w, (unsigned char)PY_OPCODE(co->instrs[i])) < 0 ||
        put_uvar(w, PY_OPARG(co->instrs[i])) < 0)
      return -1;
  /* Positions: 0 for "the same as the instruction before", else the line's difference
   * (zigzagged, plus 1), the end line's from the line, column + 1, and the end column's
   * difference from the column. Lines only: each line's difference, zigzagged. */
  bool lines_only = (w->flags & PY_MARSHAL_LINES_ONLY) || !co->cols;
  if (put_byte(w, lines_only ? 0 : 1) < 0) return -1;
  int32_t pl = co->firstlineno, pel = pl, pc = -1, pec = -1;
  for (int i = 0; lines_only && i < co->ninstrs; i++) {
    if (put_svar(w, (int64_t)co->lines[i] - pl) < 0) return -1;
    pl = co->lines[i];
  }
  for (int i = 0; !lines_only && i < co->ninstrs; i++) {
    int32_t l = co->lines[i], el = co->endlines[i], c = co->cols[i], ec = co->endcols[i];
    if (l == pl && el == pel && c == pc && ec == pec) {
      if (put_byte(w, 0) < 0) return -1;
      continue;
    }
    int64_t dl = (int64_t)l - pl;
    if (put_uvar(w, (((uint64_t)dl << 1) ^ (uint64_t)(dl >> 63)) + 1) < 0 ||
        put_svar(w, (int64_t)el - l) < 0 || put_svar(w, (int64_t)c + 1) < 0 ||
        put_svar(w, (int64_t)ec - c) < 0)
      return -1;
    pl = l, pel = el, pc = c, pec = ec;
  }
  for (int i = 0; i < co->ncells; i++)
    if (put_svar(w, co->cell2arg[i]) < 0) return -1;
  py_object *objs[] = {co->consts,   co->names, co->varnames, co->cellvars,
                       co->freevars, co->name,  co->qualname, co->filename};
  for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
    if (write_obj(w, objs[i]) < 0) return -1;
  return 0;
}

/* A double as its IEEE-754 bits, little-endian. */
static int put_double(writer *w, double v) {
  uint64_t bits;
  memcpy(&bits, &v, sizeof bits);
  unsigned char b[8];
  for (int i = 0; i < 8; i++) b[i] = (unsigned char)(bits >> (8 * i));
  return put(w, b, 8);
}

static int write_obj(writer *w, py_object *o) {
  if (o == PY_NONE) return put_byte(w, 'N');
  if (o == PY_TRUE) return put_byte(w, 'T');
  if (o == PY_FALSE) return put_byte(w, 'F');
  if (o == PY_ELLIPSIS) return put_byte(w, '.');
  py_type *t = PY_TYPE(o);
  if (t == &py_int_type) {
    if (PY_INT_IS_SMALL(o)) {
      if (put_byte(w, 'i') < 0) return -1;
      return put_svar(w, PY_INT_SMALL(o));
    }
    py_object *digits = py_repr(o);
    if (!digits) return -1;
    int rc = put_sized(w, 'I', PY_STR_DATA(digits), (size_t)PY_STR_SIZE(digits));
    py_decref(digits);
    return rc;
  }
  if (t == &py_float_type) {
    if (put_byte(w, 'f') < 0) return -1;
    return put_double(w, PY_FLOAT_VALUE(o));
  }
  if (t == &py_complex_type) {
    if (put_byte(w, 'y') < 0 || put_double(w, PY_COMPLEX_VALUE(o).real) < 0) return -1;
    return put_double(w, PY_COMPLEX_VALUE(o).imag);
  }
  if (t == &py_str_type) return write_str(w, o);
  if (t == &py_bytes_type)
    return put_sized(w, 'b', ((py_bytes_object *)o)->data, (size_t)((py_bytes_object *)o)->size);
  if (t == &py_tuple_type) return write_items(w, 't', PY_TUPLE_ITEMS(o), PY_TUPLE_SIZE(o));
  if (t == &py_frozenset_type) return write_frozenset(w, o);
  if (t == &py_code_type) return write_code(w, (py_code *)o);
  py_raise(&py_exc_TypeError, "marshal: cannot serialize a '%s' object", t->name);
  return -1;
}

int py_marshal_write(py_object *obj, py_marshal_buf *out, int flags) {
  writer w = {out, py_dict_new(), 0, flags, false};
  int rc = w.strs ? 0 : -1;
  if (rc == 0) rc = put(&w, MAGIC, sizeof MAGIC);
  if (rc == 0) rc = write_obj(&w, obj);
  py_xdecref(w.strs);
  return rc;
}

void py_marshal_buf_free(py_marshal_buf *buf) {
  free(buf->data);
  buf->data = NULL;
  buf->len = buf->cap = 0;
}

/* ---- reading ------------------------------------------------------------------------ */

typedef struct reader {
  const unsigned char *p, *end;
  py_object **memo; /* the strs read so far (owned) */
  int nmemo, memocap;
  int depth;
} reader;

/* Nesting deeper than this is not something the compiler makes: the data is bad. */
#define MAX_DEPTH 200

static void *bad(const char *what) {
  py_raise(&py_exc_ValueError, "bad marshal data (%s)", what);
  return NULL;
}

static int get_uvar_long(reader *r, uint64_t *v) {
  uint64_t x = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (r->p >= r->end) {
      bad("truncated");
      return -1;
    }
    unsigned char c = *r->p++;
    x |= (uint64_t)(c & 0x7f) << shift;
    if (!(c & 0x80)) {
      *v = x;
      return 0;
    }
  }
  bad("varint too long");
  return -1;
}

/* Most varints are one byte: that case inline, the rest in get_uvar_long. */
static inline int get_uvar(reader *r, uint64_t *v) {
  if (r->p < r->end && !(*r->p & 0x80)) {
    *v = *r->p++;
    return 0;
  }
  return get_uvar_long(r, v);
}

static int get_svar(reader *r, int64_t *v) {
  uint64_t u;
  if (get_uvar(r, &u) < 0) return -1;
  *v = (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
  return 0;
}

/* A signed varint that must fit in an int. */
static int get_int(reader *r, int *v) {
  int64_t x;
  if (get_svar(r, &x) < 0) return -1;
  if (x < INT32_MIN || x > INT32_MAX) {
    bad("integer out of range");
    return -1;
  }
  *v = (int)x;
  return 0;
}

/* A count: at most what is left in the data (each item takes at least a byte). */
static int get_count(reader *r, size_t *n) {
  uint64_t x;
  if (get_uvar(r, &x) < 0) return -1;
  if (x > (uint64_t)(r->end - r->p) || x > INT32_MAX) {
    bad("count past the end");
    return -1;
  }
  *n = (size_t)x;
  return 0;
}

static const char *get_bytes(reader *r, size_t *n) {
  if (get_count(r, n) < 0) return NULL;
  const char *s = (const char *)r->p;
  r->p += *n;
  return s;
}

static py_object *read_obj(reader *r);

static py_object *read_str(reader *r, bool intern) {
  size_t n;
  const char *s = get_bytes(r, &n);
  if (!s) return NULL;
  py_ssize length;
  bool ascii;
  if (py__utf8_check(s, n, &length, &ascii) != n) return bad("invalid UTF-8");
  py_object *o = py_str_from_utf8(s, n);
  if (!o) return NULL;
  if (intern) py_str_intern(&o);
  if (r->nmemo == r->memocap) {
    int cap = r->memocap ? r->memocap * 2 : 256;
    py_object **m = realloc(r->memo, (size_t)cap * sizeof *m);
    if (!m) {
      py_decref(o);
      return py_raise_nomemory();
    }
    r->memo = m;
    r->memocap = cap;
  }
  r->memo[r->nmemo++] = py_newref(o);
  return o;
}

static py_object *read_tuple(reader *r) {
  size_t n;
  if (get_count(r, &n) < 0) return NULL;
  py_object *t = py_tuple_new((py_ssize)n);
  if (!t) return NULL;
  for (size_t i = 0; i < n; i++) {
    py_object *item = read_obj(r);
    if (!item) {
      py_decref(t);
      return NULL;
    }
    PY_TUPLE_ITEMS(t)[i] = item;
  }
  return t;
}

/* Checks that o is a tuple (of strs when strs is set); steals o, NULL when not. */
static py_object *want_tuple(py_object *o, bool strs) {
  if (!o) return NULL;
  bool ok = PY_TYPE(o) == &py_tuple_type;
  for (py_ssize i = 0; ok && strs && i < PY_TUPLE_SIZE(o); i++)
    ok = PY_TYPE(PY_TUPLE_ITEMS(o)[i]) == &py_str_type;
  if (ok) return o;
  py_decref(o);
  return bad("expected a tuple");
}

static py_object *want_str(py_object *o) {
  if (!o || PY_TYPE(o) == &py_str_type) return o;
  py_decref(o);
  return bad("expected a str");
}

static int32_t *alloc_table(size_t n) {
  int32_t *t = py_mem_alloc(n * sizeof(int32_t));
  if (!t) py_raise_nomemory();
  return t;
}

/* A double written by put_double. 0, or -1 with an error set. */
static int get_double(reader *r, double *out) {
  if (r->end - r->p < 8) {
    bad("truncated float");
    return -1;
  }
  uint64_t bits = 0;
  for (int i = 0; i < 8; i++) bits |= (uint64_t)r->p[i] << (8 * i);
  r->p += 8;
  memcpy(out, &bits, sizeof *out);
  return 0;
}

static py_object *read_code(reader *r) {
  int counts[10];
  for (size_t i = 0; i < 10; i++) {
    uint64_t x;
    if (get_uvar(r, &x) < 0) return NULL;
    if (x > INT32_MAX) return bad("code count out of range");
    counts[i] = (int)x;
  }
  int ninstrs = counts[9];
  if ((uint64_t)ninstrs * 2 > (uint64_t)(r->end - r->p)) return bad("instructions past the end");
  if (counts[8] > PY_MAX_BLOCKS) return bad("too many blocks");
  py_code *co = (py_code *)py_type_alloc(&py_code_type, 0);
  if (!co) return NULL;
  co->flags = counts[0];
  co->argcount = counts[1];
  co->posonlyargcount = counts[2];
  co->kwonlyargcount = counts[3];
  co->nlocals = counts[4];
  co->ncells = counts[5];
  co->nfrees = counts[6];
  co->stacksize = counts[7];
  co->maxblocks = counts[8];
  /* ninstrs stays 0 until the tables exist, so a failure frees what is there. */
  size_t n = (size_t)ninstrs;
  uint32_t *instrs = py_mem_alloc(n * sizeof(uint32_t));
  int32_t *lines = alloc_table(n);
  co->instrs = instrs;
  co->lines = lines;
  co->ninstrs = ninstrs;
  if (!instrs || !lines) {
    if (!py_err_occurred()) py_raise_nomemory();
    goto fail;
  }
  if (get_int(r, &co->firstlineno) < 0) goto fail;
  for (size_t i = 0; i < n; i++) {
    if (r->p >= r->end) {
      bad("truncated");
      goto fail;
    }
    unsigned op = *r->p++;
    uint64_t arg;
    if (get_uvar(r, &arg) < 0) goto fail;
    if (arg > 0xffffff) {
      bad("instruction argument out of range");
      goto fail;
    }
    instrs[i] = PY_INSTR(op, (uint32_t)arg);
  }
  if (r->p >= r->end) {
    bad("truncated");
    goto fail;
  }
  bool positions = *r->p++ != 0;
  int32_t pl = co->firstlineno, pel = pl, pc = -1, pec = -1;
  for (size_t i = 0; !positions && i < n; i++) {
    int dl;
    if (get_int(r, &dl) < 0) goto fail;
    pl += dl;
    lines[i] = pl;
  }
  int32_t *endlines = NULL, *cols = NULL, *endcols = NULL;
  if (positions) {
    co->endlines = endlines = alloc_table(n);
    co->cols = cols = alloc_table(n);
    co->endcols = endcols = alloc_table(n);
    if (!endlines || !cols || !endcols) goto fail;
  }
  for (size_t i = 0; positions && i < n; i++) {
    uint64_t h;
    if (get_uvar(r, &h) < 0) goto fail;
    if (h) {
      int dl, del, c1, dec;
      h -= 1;
      dl = (int)((int64_t)(h >> 1) ^ -(int64_t)(h & 1));
      if (get_int(r, &del) < 0 || get_int(r, &c1) < 0 || get_int(r, &dec) < 0) goto fail;
      pl += dl;
      pel = pl + del;
      pc = c1 - 1;
      pec = pc + dec;
    }
    lines[i] = pl;
    endlines[i] = pel;
    cols[i] = pc;
    endcols[i] = pec;
  }
  if (co->ncells) {
    co->cell2arg = py_mem_alloc((size_t)co->ncells * sizeof(int));
    if (!co->cell2arg) {
      py_raise_nomemory();
      co->ncells = 0; /* so the dealloc does not free what was not allocated */
      goto fail;
    }
    for (int i = 0; i < co->ncells; i++)
      if (get_int(r, &co->cell2arg[i]) < 0) goto fail;
  }
  if (!(co->consts = want_tuple(read_obj(r), false)) ||
      !(co->names = want_tuple(read_obj(r), true)) ||
      !(co->varnames = want_tuple(read_obj(r), true)) ||
      !(co->cellvars = want_tuple(read_obj(r), true)) ||
      !(co->freevars = want_tuple(read_obj(r), true)) || !(co->name = want_str(read_obj(r))) ||
      !(co->qualname = want_str(read_obj(r))) || !(co->filename = want_str(read_obj(r))))
    goto fail;
  if (PY_TUPLE_SIZE(co->varnames) != co->nlocals || PY_TUPLE_SIZE(co->cellvars) != co->ncells ||
      PY_TUPLE_SIZE(co->freevars) != co->nfrees)
    goto mismatch;
  return (py_object *)co;
mismatch:
  bad("code counts do not match its names");
fail:
  py_decref((py_object *)co);
  return NULL;
}

static py_object *read_obj(reader *r) {
  if (r->p >= r->end) return bad("truncated");
  if (++r->depth > MAX_DEPTH) return bad("nested too deeply");
  unsigned char tag = *r->p++;
  py_object *o = NULL;
  switch (tag) {
  case 'N': o = py_newref(PY_NONE); break;
  case 'T': o = py_newref(PY_TRUE); break;
  case 'F': o = py_newref(PY_FALSE); break;
  case '.': o = py_newref(PY_ELLIPSIS); break;
  case 'i': {
    int64_t v;
    if (get_svar(r, &v) == 0) o = py_int_from_i64(v);
    break;
  }
  case 'I': {
    size_t n;
    const char *s = get_bytes(r, &n);
    if (s) o = py_int_from_string(s, n, 10);
    break;
  }
  case 'f': {
    double v;
    if (get_double(r, &v) == 0) o = py_float_from_double(v);
    break;
  }
  case 'y': {
    double re, im;
    if (get_double(r, &re) == 0 && get_double(r, &im) == 0) o = py_complex_from_doubles(re, im);
    break;
  }
  case 's': o = read_str(r, false); break;
  case 'n': o = read_str(r, true); break;
  case 'r': {
    uint64_t i;
    if (get_uvar(r, &i) < 0) break;
    if (i >= (uint64_t)r->nmemo) {
      bad("reference to an unknown str");
      break;
    }
    o = py_newref(r->memo[i]);
    break;
  }
  case 'b': {
    size_t n;
    const char *s = get_bytes(r, &n);
    if (s) o = py_bytes_from(s, n);
    break;
  }
  case 't': o = read_tuple(r); break;
  case 'z': {
    py_object *items = read_tuple(r);
    if (items) o = py_frozenset_new(items);
    py_xdecref(items);
    break;
  }
  case 'c': o = read_code(r); break;
  default: bad("unknown tag"); break;
  }
  r->depth--;
  return o;
}

py_object *py_marshal_read(const unsigned char *data, size_t n) {
  if (n < sizeof MAGIC || memcmp(data, MAGIC, sizeof MAGIC) != 0) return bad("no magic");
  reader r = {data + sizeof MAGIC, data + n, NULL, 0, 0, 0};
  py_object *o = read_obj(&r);
  if (o && r.p != r.end) {
    py_decref(o);
    o = bad("data after the object");
  }
  for (int i = 0; i < r.nmemo; i++) py_decref(r.memo[i]);
  free(r.memo);
  return o;
}
