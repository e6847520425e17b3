/* runtime/py/typeobject.c — the `type` type: readying types (C3 mro, slot
 * inheritance), allocating instances, attribute lookup along the mro, and class
 * creation (type(name, bases, dict) and class statements).
 *
 * Instances of variable-size types (str, tuple, bytes and their subclasses) carry a
 * small prefix in front of the object: one 64-bit word recording the block's size,
 * and for their subclasses with a __dict__ a second word holding it, because their
 * items run to the end of the block and leave no fixed place after them. Such types
 * have a negative dictoffset. Instances of fixed-size types (itemsize 0) have no
 * prefix: their block is the type's basicsize, which __class__ assignment keeps (it
 * requires the same basicsize and layout), and 100,000 pending tasks are some six
 * such objects each. */
#include "py/ast.h"
#include "py/interp.h" /* py_builtins_dict */
#include "py/objimpl.h"

#include <stdlib.h>
#include <string.h>

/* ===================================================================================
 * Allocation
 * =================================================================================== */

#define PREFIX_SMALL 8
#define PREFIX_WITH_DICT 16

static inline uint64_t *size_word(py_object *o) { return (uint64_t *)((char *)o - 8); }

py_object *py_type_alloc(py_type *t, py_ssize nitems) {
  if (py__type_ensure_ready(t) < 0) return NULL;
  py_object *o;
  if (!t->itemsize) {
    o = py_mem_calloc((size_t)t->basicsize);
    if (!o) return py_raise_nomemory();
  } else {
    size_t prefix = t->dictoffset < 0 ? PREFIX_WITH_DICT : PREFIX_SMALL;
    if (nitems < 0 || (size_t)nitems > (SIZE_MAX >> 2) / (size_t)t->itemsize)
      return py_raise_nomemory();
    size_t size = prefix + (size_t)t->basicsize + (size_t)nitems * (size_t)t->itemsize;
    char *mem = py_mem_calloc(size);
    if (!mem) return py_raise_nomemory();
    o = (py_object *)(mem + prefix);
    *size_word(o) = ((uint64_t)size << 8) | prefix;
  }
  o->refcnt = 1;
  o->type = t;
  if (PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)) py_incref((py_object *)t);
  return o;
}

void py_type_free(py_object *o) {
  py_type *t = PY_TYPE(o);
  if (!t->itemsize) {
    py_mem_free(o, (size_t)t->basicsize);
  } else {
    uint64_t w = *size_word(o);
    size_t prefix = (size_t)(w & 0xff);
    py_mem_free((char *)o - prefix, (size_t)(w >> 8));
  }
  if (PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)) py_decref((py_object *)t);
}

py_object *py__instance_dict(py_object *o) {
  py_object **dp = py__dictptr(o);
  if (!dp) return NULL;
  if (!*dp) *dp = py_dict_new();
  return *dp;
}

/* ===================================================================================
 * Subtype checks and the mro
 * =================================================================================== */

int py_type_is_subtype(py_type *a, py_type *b) {
  if (a == b) return 1;
  py_object *mro = a->mro;
  if (mro) {
    py_ssize n = PY_TUPLE_SIZE(mro);
    py_object **items = PY_TUPLE_ITEMS(mro);
    for (py_ssize i = 1; i < n; i++)
      if (items[i] == (py_object *)b) return 1;
    return 0;
  }
  /* Not ready yet: the base chain is all there is. */
  for (a = a->base; a; a = a->base)
    if (a == b) return 1;
  return b == &py_object_type;
}

static int tuple_contains_ptr(py_object *tuple, py_ssize from, py_object *x) {
  for (py_ssize i = from; i < PY_TUPLE_SIZE(tuple); i++)
    if (PY_TUPLE_ITEMS(tuple)[i] == x) return 1;
  return 0;
}

static py_object *merge_mro(py_type *t, py_object *bases, py_ssize nb);

/* C3 linearisation of t and its bases (all ready). New tuple. */
static py_object *compute_mro(py_type *t) {
  py_object *bases = t->bases;
  py_ssize nb = PY_TUPLE_SIZE(bases);
  if (nb == 0) return py_tuple_pack(1, (py_object *)t);
  if (nb == 1 && !((py_type *)PY_TUPLE_ITEMS(bases)[0])->mro) {
    /* The base is still being readied (bootstrapping object, tuple, dict, ...):
     * single inheritance makes the mro the chain of bases. */
    py_ssize n = 1;
    for (py_type *b = t->base; b; b = b->base) n++;
    py_object *r = py_tuple_new(n);
    if (!r) return NULL;
    py_ssize i = 0;
    for (py_type *b = t; b; b = b->base) PY_TUPLE_ITEMS(r)[i++] = py_newref((py_object *)b);
    return r;
  }
  if (nb == 1) {
    py_object *bm = ((py_type *)PY_TUPLE_ITEMS(bases)[0])->mro;
    py_object *r = py_tuple_new(PY_TUPLE_SIZE(bm) + 1);
    if (!r) return NULL;
    PY_TUPLE_ITEMS(r)[0] = py_newref((py_object *)t);
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(bm); i++)
      PY_TUPLE_ITEMS(r)[i + 1] = py_newref(PY_TUPLE_ITEMS(bm)[i]);
    return r;
  }
  return merge_mro(t, bases, nb);
}

/* The C3 merge of compute_mro, for two bases or more (classes with multiple
 * inheritance). A function of its own so that V8 compiles it only when a program
 * defines such a class: the interpreter's start has none (ExceptionGroup's mro is set
 * by exc_group.c), and print("hi") compiles ~1.3 KB less (docs/performance.md, "Cold
 * start (session 7)"). */
static __attribute__((noinline)) py_object *merge_mro(py_type *t, py_object *bases,
                                                      py_ssize nb) {
  for (py_ssize i = 0; i < nb; i++)
    if (tuple_contains_ptr(bases, i + 1, PY_TUPLE_ITEMS(bases)[i]))
      return py_raise(&py_exc_TypeError, "duplicate base class %s",
                      ((py_type *)PY_TUPLE_ITEMS(bases)[i])->name);
  /* The lists to merge: each base's mro, then the bases themselves. */
  py_ssize nl = nb + 1;
  py_object **lists = py_mem_alloc(sizeof(py_object *) * (size_t)nl);
  py_ssize *pos = py_mem_calloc(sizeof(py_ssize) * (size_t)nl);
  if (!lists || !pos) {
    py_mem_free(lists, sizeof(py_object *) * (size_t)nl);
    py_mem_free(pos, sizeof(py_ssize) * (size_t)nl);
    return py_raise_nomemory();
  }
  for (py_ssize i = 0; i < nb; i++) lists[i] = ((py_type *)PY_TUPLE_ITEMS(bases)[i])->mro;
  lists[nb] = bases;
  py_object *out = py_list_new(0);
  if (!out) goto fail;
  if (py_list_append(out, (py_object *)t) < 0) goto fail;
  for (;;) {
    int remaining = 0;
    py_object *pick = NULL;
    for (py_ssize i = 0; i < nl && !pick; i++) {
      if (pos[i] >= PY_TUPLE_SIZE(lists[i])) continue;
      remaining = 1;
      py_object *cand = PY_TUPLE_ITEMS(lists[i])[pos[i]];
      int in_tail = 0;
      for (py_ssize j = 0; j < nl && !in_tail; j++)
        if (tuple_contains_ptr(lists[j], pos[j] + 1, cand)) in_tail = 1;
      if (!in_tail) pick = cand;
    }
    if (!remaining) break;
    if (!pick) {
      /* CPython lists the bases still in conflict, in order. */
      py_object *names = py_str_from_cstr("");
      int first = 1;
      for (py_ssize i = 0; names && i < nb; i++) {
        py_object *b = PY_TUPLE_ITEMS(bases)[i];
        int pending = 0;
        for (py_ssize j = 0; j < nl; j++)
          if (tuple_contains_ptr(lists[j], pos[j], b)) pending = 1;
        if (!pending) continue;
        py_object *piece = py_str_format("%s%s", first ? "" : ", ", ((py_type *)b)->name);
        first = 0;
        py_object *n2 = piece ? py_str_concat(names, piece) : NULL;
        py_xdecref(piece);
        py_setref(&names, n2);
      }
      if (names) {
        py_raise(&py_exc_TypeError,
                 "Cannot create a consistent method resolution\norder (MRO) for bases %U",
                 names);
        py_decref(names);
      }
      goto fail;
    }
    if (py_list_append(out, pick) < 0) goto fail;
    for (py_ssize i = 0; i < nl; i++)
      if (pos[i] < PY_TUPLE_SIZE(lists[i]) && PY_TUPLE_ITEMS(lists[i])[pos[i]] == pick) pos[i]++;
  }
  py_mem_free(lists, sizeof(py_object *) * (size_t)nl);
  py_mem_free(pos, sizeof(py_ssize) * (size_t)nl);
  py_object *r = py_tuple_from_array(PY_LIST_ITEMS(out), PY_LIST_SIZE(out));
  py_decref(out);
  return r;
fail:
  py_mem_free(lists, sizeof(py_object *) * (size_t)nl);
  py_mem_free(pos, sizeof(py_ssize) * (size_t)nl);
  py_xdecref(out);
  return NULL;
}

