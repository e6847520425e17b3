/* runtime/py/dict.c — the dict type: CPython's compact, insertion-ordered layout (a
 * sparse table of indices into a dense array of entries), every dict method, the |
 * and |= operators, repr with the {...} recursion guard, __missing__ for subclasses,
 * and the dict iterators ("dictionary changed size during iteration"). The keys/
 * values/items views are in dict_views.c. */
#include "py/containers.h"
#include "py/dict_layout.h"

#include <string.h>

/* ===================================================================================
 * Layout
 * =================================================================================== */

typedef py__dict_entry dict_entry;
typedef py__dict_object py_dict_object;

uint64_t py__dict_last_version;

/* Every change of the key set (a new key, a deletion, a resize, a clear) calls this:
 * caches holding entry numbers of the old key set must miss (dict_layout.h). */
static inline void keys_changed(py_dict_object *d) { d->keys_version = 0; }

#define D(o) ((py_dict_object *)(o))
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define PERTURB_SHIFT 5
#define MIN_SIZE 8

static void free_tables(py_dict_object *d) {
  if (!d->indices) return;
  py_mem_free(d->indices, (size_t)(d->mask + 1) * sizeof(int32_t));
  py_mem_free(d->entries, (size_t)d->usable * sizeof(dict_entry));
  d->indices = NULL;
  d->entries = NULL;
  d->mask = d->usable = d->nentries = d->used = d->filled = 0;
  keys_changed(d);
}

static int dict_rebuild(py_dict_object *d, py_ssize size);

/* Rebuilds the tables with room for at least minused live entries, compacting out
 * deleted entries and keeping the insertion order. */
static int dict_resize(py_dict_object *d, py_ssize minused) {
  py_ssize size = MIN_SIZE;
  while (size * 2 / 3 <= minused) size <<= 1;
  return dict_rebuild(d, size);
}

/* A full dict grows as CPython 3.11's (GROWTH_RATE): to the power of two that holds
 * three times its live entries, so sys.getsizeof reports CPython's sizes. */
static int dict_grow(py_dict_object *d) {
  py_ssize size = MIN_SIZE;
  while (size < d->used * 3) size <<= 1;
  return dict_rebuild(d, size);
}

/* Rebuilds the tables with `size` index slots (a power of two). */
static int dict_rebuild(py_dict_object *d, py_ssize size) {
  if (size > (py_ssize)1 << 30) {
    py_raise_nomemory();
    return -1;
  }
  py_ssize usable = size * 2 / 3;
  int32_t *ix = py_mem_alloc((size_t)size * sizeof(int32_t));
  dict_entry *en = py_mem_alloc((size_t)usable * sizeof(dict_entry));
  if (!ix || !en) {
    py_mem_free(ix, (size_t)size * sizeof(int32_t));
    py_mem_free(en, (size_t)usable * sizeof(dict_entry));
    py_raise_nomemory();
    return -1;
  }
  memset(ix, 0xff, (size_t)size * sizeof(int32_t)); /* every slot IX_EMPTY */
  py_ssize n = 0;
  size_t mask = (size_t)size - 1;
  for (py_ssize i = 0; i < d->nentries; i++) {
    dict_entry *e = &d->entries[i];
    if (!e->value) continue;
    en[n] = *e;
    size_t perturb = (size_t)e->hash, j = (size_t)e->hash & mask;
    while (ix[j] != IX_EMPTY) {
      perturb >>= PERTURB_SHIFT;
      j = (j * 5 + perturb + 1) & mask;
    }
    ix[j] = (int32_t)n++;
  }
  if (d->indices) {
    py_mem_free(d->indices, (size_t)(d->mask + 1) * sizeof(int32_t));
    py_mem_free(d->entries, (size_t)d->usable * sizeof(dict_entry));
  }
  d->indices = ix;
  d->entries = en;
  d->mask = size - 1;
  d->usable = usable;
  d->nentries = n;
  d->used = n;
  d->filled = n;
  keys_changed(d);
  return 0;
}

/* Finds key. Returns the entry number, -1 when absent, or -2 on error; *slot gets the
 * index-table slot of the entry when found. A user __eq__ that mutates the dict makes
 * the search start over, as in CPython. */
