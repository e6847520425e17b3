/* runtime/py/mod__weakref.c — weak references: the _weakref module (ref,
 * getweakrefcount, getweakrefs), on which runtime/lib/weakref.py builds its
 * containers and finalize.
 *
 * Objects have no slot for weak references, so the references to each object live in
 * a table keyed by the object's address. While the table is non-empty,
 * py__dealloc (object.c) calls clear_referent() for every object it frees: the
 * object's references go dead and their callbacks run, as in CPython (there, after
 * __del__; here, just before the object's own deallocation starts). */
#include <stdint.h>
#include <string.h>

#include "py/interp.h"
#include "py/objimpl.h"

/* object.c calls this for each object it deallocates, when set. */
extern void (*py__weakref_dealloc_hook)(py_object *o);

typedef struct weakref {
  PY_HEAD;
  py_object *referent;  /* borrowed; NULL once the referent is gone */
  py_object *callback;  /* owned; NULL if none (and after it ran) */
  py_hash hash;         /* -1 until computed */
  struct weakref *next; /* the next reference to the same referent */
} weakref;

static py_type weakref_type;

/* ---- the table: referent address -> list of its references ------------------------- */

typedef struct {
  py_object *key; /* NULL: empty; TOMBSTONE: deleted */
  weakref *head;
} slot;

#define TOMBSTONE ((py_object *)1)
static slot *table;
static size_t cap, used, filled; /* filled counts tombstones too */

static size_t hash_ptr(const void *p) {
  uintptr_t x = (uintptr_t)p;
  x ^= x >> 17;
  x *= (uintptr_t)0x9E3779B97F4A7C15ULL;
  return (size_t)(x ^ (x >> 29));
}

static slot *find(py_object *key) {
  if (!cap) return NULL;
  for (size_t i = hash_ptr(key) & (cap - 1);; i = (i + 1) & (cap - 1)) {
    if (table[i].key == key) return &table[i];
    if (!table[i].key) return NULL;
  }
}

static int grow(void) {
  size_t ncap = cap ? cap * 2 : 64;
  while (used * 2 >= ncap) ncap *= 2;
  slot *nt = py_mem_calloc(ncap * sizeof *nt);
  if (!nt) return -1;
  for (size_t i = 0; i < cap; i++)
    if (table[i].key && table[i].key != TOMBSTONE) {
      size_t j = hash_ptr(table[i].key) & (ncap - 1);
      while (nt[j].key) j = (j + 1) & (ncap - 1);
      nt[j] = table[i];
    }
  if (table) py_mem_free(table, cap * sizeof *table);
  table = nt;
  cap = ncap;
  filled = used;
  return 0;
}

/* The slot for key, created empty if needed; NULL with MemoryError. */
static slot *find_or_add(py_object *key) {
  slot *s = find(key);
  if (s) return s;
  if ((filled + 1) * 2 > cap && grow() < 0) {
    py_raise(&py_exc_MemoryError, "");
    return NULL;
  }
  size_t i = hash_ptr(key) & (cap - 1);
  while (table[i].key && table[i].key != TOMBSTONE) i = (i + 1) & (cap - 1);
  if (!table[i].key) filled++;
  table[i].key = key;
  table[i].head = NULL;
  used++;
  return &table[i];
}

static void remove_slot(slot *s) {
  s->key = TOMBSTONE;
  s->head = NULL;
  used--;
}

/* Unlinks w from its referent's list (w is alive). */
static void unlink_ref(weakref *w) {
  slot *s = find(w->referent);
  if (!s) return;
  for (weakref **p = &s->head; *p; p = &(*p)->next)
    if (*p == w) {
      *p = w->next;
      break;
    }
  if (!s->head) remove_slot(s);
  w->next = NULL;
}

/* ---- what happens when a referent dies ------------------------------------------------ */

static void report_callback_error(py_object *callback) {
  py_object *exc = py_err_fetch();
  py_print_unraisable(callback, exc);
  py_xdecref(exc);
}

static void clear_referent(py_object *o) {
  if (!used) return;
  slot *s = find(o);
  if (!s) return;
  weakref *head = s->head;
  remove_slot(s);
  /* Every reference goes dead first, then the callbacks run, newest reference first
   * as in CPython. Each reference is kept alive while the list is walked, since a
   * callback may drop the last other reference to it (or to the next one). */
  for (weakref *w = head; w; w = w->next) w->referent = NULL;
  py_object *saved = py_err_fetch();
  weakref *w = head;
  if (w) py_incref((py_object *)w);
  while (w) {
    weakref *next = w->next;
    if (next) py_incref((py_object *)next);
    w->next = NULL;
    py_object *cb = w->callback;
    w->callback = NULL;
    if (cb) {
      py_object *r = py_call1(cb, (py_object *)w);
      if (r) py_decref(r);
      else report_callback_error(cb);
      py_decref(cb);
    }
    py_decref((py_object *)w);
    w = next;
  }
  py_err_restore(saved);
}

/* ---- the ref type ------------------------------------------------------------------------ */

/* Whether objects of o's type may be weakly referenced (CPython refuses the plain
 * value types). */
static bool referenceable(py_object *o) {
  py_type *t = PY_TYPE(o);
  return !(t == &py_int_type || t == &py_bool_type || t == &py_float_type ||
           t == &py_str_type || t == &py_bytes_type || t == &py_bytearray_type ||
           t == &py_tuple_type || t == &py_list_type || t == &py_dict_type ||
           t == &py_none_type);
}