/* ===================================================================================
 * Readying
 * =================================================================================== */

#define SUBCLASS_FLAGS                                                           \
  (PY_TPFLAGS_INT_SUBCLASS | PY_TPFLAGS_TUPLE_SUBCLASS | PY_TPFLAGS_LIST_SUBCLASS | \
   PY_TPFLAGS_STR_SUBCLASS | PY_TPFLAGS_DICT_SUBCLASS | PY_TPFLAGS_BASE_EXC_SUBCLASS | \
   PY_TPFLAGS_TYPE_SUBCLASS)

static unsigned long own_subclass_flag(py_type *t) {
  if (t == &py_int_type) return PY_TPFLAGS_INT_SUBCLASS;
  if (t == &py_tuple_type) return PY_TPFLAGS_TUPLE_SUBCLASS;
  if (t == &py_list_type) return PY_TPFLAGS_LIST_SUBCLASS;
  if (t == &py_str_type) return PY_TPFLAGS_STR_SUBCLASS;
  if (t == &py_dict_type) return PY_TPFLAGS_DICT_SUBCLASS;
  if (t == &py_type_type) return PY_TPFLAGS_TYPE_SUBCLASS;
  if (t == &py_exc_BaseException) return PY_TPFLAGS_BASE_EXC_SUBCLASS;
  return 0;
}

#define INHERIT(field) \
  if (!t->field) t->field = b->field
static void inherit_slots(py_type *t, py_type *b) {
  for (int i = 0; i < PY_BINOP_COUNT; i++) {
    INHERIT(number[i]);
    INHERIT(inplace[i]);
  }
  INHERIT(pow3);
  INHERIT(neg);
  INHERIT(pos);
  INHERIT(abs);
  INHERIT(invert);
  INHERIT(truth);
  INHERIT(to_int);
  INHERIT(to_float);
  INHERIT(index);
  INHERIT(len);
  INHERIT(getitem);
  INHERIT(setitem);
  INHERIT(contains);
  INHERIT(await);
  INHERIT(aiter);
  INHERIT(anext);
  INHERIT(repr);
  INHERIT(str);
  INHERIT(getattr);
  INHERIT(setattr);
  INHERIT(call);
  INHERIT(iter);
  INHERIT(iternext);
  INHERIT(descr_get);
  INHERIT(descr_set);
  INHERIT(init);
  INHERIT(dealloc);
  /* Equality and hashing go together: a type that defines its own comparison but no
   * hash is unhashable, as in CPython. */
  if (!t->richcompare && !t->hash) {
    t->richcompare = b->richcompare;
    t->hash = b->hash;
  }
  /* A static type directly under object without its own constructor cannot be
   * instantiated from Python ("cannot create 'X' instances"). */
  if (!t->new && (b != &py_object_type || PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)))
    t->new = b->new;
}
#undef INHERIT

static int add_methods_and_getset(py_type *t) {
  if (t->methods) {
    for (const py_method_def *m = t->methods; m->name; m++) {
      py_object *name = py_str_intern_cstr(m->name);
      if (!name) return -1;
      py_object *d;
      if (m->flags & PY_METH_STATIC) {
        py_object *f = py_cfunction_new(m, NULL);
        d = f ? py_call1((py_object *)&py_staticmethod_type, f) : NULL;
        py_xdecref(f);
      } else {
        d = py__method_descr_new(t, m);
      }
      int r = d ? py_dict_set(t->dict, name, d) : -1;
      py_xdecref(d);
      py_decref(name);
      if (r < 0) return -1;
    }
  }
  if (t->getset) {
    for (const py_getset_def *g = t->getset; g->name; g++) {
      py_object *name = py_str_intern_cstr(g->name);
      if (!name) return -1;
      py_object *d = py__getset_descr_new(t, g);
      int r = d ? py_dict_set(t->dict, name, d) : -1;
      py_xdecref(d);
      py_decref(name);
      if (r < 0) return -1;
    }
  }
  return 0;
}

/* Static type names may carry their module ("collections.deque"). */
static int set_static_names(py_type *t) {
  const char *dot = strrchr(t->name, '.');
  if (!t->name_obj) {
    t->name_obj = py_str_intern_cstr(dot ? dot + 1 : t->name);
    if (!t->name_obj) return -1;
  }
  if (!t->qualname) t->qualname = py_newref(t->name_obj);
  if (!t->module) {
    t->module = dot ? py_str_from_utf8(t->name, (size_t)(dot - t->name))
                    : py_newref(PY_ID(builtins));
    if (!t->module) return -1;
  }
  return 0;
}

/* ---- static types' dicts, filled on first use -----------------------------------------
 * Readying every builtin type's dict (a descriptor per method, getset and slot, each
 * name interned) was three quarters of the interpreter's start, for types most
 * programs never look into; in the wasm engine it was also code V8 had to compile
 * before the first line ran (docs/performance.md, "Cold start (session 4)"). So
 * py_type_ready does the structural part (bases, mro, inherited slots, names) at once
 * and leaves the dict of a static type to py__type_fill_dict, which every reader of
 * a type's dict calls: the mro walk of py_type_lookup, type.__dict__, dir(), ... A
 * program sees the same dicts, with the same entries in the same order. */
typedef struct {
  py_type *t;
  py__own_slots own;
} pending_dict;
static pending_dict *pending;
static size_t npending, pending_cap;

static int defer_dict(py_type *t) {
  if (npending == pending_cap) {
    size_t cap = pending_cap ? 2 * pending_cap : 128;
    pending_dict *p = realloc(pending, cap * sizeof *p);
    if (!p) {
      py_raise_nomemory();
      return -1;
    }
    pending = p;
    pending_cap = cap;
  }
  pending[npending].t = t;
  py__type_own_slots(t, &pending[npending].own);
  npending++;
  t->flags |= PY__TPFLAGS_DICT_PENDING;
  return 0;
}

int py__type_fill_dict_slow(py_type *t) {
  size_t i = npending;
  while (i > 0 && pending[i - 1].t != t) i--;
  if (i == 0) { /* cannot happen: the flag is set only with an entry */
    t->flags &= ~PY__TPFLAGS_DICT_PENDING;
    return 0;
  }
  py__own_slots own = pending[i - 1].own;
  /* Cleared first: filling looks up other types (staticmethod, for a static method),
   * never this one, but a lookup on it must not start the fill again. */
  t->flags &= ~PY__TPFLAGS_DICT_PENDING;
  int rc = add_methods_and_getset(t);
  if (rc == 0) rc = py__type_add_slot_wrappers(t, &own);
  if (rc == 0 && !py_dict_get(t->dict, PY_ID(__doc__)))
    rc = py_dict_set(t->dict, PY_ID(__doc__), PY_NONE);
  py__type_modified(t);
  if (rc < 0) {
    /* Out of memory: the next use tries again (entries already there are replaced). */
    t->flags |= PY__TPFLAGS_DICT_PENDING;
    return -1;
  }
  /* Found again: fills of other types meanwhile may have moved the entries. */
  for (i = npending; i > 0 && pending[i - 1].t != t; i--) {
  }
  if (i > 0) pending[i - 1] = pending[--npending];
  return 0;
}

int py__type_fill_mro_dicts(py_type *t) {
  if (py__type_ensure_ready(t) < 0) return -1;
  if (py__type_fill_dict(t) < 0) return -1;
  py_object *mro = t->mro;
  for (py_ssize i = 0; mro && i < PY_TUPLE_SIZE(mro); i++)
    if (py__type_fill_dict((py_type *)PY_TUPLE_ITEMS(mro)[i]) < 0) return -1;
  return 0;
}

