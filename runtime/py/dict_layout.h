/* runtime/py/dict_layout.h — the dict's memory layout and its keys version, for the
 * eval loop's inline caches (vm_cache.h). Only dict.c changes a dict through it.
 *
 * The keys version names one state of a dict's key set: the same version means the
 * same keys at the same entry numbers, so a cache that remembers (version, entry
 * number) can read the entry's current value without hashing or probing. Values may
 * change under one version (a global rebound, `_current = ctx`); inserting a new key,
 * deleting one, resizing or clearing sets the version to 0, and the next cache fill
 * takes a fresh number from a process-wide counter (CPython's dk_version works the
 * same way). Numbers are never reused, so a version also tells dicts apart. */
#ifndef TASKSCOPE_PY_DICT_LAYOUT_H
#define TASKSCOPE_PY_DICT_LAYOUT_H
#include <stdint.h>

#include "py/object.h"

typedef struct {
  py_hash hash;
  py_object *key;   /* NULL for a deleted entry */
  py_object *value; /* NULL for a deleted entry */
} py__dict_entry;

typedef struct {
  PY_HEAD;
  py_ssize used;       /* live entries */
  py_ssize nentries;   /* entry slots consumed, live or deleted */
  py_ssize usable;     /* entry slots allocated (2/3 of the index table) */
  py_ssize filled;     /* index slots no longer EMPTY (live or DUMMY); lookups need
                          EMPTY slots to stop, so this too triggers a resize */
  py_ssize mask;       /* index table size - 1 (0 while no table) */
  int32_t *indices;    /* EMPTY, DUMMY or an entry number */
  py__dict_entry *entries;
  uint64_t keys_version; /* 0 until a cache asks; back to 0 when the keys change */
} py__dict_object;

extern uint64_t py__dict_last_version;

/* The keys version of dict d, given a fresh number if it has none. */
static inline uint64_t py__dict_keys_version(py_object *d) {
  py__dict_object *dd = (py__dict_object *)d;
  if (dd->keys_version == 0) dd->keys_version = ++py__dict_last_version;
  return dd->keys_version;
}

/* The entry number of key in d: -1 when absent, -2 with an error set (a key's __eq__
 * failed). */
py_ssize py__dict_index(py_object *d, py_object *key);

/* The value of entry ix (borrowed; ix from py__dict_index under the current version). */
static inline py_object *py__dict_value_at(py_object *d, py_ssize ix) {
  return ((py__dict_object *)d)->entries[ix].value;
}

#endif