/* ref(object[, callback]) */
static py_object *ref_new(py_type *type, py_object *const *args, size_t nargs,
                          py_object *kwnames) {
  (void)type;
  if (py_args_check("weakref", nargs, kwnames, 1, 2) < 0) return NULL;
  py_object *o = args[0];
  py_object *cb = nargs > 1 && args[1] != PY_NONE ? args[1] : NULL;
  if (!referenceable(o))
    return py_raise(&py_exc_TypeError, "cannot create weak reference to '%s' object",
                    PY_TYPE(o)->name);
  slot *s = find_or_add(o);
  if (!s) return NULL;
  /* Without a callback, CPython hands back the existing plain reference. */
  if (!cb)
    for (weakref *w = s->head; w; w = w->next)
      if (!w->callback) return py_newref((py_object *)w);
  weakref *w = (weakref *)py_type_alloc(&weakref_type, 0);
  if (!w) {
    if (!s->head) remove_slot(s);
    return NULL;
  }
  w->referent = o;
  w->callback = py_xnewref(cb);
  w->hash = -1;
  w->next = s->head;
  s->head = w;
  py__weakref_dealloc_hook = clear_referent;
  return (py_object *)w;
}

static void ref_dealloc(py_object *self) {
  weakref *w = (weakref *)self;
  if (w->referent) unlink_ref(w);
  py_xdecref(w->callback);
  py_type_free(self);
}

static py_object *ref_call(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  (void)args;
  if (py_args_check("weakref", nargs, kwnames, 0, 0) < 0) return NULL;
  py_object *o = ((weakref *)self)->referent;
  return py_newref(o ? o : PY_NONE);
}

static py_hash ref_hash(py_object *self) {
  weakref *w = (weakref *)self;
  if (w->hash != -1) return w->hash;
  if (!w->referent) {
    py_raise(&py_exc_TypeError, "weak object has gone away");
    return -1;
  }
  w->hash = py_hash_of(w->referent);
  return w->hash;
}

static py_object *ref_richcompare(py_object *a, py_object *b, int op) {
  if ((op != PY_EQ && op != PY_NE) || PY_TYPE(b) != &weakref_type)
    return py_newref(PY_NOTIMPLEMENTED);
  weakref *x = (weakref *)a, *y = (weakref *)b;
  if (!x->referent || !y->referent) {
    bool same = a == b;
    return py_bool(op == PY_EQ ? same : !same);
  }
  return py_richcompare(x->referent, y->referent, op);
}

static py_object *ref_repr(py_object *self) {
  weakref *w = (weakref *)self;
  if (!w->referent) return py_str_format("<weakref at %p; dead>", (void *)self);
  return py_str_format("<weakref at %p; to '%s' at %p>", (void *)self,
                       PY_TYPE(w->referent)->name, (void *)w->referent);
}

static py_object *ref_get_callback(py_object *self) {
  py_object *cb = ((weakref *)self)->callback;
  return py_newref(cb ? cb : PY_NONE);
}

static const py_getset_def ref_getset[] = {
    {"__callback__", ref_get_callback, NULL},
    {0},
};

static py_object *ref_type_new(py_type *type, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  return ref_new(type, args, nargs, kwnames);
}

static py_type weakref_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "weakref",
    .basicsize = sizeof(weakref),
    .dealloc = ref_dealloc,
    .repr = ref_repr,
    .hash = ref_hash,
    .richcompare = ref_richcompare,
    .getattr = py_generic_getattr,
    .call = ref_call,
    .getset = ref_getset,
};

bool py__weakref_has_callback(py_object *o) {
  return PY_TYPE(o) == &weakref_type && ((weakref *)o)->callback;
}

/* ---- module functions ------------------------------------------------------------------- */

static py_object *m_getweakrefcount(py_object *self, py_object *const *args, size_t nargs,
                                    py_object *kwnames) {
  (void)self;
  if (py_args_check("getweakrefcount", nargs, kwnames, 1, 1) < 0) return NULL;
  slot *s = find(args[0]);
  long n = 0;
  for (weakref *w = s ? s->head : NULL; w; w = w->next) n++;
  return py_int_from_i64(n);
}

static py_object *m_getweakrefs(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  (void)self;
  if (py_args_check("getweakrefs", nargs, kwnames, 1, 1) < 0) return NULL;
  py_object *list = py_list_new(0);
  slot *s = list ? find(args[0]) : NULL;
  for (weakref *w = s ? s->head : NULL; w; w = w->next)
    if (py_list_append(list, (py_object *)w) < 0) {
      py_decref(list);
      return NULL;
    }
  return list;
}

static const py_method_def weakref_functions[] = {
    {"getweakrefcount", m_getweakrefcount, 0, NULL},
    {"getweakrefs", m_getweakrefs, 0, NULL},
    {0},
};

py_object *py_mod__weakref_init(void) {
  weakref_type.new = ref_type_new;
  py_object *m = py_module_new("_weakref");
  if (m && (py_module_add_functions(m, weakref_functions) < 0 ||
            py_module_add(m, "ref", (py_object *)&weakref_type) < 0 ||
            py_module_add(m, "ReferenceType", (py_object *)&weakref_type) < 0))
    py_setref(&m, NULL);
  return m;
}