int py_type_ready(py_type *t) {
  if (PY_HAS_FLAG(t, PY_TPFLAGS_READY)) return 0;
  /* The first type readied brings up the object core (names, object, type, ...). */
  if (!py_ids.__init__ && py_objcore_init() < 0) return -1;
  if (PY_HAS_FLAG(t, PY_TPFLAGS_READY)) return 0;
  /* Mark first: readying tuple or dict allocates tuples and dicts. */
  t->flags |= PY_TPFLAGS_READY;
  int heap = PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE);
  if (!heap) {
    if (!t->ob_base.type) t->ob_base.type = &py_type_type;
    if (!t->ob_base.refcnt) t->ob_base.refcnt = PY_IMMORTAL;
    if (!t->base && t != &py_object_type) t->base = &py_object_type;
  }
  py_type *b = t->base;
  if (b && py__type_ensure_ready(b) < 0) goto fail;
  if (t->bases) {
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(t->bases); i++)
      if (py__type_ensure_ready((py_type *)PY_TUPLE_ITEMS(t->bases)[i]) < 0) goto fail;
  } else {
    t->bases = b ? py_tuple_pack(1, (py_object *)b) : py_tuple_new(0);
    if (!t->bases) goto fail;
  }
  t->flags |= own_subclass_flag(t);
  if (b) {
    t->flags |= b->flags & SUBCLASS_FLAGS;
    if (!t->basicsize) t->basicsize = b->basicsize;
    if (!t->itemsize) t->itemsize = b->itemsize;
    if (!t->dictoffset) t->dictoffset = b->dictoffset;
  }
  if (!heap && set_static_names(t) < 0) goto fail;
  if (!t->dict) {
    t->dict = py_dict_new();
    if (!t->dict) goto fail;
  }
  /* A static type's dict is filled on first use (py__type_fill_dict); its slot
   * wrappers are those of the slots it defines itself, recorded before it inherits. */
  if (!heap && defer_dict(t) < 0) goto fail;
  if (!t->mro) {
    t->mro = compute_mro(t);
    if (!t->mro) goto fail;
  }
  for (py_ssize i = 1; i < PY_TUPLE_SIZE(t->mro); i++)
    inherit_slots(t, (py_type *)PY_TUPLE_ITEMS(t->mro)[i]);
  if (heap && py__type_fixup_slots(t) < 0) goto fail;
  py__type_modified(t);
  return 0;
fail:
  t->flags &= ~(unsigned long)PY_TPFLAGS_READY;
  return -1;
}

/* ===================================================================================
 * Attribute lookup along the mro, with a cache
 * =================================================================================== */

/* A direct-mapped cache of (type, interned name) -> value, emptied wholesale whenever
 * any type's dict changes or a heap type dies (an epoch counter). Class dicts change
 * rarely after creation, so this is cheap and keeps method calls off the mro walk. */
#define CACHE_BITS 12
static struct cache_entry {
  py_type *type;
  py_object *name;
  py_object *value; /* borrowed from the class dict; NULL caches "absent" */
  unsigned epoch;
} cache[1u << CACHE_BITS];
static unsigned cache_epoch = 1;

void py__type_modified(py_type *t) {
  (void)t;
  cache_epoch++;
  if (cache_epoch == 0) { /* wrapped: forget everything */
    memset(cache, 0, sizeof cache);
    cache_epoch = 1;
  }
}

unsigned py__type_cache_epoch(void) { return cache_epoch; }

/* The one entry of the attribute cache that (t, name) may occupy. */
static inline struct cache_entry *cache_slot(py_type *t, py_object *name) {
  size_t h = (((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3) ^ ((uintptr_t)name >> 13)) &
             ((1u << CACHE_BITS) - 1);
  return &cache[h];
}

static py_object *lookup_uncached(py_type *t, py_object *name) {
  py_object *mro = t->mro;
  if (!mro) return NULL;
  py_ssize n = PY_TUPLE_SIZE(mro);
  for (py_ssize i = 0; i < n; i++) {
    py_type *b = (py_type *)PY_TUPLE_ITEMS(mro)[i];
    if (py__type_fill_dict(b) < 0) {
      py_err_clear(); /* a lookup reports no errors; the next one tries again */
      return NULL;
    }
    py_object *d = b->dict;
    py_object *v = d ? py_dict_get(d, name) : NULL;
    if (v) return v;
  }
  return NULL;
}

/* The paths of py_type_lookup other than a cache hit, kept out of line so that the hit
 * (most attribute accesses make one or two) needs no stack frame of its own. */
static __attribute__((noinline)) py_object *lookup_miss(py_type *t, py_object *name) {
  if (!PY_HAS_FLAG(t, PY_TPFLAGS_READY) && py_type_ready(t) < 0) {
    py_err_clear();
    return NULL;
  }
  if (PY_IS_TYPE(name, &py_str_type) && ((py_str_object *)name)->interned) {
    struct cache_entry *e = cache_slot(t, name);
    py_object *v = lookup_uncached(t, name);
    e->type = t;
    e->name = name;
    e->value = v;
    e->epoch = cache_epoch;
    return v;
  }
  return lookup_uncached(t, name);
}

py_object *py_type_lookup(py_type *t, py_object *name) {
  /* An entry is only ever filled for a ready type and an interned name. */
  struct cache_entry *e = cache_slot(t, name);
  if (e->type == t && e->name == name && e->epoch == cache_epoch) return e->value;
  return lookup_miss(t, name);
}

py_object *py__type_dict_get(py_type *t, py_object *name) {
  if (py__type_fill_dict(t) < 0) {
    py_err_clear();
    return NULL;
  }
  return t->dict ? py_dict_get(t->dict, name) : NULL;
}

/* ===================================================================================
 * Metaclasses and class creation
 * =================================================================================== */

static int register_heap_type(py_type *t);

static py_type *calculate_metaclass(py_type *meta, py_object *bases) {
  py_type *winner = meta;
  for (py_ssize i = 0; i < PY_TUPLE_SIZE(bases); i++) {
    py_type *bt = PY_TYPE(PY_TUPLE_ITEMS(bases)[i]);
    if (py_type_is_subtype(winner, bt)) continue;
    if (py_type_is_subtype(bt, winner)) {
      winner = bt;
      continue;
    }
    py_raise(&py_exc_TypeError,
             "metaclass conflict: the metaclass of a derived class must be a "
             "(non-strict) subclass of the metaclasses of all its bases");
    return NULL;
  }
  return winner;
}

py_object *py_class_metaclass(py_object *meta, py_object *bases) {
  if (meta && !PY_TYPE_CHECK(meta)) return py_newref(meta); /* any callable will do */
  py_type *m = meta ? (py_type *)meta
               : PY_TUPLE_SIZE(bases) ? PY_TYPE(PY_TUPLE_ITEMS(bases)[0])
                                      : &py_type_type;
  py_type *w = calculate_metaclass(m, bases);
  return w ? py_newref((py_object *)w) : NULL;
}

py_object *py_class_prepare(py_object *meta, py_object *name, py_object *bases,
                            py_object *const *kwvalues, py_object *kwnames) {
  static py_object *prepare_name;
  if (!prepare_name && !(prepare_name = py_str_intern_cstr("__prepare__"))) return NULL;
  py_object *prep = py_getattr_opt(meta, prepare_name);
  if (!prep) return py_err_occurred() ? NULL : py_dict_new();
  size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
  py_object *stack[2 + 16];
  py_object **args = stack;
  if (nkw > 16) {
    args = py_mem_alloc(sizeof(py_object *) * (2 + nkw));
    if (!args) {
      py_decref(prep);
      return py_raise_nomemory();
    }
  }
  args[0] = name;
  args[1] = bases;
  for (size_t i = 0; i < nkw; i++) args[2 + i] = kwvalues[i];
  py_object *ns = py_call(prep, args, 2, kwnames);
  if (args != stack) py_mem_free(args, sizeof(py_object *) * (2 + nkw));
  py_decref(prep);
  if (ns && !PY_DICT_CHECK(ns) && !PY_TYPE(ns)->getitem) {
    py_object *r = py_raise(&py_exc_TypeError,
                            "%s.__prepare__() must return a mapping, not %T",
                            PY_TYPE_CHECK(meta) ? ((py_type *)meta)->name : "<metaclass>",
                            ns);
    py_decref(ns);
    return r;
  }
  return ns;
}

/* The base whose instance layout is the most extended (CPython's best_base): every
 * other base's layout must be a prefix of it. */
static py_type *solid_base(py_type *t) {
  while (t->base) {
    py_type *b = t->base;
    int same_layout = t->basicsize == b->basicsize && t->itemsize == b->itemsize;
    /* A heap type only adds the __dict__ slot, which does not count; __slots__
     * members do. */
    if (PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE))
      same_layout = !PY_HAS_FLAG(t, PY__TPFLAGS_HAS_SLOTS);
    if (!same_layout) break;
    t = b;
  }
  return t;
}

