/* runtime/py/vm_match.h — the work of the match statement's instructions (vm.c runs
 * them; compile.c says how patterns use them). Semantics are CPython 3.11's. */
#ifndef TASKSCOPE_PY_VM_MATCH_H
#define TASKSCOPE_PY_VM_MATCH_H
#include "py/object.h"

enum { PY_MATCH_NONE = 0, PY_MATCH_SEQUENCE = 1, PY_MATCH_MAPPING = 2 };

/* Whether o is matched by sequence patterns, mapping patterns or neither: list, tuple,
 * range, deque and dict, mappingproxy, and the classes that derive from or are
 * registered with collections.abc.Sequence / Mapping (str, bytes and bytearray are not
 * sequences here). PY_MATCH_* (never fails). */
int py__match_kind(py_object *o);

/* MATCH_CLASS: isinstance(subject, cls), then the nargs positional attributes named by
 * cls.__match_args__ (or the subject itself for the builtins that match themselves)
 * and the keyword attributes named in the tuple kwnames. Returns a new tuple of the
 * attributes, a new reference to None when the subject does not match, or NULL with
 * a TypeError set for a bad pattern. */
py_object *py__match_class(py_object *subject, py_object *cls, int nargs, py_object *kwnames);

/* MATCH_KEYS: the values of the mapping for the tuple of keys, looked up with
 * map.get(key, sentinel). A new tuple, a new reference to None when a key is missing,
 * or NULL with an error (a duplicate key raises ValueError). */
py_object *py__match_keys(py_object *map, py_object *keys);

#endif
