/* runtime/py/set.c — set and frozenset.
 *
 * The table mirrors CPython 3.11's setobject.c exactly, because a set's iteration
 * order is its table order and programs print sets: the same entry layout (key, hash),
 * an 8-slot initial table, LINEAR_PROBES consecutive slots per probe before the
 * perturbed jump, fill/used accounting with dummies for deleted keys, the resize
 * trigger (fill*5 >= mask*3) and growth (used*4, or used*2 past 50000), and, for every
 * operation, the same order of insertions (merging a set copies by slot order into an
 * empty table, intersection iterates the smaller set, symmetric difference works on a
 * copy of the other operand, ...). With the same hashes (PYTHONHASHSEED=0) the same
 * sets then print in the same order. */
#include "py/containers.h"

#include <stdio.h>
#include <string.h>

#define MIN_SIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct {
  py_object *key; /* NULL: never used; &dummy: deleted */
  py_hash hash;   /* -1 for a dummy */
} set_entry;

typedef struct {
  PY_HEAD;
  py_ssize fill;     /* active + dummy slots */
  py_ssize used;     /* active slots */
  py_ssize mask;     /* table size - 1 */
  set_entry *table;  /* smalltable or a heap block */
  py_hash hash;      /* frozenset hash cache, -1 until computed */
  py_ssize finger;   /* where pop() resumes its search */
  set_entry smalltable[MIN_SIZE];
} py_set_object;

#define SO(o) ((py_set_object *)(o))

py_ssize py__set_table_size(py_object *s) { return SO(s)->mask + 1; }

/* Marks deleted slots; never seen outside this file. */
static py_object dummy_struct = {PY_IMMORTAL, &py_object_type};
#define DUMMY (&dummy_struct)

static void set_key_error(py_object *key) { py_raise_with(&py_exc_KeyError, key); }

/* ===================================================================================
 * Probing
 * =================================================================================== */