static py_type *best_base(py_object *bases) {
  py_type *base = NULL, *winner = NULL;
  for (py_ssize i = 0; i < PY_TUPLE_SIZE(bases); i++) {
    py_object *bo = PY_TUPLE_ITEMS(bases)[i];
    if (!PY_TYPE_CHECK(bo)) {
      py_raise(&py_exc_TypeError, "bases must be types");
      return NULL;
    }
    py_type *bt = (py_type *)bo;
    if (py__type_ensure_ready(bt) < 0) return NULL;
    if (!PY_HAS_FLAG(bt, PY_TPFLAGS_BASETYPE)) {
      py_raise(&py_exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
      return NULL;
    }
    py_type *cand = solid_base(bt);
    if (!winner) {
      winner = cand;
      base = bt;
    } else if (py_type_is_subtype(winner, cand)) {
      /* keep */
    } else if (py_type_is_subtype(cand, winner)) {
      winner = cand;
      base = bt;
    } else {
      py_raise(&py_exc_TypeError, "multiple bases have instance lay-out conflict");
      return NULL;
    }
  }
  return base;
}

static int is_plain_function(py_object *v) {
  return !PY_IS_TYPE(v, &py_staticmethod_type) && !PY_IS_TYPE(v, &py_classmethod_type) &&
         PY_HAS_FLAG(PY_TYPE(v), PY_TPFLAGS_METHOD_DESCRIPTOR);
}

static int wrap_in(py_object *dict, py_object *name, py_type *wrapper) {
  py_object *v = py_dict_get(dict, name);
  if (!v || !is_plain_function(v)) return 0;
  py_object *w = py_call1((py_object *)wrapper, v);
  if (!w) return -1;
  int r = py_dict_set(dict, name, w);
  py_decref(w);
  return r;
}

/* Calls __set_name__(owner, name) on each attribute that has one. */
static int set_names(py_type *t) {
  py_object *items = py_dict_copy(t->dict); /* the hooks may change the dict */
  if (!items) return -1;
  py_ssize pos = 0;
  py_object *k, *v;
  int r = 0;
  while (py_dict_next(items, &pos, &k, &v)) {
    py_object *hook = py_type_lookup(PY_TYPE(v), PY_ID(__set_name__));
    if (!hook) continue;
    py_object *args[2] = {(py_object *)t, k};
    py_object *res = py__call_prepend(hook, v, args, 2, NULL);
    if (!res) {
      py_object *cause = py_err_fetch();
      py_raise(&py_exc_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'",
               PY_TYPE(v)->name, k, t->name);
      py_object *exc = py_err_fetch();
      if (exc) {
        py_exception_object *e = (py_exception_object *)exc;
        py_setref(&e->cause, cause);
        py_setref(&e->context, py_xnewref(cause));
        e->suppress_context = true;
        py_err_restore(exc);
      } else {
        py_xdecref(cause);
      }
      r = -1;
      break;
    }
    py_decref(res);
  }
  py_decref(items);
  return r;
}

/* super(t, t).__init_subclass__(**kw) */
static int init_subclass(py_type *t, py_object *const *kwvalues, py_object *kwnames) {
  py_object *mro = t->mro;
  for (py_ssize i = 1; i < PY_TUPLE_SIZE(mro); i++) {
    py_type *b = (py_type *)PY_TUPLE_ITEMS(mro)[i];
    py_object *f = py__type_dict_get(b, PY_ID(__init_subclass__));
    if (!f) continue;
    py_object *bound = py__descr_bind(f, NULL, t);
    if (!bound) return -1;
    py_object *r = py_call(bound, kwvalues, 0, kwnames);
    py_decref(bound);
    if (!r) return -1;
    py_decref(r);
    return 0;
  }
  return 0;
}

static py_object *weakref_name(void) {
  static py_object *n;
  if (!n) n = py_str_intern_cstr("__weakref__");
  return n;
}

/* There are no weak references; the attribute exists (and is None) so class dicts
 * and dir() list what CPython's do. */
static py_object *get_no_weakref(py_object *self) {
  (void)self;
  return py_newref(PY_NONE);
}
static const py_getset_def weakref_getset = {"__weakref__", get_no_weakref, NULL};

static py_object *bases_of(py_type *t) { return t->bases; }

/* CPython gives instances a weak-reference list unless __slots__ leaves it out, the
 * base is variable-size, or a base already has one. */
static int wants_weakref_slot(py_type *base, py_object *bases, int slots_without_weakref) {
  if (slots_without_weakref || base->itemsize) return 0;
  if (py_type_is_subtype(base, &py_type_type) || py_type_is_subtype(base, &py_set_type) ||
      py_type_is_subtype(base, &py_frozenset_type) || py_type_is_subtype(base, &py_module_type))
    return 0;
  for (py_ssize i = 0; i < PY_TUPLE_SIZE(bases); i++)
    if (py_type_lookup((py_type *)PY_TUPLE_ITEMS(bases)[i], weakref_name())) return 0;
  return 1;
}

static int is_identifier(py_object *s) {
  const unsigned char *p = (const unsigned char *)PY_STR_DATA(s);
  py_ssize n = PY_STR_SIZE(s);
  if (n == 0 || (p[0] >= '0' && p[0] <= '9')) return 0;
  for (py_ssize i = 0; i < n; i++)
    if (!(p[i] == '_' || (p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z') ||
          (p[i] >= '0' && p[i] <= '9') || p[i] >= 0x80))
      return 0;
  return 1;
}

/* A private name (__x, not __x__) as the compiler mangles it inside class `cls`:
 * _cls__x (leading underscores of the class name dropped). New. */
static py_object *mangled(py_object *cls, py_object *nm) {
  const char *c = py_mangling_class(PY_STR_DATA(cls), PY_STR_DATA(nm));
  return c ? py_str_format("_%s%U", c, nm) : py_newref(nm);
}

/* The member names of a __slots__ value (a str or an iterable of strs) of class `cls`,
 * private names mangled and sorted as CPython orders them, without "__dict__" (which
 * sets *add_dict) and "__weakref__". New list. */
static py_object *collect_slots(py_object *cls, py_object *slots, py_object *dict,
                                py_type *base, int *add_dict, int *has_weakref) {
  py_object *items = PY_STR_CHECK(slots) ? py_tuple_pack(1, slots) : py_list_from_iterable(slots);
  if (!items) return NULL;
  py_object *seq = PY_TUPLE_CHECK(items) ? items : NULL;
  py_object *const *it = seq ? PY_TUPLE_ITEMS(items) : PY_LIST_ITEMS(items);
  py_ssize n = seq ? PY_TUPLE_SIZE(items) : PY_LIST_SIZE(items);
  py_object *names = py_list_new(0);
  *add_dict = 0;
  for (py_ssize i = 0; names && i < n; i++) {
    py_object *nm = it[i];
    if (!PY_STR_CHECK(nm)) {
      py_raise(&py_exc_TypeError, "__slots__ items must be strings, not '%s'", PY_TYPE(nm)->name);
      goto fail;
    }
    if (!is_identifier(nm)) {
      py_raise(&py_exc_TypeError, "__slots__ must be identifiers");
      goto fail;
    }
    if (py_str_equal(nm, PY_ID(__dict__))) {
      if (base->dictoffset || *add_dict) {
        py_raise(&py_exc_TypeError, "__dict__ slot disallowed: we already got one");
        goto fail;
      }
      *add_dict = 1;
      continue;
    }
    if (py_str_equal(nm, weakref_name())) {
      *has_weakref = 1;
      continue;
    }
    py_object *key = mangled(cls, nm);
    if (!key) goto fail;
    if (py_dict_get(dict, key) && !py_str_equal_cstr(key, "__qualname__") &&
        !py_str_equal_cstr(key, "__classcell__")) {
      py_raise(&py_exc_ValueError, "%R in __slots__ conflicts with class variable", key);
      py_decref(key);
      goto fail;
    }
    int dup = 0;
    for (py_ssize j = 0; j < PY_LIST_SIZE(names); j++)
      if (py_str_equal(PY_LIST_ITEMS(names)[j], key)) dup = 1;
    py_str_intern(&key);
    int r = dup ? 0 : py_list_append(names, key);
    py_decref(key);
    if (r < 0) goto fail;
  }
  py_decref(items);
  if (names && py_list_sort(names, NULL, 0) < 0) {
    py_decref(names);
    return NULL;
  }
  if (names && PY_LIST_SIZE(names) && (base->itemsize || PY_HAS_FLAG(base, PY_TPFLAGS_INT_SUBCLASS))) {
    py_raise(&py_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
             base->name);
    py_decref(names);
    return NULL;
  }
  return names;
fail:
  py_decref(items);
  py_xdecref(names);
  return NULL;
}

static py_object *type_new_impl(py_type *meta, py_object *name, py_object *bases,
                                py_object *ns, py_object *const *kwvalues,
                                py_object *kwnames) {
  py_type *t = NULL;
  py_object *dict = NULL, *slot_names = NULL;
  if (PY_TUPLE_SIZE(bases) == 0) {
    bases = py_tuple_pack(1, (py_object *)&py_object_type);
  } else {
    py_incref(bases);
  }
  if (!bases) return NULL;
  py_type *base = best_base(bases);
  if (!base) goto fail;
  dict = py_dict_copy(ns);
  if (!dict) goto fail;

  /* __qualname__ comes out of the namespace into the type. */
  py_object *qualname = py_dict_get(dict, PY_ID(__qualname__));
  if (qualname) {
    if (!PY_STR_CHECK(qualname)) {
      py_raise(&py_exc_TypeError, "type __qualname__ must be a str, not %T", qualname);
      goto fail;
    }
    py_incref(qualname);
    if (py_dict_del(dict, PY_ID(__qualname__)) < 0) {
      py_decref(qualname);
      goto fail;
    }
  } else {
    qualname = py_newref(name);
  }
  static py_object *classcell;
  if (!classcell && !(classcell = py_str_intern_cstr("__classcell__"))) {
    py_decref(qualname);
    goto fail;
  }
  if (py_dict_get(dict, classcell) && py_dict_del(dict, classcell) < 0) {
    py_decref(qualname);
    goto fail;
  }
  if (!py_dict_get(dict, PY_ID(__module__)) &&
      py_dict_set(dict, PY_ID(__module__), PY_ID(__main__)) < 0) {
    py_decref(qualname);
    goto fail;
  }
  if (wrap_in(dict, PY_ID(__new__), &py_staticmethod_type) < 0 ||
      wrap_in(dict, PY_ID(__init_subclass__), &py_classmethod_type) < 0 ||
      wrap_in(dict, PY_ID(__class_getitem__), &py_classmethod_type) < 0) {
    py_decref(qualname);
    goto fail;
  }
  /* Defining __eq__ without __hash__ makes instances unhashable (set below). */
  int eq_without_hash = py_dict_get(dict, PY_ID(__eq__)) && !py_dict_get(dict, PY_ID(__hash__));

  /* __slots__: the names become member descriptors stored in the instance, and
   * unless "__dict__" is among them instances get no __dict__. */
  int add_dict = !base->dictoffset, slots_list_weakref = 0;
  py_object *slots = py_dict_get(dict, PY_ID(__slots__));
  if (slots) {
    slot_names = collect_slots(name, slots, dict, base, &add_dict, &slots_list_weakref);
    if (!slot_names) {
      py_decref(qualname);
      goto fail;
    }
  }
  py_ssize nslots = slot_names ? PY_LIST_SIZE(slot_names) : 0;

  t = (py_type *)py_type_alloc(meta, 0);
  if (!t) {
    py_decref(qualname);
    goto fail;
  }
  t->flags = PY_TPFLAGS_HEAPTYPE | PY_TPFLAGS_BASETYPE;
  t->name_obj = py_newref(name);
  t->name = PY_STR_DATA(name);
  t->qualname = qualname;
  t->module = py_newref(py_dict_get(dict, PY_ID(__module__)));
  t->base = base;
  py_incref((py_object *)base);
  t->bases = bases;
  bases = NULL;
  t->dict = dict;
  dict = NULL;
  t->itemsize = base->itemsize;
  /* Slots are pointers: align to a pointer. (Aligning to 8 made a subclass of a class
   * 4 bytes bigger than the class on wasm32, so __class__ assignment between them
   * failed there with "object layout differs" while it worked natively.) */
  const py_ssize align = (py_ssize)sizeof(py_object *);
  py_ssize end = (base->basicsize + align - 1) & ~(align - 1);
  py_ssize slots_at = end;
  end += nslots * (py_ssize)sizeof(py_object *);
  if (nslots) t->flags |= PY__TPFLAGS_HAS_SLOTS;
  if (base->dictoffset || !add_dict) {
    t->dictoffset = base->dictoffset;
  } else if (base->itemsize) {
    t->dictoffset = -PREFIX_WITH_DICT; /* in the allocation prefix */
  } else {
    t->dictoffset = end;
    end += (py_ssize)sizeof(py_object *);
  }
  t->basicsize = end > base->basicsize ? end : base->basicsize;
  for (py_ssize i = 0; i < nslots; i++) {
    py_object *n = PY_LIST_ITEMS(slot_names)[i];
    py_object *d = py__member_descr_new(t, n, slots_at + i * (py_ssize)sizeof(py_object *));
    int r = d ? py_dict_set(t->dict, n, d) : -1;
    py_xdecref(d);
    if (r < 0) goto fail;
  }
  PY_CLEAR(slot_names);
  if (!base->dictoffset && t->dictoffset && !py_dict_get(t->dict, PY_ID(__dict__))) {
    py_object *d = py__getset_descr_new(t, &py__dict_getset);
    int r = d ? py_dict_set(t->dict, PY_ID(__dict__), d) : -1;
    py_xdecref(d);
    if (r < 0) goto fail;
  }
  /* The entries CPython adds after the body's, in its order (A.__dict__ prints so). */
  if (wants_weakref_slot(base, bases_of(t), slots != NULL && !slots_list_weakref)) {
    py_object *d = py__getset_descr_new(t, &weakref_getset);
    int r = d ? py_dict_set(t->dict, weakref_name(), d) : -1;
    py_xdecref(d);
    if (r < 0) goto fail;
  }
  if (!py_dict_get(t->dict, PY_ID(__doc__)) && py_dict_set(t->dict, PY_ID(__doc__), PY_NONE) < 0)
    goto fail;
  if (eq_without_hash && py_dict_set(t->dict, PY_ID(__hash__), PY_NONE) < 0) goto fail;
  if (py_type_ready(t) < 0) goto fail;
  if (register_heap_type(t) < 0) goto fail;
  if (set_names(t) < 0) goto fail;
  if (init_subclass(t, kwvalues, kwnames) < 0) goto fail;
  return (py_object *)t;
fail:
  py_xdecref(slot_names);
  py_xdecref(bases);
  py_xdecref(dict);
  py_xdecref((py_object *)t);
  return NULL;
}

static py_object *type_new(py_type *meta, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  if (nargs == 1 && meta == &py_type_type && !kwnames)
    return py_newref((py_object *)PY_TYPE(args[0]));
  if (nargs != 3) {
    if (meta == &py_type_type)
      return py_raise(&py_exc_TypeError, "type() takes 1 or 3 arguments");
    return py_raise(&py_exc_TypeError, "type.__new__() takes exactly 3 arguments (%zd given)",
                    (py_ssize)nargs);
  }
  if (!PY_STR_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "type.__new__() argument 1 must be str, not %T",
                    args[0]);
  if (!PY_TUPLE_CHECK(args[1]))
    return py_raise(&py_exc_TypeError, "type.__new__() argument 2 must be tuple, not %T",
                    args[1]);
  if (!PY_DICT_CHECK(args[2]))
    return py_raise(&py_exc_TypeError, "type.__new__() argument 3 must be dict, not %T",
                    args[2]);
  py_type *winner = calculate_metaclass(meta, args[1]);
  if (!winner) return NULL;
  if (winner != meta && winner->new != type_new) return winner->new(winner, args, nargs, kwnames);
  return type_new_impl(winner, args[0], args[1], args[2], args + 3, kwnames);
}

static int type_init(py_object *self, py_object *const *args, size_t nargs,
                     py_object *kwnames) {
  (void)self;
  (void)args;
  (void)kwnames;
  if (nargs != 1 && nargs != 3) {
    py_raise(&py_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

static py_object *type_call(py_object *callable, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  py_type *t = (py_type *)callable;
  if (t == &py_type_type && nargs == 1 && !kwnames)
    return py_newref((py_object *)PY_TYPE(args[0]));
  if (py__type_ensure_ready(t) < 0) return NULL;
  if (!t->new) return py_raise(&py_exc_TypeError, "cannot create '%s' instances", t->name);
  py_object *obj = t->new(t, args, nargs, kwnames);
  if (!obj) return NULL;
  py_type *ot = PY_TYPE(obj);
  if (ot != t && !py_type_is_subtype(ot, t)) return obj;
  if (ot->init && ot->init(obj, args, nargs, kwnames) < 0) {
    py_decref(obj);
    return NULL;
  }
  return obj;
}

/* Every live class made by a class statement, in creation order (borrowed), so
 * __subclasses__() can find a type's direct subclasses. */
static py_type **heap_types;
static size_t nheap, capheap;

static int register_heap_type(py_type *t) {
  if (nheap == capheap) {
    size_t nc = capheap ? capheap * 2 : 64;
    py_type **n = py_mem_realloc(heap_types, capheap * sizeof *n, nc * sizeof *n);
    if (!n) {
      py_raise_nomemory();
      return -1;
    }
    heap_types = n;
    capheap = nc;
  }
  heap_types[nheap++] = t;
  return 0;
}

static void unregister_heap_type(py_type *t) {
  for (size_t i = nheap; i-- > 0;) {
    if (heap_types[i] != t) continue;
    memmove(heap_types + i, heap_types + i + 1, (nheap - i - 1) * sizeof *heap_types);
    nheap--;
    return;
  }
}

/* At py_fini: every class still alive is kept so by its own cycles (its mro holds it,
 * its dict holds functions whose globals hold it); there is no cycle collector. Its
 * namespace is emptied and itself dropped from its mro, so it goes once nothing else
 * holds it — the memory a run's classes used comes back for the next run. */
void py__heap_types_release(void) {
  size_t n = nheap;
  py_type **all = n ? malloc(n * sizeof *all) : NULL;
  if (!all) return;
  memcpy(all, heap_types, n * sizeof *all);
  for (size_t i = 0; i < n; i++) py_incref((py_object *)all[i]);
  for (size_t i = 0; i < n; i++) {
    py_type *t = all[i];
    py__type_modified(t);
    if (t->dict) {
      py_object *clear = py_getattr_str(t->dict, "clear");
      py_object *r = clear ? py_call(clear, NULL, 0, NULL) : NULL;
      py_xdecref(r);
      py_xdecref(clear);
    }
    if (t->mro && PY_TUPLE_SIZE(t->mro) > 0 && PY_TUPLE_ITEMS(t->mro)[0] == (py_object *)t) {
      py_object *rest = py_tuple_from_array(PY_TUPLE_ITEMS(t->mro) + 1, PY_TUPLE_SIZE(t->mro) - 1);
      if (rest) py_setref(&t->mro, rest);
    }
    py_err_clear();
  }
  for (size_t i = 0; i < n; i++) py_decref((py_object *)all[i]);
  free(all);
}

/* True if t names self among its bases (or, with no bases tuple, as its base). */
static bool has_direct_base(py_type *t, py_object *self) {
  if (t->bases) return tuple_contains_ptr(t->bases, 0, self);
  return (py_object *)t->base == self;
}

/* The builtin types CPython makes at start-up, in the order __subclasses__() shows
 * them: by name (the order CPython readies its static exceptions in), ExceptionGroup
 * last, as CPython creates it at run time after them. */
static int static_type_order(const void *a, const void *b) {
  const py_type *x = *(py_type *const *)a, *y = *(py_type *const *)b;
  bool xg = strcmp(x->name, "ExceptionGroup") == 0, yg = strcmp(y->name, "ExceptionGroup") == 0;
  if (xg != yg) return xg ? 1 : -1;
  return strcmp(x->name, y->name);
}

/* Appends the builtin (not heap) types in the builtins module whose direct base is
 * self: the builtin exception hierarchy and bool. Heap types come after them. */
static int append_builtin_subclasses(py_object *l, py_object *self) {
  py_object *d = py_builtins_dict();
  if (!d) return 0;
  py_type *found[96];
  size_t n = 0;
  py_ssize pos = 0;
  py_object *k, *v;
  while (py_dict_next(d, &pos, &k, &v)) {
    if (!PY_TYPE_CHECK(v) || PY_HAS_FLAG((py_type *)v, PY_TPFLAGS_HEAPTYPE) || v == self) continue;
    if (!has_direct_base((py_type *)v, self) || n == sizeof found / sizeof found[0]) continue;
    bool dup = false;
    for (size_t i = 0; i < n; i++) dup |= found[i] == (py_type *)v;
    if (!dup) found[n++] = (py_type *)v;
  }
  qsort(found, n, sizeof found[0], static_type_order);
  for (size_t i = 0; i < n; i++)
    if (py_list_append(l, (py_object *)found[i]) < 0) return -1;
  return 0;
}

static py_object *type_subclasses(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  (void)args;
  if (py_args_check("__subclasses__", nargs, kwnames, 0, 0) < 0) return NULL;
  py_object *l = py_list_new(0);
  if (l && !PY_HAS_FLAG((py_type *)self, PY_TPFLAGS_HEAPTYPE) &&
      append_builtin_subclasses(l, self) < 0)
    PY_CLEAR(l);
  for (size_t i = 0; l && i < nheap; i++) {
    py_object *bases = heap_types[i]->bases;
    if (bases && tuple_contains_ptr(bases, 0, self) && py_list_append(l, (py_object *)heap_types[i]) < 0)
      PY_CLEAR(l);
  }
  return l;
}

static void type_dealloc(py_object *self) {
  py_type *t = (py_type *)self;
  unregister_heap_type(t);
  py__type_modified(t);
  py_xdecref(t->bases);
  py_xdecref(t->mro);
  py_xdecref(t->dict);
  py_xdecref(t->name_obj);
  py_xdecref(t->qualname);
  py_xdecref(t->module);
  if (t->base) py_decref((py_object *)t->base);
  py_type_free(self);
}

/* ===================================================================================
 * Attributes of types
 * =================================================================================== */

/* Attribute lookup on a class: the metaclass's data descriptors, the class's mro, then
 * the metaclass's other attributes. With quiet, a miss returns NULL without making the
 * AttributeError (hasattr(type(x), name) is on asyncio's hot paths). */
static py_object *type_getattr_ex(py_object *self, py_object *name, bool quiet) {
  py_type *t = (py_type *)self;
  py_type *meta = PY_TYPE(self);
  if (py__type_ensure_ready(t) < 0) return NULL;
  py_object *meta_attr = py_type_lookup(meta, name);
  py_descrgetfunc meta_get = NULL;
  if (meta_attr) {
    meta_get = PY_TYPE(meta_attr)->descr_get;
    if (meta_get && PY_TYPE(meta_attr)->descr_set) return meta_get(meta_attr, self, (py_object *)meta);
  }
  py_object *attr = py_type_lookup(t, name);
  if (attr) {
    py_descrgetfunc get = PY_TYPE(attr)->descr_get;
    if (get) return get(attr, NULL, self);
    return py_newref(attr);
  }
  if (meta_get) return meta_get(meta_attr, self, (py_object *)meta);
  if (meta_attr) return py_newref(meta_attr);
  if (quiet) return NULL;
  py_raise(&py_exc_AttributeError, "type object '%s' has no attribute '%U'", t->name, name);
  py__attribute_error_set_context(self, name);
  return NULL;
}

static py_object *type_getattr(py_object *self, py_object *name) {
  return type_getattr_ex(self, name, false);
}

py_object *py__type_getattr_opt(py_object *o, py_object *name) {
  if (PY_TYPE(o)->getattr != type_getattr) return py_getattr(o, name);
  return type_getattr_ex(o, name, true);
}

static int is_dunder(py_object *name) {
  const char *s = PY_STR_DATA(name);
  py_ssize n = PY_STR_SIZE(name);
  return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static int type_setattr(py_object *self, py_object *name, py_object *value) {
  py_type *t = (py_type *)self;
  if (!PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)) {
    py_raise(&py_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name,
             t->name);
    return -1;
  }
  py_object *meta_attr = py_type_lookup(PY_TYPE(self), name);
  if (meta_attr && PY_TYPE(meta_attr)->descr_set)
    return PY_TYPE(meta_attr)->descr_set(meta_attr, self, value);
  int r;
  if (value) {
    py_object *n = py_newref(name);
    if (PY_IS_TYPE(n, &py_str_type)) py_str_intern(&n);
    r = py_dict_set(t->dict, n, value);
    py_decref(n);
  } else {
    r = py_dict_del(t->dict, name);
    if (r < 0 && py_err_matches(&py_exc_KeyError)) {
      py_err_clear();
      py_raise(&py_exc_AttributeError, "type object '%s' has no attribute '%U'", t->name,
               name);
    }
  }
  py__type_modified(t);
  if (r == 0 && is_dunder(name)) r = py__type_update_slot(t, name);
  return r;
}

static py_object *type_repr(py_object *self) {
  py_type *t = (py_type *)self;
  if (py__type_ensure_ready(t) < 0) return NULL;
  py_object *mod = NULL;
  if (PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)) {
    mod = py__type_dict_get(t, PY_ID(__module__));
  } else {
    mod = t->module;
  }
  if (mod && PY_STR_CHECK(mod) && !py_str_equal(mod, PY_ID(builtins)))
    return py_str_format("<class '%U.%U'>", mod, t->qualname);
  return py_str_format("<class '%U'>", t->qualname);
}

static py_object *type_get_name(py_object *self) {
  py_type *t = (py_type *)self;
  if (py__type_ensure_ready(t) < 0) return NULL;
  return py_newref(t->name_obj);
}

static int check_heap_assign(py_type *t, const char *attr, py_object *value) {
  if (!PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)) {
    py_raise(&py_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr,
             t->name);
    return -1;
  }
  if (!value) {
    py_raise(&py_exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr,
             t->name);
    return -1;
  }
  if (!PY_STR_CHECK(value)) {
    py_raise(&py_exc_TypeError, "can only assign string to %s.%s, not '%T'", t->name, attr,
             value);
    return -1;
  }
  return 0;
}

static int type_set_name(py_object *self, py_object *value) {
  py_type *t = (py_type *)self;
  if (check_heap_assign(t, "__name__", value) < 0) return -1;
  py_incref(value);
  py_setref(&t->name_obj, value);
  t->name = PY_STR_DATA(value);
  return 0;
}

static py_object *type_get_qualname(py_object *self) {
  py_type *t = (py_type *)self;
  if (py__type_ensure_ready(t) < 0) return NULL;
  return py_newref(t->qualname);
}

static int type_set_qualname(py_object *self, py_object *value) {
  py_type *t = (py_type *)self;
  if (check_heap_assign(t, "__qualname__", value) < 0) return -1;
  py_incref(value);
  py_setref(&t->qualname, value);
  return 0;
}

static py_object *type_get_module(py_object *self) {
  py_type *t = (py_type *)self;
  if (py__type_ensure_ready(t) < 0) return NULL;
  if (PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)) {
    py_object *m = py__type_dict_get(t, PY_ID(__module__));
    if (!m) {
      py_raise(&py_exc_AttributeError, "__module__");
      return NULL;
    }
    return py_newref(m);
  }
  return py_newref(t->module);
}

static int type_set_module(py_object *self, py_object *value) {
  py_type *t = (py_type *)self;
  if (!PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)) {
    py_raise(&py_exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'",
             t->name);
    return -1;
  }
  py__type_modified(t);
  if (!value) return py_dict_del(t->dict, PY_ID(__module__));
  return py_dict_set(t->dict, PY_ID(__module__), value);
}

static py_object *type_get_doc(py_object *self) {
  py_type *t = (py_type *)self;
  py_object *d = py__type_dict_get(t, PY_ID(__doc__));
  if (!d) return py_newref(PY_NONE);
  if (PY_TYPE(d)->descr_get) return PY_TYPE(d)->descr_get(d, NULL, self);
  return py_newref(d);
}

static int type_set_doc(py_object *self, py_object *value) {
  py_type *t = (py_type *)self;
  if (!PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)) {
    py_raise(&py_exc_TypeError, "cannot set '__doc__' attribute of immutable type '%s'",
             t->name);
    return -1;
  }
  py__type_modified(t);
  return py_dict_set(t->dict, PY_ID(__doc__), value ? value : PY_NONE);
}