static py_ssize lookup(py_dict_object *d, py_object *key, py_hash hash, size_t *slot) {
restart:
  if (!d->indices) return -1;
  size_t mask = (size_t)d->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
  int key_is_str = PY_TYPE(key) == &py_str_type;
  for (;;) {
    int32_t ix = d->indices[i];
    if (ix == IX_EMPTY) return -1;
    if (ix >= 0) {
      dict_entry *e = &d->entries[ix];
      if (e->key == key) {
        if (slot) *slot = i;
        return ix;
      }
      if (e->hash == hash) {
        py_object *sk = e->key;
        if (key_is_str && PY_TYPE(sk) == &py_str_type) {
          if (py_str_equal(sk, key)) {
            if (slot) *slot = i;
            return ix;
          }
        } else {
          dict_entry *entries = d->entries;
          py_incref(sk);
          int c = py_richcompare_bool(sk, key, PY_EQ);
          py_decref(sk);
          if (c < 0) return -2;
          if (entries != d->entries || d->entries[ix].key != sk) goto restart;
          if (c) {
            if (slot) *slot = i;
            return ix;
          }
        }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
}

static size_t find_empty_slot(py_dict_object *d, py_hash hash) {
  size_t mask = (size_t)d->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
  while (d->indices[i] >= 0 || d->indices[i] == IX_DUMMY) {
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

/* ===================================================================================
 * Core operations
 * =================================================================================== */

py_object *py_dict_new(void) { return py_type_alloc(&py_dict_type, 0); }

py_object *py__dict_get_hashed(py_object *d, py_object *key, py_hash hash) {
  py_ssize ix = lookup(D(d), key, hash, NULL);
  return ix >= 0 ? D(d)->entries[ix].value : NULL;
}

py_object *py_dict_get(py_object *d, py_object *key) {
  py_hash h = py__key_hash(key);
  if (h == -1) return NULL;
  return py__dict_get_hashed(d, key, h);
}

py_object *py_dict_get_str(py_object *d, const char *key) {
  py_object *k = py_str_from_cstr(key);
  if (!k) return NULL;
  py_object *v = py_dict_get(d, k);
  py_decref(k);
  return v;
}

py_ssize py__dict_index(py_object *d, py_object *key) {
  py_hash h = py__key_hash(key);
  if (h == -1) return -2;
  return lookup(D(d), key, h, NULL);
}

int py__dict_contains_hashed(py_object *d, py_object *key, py_hash hash) {
  py_ssize ix = lookup(D(d), key, hash, NULL);
  return ix >= 0 ? 1 : ix == -1 ? 0 : -1;
}

int py__dict_set_hashed(py_object *d, py_object *key, py_hash hash, py_object *value) {
  py_dict_object *dd = D(d);
  py_ssize ix = lookup(dd, key, hash, NULL);
  if (ix == -2) return -1;
  if (ix >= 0) {
    py_setref(&dd->entries[ix].value, py_newref(value));
    return 0;
  }
  if ((dd->nentries >= dd->usable || dd->filled >= dd->usable) &&
      dict_grow(dd) < 0)
    return -1;
  size_t slot = find_empty_slot(dd, hash);
  dict_entry *e = &dd->entries[dd->nentries];
  e->hash = hash;
  e->key = py_newref(key);
  e->value = py_newref(value);
  dd->indices[slot] = (int32_t)dd->nentries;
  dd->nentries++;
  dd->filled++;
  dd->used++;
  keys_changed(dd);
  return 0;
}

int py_dict_set(py_object *d, py_object *key, py_object *value) {
  py_hash h = py__key_hash(key);
  if (h == -1) return -1;
  return py__dict_set_hashed(d, key, h, value);
}

int py_dict_set_str(py_object *d, const char *key, py_object *value) {
  py_object *k = py_str_intern_cstr(key);
  if (!k) return -1;
  int rc = py_dict_set(d, k, value);
  py_decref(k);
  return rc;
}

/* Removes entry ix found at index slot; releases key and value. */
static void delete_entry(py_dict_object *d, size_t slot, py_ssize ix) {
  dict_entry *e = &d->entries[ix];
  py_object *k = e->key, *v = e->value;
  d->indices[slot] = IX_DUMMY;
  e->key = e->value = NULL;
  d->used--;
  keys_changed(d);
  py_decref(k);
  py_decref(v);
}

static int del_hashed(py_object *d, py_object *key, py_hash hash) {
  size_t slot;
  py_ssize ix = lookup(D(d), key, hash, &slot);
  if (ix == -2) return -1;
  if (ix == -1) {
    py_raise_with(&py_exc_KeyError, key);
    return -1;
  }
  delete_entry(D(d), slot, ix);
  return 0;
}

int py_dict_del(py_object *d, py_object *key) {
  py_hash h = py__key_hash(key);
  if (h == -1) return -1;
  return del_hashed(d, key, h);
}

py_ssize py_dict_size(py_object *d) { return D(d)->used; }

int py__dict_next_hashed(py_object *d, py_ssize *pos, py_object **key, py_object **value,
                         py_hash *hash) {
  py_dict_object *dd = D(d);
  py_ssize i = *pos;
  while (i < dd->nentries && !dd->entries[i].value) i++;
  if (i >= dd->nentries) {
    *pos = i;
    return 0;
  }
  *pos = i + 1;
  if (key) *key = dd->entries[i].key;
  if (value) *value = dd->entries[i].value;
  if (hash) *hash = dd->entries[i].hash;
  return 1;
}

int py_dict_next(py_object *d, py_ssize *pos, py_object **key, py_object **value) {
  return py__dict_next_hashed(d, pos, key, value, NULL);
}

static void dict_clear_all(py_object *self) {
  py_dict_object *d = D(self), old = *d;
  d->indices = NULL;
  d->entries = NULL;
  d->mask = d->usable = d->nentries = d->used = d->filled = 0;
  keys_changed(d);
  for (py_ssize i = 0; i < old.nentries; i++) {
    if (old.entries[i].value) {
      py_decref(old.entries[i].key);
      py_decref(old.entries[i].value);
    }
  }
  free_tables(&old);
}

static void dict_dealloc(py_object *self) {
  dict_clear_all(self);
  py_type_free(self);
}

py_object *py_dict_copy(py_object *d) {
  py_object *r = py_dict_new();
  if (!r) return NULL;
  if (D(d)->used == 0) return r;
  if (dict_resize(D(r), D(d)->used) < 0) {
    py_decref(r);
    return NULL;
  }
  py_ssize pos = 0;
  py_object *k, *v;
  py_hash h;
  while (py__dict_next_hashed(d, &pos, &k, &v, &h)) {
    if (py__dict_set_hashed(r, k, h, v) < 0) {
      py_decref(r);
      return NULL;
    }
  }
  return r;
}

/* Adds the pairs of an iterable of 2-item iterables ("dict([(k, v), ...])"). */
static int merge_from_seq2(py_object *d, py_object *seq2, int override) {
  py_object *it = py_iter(seq2);
  if (!it) return -1;
  py_object *item;
  int64_t i = 0;
  int rc = 0;
  while (rc == 0 && (item = py_next(it))) {
    py_object *tmp = NULL, **kv = NULL;
    py_ssize n = 0;
    if (PY_TUPLE_CHECK(item) || PY_LIST_CHECK(item)) {
      kv = PY_TUPLE_CHECK(item) ? PY_TUPLE_ITEMS(item) : PY_LIST_ITEMS(item);
      n = PY_TUPLE_CHECK(item) ? PY_TUPLE_SIZE(item) : PY_LIST_SIZE(item);
    } else if (!PY_TYPE(item)->iter && !PY_TYPE(item)->getitem) {
      py_raise(&py_exc_TypeError,
               "cannot convert dictionary update sequence element #%lld to a sequence",
               (long long)i);
      rc = -1;
    } else {
      kv = py__seq_items(item, &n, &tmp);
      if (!kv) rc = -1;
    }
    if (rc == 0 && n != 2) {
      py_raise(&py_exc_ValueError,
               "dictionary update sequence element #%lld has length %zd; 2 is required",
               (long long)i, n);
      rc = -1;
    }
    if (rc == 0) {
      py_object *k = py_newref(kv[0]), *v = py_newref(kv[1]);
      if (override) {
        rc = py_dict_set(d, k, v);
      } else {
        py_hash h = py__key_hash(k);
        int has = h == -1 ? -1 : py__dict_contains_hashed(d, k, h);
        rc = has < 0 ? -1 : has ? 0 : py__dict_set_hashed(d, k, h, v);
      }
      py_decref(k);
      py_decref(v);
    }
    py_xdecref(tmp);
    py_decref(item);
    i++;
  }
  py_decref(it);
  if (rc == 0 && py_err_occurred()) rc = -1;
  return rc;
}

int py__dict_merge(py_object *d, py_object *other, int override) {
  if (PY_DICT_CHECK(other) && PY_TYPE(other)->iter == py_dict_type.iter) {
    if (other == d || D(other)->used == 0) return 0;
    if (D(d)->used == 0 && D(d)->usable < D(other)->used &&
        dict_resize(D(d), D(other)->used) < 0)
      return -1;
    py_ssize pos = 0;
    py_object *k, *v;
    py_hash h;
    py_ssize n = D(other)->used;
    while (py__dict_next_hashed(other, &pos, &k, &v, &h)) {
      py_incref(k);
      py_incref(v);
      int rc = 0;
      if (override) {
        rc = py__dict_set_hashed(d, k, h, v);
      } else {
        int has = py__dict_contains_hashed(d, k, h);
        rc = has < 0 ? -1 : has ? 0 : py__dict_set_hashed(d, k, h, v);
      }
      py_decref(k);
      py_decref(v);
      if (rc < 0) return -1;
      if (D(other)->used != n) {
        py_raise(&py_exc_RuntimeError, "dict mutated during update");
        return -1;
      }
    }
    return 0;
  }
  /* A mapping: anything with keys(). */
  py_object *keys_meth = py_getattr_opt(other, PY_ID(keys));
  if (!keys_meth) {
    if (py_err_occurred()) return -1;
    return merge_from_seq2(d, other, override);
  }
  py_object *keys = py_call0(keys_meth);
  py_decref(keys_meth);
  if (!keys) return -1;
  py_object *it = py_iter(keys);
  py_decref(keys);
  if (!it) return -1;
  py_object *k;
  while ((k = py_next(it))) {
    int rc = 0;
    if (!override) {
      py_hash h = py__key_hash(k);
      int has = h == -1 ? -1 : py__dict_contains_hashed(d, k, h);
      if (has != 0) rc = has < 0 ? -1 : 1;
    }
    if (rc == 0) {
      py_object *v = py_getitem(other, k);
      rc = v ? py_dict_set(d, k, v) : -1;
      py_xdecref(v);
    }
    py_decref(k);
    if (rc < 0) {
      py_decref(it);
      return -1;
    }
  }
  py_decref(it);
  return py_err_occurred() ? -1 : 0;
}

int py_dict_update(py_object *d, py_object *other) { return py__dict_merge(d, other, 1); }

py_object *py__dict_subscript(py_object *d, py_object *key) {
  py_hash h = py__key_hash(key);
  if (h == -1) return NULL;
  py_ssize ix = lookup(D(d), key, h, NULL);
  if (ix >= 0) return py_newref(D(d)->entries[ix].value);
  if (ix == -2) return NULL;
  if (PY_TYPE(d) != &py_dict_type) {
    py_object *missing = py_type_lookup(PY_TYPE(d), PY_ID(__missing__));
    if (missing) return py_call_method(d, PY_ID(__missing__), &key, 1);
  }
  return py_raise_with(&py_exc_KeyError, key);
}

/* ===================================================================================
 * Object protocol
 * =================================================================================== */

/* dict.__new__ makes an empty dict; __init__ merges its arguments. */
static py_object *dict_new(py_type *type, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return py_type_alloc(type, 0);
}

/* Shared by dict(...) and dict.update(...): one optional positional argument, then
 * keyword arguments. */
static int update_common(py_object *self, const char *fname, py_object *const *args,
                         size_t nargs, py_object *kwnames) {
  if (nargs > 1) {
    py_raise(&py_exc_TypeError, "%s expected at most 1 argument, got %zd", fname,
             (py_ssize)nargs);
    return -1;
  }
  if (nargs && py__dict_merge(self, args[0], 1) < 0) return -1;
  if (kwnames) {
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(kwnames); i++)
      if (py_dict_set(self, PY_TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0) return -1;
  }
  return 0;
}

static int dict_init(py_object *self, py_object *const *args, size_t nargs,
                     py_object *kwnames) {
  return update_common(self, "dict", args, nargs, kwnames);
}

static py_object *dict_repr(py_object *self) {
  if (D(self)->used == 0) return py_str_from_cstr("{}");
  int r = py__repr_enter(self);
  if (r != 0) return r > 0 ? py_str_from_cstr("{...}") : NULL;
  py__buf b = {0};
  if (py__buf_add(&b, "{", 1) < 0) goto fail;
  py_ssize pos = 0;
  py_object *k, *v;
  int first = 1;
  while (py_dict_next(self, &pos, &k, &v)) {
    py_incref(k);
    py_incref(v);
    int rc = (!first ? py__buf_add(&b, ", ", 2) : 0) < 0 || py__buf_addrepr(&b, k) < 0 ||
                     py__buf_add(&b, ": ", 2) < 0 || py__buf_addrepr(&b, v) < 0
                 ? -1
                 : 0;
    py_decref(k);
    py_decref(v);
    if (rc < 0) goto fail;
    first = 0;
  }
  if (py__buf_add(&b, "}", 1) < 0) goto fail;
  py__repr_leave(self);
  return py__buf_finish(&b);
fail:
  py__buf_free(&b);
  py__repr_leave(self);
  return NULL;
}

/* 1 when a and b hold equal key/value pairs, 0 when not, -1 on error. */
static int dict_equal(py_object *a, py_object *b) {
  if (D(a)->used != D(b)->used) return 0;
  for (py_ssize i = 0; i < D(a)->nentries; i++) {
    dict_entry *e = &D(a)->entries[i];
    if (!e->value) continue;
    py_object *k = py_newref(e->key), *av = py_newref(e->value);
    py_ssize ix = lookup(D(b), k, e->hash, NULL);
    int c;
    if (ix == -2) c = -1;
    else if (ix == -1) c = 0;
    else {
      py_object *bv = py_newref(D(b)->entries[ix].value);
      c = py_richcompare_bool(av, bv, PY_EQ);
      py_decref(bv);
    }
    py_decref(k);
    py_decref(av);
    if (c <= 0) return c;
  }
  return 1;
}

static py_object *dict_richcompare(py_object *a, py_object *b, int op) {
  if (!PY_DICT_CHECK(a) || !PY_DICT_CHECK(b) || (op != PY_EQ && op != PY_NE))
    return py_newref(PY_NOTIMPLEMENTED);
  int c = dict_equal(a, b);
  if (c < 0) return NULL;
  return py_bool(op == PY_EQ ? c : !c);
}

static py_ssize dict_len(py_object *self) { return D(self)->used; }

static int dict_contains(py_object *self, py_object *key) {
  py_hash h = py__key_hash(key);
  if (h == -1) return -1;
  return py__dict_contains_hashed(self, key, h);
}

static int dict_setitem(py_object *self, py_object *key, py_object *value) {
  if (!value) return py_dict_del(self, key);
  return py_dict_set(self, key, value);
}

static py_object *dict_or(py_object *a, py_object *b) {
  if (!PY_DICT_CHECK(a) || !PY_DICT_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  py_object *r = py_dict_copy(a);
  if (!r) return NULL;
  if (PY_TYPE(a) != &py_dict_type) {
    /* A subclass result keeps the subclass, as CPython's dict.copy via type(a)(a). */
    py_object *sub = py_call1((py_object *)PY_TYPE(a), a);
    py_decref(r);
    if (!sub) return NULL;
    r = sub;
  }
  if (py_dict_update(r, b) < 0) {
    py_decref(r);
    return NULL;
  }
  return r;
}

static py_object *dict_ior(py_object *a, py_object *b) {
  if (py__dict_merge(a, b, 1) < 0) return NULL;
  return py_newref(a);
}

/* ===================================================================================
 * Methods
 * =================================================================================== */

static py_object *dict_get_meth(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  if (py_args_check("get", nargs, kwnames, 1, 2) < 0) return NULL;
  py_hash h = py__key_hash(args[0]);
  if (h == -1) return NULL;
  py_ssize ix = lookup(D(self), args[0], h, NULL);
  if (ix == -2) return NULL;
  if (ix >= 0) return py_newref(D(self)->entries[ix].value);
  return py_newref(nargs > 1 ? args[1] : PY_NONE);
}

static py_object *dict_setdefault(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  if (py_args_check("setdefault", nargs, kwnames, 1, 2) < 0) return NULL;
  py_hash h = py__key_hash(args[0]);
  if (h == -1) return NULL;
  py_ssize ix = lookup(D(self), args[0], h, NULL);
  if (ix == -2) return NULL;
  if (ix >= 0) return py_newref(D(self)->entries[ix].value);
  py_object *dflt = nargs > 1 ? args[1] : PY_NONE;
  if (py__dict_set_hashed(self, args[0], h, dflt) < 0) return NULL;
  return py_newref(dflt);
}

static py_object *dict_pop(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  if (py_args_check("pop", nargs, kwnames, 1, 2) < 0) return NULL;
  py_hash h = py__key_hash(args[0]);
  if (h == -1) return NULL;
  size_t slot;
  py_ssize ix = lookup(D(self), args[0], h, &slot);
  if (ix == -2) return NULL;
  if (ix == -1) {
    if (nargs > 1) return py_newref(args[1]);
    return py_raise_with(&py_exc_KeyError, args[0]);
  }
  py_object *v = py_newref(D(self)->entries[ix].value);
  delete_entry(D(self), slot, ix);
  return v;
}

static py_object *dict_popitem(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)args;
  if (py__arg_none("dict.popitem", nargs, kwnames) < 0) return NULL;
  py_dict_object *d = D(self);
  if (d->used == 0) return py_raise(&py_exc_KeyError, "popitem(): dictionary is empty");
  py_ssize i = d->nentries - 1;
  while (!d->entries[i].value) i--;
  dict_entry *e = &d->entries[i];
  py_object *r = py_tuple_new(2);
  if (!r) return NULL;
  /* Find the index slot that points at entry i. */
  size_t mask = (size_t)d->mask, perturb = (size_t)e->hash, j = (size_t)e->hash & mask;
  while (d->indices[j] != (int32_t)i) {
    perturb >>= PERTURB_SHIFT;
    j = (j * 5 + perturb + 1) & mask;
  }
  d->indices[j] = IX_DUMMY;
  PY_TUPLE_ITEMS(r)[0] = e->key;
  PY_TUPLE_ITEMS(r)[1] = e->value;
  e->key = e->value = NULL;
  d->used--;
  d->nentries = i;
  keys_changed(d);
  return r;
}

static py_object *dict_update_meth(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kwnames) {
  if (update_common(self, "update", args, nargs, kwnames) < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *dict_fromkeys(py_object *cls, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  if (py_args_check("fromkeys", nargs, kwnames, 1, 2) < 0) return NULL;
  py_object *value = nargs > 1 ? args[1] : PY_NONE;
  py_object *d = py_call0(cls);
  if (!d) return NULL;
  py_object *it = py_iter(args[0]);
  if (!it) {
    py_decref(d);
    return NULL;
  }
  py_object *k;
  int exact = PY_TYPE(d) == &py_dict_type;
  while ((k = py_next(it))) {
    int rc = exact ? py_dict_set(d, k, value) : py_setitem(d, k, value);
    py_decref(k);
    if (rc < 0) {
      py_decref(it);
      py_decref(d);
      return NULL;
    }
  }
  py_decref(it);
  if (py_err_occurred()) {
    py_decref(d);
    return NULL;
  }
  return d;
}

static py_object *dict_copy_meth(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  (void)args;
  if (py__arg_none("dict.copy", nargs, kwnames) < 0) return NULL;
  return py_dict_copy(self);
}

static py_object *dict_clear_meth(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  (void)args;
  if (py__arg_none("dict.clear", nargs, kwnames) < 0) return NULL;
  dict_clear_all(self);
  return py_newref(PY_NONE);
}

static py_object *dict_contains_meth(py_object *self, py_object *const *args, size_t nargs,
                                     py_object *kwnames) {
  if (py__arg_one("dict.__contains__", nargs, kwnames) < 0) return NULL;
  int c = dict_contains(self, args[0]);
  return c < 0 ? NULL : py_bool(c);
}

static py_object *dict_getitem_meth(py_object *self, py_object *const *args, size_t nargs,
                                    py_object *kwnames) {
  if (py__arg_one("dict.__getitem__", nargs, kwnames) < 0) return NULL;
  return py__dict_subscript(self, args[0]);
}


static py_object *dict_keys(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  (void)args;
  if (py__arg_none("dict.keys", nargs, kwnames) < 0) return NULL;
  return py__dict_view_new(self, &py_dict_keys_type);
}

static py_object *dict_values(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  (void)args;
  if (py__arg_none("dict.values", nargs, kwnames) < 0) return NULL;
  return py__dict_view_new(self, &py_dict_values_type);
}

static py_object *dict_items(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  (void)args;
  if (py__arg_none("dict.items", nargs, kwnames) < 0) return NULL;
  return py__dict_view_new(self, &py_dict_items_type);
}

static py_object *dict_reversed(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  (void)args;
  if (py__arg_none("dict.__reversed__", nargs, kwnames) < 0) return NULL;
  return py__dict_iter_new(self, &py__dict_revkeyiter_type, 1);
}

static const py_method_def dict_methods[] = {
    {"keys", dict_keys, 0, NULL},
    {"values", dict_values, 0, NULL},
    {"items", dict_items, 0, NULL},
    {"get", dict_get_meth, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault, 0, NULL},
    {"pop", dict_pop, 0, NULL},
    {"popitem", dict_popitem, 0, NULL},
    {"update", dict_update_meth, 0, NULL},
    {"fromkeys", dict_fromkeys, PY_METH_CLASS, NULL},
    {"copy", dict_copy_meth, 0, NULL},
    {"clear", dict_clear_meth, 0, NULL},
    {"__contains__", dict_contains_meth, 0, NULL},
    {"__getitem__", dict_getitem_meth, 0, NULL},
    {"__reversed__", dict_reversed, 0, NULL},
    {"__class_getitem__", py__class_getitem, PY_METH_CLASS, NULL},
    {0},
};

/* ===================================================================================
 * Iterators over keys, values and items
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *dict; /* NULL when exhausted */
  py_ssize used;   /* the dict's size when iteration began */
  py_ssize pos;    /* next entry number (forward) or current (reversed) */
  py_ssize len;    /* items left to produce */
  int reversed;
  py_object *result; /* items(): the last (key, value) tuple, reused when unshared */
} dict_iter_object;

py_object *py__dict_iter_new(py_object *dict, py_type *type, int reversed) {
  dict_iter_object *it = (dict_iter_object *)py_type_alloc(type, 0);
  if (!it) return NULL;
  it->dict = py_newref(dict);
  it->used = D(dict)->used;
  it->len = D(dict)->used;
  it->reversed = reversed;
  it->pos = reversed ? D(dict)->nentries - 1 : 0;
  return (py_object *)it;
}

static void dict_iter_dealloc(py_object *self) {
  py_xdecref(((dict_iter_object *)self)->dict);
  py_xdecref(((dict_iter_object *)self)->result);
  py_type_free(self);
}

/* Advances to the next live entry; NULL at the end or on error. */
static dict_entry *dict_iter_step(dict_iter_object *it) {
  py_object *d = it->dict;
  if (!d) return NULL;
  if (it->used != D(d)->used) {
    py_raise(&py_exc_RuntimeError, "dictionary changed size during iteration");
    it->used = -1; /* stays broken, as CPython's */
    return NULL;
  }
  dict_entry *e = NULL;
  if (it->reversed) {
    while (it->pos >= 0 && it->pos < D(d)->nentries && !D(d)->entries[it->pos].value) it->pos--;
    if (it->pos >= 0 && it->pos < D(d)->nentries) e = &D(d)->entries[it->pos--];
  } else {
    while (it->pos < D(d)->nentries && !D(d)->entries[it->pos].value) it->pos++;
    if (it->pos < D(d)->nentries) e = &D(d)->entries[it->pos++];
  }
  if (!e) {
    PY_CLEAR(it->dict);
    return NULL;
  }
  if (it->len == 0) {
    py_raise(&py_exc_RuntimeError, "dictionary keys changed during iteration");
    PY_CLEAR(it->dict);
    return NULL;
  }
  it->len--;
  return e;
}

static py_object *dict_keyiter_next(py_object *self) {
  dict_entry *e = dict_iter_step((dict_iter_object *)self);
  return e ? py_newref(e->key) : NULL;
}

static py_object *dict_valueiter_next(py_object *self) {
  dict_entry *e = dict_iter_step((dict_iter_object *)self);
  return e ? py_newref(e->value) : NULL;
}

static py_object *dict_itemiter_next(py_object *self) {
  dict_iter_object *it = (dict_iter_object *)self;
  dict_entry *e = dict_iter_step(it);
  if (!e) return NULL;
  /* `for k, v in d.items()` drops each pair at once: reuse it, as CPython does. */
  py_object *r = it->result;
  if (r && r->refcnt == 1) {
    py_object *ok = PY_TUPLE_ITEMS(r)[0], *ov = PY_TUPLE_ITEMS(r)[1];
    PY_TUPLE_ITEMS(r)[0] = py_newref(e->key);
    PY_TUPLE_ITEMS(r)[1] = py_newref(e->value);
    py_decref(ok);
    py_decref(ov);
    return py_newref(r);
  }
  r = py_tuple_pack(2, e->key, e->value);
  if (r) py_setref(&it->result, py_newref(r));
  return r;
}

static py_object *dict_iter_length_hint(py_object *self, py_object *const *args,
                                        size_t nargs, py_object *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  dict_iter_object *it = (dict_iter_object *)self;
  return py_int_from_i64(it->dict && it->used == D(it->dict)->used ? it->len : 0);
}

static const py_method_def dict_iter_methods[] = {
    {"__length_hint__", dict_iter_length_hint, 0, NULL},
    {0},
};

#define DICT_ITER_TYPE(var, tname, next)      \
  py_type var = {                             \
      .ob_base = {PY_IMMORTAL, &py_type_type}, \
      .name = tname,                          \
      .basicsize = sizeof(dict_iter_object),         \
      .base = &py_object_type,                \
      .dealloc = dict_iter_dealloc,           \
      .iter = py__self_iter,                  \
      .iternext = next,                       \
      .methods = dict_iter_methods,           \
  };
DICT_ITER_TYPE(py_dict_keyiter_type, "dict_keyiterator", dict_keyiter_next)
DICT_ITER_TYPE(py_dict_valueiter_type, "dict_valueiterator", dict_valueiter_next)
DICT_ITER_TYPE(py_dict_itemiter_type, "dict_itemiterator", dict_itemiter_next)
DICT_ITER_TYPE(py__dict_revkeyiter_type, "dict_reversekeyiterator", dict_keyiter_next)
DICT_ITER_TYPE(py__dict_revvalueiter_type, "dict_reversevalueiterator", dict_valueiter_next)
DICT_ITER_TYPE(py__dict_revitemiter_type, "dict_reverseitemiterator", dict_itemiter_next)

static py_object *dict_iter(py_object *self) {
  return py__dict_iter_new(self, &py_dict_keyiter_type, 0);
}

/* ===================================================================================
 * The type
 * =================================================================================== */

py_type py_dict_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "dict",
    .basicsize = sizeof(py_dict_object),
    .flags = PY_TPFLAGS_BASETYPE | PY_TPFLAGS_DICT_SUBCLASS,
    .base = &py_object_type,
    .methods = dict_methods,
    .new = dict_new,
    .init = dict_init,
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .number = {[PY_OP_OR] = dict_or},
    .inplace = {[PY_OP_OR] = dict_ior},
    .len = dict_len,
    .getitem = py__dict_subscript,
    .setitem = dict_setitem,
    .contains = dict_contains,
};