/* The slot holding key, or the empty slot that ends its probe sequence; NULL on error. */
static set_entry *set_lookkey(py_set_object *so, py_object *key, py_hash hash) {
restart:;
  uint64_t perturb = (uint64_t)hash; /* 64 bits everywhere: CPython's probe order */
  size_t mask = (size_t)so->mask, i = (size_t)hash & mask;
  for (;;) {
    set_entry *entry = &so->table[i];
    int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    do {
      if (entry->hash == 0 && entry->key == NULL) return entry;
      if (entry->hash == hash) {
        py_object *startkey = entry->key;
        if (startkey == key) return entry;
        if (PY_TYPE(startkey) == &py_str_type && PY_TYPE(key) == &py_str_type) {
          if (py_str_equal(startkey, key)) return entry;
        } else {
          set_entry *table = so->table;
          py_incref(startkey);
          int cmp = py_richcompare_bool(startkey, key, PY_EQ);
          py_decref(startkey);
          if (cmp < 0) return NULL;
          if (table != so->table || entry->key != startkey) goto restart;
          if (cmp > 0) return entry;
          mask = (size_t)so->mask;
        }
      }
      entry++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

static int set_table_resize(py_set_object *so, py_ssize minused);

/* Adds key with its hash (key not stolen). 0 or -1. */
static int set_add_entry(py_set_object *so, py_object *key, py_hash hash) {
  set_entry *freeslot, *entry = NULL;
  uint64_t perturb; /* 64 bits everywhere: CPython's probe order */
  size_t mask, i;
  /* Keep key alive across comparisons that might drop the caller's reference. */
  py_incref(key);
restart:
  mask = (size_t)so->mask;
  i = (size_t)hash & mask;
  freeslot = NULL;
  perturb = (uint64_t)hash;
  for (;;) {
    entry = &so->table[i];
    int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    do {
      if (entry->hash == 0 && entry->key == NULL) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        py_object *startkey = entry->key;
        if (startkey == key) goto found_active;
        if (PY_TYPE(startkey) == &py_str_type && PY_TYPE(key) == &py_str_type) {
          if (py_str_equal(startkey, key)) goto found_active;
        } else {
          set_entry *table = so->table;
          py_incref(startkey);
          int cmp = py_richcompare_bool(startkey, key, PY_EQ);
          py_decref(startkey);
          if (cmp > 0) goto found_active;
          if (cmp < 0) goto comparison_error;
          if (table != so->table || entry->key != startkey) goto restart;
          mask = (size_t)so->mask;
        }
      } else if (entry->hash == -1) {
        freeslot = entry;
      }
      entry++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot == NULL) goto found_unused;
  so->used++;
  freeslot->key = key;
  freeslot->hash = hash;
  return 0;
found_unused:
  so->fill++;
  so->used++;
  entry->key = key;
  entry->hash = hash;
  if ((size_t)so->fill * 5 < mask * 3) return 0;
  return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
  py_decref(key);
  return 0;
comparison_error:
  py_decref(key);
  return -1;
}

/* Places a key known to be absent into a table without dummies (no refcounting). */
static void set_insert_clean(set_entry *table, size_t mask, py_object *key, py_hash hash) {
  uint64_t perturb = (uint64_t)hash;
  size_t i = (size_t)hash & mask;
  set_entry *entry;
  for (;;) {
    entry = &table[i];
    if (entry->key == NULL) goto found_null;
    if (i + LINEAR_PROBES <= mask) {
      for (size_t j = 0; j < LINEAR_PROBES; j++) {
        entry++;
        if (entry->key == NULL) goto found_null;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_null:
  entry->key = key;
  entry->hash = hash;
}

/* Rebuilds the table with the smallest power-of-two size above minused, dropping
 * dummies; keys are re-placed in old slot order. */
static int set_table_resize(py_set_object *so, py_ssize minused) {
  set_entry small_copy[MIN_SIZE];
  py_ssize oldmask = so->mask;
  size_t newsize = MIN_SIZE;
  while (newsize <= (size_t)minused) newsize <<= 1;
  set_entry *oldtable = so->table, *newtable;
  int old_malloced = oldtable != so->smalltable;
  if (newsize == MIN_SIZE) {
    newtable = so->smalltable;
    if (newtable == oldtable) {
      if (so->fill == so->used) return 0;
      memcpy(small_copy, oldtable, sizeof small_copy);
      oldtable = small_copy;
    }
  } else {
    if (newsize > (size_t)PTRDIFF_MAX / sizeof(set_entry) ||
        !(newtable = py_mem_alloc(newsize * sizeof(set_entry)))) {
      py_raise_nomemory();
      return -1;
    }
  }
  memset(newtable, 0, newsize * sizeof(set_entry));
  so->mask = (py_ssize)newsize - 1;
  so->table = newtable;
  size_t newmask = newsize - 1;
  if (so->fill == so->used) {
    for (set_entry *e = oldtable; e <= oldtable + oldmask; e++)
      if (e->key != NULL) set_insert_clean(newtable, newmask, e->key, e->hash);
  } else {
    so->fill = so->used;
    for (set_entry *e = oldtable; e <= oldtable + oldmask; e++)
      if (e->key != NULL && e->key != DUMMY) set_insert_clean(newtable, newmask, e->key, e->hash);
  }
  if (old_malloced) py_mem_free(oldtable, (size_t)(oldmask + 1) * sizeof(set_entry));
  return 0;
}

static int set_contains_entry(py_set_object *so, py_object *key, py_hash hash) {
  set_entry *e = set_lookkey(so, key, hash);
  if (!e) return -1;
  return e->key != NULL;
}

enum { DISCARD_NOTFOUND, DISCARD_FOUND };

static int set_discard_entry(py_set_object *so, py_object *key, py_hash hash) {
  set_entry *e = set_lookkey(so, key, hash);
  if (!e) return -1;
  if (e->key == NULL) return DISCARD_NOTFOUND;
  py_object *old = e->key;
  e->key = DUMMY;
  e->hash = -1;
  so->used--;
  py_decref(old);
  return DISCARD_FOUND;
}

static int set_add_key(py_set_object *so, py_object *key) {
  py_hash h = py__key_hash(key);
  if (h == -1) return -1;
  return set_add_entry(so, key, h);
}

static int set_contains_key(py_set_object *so, py_object *key) {
  py_hash h = py__key_hash(key);
  if (h == -1) return -1;
  return set_contains_entry(so, key, h);
}

static int set_discard_key(py_set_object *so, py_object *key) {
  py_hash h = py__key_hash(key);
  if (h == -1) return -1;
  return set_discard_entry(so, key, h);
}

static void set_empty_to_minsize(py_set_object *so) {
  memset(so->smalltable, 0, sizeof so->smalltable);
  so->fill = so->used = 0;
  so->mask = MIN_SIZE - 1;
  so->table = so->smalltable;
  so->hash = -1;
}

static void set_clear_internal(py_set_object *so) {
  set_entry small_copy[MIN_SIZE];
  set_entry *table = so->table;
  py_ssize used = so->used, mask = so->mask;
  int malloced = table != so->smalltable;
  /* Empty the set before releasing keys: a key's __del__ may look at it. */
  if (malloced) {
    set_empty_to_minsize(so);
  } else if (so->fill > 0) {
    memcpy(small_copy, table, sizeof small_copy);
    table = small_copy;
    set_empty_to_minsize(so);
  }
  for (set_entry *e = table; used > 0; e++) {
    if (e->key && e->key != DUMMY) {
      used--;
      py_decref(e->key);
    }
  }
  if (malloced) py_mem_free(table, (size_t)(mask + 1) * sizeof(set_entry));
}

static int set_next(py_set_object *so, py_ssize *pos, set_entry **out) {
  py_ssize i = *pos, mask = so->mask;
  set_entry *e = &so->table[i];
  while (i <= mask && (e->key == NULL || e->key == DUMMY)) {
    i++;
    e++;
  }
  *pos = i + 1;
  if (i > mask) return 0;
  *out = e;
  return 1;
}

int py__set_next(py_object *set, py_ssize *pos, py_object **key, py_hash *hash) {
  set_entry *e;
  if (!set_next(SO(set), pos, &e)) return 0;
  if (key) *key = e->key;
  if (hash) *hash = e->hash;
  return 1;
}

/* ===================================================================================
 * Building sets
 * =================================================================================== */

static int set_merge(py_set_object *so, py_set_object *other) {
  if (other == so || other->used == 0) return 0;
  /* One big resize up front, expecting few overlapping keys. */
  if ((so->fill + other->used) * 5 >= so->mask * 3 &&
      set_table_resize(so, (so->used + other->used) * 2) != 0)
    return -1;
  set_entry *so_entry = so->table, *other_entry = other->table;
  /* Empty target of the same size without dummies in the source: copy slot by slot. */
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (py_ssize i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
      if (other_entry->key != NULL) {
        so_entry->key = py_newref(other_entry->key);
        so_entry->hash = other_entry->hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return 0;
  }
  /* Empty target: no duplicates possible, so insert clean. */
  if (so->fill == 0) {
    so->fill = other->used;
    so->used = other->used;
    for (py_ssize i = other->mask + 1; i > 0; i--, other_entry++) {
      py_object *key = other_entry->key;
      if (key != NULL && key != DUMMY)
        set_insert_clean(so->table, (size_t)so->mask, py_newref(key), other_entry->hash);
    }
    return 0;
  }
  for (py_ssize i = 0; i <= other->mask; i++) {
    other_entry = &other->table[i];
    py_object *key = other_entry->key;
    if (key != NULL && key != DUMMY && set_add_entry(so, key, other_entry->hash) < 0) return -1;
  }
  return 0;
}

static int set_update_internal(py_set_object *so, py_object *other) {
  if (PY_ANYSET_CHECK(other)) return set_merge(so, SO(other));
  if (PY_TYPE(other) == &py_dict_type) {
    py_ssize n = py_dict_size(other);
    if ((so->fill + n) * 5 >= so->mask * 3 && set_table_resize(so, (so->used + n) * 2) != 0)
      return -1;
    py_ssize pos = 0;
    py_object *key;
    py_hash hash;
    while (py__dict_next_hashed(other, &pos, &key, NULL, &hash))
      if (set_add_entry(so, key, hash) < 0) return -1;
    return 0;
  }
  py_object *it = py_iter(other);
  if (!it) return -1;
  py_object *key;
  while ((key = py_next(it))) {
    int rc = set_add_key(so, key);
    py_decref(key);
    if (rc < 0) {
      py_decref(it);
      return -1;
    }
  }
  py_decref(it);
  return py_err_occurred() ? -1 : 0;
}

int py__set_update(py_object *set, py_object *iterable) {
  return set_update_internal(SO(set), iterable);
}

static py_object *make_new_set(py_type *type, py_object *iterable) {
  py_set_object *so = (py_set_object *)py_type_alloc(type, 0);
  if (!so) return NULL;
  so->fill = so->used = 0;
  so->mask = MIN_SIZE - 1;
  so->table = so->smalltable;
  so->hash = -1;
  so->finger = 0;
  if (iterable && set_update_internal(so, iterable) < 0) {
    py_decref((py_object *)so);
    return NULL;
  }
  return (py_object *)so;
}

/* A new set of the builtin base of type (set for set subclasses, else frozenset). */
static py_object *make_new_set_basetype(py_type *type, py_object *iterable) {
  if (type != &py_set_type && type != &py_frozenset_type)
    type = py_type_is_subtype(type, &py_set_type) ? &py_set_type : &py_frozenset_type;
  return make_new_set(type, iterable);
}

py_object *py_set_new(py_object *iterable) { return make_new_set(&py_set_type, iterable); }

py_object *py_frozenset_new(py_object *iterable) {
  if (iterable && PY_TYPE(iterable) == &py_frozenset_type) return py_newref(iterable);
  return make_new_set(&py_frozenset_type, iterable);
}

py_object *py_frozenset_const(py_object *items) {
  py_object *first = make_new_set(&py_frozenset_type, items);
  if (!first) return NULL;
  py_object *order = py_tuple_new(SO(first)->used);
  if (!order) {
    py_decref(first);
    return NULL;
  }
  py_ssize pos = 0, i = 0;
  set_entry *e;
  while (set_next(SO(first), &pos, &e)) PY_TUPLE_ITEMS(order)[i++] = py_newref(e->key);
  py_decref(first);
  py_object *r = make_new_set(&py_frozenset_type, order);
  py_decref(order);
  return r;
}

int py_set_add(py_object *set, py_object *item) { return set_add_key(SO(set), item); }

int py__set_contains(py_object *set, py_object *key) {
  return set_contains_key(SO(set), key);
}

static void set_dealloc(py_object *self) {
  py_set_object *so = SO(self);
  py_ssize used = so->used;
  for (set_entry *e = so->table; used > 0; e++) {
    if (e->key && e->key != DUMMY) {
      used--;
      py_decref(e->key);
    }
  }
  if (so->table != so->smalltable)
    py_mem_free(so->table, (size_t)(so->mask + 1) * sizeof(set_entry));
  py_type_free(self);
}

/* Swaps the contents of two sets (intersection_update builds a new table, then
 * trades it in). */
static void set_swap_bodies(py_set_object *a, py_set_object *b) {
  py_ssize t;
  t = a->fill; a->fill = b->fill; b->fill = t;
  t = a->used; a->used = b->used; b->used = t;
  t = a->mask; a->mask = b->mask; b->mask = t;
  set_entry *u = a->table;
  if (a->table == a->smalltable) u = b->smalltable;
  a->table = b->table;
  if (b->table == b->smalltable) a->table = a->smalltable;
  b->table = u;
  if (a->table == a->smalltable || b->table == b->smalltable) {
    set_entry tab[MIN_SIZE];
    memcpy(tab, a->smalltable, sizeof tab);
    memcpy(a->smalltable, b->smalltable, sizeof tab);
    memcpy(b->smalltable, tab, sizeof tab);
  }
  if (py_type_is_subtype(PY_TYPE(a), &py_frozenset_type) &&
      py_type_is_subtype(PY_TYPE(b), &py_frozenset_type)) {
    py_hash h = a->hash;
    a->hash = b->hash;
    b->hash = h;
  } else {
    a->hash = b->hash = -1;
  }
}

/* ===================================================================================
 * Algebra
 * =================================================================================== */

static py_object *set_copy_obj(py_object *so) {
  return make_new_set_basetype(PY_TYPE(so), so);
}

static py_object *set_intersection(py_set_object *so, py_object *other) {
  if ((py_object *)so == other) return set_copy_obj((py_object *)so);
  py_object *result = make_new_set_basetype(PY_TYPE(so), NULL);
  if (!result) return NULL;
  if (PY_ANYSET_CHECK(other)) {
    py_ssize pos = 0;
    set_entry *entry;
    py_set_object *big = so, *small = SO(other);
    if (small->used > big->used) {
      big = SO(other);
      small = so;
    }
    while (set_next(small, &pos, &entry)) {
      py_object *key = py_newref(entry->key);
      py_hash hash = entry->hash;
      int rv = set_contains_entry(big, key, hash);
      if (rv > 0) rv = set_add_entry(SO(result), key, hash) < 0 ? -1 : 1;
      py_decref(key);
      if (rv < 0) {
        py_decref(result);
        return NULL;
      }
    }
    return result;
  }
  py_object *it = py_iter(other);
  if (!it) {
    py_decref(result);
    return NULL;
  }
  py_object *key;
  while ((key = py_next(it))) {
    py_hash hash = py__key_hash(key);
    int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
    if (rv > 0) rv = set_add_entry(SO(result), key, hash) < 0 ? -1 : 1;
    py_decref(key);
    if (rv < 0) {
      py_decref(it);
      py_decref(result);
      return NULL;
    }
    if (rv > 0 && SO(result)->used >= so->used) break;
  }
  py_decref(it);
  if (py_err_occurred()) {
    py_decref(result);
    return NULL;
  }
  return result;
}

static int set_difference_update_internal(py_set_object *so, py_object *other) {
  if ((py_object *)so == other) {
    set_clear_internal(so);
    return 0;
  }
  if (PY_ANYSET_CHECK(other)) {
    /* When other is much larger, only its intersection with so matters. */
    if ((SO(other)->used >> 3) > so->used) {
      other = set_intersection(so, other);
      if (!other) return -1;
    } else {
      py_incref(other);
    }
    py_ssize pos = 0;
    set_entry *entry;
    while (set_next(SO(other), &pos, &entry)) {
      py_object *key = py_newref(entry->key);
      int rc = set_discard_entry(so, key, entry->hash);
      py_decref(key);
      if (rc < 0) {
        py_decref(other);
        return -1;
      }
    }
    py_decref(other);
  } else {
    py_object *it = py_iter(other);
    if (!it) return -1;
    py_object *key;
    while ((key = py_next(it))) {
      int rc = set_discard_key(so, key);
      py_decref(key);
      if (rc < 0) {
        py_decref(it);
        return -1;
      }
    }
    py_decref(it);
    if (py_err_occurred()) return -1;
  }
  /* More than a quarter dummies: rebuild. */
  if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) return 0;
  return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

int py__set_difference_update(py_object *set, py_object *other) {
  return set_difference_update_internal(SO(set), other);
}

static py_object *set_copy_and_difference(py_set_object *so, py_object *other) {
  py_object *result = set_copy_obj((py_object *)so);
  if (!result) return NULL;
  if (set_difference_update_internal(SO(result), other) == 0) return result;
  py_decref(result);
  return NULL;
}

static py_object *set_difference(py_set_object *so, py_object *other) {
  py_ssize other_size;
  if (PY_ANYSET_CHECK(other)) other_size = SO(other)->used;
  else if (PY_TYPE(other) == &py_dict_type) other_size = py_dict_size(other);
  else return set_copy_and_difference(so, other);
  if ((so->used >> 2) > other_size) return set_copy_and_difference(so, other);
  py_object *result = make_new_set_basetype(PY_TYPE(so), NULL);
  if (!result) return NULL;
  py_ssize pos = 0;
  set_entry *entry;
  int is_dict = PY_TYPE(other) == &py_dict_type;
  while (set_next(so, &pos, &entry)) {
    py_object *key = py_newref(entry->key);
    py_hash hash = entry->hash;
    int rv = is_dict ? py__dict_contains_hashed(other, key, hash)
                     : set_contains_entry(SO(other), key, hash);
    if (rv == 0) rv = set_add_entry(SO(result), key, hash) < 0 ? -1 : 0;
    py_decref(key);
    if (rv < 0) {
      py_decref(result);
      return NULL;
    }
  }
  return result;
}

static int set_symmetric_difference_update_internal(py_set_object *so, py_object *other) {
  if ((py_object *)so == other) {
    set_clear_internal(so);
    return 0;
  }
  if (PY_TYPE(other) == &py_dict_type) {
    py_ssize pos = 0;
    py_object *key;
    py_hash hash;
    while (py__dict_next_hashed(other, &pos, &key, NULL, &hash)) {
      py_incref(key);
      int rv = set_discard_entry(so, key, hash);
      if (rv == DISCARD_NOTFOUND) rv = set_add_entry(so, key, hash);
      py_decref(key);
      if (rv < 0) return -1;
    }
    return 0;
  }
  py_object *otherset;
  if (PY_ANYSET_CHECK(other)) {
    otherset = py_newref(other);
  } else {
    otherset = make_new_set_basetype(PY_TYPE(so), other);
    if (!otherset) return -1;
  }
  py_ssize pos = 0;
  set_entry *entry;
  while (set_next(SO(otherset), &pos, &entry)) {
    py_object *key = py_newref(entry->key);
    py_hash hash = entry->hash;
    int rv = set_discard_entry(so, key, hash);
    if (rv == DISCARD_NOTFOUND) rv = set_add_entry(so, key, hash);
    py_decref(key);
    if (rv < 0) {
      py_decref(otherset);
      return -1;
    }
  }
  py_decref(otherset);
  return 0;
}

int py__set_symmetric_update(py_object *set, py_object *other) {
  return set_symmetric_difference_update_internal(SO(set), other);
}

static py_object *set_symmetric_difference(py_set_object *so, py_object *other) {
  py_object *otherset = make_new_set_basetype(PY_TYPE(so), other);
  if (!otherset) return NULL;
  if (set_symmetric_difference_update_internal(SO(otherset), (py_object *)so) < 0) {
    py_decref(otherset);
    return NULL;
  }
  return otherset;
}

/* 1 when so is a subset of other, 0 when not, -1 on error. */
static int set_issubset_internal(py_set_object *so, py_object *other) {
  if (!PY_ANYSET_CHECK(other)) {
    py_object *tmp = set_intersection(so, other);
    if (!tmp) return -1;
    int r = SO(tmp)->used == so->used;
    py_decref(tmp);
    return r;
  }
  if (so->used > SO(other)->used) return 0;
  py_ssize pos = 0;
  set_entry *entry;
  while (set_next(so, &pos, &entry)) {
    py_object *key = py_newref(entry->key);
    int rv = set_contains_entry(SO(other), key, entry->hash);
    py_decref(key);
    if (rv <= 0) return rv;
  }
  return 1;
}

static int set_issuperset_internal(py_set_object *so, py_object *other) {
  if (PY_ANYSET_CHECK(other)) return set_issubset_internal(SO(other), (py_object *)so);
  py_object *it = py_iter(other);
  if (!it) return -1;
  py_object *key;
  while ((key = py_next(it))) {
    int rv = set_contains_key(so, key);
    py_decref(key);
    if (rv <= 0) {
      py_decref(it);
      return rv;
    }
  }
  py_decref(it);
  return py_err_occurred() ? -1 : 1;
}

/* ===================================================================================
 * Object protocol
 * =================================================================================== */

static py_object *set_repr(py_object *self) {
  int st = py__repr_enter(self);
  if (st != 0) return st > 0 ? py_str_format("%s(...)", PY_TYPE(self)->name) : NULL;
  py_object *result = NULL;
  if (SO(self)->used == 0) {
    result = py_str_format("%s()", PY_TYPE(self)->name);
    py__repr_leave(self);
    return result;
  }
  py_object *keys = py_list_new(0);
  if (keys) {
    py_ssize pos = 0;
    set_entry *e;
    while (set_next(SO(self), &pos, &e))
      if (py_list_append(keys, e->key) < 0) {
        PY_CLEAR(keys);
        break;
      }
  }
  if (keys) {
    py_object *lr = py_repr(keys);
    py_decref(keys);
    if (lr) {
      /* repr(list)[1:-1] inside braces, with the class name for all but set. */
      py__buf b = {0};
      int exact = PY_TYPE(self) == &py_set_type;
      if ((exact || (py__buf_adds(&b, PY_TYPE(self)->name) == 0 && py__buf_add(&b, "(", 1) == 0)) &&
          py__buf_add(&b, "{", 1) == 0 &&
          py__buf_add(&b, PY_STR_DATA(lr) + 1, (size_t)PY_STR_SIZE(lr) - 2) == 0 &&
          py__buf_adds(&b, exact ? "}" : "})") == 0)
        result = py__buf_finish(&b);
      else
        py__buf_free(&b);
      py_decref(lr);
    }
  }
  py__repr_leave(self);
  return result;
}

static py_ssize set_len(py_object *self) { return SO(self)->used; }

static int set_contains(py_object *self, py_object *key) {
  int rv = set_contains_key(SO(self), key);
  if (rv < 0 && PY_ANYSET_CHECK(key) && py_err_matches(&py_exc_TypeError)) {
    /* A set is looked up as the equal frozenset. */
    py_err_clear();
    py_object *tmp = make_new_set(&py_frozenset_type, key);
    if (!tmp) return -1;
    rv = set_contains_key(SO(self), tmp);
    py_decref(tmp);
  }
  return rv;
}

static py_object *set_richcompare(py_object *v, py_object *w, int op) {
  if (!PY_ANYSET_CHECK(w)) return py_newref(PY_NOTIMPLEMENTED);
  int r;
  switch (op) {
    case PY_EQ:
    case PY_NE:
      if (SO(v)->used != SO(w)->used) r = 0;
      else if (SO(v)->hash != -1 && SO(w)->hash != -1 && SO(v)->hash != SO(w)->hash) r = 0;
      else r = set_issubset_internal(SO(v), w);
      if (r >= 0 && op == PY_NE) r = !r;
      break;
    case PY_LE: r = set_issubset_internal(SO(v), w); break;
    case PY_GE: r = set_issuperset_internal(SO(v), w); break;
    case PY_LT: r = SO(v)->used >= SO(w)->used ? 0 : set_issubset_internal(SO(v), w); break;
    case PY_GT: r = SO(v)->used <= SO(w)->used ? 0 : set_issuperset_internal(SO(v), w); break;
    default: return py_newref(PY_NOTIMPLEMENTED);
  }
  if (r < 0) return NULL;
  return py_bool(r);
}

static uint64_t shuffle_bits(uint64_t h) {
  return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

/* CPython's frozenset_hash: xor of shuffled entry hashes, corrected for empty and
 * dummy slots, mixed with the size. */
static py_hash frozenset_hash(py_object *self) {
  py_set_object *so = SO(self);
  if (so->hash != -1) return so->hash;
  uint64_t hash = 0;
  for (set_entry *e = so->table; e <= &so->table[so->mask]; e++)
    hash ^= shuffle_bits((uint64_t)e->hash);
  if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
  if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
  hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923UL;
  if (hash == (uint64_t)-1) hash = 590923713UL;
  so->hash = (py_hash)hash;
  return so->hash;
}

static py_object *set_or(py_object *a, py_object *b) {
  if (!PY_ANYSET_CHECK(a) || !PY_ANYSET_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  py_object *result = set_copy_obj(a);
  if (!result || a == b) return result;
  if (set_update_internal(SO(result), b) < 0) {
    py_decref(result);
    return NULL;
  }
  return result;
}

static py_object *set_and(py_object *a, py_object *b) {
  if (!PY_ANYSET_CHECK(a) || !PY_ANYSET_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  return set_intersection(SO(a), b);
}

static py_object *set_sub(py_object *a, py_object *b) {
  if (!PY_ANYSET_CHECK(a) || !PY_ANYSET_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  return set_difference(SO(a), b);
}

static py_object *set_xor(py_object *a, py_object *b) {
  if (!PY_ANYSET_CHECK(a) || !PY_ANYSET_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  return set_symmetric_difference(SO(a), b);
}

static py_object *set_ior(py_object *a, py_object *b) {
  if (!PY_ANYSET_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  if (set_update_internal(SO(a), b) < 0) return NULL;
  return py_newref(a);
}

static py_object *set_iand(py_object *a, py_object *b) {
  if (!PY_ANYSET_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  py_object *tmp = set_intersection(SO(a), b);
  if (!tmp) return NULL;
  set_swap_bodies(SO(a), SO(tmp));
  py_decref(tmp);
  return py_newref(a);
}

static py_object *set_isub(py_object *a, py_object *b) {
  if (!PY_ANYSET_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  if (set_difference_update_internal(SO(a), b) < 0) return NULL;
  return py_newref(a);
}

static py_object *set_ixor(py_object *a, py_object *b) {
  if (!PY_ANYSET_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  if (set_symmetric_difference_update_internal(SO(a), b) < 0) return NULL;
  return py_newref(a);
}

/* ===================================================================================
 * Methods
 * =================================================================================== */

#define METH(name) \
  static py_object *name(py_object *self, py_object *const *args, size_t nargs, py_object *kwnames)

static int no_kw(const char *qualname, py_object *kwnames) {
  if (kwnames && PY_TUPLE_SIZE(kwnames)) {
    py_raise(&py_exc_TypeError, "%s() takes no keyword arguments", qualname);
    return -1;
  }
  return 0;
}

static const char *qual(py_object *self, const char *meth, char *buf, size_t n) {
  snprintf(buf, n, "%s.%s", PY_TYPE(self) == &py_frozenset_type ||
                                    py_type_is_subtype(PY_TYPE(self), &py_frozenset_type)
                                ? "frozenset"
                                : "set",
           meth);
  return buf;
}
#define QUAL(m) qual(self, m, qbuf, sizeof qbuf)

METH(set_add_meth) {
  if (py__arg_one("set.add", nargs, kwnames) < 0) return NULL;
  if (set_add_key(SO(self), args[0]) < 0) return NULL;
  return py_newref(PY_NONE);
}

METH(set_remove_meth) {
  if (py__arg_one("set.remove", nargs, kwnames) < 0) return NULL;
  py_object *key = args[0];
  int rv = set_discard_key(SO(self), key);
  if (rv < 0) {
    if (!PY_ANYSET_CHECK(key) || !py_err_matches(&py_exc_TypeError)) return NULL;
    py_err_clear();
    py_object *tmp = make_new_set(&py_frozenset_type, key);
    if (!tmp) return NULL;
    rv = set_discard_key(SO(self), tmp);
    py_decref(tmp);
    if (rv < 0) return NULL;
  }
  if (rv == DISCARD_NOTFOUND) {
    set_key_error(key);
    return NULL;
  }
  return py_newref(PY_NONE);
}

METH(set_discard_meth) {
  if (py__arg_one("set.discard", nargs, kwnames) < 0) return NULL;
  py_object *key = args[0];
  int rv = set_discard_key(SO(self), key);
  if (rv < 0) {
    if (!PY_ANYSET_CHECK(key) || !py_err_matches(&py_exc_TypeError)) return NULL;
    py_err_clear();
    py_object *tmp = make_new_set(&py_frozenset_type, key);
    if (!tmp) return NULL;
    rv = set_discard_key(SO(self), tmp);
    py_decref(tmp);
    if (rv < 0) return NULL;
  }
  return py_newref(PY_NONE);
}

METH(set_pop_meth) {
  (void)args;
  if (py__arg_none("set.pop", nargs, kwnames) < 0) return NULL;
  py_set_object *so = SO(self);
  if (so->used == 0) return py_raise(&py_exc_KeyError, "pop from an empty set");
  set_entry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
  while (entry->key == NULL || entry->key == DUMMY) {
    entry++;
    if (entry > limit) entry = so->table;
  }
  py_object *key = entry->key;
  entry->key = DUMMY;
  entry->hash = -1;
  so->used--;
  so->finger = entry - so->table + 1;
  return key;
}

METH(set_clear_meth) {
  (void)args;
  if (py__arg_none("set.clear", nargs, kwnames) < 0) return NULL;
  set_clear_internal(SO(self));
  return py_newref(PY_NONE);
}

METH(set_copy_meth) {
  (void)args;
  char qbuf[48];
  if (py__arg_none(QUAL("copy"), nargs, kwnames) < 0) return NULL;
  if (PY_TYPE(self) == &py_frozenset_type) return py_newref(self);
  return set_copy_obj(self);
}

METH(set_update_meth) {
  if (no_kw("set.update", kwnames) < 0) return NULL;
  for (size_t i = 0; i < nargs; i++)
    if (set_update_internal(SO(self), args[i]) < 0) return NULL;
  return py_newref(PY_NONE);
}

METH(set_union_meth) {
  char qbuf[48];
  if (no_kw(QUAL("union"), kwnames) < 0) return NULL;
  py_object *result = set_copy_obj(self);
  if (!result) return NULL;
  for (size_t i = 0; i < nargs; i++) {
    if (args[i] == self) continue;
    if (set_update_internal(SO(result), args[i]) < 0) {
      py_decref(result);
      return NULL;
    }
  }
  return result;
}

static py_object *intersection_multi(py_object *self, py_object *const *args, size_t nargs) {
  if (nargs == 0) return set_copy_obj(self);
  py_object *result = py_newref(self);
  for (size_t i = 0; i < nargs; i++) {
    py_object *nr = set_intersection(SO(result), args[i]);
    py_decref(result);
    if (!nr) return NULL;
    result = nr;
  }
  return result;
}

METH(set_intersection_meth) {
  char qbuf[48];
  if (no_kw(QUAL("intersection"), kwnames) < 0) return NULL;
  return intersection_multi(self, args, nargs);
}

METH(set_intersection_update_meth) {
  if (no_kw("set.intersection_update", kwnames) < 0) return NULL;
  py_object *tmp = intersection_multi(self, args, nargs);
  if (!tmp) return NULL;
  set_swap_bodies(SO(self), SO(tmp));
  py_decref(tmp);
  return py_newref(PY_NONE);
}

METH(set_difference_meth) {
  char qbuf[48];
  if (no_kw(QUAL("difference"), kwnames) < 0) return NULL;
  if (nargs == 0) return set_copy_obj(self);
  py_object *result = set_difference(SO(self), args[0]);
  if (!result) return NULL;
  for (size_t i = 1; i < nargs; i++) {
    if (set_difference_update_internal(SO(result), args[i]) < 0) {
      py_decref(result);
      return NULL;
    }
  }
  return result;
}

METH(set_difference_update_meth) {
  if (no_kw("set.difference_update", kwnames) < 0) return NULL;
  for (size_t i = 0; i < nargs; i++)
    if (set_difference_update_internal(SO(self), args[i]) < 0) return NULL;
  return py_newref(PY_NONE);
}

METH(set_symmetric_difference_meth) {
  char qbuf[48];
  if (py__arg_one(QUAL("symmetric_difference"), nargs, kwnames) < 0) return NULL;
  return set_symmetric_difference(SO(self), args[0]);
}

METH(set_symmetric_difference_update_meth) {
  if (py__arg_one("set.symmetric_difference_update", nargs, kwnames) < 0) return NULL;
  if (set_symmetric_difference_update_internal(SO(self), args[0]) < 0) return NULL;
  return py_newref(PY_NONE);
}

METH(set_issubset_meth) {
  char qbuf[48];
  if (py__arg_one(QUAL("issubset"), nargs, kwnames) < 0) return NULL;
  int r = set_issubset_internal(SO(self), args[0]);
  return r < 0 ? NULL : py_bool(r);
}

METH(set_issuperset_meth) {
  char qbuf[48];
  if (py__arg_one(QUAL("issuperset"), nargs, kwnames) < 0) return NULL;
  int r = set_issuperset_internal(SO(self), args[0]);
  return r < 0 ? NULL : py_bool(r);
}

METH(set_isdisjoint_meth) {
  char qbuf[48];
  if (py__arg_one(QUAL("isdisjoint"), nargs, kwnames) < 0) return NULL;
  py_object *other = args[0];
  py_set_object *so = SO(self);
  if (other == self) return py_bool(so->used == 0);
  if (PY_TYPE(other) == &py_set_type || PY_TYPE(other) == &py_frozenset_type) {
    py_set_object *big = so, *small = SO(other);
    if (small->used > big->used) {
      big = SO(other);
      small = so;
    }
    py_ssize pos = 0;
    set_entry *entry;
    while (set_next(small, &pos, &entry)) {
      py_object *key = py_newref(entry->key);
      int rv = set_contains_entry(big, key, entry->hash);
      py_decref(key);
      if (rv != 0) return rv < 0 ? NULL : py_bool(0);
    }
    return py_bool(1);
  }
  py_object *it = py_iter(other);
  if (!it) return NULL;
  py_object *key;
  while ((key = py_next(it))) {
    int rv = set_contains_key(so, key);
    py_decref(key);
    if (rv != 0) {
      py_decref(it);
      return rv < 0 ? NULL : py_bool(0);
    }
  }
  py_decref(it);
  if (py_err_occurred()) return NULL;
  return py_bool(1);
}

METH(set_contains_meth) {
  char qbuf[48];
  if (py__arg_one(QUAL("__contains__"), nargs, kwnames) < 0) return NULL;
  int r = set_contains(self, args[0]);
  return r < 0 ? NULL : py_bool(r);
}

static const py_method_def set_methods[] = {
    {"add", set_add_meth, 0, NULL},
    {"clear", set_clear_meth, 0, NULL},
    {"__contains__", set_contains_meth, 0, NULL},
    {"copy", set_copy_meth, 0, NULL},
    {"discard", set_discard_meth, 0, NULL},
    {"difference", set_difference_meth, 0, NULL},
    {"difference_update", set_difference_update_meth, 0, NULL},
    {"intersection", set_intersection_meth, 0, NULL},
    {"intersection_update", set_intersection_update_meth, 0, NULL},
    {"isdisjoint", set_isdisjoint_meth, 0, NULL},
    {"issubset", set_issubset_meth, 0, NULL},
    {"issuperset", set_issuperset_meth, 0, NULL},
    {"pop", set_pop_meth, 0, NULL},
    {"remove", set_remove_meth, 0, NULL},
    {"symmetric_difference", set_symmetric_difference_meth, 0, NULL},
    {"symmetric_difference_update", set_symmetric_difference_update_meth, 0, NULL},
    {"union", set_union_meth, 0, NULL},
    {"update", set_update_meth, 0, NULL},
    {"__class_getitem__", py__class_getitem, PY_METH_CLASS, NULL},
    {0},
};

static const py_method_def frozenset_methods[] = {
    {"__contains__", set_contains_meth, 0, NULL},
    {"copy", set_copy_meth, 0, NULL},
    {"difference", set_difference_meth, 0, NULL},
    {"intersection", set_intersection_meth, 0, NULL},
    {"isdisjoint", set_isdisjoint_meth, 0, NULL},
    {"issubset", set_issubset_meth, 0, NULL},
    {"issuperset", set_issuperset_meth, 0, NULL},
    {"symmetric_difference", set_symmetric_difference_meth, 0, NULL},
    {"union", set_union_meth, 0, NULL},
    {"__class_getitem__", py__class_getitem, PY_METH_CLASS, NULL},
    {0},
};

/* ===================================================================================
 * Iterator
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *set; /* NULL when exhausted */
  py_ssize used;  /* the set's size when iteration began */
  py_ssize pos;
  py_ssize len;
} set_iter_object;

static void set_iter_dealloc(py_object *self) {
  py_xdecref(((set_iter_object *)self)->set);
  py_type_free(self);
}

static py_object *set_iter_next(py_object *self) {
  set_iter_object *si = (set_iter_object *)self;
  if (!si->set) return NULL;
  py_set_object *so = SO(si->set);
  if (si->used != so->used) {
    py_raise(&py_exc_RuntimeError, "Set changed size during iteration");
    si->used = -1;
    return NULL;
  }
  set_entry *e;
  if (!set_next(so, &si->pos, &e)) {
    PY_CLEAR(si->set);
    return NULL;
  }
  si->len--;
  return py_newref(e->key);
}

static py_object *set_iter_length_hint(py_object *self, py_object *const *args,
                                       size_t nargs, py_object *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  set_iter_object *si = (set_iter_object *)self;
  return py_int_from_i64(si->set && si->used == SO(si->set)->used ? si->len : 0);
}

static const py_method_def set_iter_methods[] = {
    {"__length_hint__", set_iter_length_hint, 0, NULL},
    {0},
};

py_type py_set_iter_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "set_iterator",
    .basicsize = sizeof(set_iter_object),
    .base = &py_object_type,
    .dealloc = set_iter_dealloc,
    .iter = py__self_iter,
    .iternext = set_iter_next,
    .methods = set_iter_methods,
};

static py_object *set_iter(py_object *self) {
  set_iter_object *si = (set_iter_object *)py_type_alloc(&py_set_iter_type, 0);
  if (!si) return NULL;
  si->set = py_newref(self);
  si->used = SO(self)->used;
  si->pos = 0;
  si->len = SO(self)->used;
  return (py_object *)si;
}

/* ===================================================================================
 * Construction and the types
 * =================================================================================== */

/* set.__new__ makes an empty set; set.__init__ fills it. */
static py_object *set_new(py_type *type, py_object *const *args, size_t nargs,
                          py_object *kwnames) {
  (void)args;
  if (type == &py_set_type && py_args_check("set", nargs, kwnames, 0, 1) < 0) return NULL;
  return make_new_set(type, NULL);
}

static int set_init(py_object *self, py_object *const *args, size_t nargs,
                    py_object *kwnames) {
  if (py_args_check("set", nargs, kwnames, 0, 1) < 0) return -1;
  if (SO(self)->fill) set_clear_internal(SO(self));
  SO(self)->hash = -1;
  if (!nargs) return 0;
  return set_update_internal(SO(self), args[0]);
}

static py_object *frozenset_new(py_type *type, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  if (type == &py_frozenset_type && py_args_check("frozenset", nargs, kwnames, 0, 1) < 0)
    return NULL;
  py_object *iterable = nargs ? args[0] : NULL;
  if (type != &py_frozenset_type) return make_new_set(type, iterable);
  return py_frozenset_new(iterable);
}

py_type py_set_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "set",
    .basicsize = sizeof(py_set_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .methods = set_methods,
    .new = set_new,
    .init = set_init,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .number = {[PY_OP_SUB] = set_sub, [PY_OP_AND] = set_and, [PY_OP_XOR] = set_xor,
               [PY_OP_OR] = set_or},
    .inplace = {[PY_OP_SUB] = set_isub, [PY_OP_AND] = set_iand, [PY_OP_XOR] = set_ixor,
                [PY_OP_OR] = set_ior},
    .len = set_len,
    .contains = set_contains,
};

py_type py_frozenset_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "frozenset",
    .basicsize = sizeof(py_set_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .methods = frozenset_methods,
    .new = frozenset_new,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .number = {[PY_OP_SUB] = set_sub, [PY_OP_AND] = set_and, [PY_OP_XOR] = set_xor,
               [PY_OP_OR] = set_or},
    .len = set_len,
    .contains = set_contains,
};