static py_object *type_get_mro(py_object *self) {
  py_type *t = (py_type *)self;
  if (py__type_ensure_ready(t) < 0) return NULL;
  return py_newref(t->mro);
}

static py_object *type_get_bases(py_object *self) {
  py_type *t = (py_type *)self;
  if (py__type_ensure_ready(t) < 0) return NULL;
  return py_newref(t->bases);
}

/* Empties the slots a heap type inherits or derives from its dunders, so they can be
 * computed again for a new mro (the same fields inherit_slots fills). */
static void clear_derived_slots(py_type *t) {
  memset(t->number, 0, sizeof t->number);
  memset(t->inplace, 0, sizeof t->inplace);
  t->pow3 = NULL;
  t->neg = t->pos = t->abs = t->invert = NULL;
  t->truth = NULL;
  t->to_int = t->to_float = t->index = NULL;
  t->len = NULL;
  t->getitem = NULL;
  t->setitem = NULL;
  t->contains = NULL;
  t->await = t->aiter = t->anext = NULL;
  t->repr = t->str = NULL;
  t->getattr = NULL;
  t->setattr = NULL;
  t->call = NULL;
  t->iter = t->iternext = NULL;
  t->descr_get = NULL;
  t->descr_set = NULL;
  t->init = NULL;
  t->richcompare = NULL;
  t->hash = NULL;
  t->new = NULL;
}

/* After t's bases changed: its mro, the slots it inherits, and the same for every
 * class below it (CPython's mro_hierarchy and update_all_slots). 0 or -1. */
static int rebuild_hierarchy(py_type *t) {
  py_object *mro = compute_mro(t);
  if (!mro) return -1;
  py_setref(&t->mro, mro);
  unsigned long keep = t->flags & ~(unsigned long)SUBCLASS_FLAGS;
  t->flags = keep | (t->base->flags & SUBCLASS_FLAGS);
  clear_derived_slots(t);
  for (py_ssize i = 1; i < PY_TUPLE_SIZE(t->mro); i++)
    inherit_slots(t, (py_type *)PY_TUPLE_ITEMS(t->mro)[i]);
  if (py__type_fixup_slots(t) < 0) return -1;
  for (size_t i = 0; i < nheap; i++) {
    py_type *sub = heap_types[i];
    if (sub != t && sub->bases && tuple_contains_ptr(sub->bases, 0, (py_object *)t) &&
        rebuild_hierarchy(sub) < 0)
      return -1;
  }
  return 0;
}

/* The __slots__ names the classes of t's base chain added, in order (without __dict__
 * and __weakref__, which are not fields). New list, or NULL with an error set. */
static py_object *slot_fields(py_type *t) {
  py_object *names = py_list_new(0);
  for (; names && PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE); t = t->base) {
    py_object *slots = PY_HAS_FLAG(t, PY__TPFLAGS_HAS_SLOTS)
                           ? py_dict_get(t->dict, PY_ID(__slots__)) : NULL;
    if (!slots) continue;
    py_object *items = PY_STR_CHECK(slots) ? py_tuple_pack(1, slots) : py_list_from_iterable(slots);
    if (!items) {
      PY_CLEAR(names);
      break;
    }
    py_object *seq = PY_TUPLE_CHECK(items) ? items : NULL;
    py_object *const *it = seq ? PY_TUPLE_ITEMS(items) : PY_LIST_ITEMS(items);
    py_ssize n = seq ? PY_TUPLE_SIZE(items) : PY_LIST_SIZE(items);
    for (py_ssize i = 0; names && i < n; i++)
      if (!(PY_STR_CHECK(it[i]) && (py_str_equal(it[i], PY_ID(__dict__)) ||
                                    py_str_equal(it[i], weakref_name()))) &&
          py_list_append(names, it[i]) < 0)
        PY_CLEAR(names);
    py_decref(items);
  }
  return names;
}

/* Whether instances laid out for class `from` fit class `to`, as CPython's
 * compatible_for_assignment decides for __class__ and __bases__ assignment: the same
 * deallocator (classes and the collected builtins free through the cycle collector,
 * int, str and the other plain builtins do not), the same builtin layout underneath,
 * and the same fields added by classes. 1, or 0 with TypeError set. */
int py__type_compatible_layout(py_type *from, py_type *to, const char *attr) {
  if ((py__sizeof_preheader(from) != 0) != (py__sizeof_preheader(to) != 0)) {
    py_raise(&py_exc_TypeError, "%s assignment: '%s' deallocator differs from '%s'", attr,
             to->name, from->name);
    return 0;
  }
  py_type *a = from, *b = to;
  while (PY_HAS_FLAG(a, PY_TPFLAGS_HEAPTYPE)) a = a->base;
  while (PY_HAS_FLAG(b, PY_TPFLAGS_HEAPTYPE)) b = b->base;
  /* CPython's variable-size builtins keep a subclass's dict after the items, where
   * classes cannot share it. */
  bool var_size = a == &py_int_type || a == &py_bool_type || a == &py_tuple_type ||
                  a == &py_bytes_type;
  if (a != b || from->dictoffset != to->dictoffset || from->basicsize != to->basicsize ||
      (var_size && from != to)) {
    goto differs;
  }
  if (from != to && (PY_HAS_FLAG(from, PY_TPFLAGS_HEAPTYPE) || PY_HAS_FLAG(to, PY_TPFLAGS_HEAPTYPE))) {
    /* Fields of the same size must also be the same fields. */
    py_object *fa = slot_fields(from), *fb = fa ? slot_fields(to) : NULL;
    int same = fb ? py_richcompare_bool(fa, fb, PY_EQ) : -1;
    py_xdecref(fa);
    py_xdecref(fb);
    if (same < 0) return 0;
    if (!same) goto differs;
  }
  return 1;
differs:
  py_raise(&py_exc_TypeError, "%s assignment: '%s' object layout differs from '%s'", attr,
           to->name, from->name);
  return 0;
}

/* C.__bases__ = (...): a new mro for C and its subclasses, checked and rebuilt as in
 * CPython (type_set_bases), the old bases restored if that fails. */
static int type_set_bases(py_object *self, py_object *value) {
  py_type *t = (py_type *)self;
  if (!PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE) || !value) {
    py_raise(&py_exc_TypeError, "cannot %s '__bases__' attribute of immutable type '%s'",
             value ? "set" : "delete", t->name);
    return -1;
  }
  if (!PY_TUPLE_CHECK(value)) {
    py_raise(&py_exc_TypeError, "can only assign tuple to %s.__bases__, not %T", t->name,
             value);
    return -1;
  }
  if (PY_TUPLE_SIZE(value) == 0) {
    py_raise(&py_exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
             t->name);
    return -1;
  }
  for (py_ssize i = 0; i < PY_TUPLE_SIZE(value); i++) {
    py_object *b = PY_TUPLE_ITEMS(value)[i];
    if (!PY_TYPE_CHECK(b)) {
      py_raise(&py_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%T'", t->name, b);
      return -1;
    }
    if (py_type_is_subtype((py_type *)b, t)) {
      py_raise(&py_exc_TypeError, "a __bases__ item causes an inheritance cycle");
      return -1;
    }
  }
  py_type *nb = best_base(value);
  if (!nb || !py__type_compatible_layout(t->base, nb, "__bases__")) return -1;
  py_object *old_bases = t->bases;
  py_type *old_base = t->base;
  t->bases = py_newref(value);
  t->base = (py_type *)py_newref((py_object *)nb);
  if (rebuild_hierarchy(t) < 0) {
    py_object *exc = py_err_fetch();
    py_decref(t->bases);
    py_decref((py_object *)t->base);
    t->bases = old_bases;
    t->base = old_base;
    if (rebuild_hierarchy(t) < 0) py_err_clear();
    py_err_restore(exc);
    return -1;
  }
  py_decref(old_bases);
  py_decref((py_object *)old_base);
  return 0;
}

static py_object *type_get_base(py_object *self) {
  py_type *t = (py_type *)self;
  if (py__type_ensure_ready(t) < 0) return NULL;
  return py_newref(t->base ? (py_object *)t->base : PY_NONE);
}

static py_object *type_get_dict(py_object *self) {
  py_type *t = (py_type *)self;
  if (py__type_ensure_ready(t) < 0 || py__type_fill_dict(t) < 0) return NULL;
  return py__mappingproxy_new(t->dict);
}

static py_object *annotations_name(void) { return PY_ID(__annotations__); }

static py_object *type_get_annotations(py_object *self) {
  py_type *t = (py_type *)self;
  if (!PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)) {
    py_raise(&py_exc_AttributeError, "type object '%s' has no attribute '__annotations__'",
             t->name);
    return NULL;
  }
  py_object *a = py__type_dict_get(t, annotations_name());
  if (a) {
    if (PY_TYPE(a)->descr_get) return PY_TYPE(a)->descr_get(a, NULL, self);
    return py_newref(a);
  }
  a = py_dict_new();
  if (!a) return NULL;
  if (py_dict_set(t->dict, annotations_name(), a) < 0) {
    py_decref(a);
    return NULL;
  }
  py__type_modified(t);
  return a;
}

static int type_set_annotations(py_object *self, py_object *value) {
  py_type *t = (py_type *)self;
  if (!PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)) {
    py_raise(&py_exc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'",
             t->name);
    return -1;
  }
  py__type_modified(t);
  if (!value) return py_dict_del(t->dict, annotations_name());
  return py_dict_set(t->dict, annotations_name(), value);
}

/* __abstractmethods__ (set by abc.ABCMeta): a non-empty value makes the class
 * abstract, which object.__new__ refuses to instantiate. */
static py_object *abstract_name(void) {
  static py_object *n;
  if (!n) n = py_str_intern_cstr("__abstractmethods__");
  return n;
}

static py_object *type_get_abstract(py_object *self) {
  py_type *t = (py_type *)self;
  py_object *v = t != &py_type_type ? py__type_dict_get(t, abstract_name()) : NULL;
  if (!v) {
    py_raise(&py_exc_AttributeError, "__abstractmethods__");
    return NULL;
  }
  return py_newref(v);
}

static int type_set_abstract(py_object *self, py_object *value) {
  py_type *t = (py_type *)self;
  if (!PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)) {
    py_raise(&py_exc_TypeError,
             "cannot set '__abstractmethods__' attribute of immutable type '%s'", t->name);
    return -1;
  }
  int abstract = 0, r;
  if (value) {
    abstract = py_truthy(value);
    if (abstract < 0) return -1;
    r = py_dict_set(t->dict, abstract_name(), value);
  } else {
    r = py_dict_del(t->dict, abstract_name());
    if (r < 0 && py_err_matches(&py_exc_KeyError)) {
      py_err_clear();
      py_raise(&py_exc_AttributeError, "__abstractmethods__");
    }
  }
  if (r < 0) return -1;
  if (abstract) t->flags |= PY_TPFLAGS_ABSTRACT;
  else t->flags &= ~(unsigned long)PY_TPFLAGS_ABSTRACT;
  py__type_modified(t);
  return 0;
}

static const py_getset_def type_getset[] = {
    {"__abstractmethods__", type_get_abstract, type_set_abstract},
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__doc__", type_get_doc, type_set_doc},
    {"__mro__", type_get_mro, NULL},
    {"__bases__", type_get_bases, type_set_bases},
    {"__base__", type_get_base, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations},
    {0},
};

static py_object *type_mro_method(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  (void)args;
  if (py_args_check("type.mro", nargs, kwnames, 0, 0) < 0) return NULL;
  py_type *t = (py_type *)self;
  if (py__type_ensure_ready(t) < 0) return NULL;
  return py_list_from_iterable(t->mro);
}

static py_object *type_instancecheck(py_object *self, py_object *const *args, size_t nargs,
                                     py_object *kwnames) {
  if (py_args_check("__instancecheck__", nargs, kwnames, 1, 1) < 0) return NULL;
  int r = py__isinstance_of_type(args[0], (py_type *)self);
  return r < 0 ? NULL : py_bool(r);
}

static py_object *type_subclasscheck(py_object *self, py_object *const *args, size_t nargs,
                                     py_object *kwnames) {
  if (py_args_check("__subclasscheck__", nargs, kwnames, 1, 1) < 0) return NULL;
  int r = py__real_issubclass(args[0], self);
  return r < 0 ? NULL : py_bool(r);
}

static py_object *type_prepare(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)self;
  (void)args;
  (void)nargs;
  (void)kwnames;
  return py_dict_new();
}

static py_object *type_dir(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  (void)args;
  if (py_args_check("__dir__", nargs, kwnames, 0, 0) < 0) return NULL;
  py_type *t = (py_type *)self;
  if (py__type_fill_mro_dicts(t) < 0) return NULL;
  py_object *d = py_dict_new();
  if (!d) return NULL;
  for (py_ssize i = PY_TUPLE_SIZE(t->mro) - 1; i >= 0; i--) {
    py_type *b = (py_type *)PY_TUPLE_ITEMS(t->mro)[i];
    if (py_dict_update(d, b->dict) < 0) {
      py_decref(d);
      return NULL;
    }
  }
  py_object *r = py_list_from_iterable(d);
  py_decref(d);
  return r;
}

static const py_method_def type_methods[] = {
    {"mro", type_mro_method, 0, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {"__prepare__", type_prepare, PY_METH_CLASS, NULL},
    {"__dir__", type_dir, 0, NULL},
    {"__subclasses__", type_subclasses, 0, NULL},
    {0},
};

py_type py_type_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "type",
    .basicsize = sizeof(py_type),
    .flags = PY_TPFLAGS_BASETYPE | PY_TPFLAGS_TYPE_SUBCLASS,
    .dictoffset = offsetof(py_type, dict),
    .methods = type_methods,
    .getset = type_getset,
    .new = type_new,
    .init = type_init,
    .dealloc = type_dealloc,
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .number = {[PY_OP_OR] = py__type_or},
};
