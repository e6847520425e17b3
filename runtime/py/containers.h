/* runtime/py/containers.h — internals shared by the container files (list.c, tuple.c,
 * dict.c, set.c, range.c, slice.c, iter.c, builtins.c). Not part of the object.h
 * contract: other parts of the interpreter use only what object.h declares. */
#ifndef TASKSCOPE_PY_CONTAINERS_H
#define TASKSCOPE_PY_CONTAINERS_H

#include "py/object.h"

/* ---- recursion guard for repr ([...], {...}) ------------------------------------- */

/* 0 when o may be repr'd now (it is then marked busy), 1 when o is already being
 * repr'd further up (print the "..." form), -1 with MemoryError set. */
int py__repr_enter(py_object *o);
/* Unmarks o (after a 0 from py__repr_enter). */
void py__repr_leave(py_object *o);

/* ---- helpers ------------------------------------------------------------------------ */

/* A growable UTF-8 byte buffer for building reprs. */
typedef struct py__buf {
  char *data;
  size_t len, cap;
} py__buf;
/* Appends n bytes; 0, or -1 with MemoryError set. */
int py__buf_add(py__buf *b, const char *s, size_t n);
int py__buf_adds(py__buf *b, const char *s);
/* Appends a str object's UTF-8. */
int py__buf_addstr(py__buf *b, py_object *str);
/* Appends repr(o). */
int py__buf_addrepr(py__buf *b, py_object *o);
/* Makes a str of the contents and frees the buffer (also on failure). New. */
py_object *py__buf_finish(py__buf *b);
void py__buf_free(py__buf *b);

/* Joins the reprs of n objects with ", " between open and close ("[", "]"); new. */
py_object *py__repr_join(const char *open, py_object *const *items, py_ssize n,
                         const char *close);
/* The items of a list or tuple as an array (borrowed, valid while the container is not
 * mutated), or, for any other iterable, collects them into *tmp (a new list the caller
 * releases). Returns NULL with an error set on failure. */
py_object **py__seq_items(py_object *o, py_ssize *n, py_object **tmp);
/* Lexicographic comparison of two arrays, as list and tuple compare. New. */
py_object *py__seq_richcompare(py_object *const *a, py_ssize na, py_object *const *b,
                               py_ssize nb, int op);
/* Resolves a possibly negative index against a length; -1 when out of range. */
static inline py_ssize py__wrap_index(py_ssize i, py_ssize n) {
  if (i < 0) i += n;
  return (i < 0 || i >= n) ? -1 : i;
}
/* Converts an index key to py_ssize for sequence subscripts; on a non-index type raises
 * "<what> indices must be integers or slices, not <type>". 0 or -1. */
int py__seq_index(py_object *key, const char *what, py_ssize *out);
int py__slice_check(py_object *o);
/* Argument checks in CPython's METH_O / METH_NOARGS wording: "list.append() takes
 * exactly one argument (0 given)", "list.copy() takes no arguments (1 given)",
 * "x() takes no keyword arguments". qualname is "list.append". 0 or -1. */
int py__arg_one(const char *qualname, size_t nargs, py_object *kwnames);
int py__arg_none(const char *qualname, size_t nargs, py_object *kwnames);
/* Reads the optional start/stop of index() (args[1], args[2]) the way slice bounds are
 * read: clamped, negative counted from the end. 0 or -1. */
int py__index_bounds(py_object *const *args, size_t nargs, py_ssize n, py_ssize *start,
                     py_ssize *stop);
/* Reads a repeat count for seq * n; 1 ok, 0 when other is a class that may implement
 * the reflected operation (NotImplemented), -1 error. */
int py__repeat_count(py_object *other, py_ssize *n);
/* __class_getitem__ of the builtin containers: a types.GenericAlias. */
py_object *py__class_getitem(py_object *cls, py_object *const *args, size_t nargs,
                             py_object *kwnames);

/* ---- list internals ------------------------------------------------------------------ */

/* Makes room for at least n items (amortised growth). 0 or -1. */
int py__list_reserve(py_object *list, py_ssize n);
/* list.extend(iterable). 0 or -1. */
int py__list_extend(py_object *list, py_object *iterable);
/* An empty list with room for n items allocated (CPython's split functions start
 * with 12, which sys.getsizeof shows). New. */
py_object *py__list_new_reserved(py_ssize n);
/* Sorts n items in place (stable); keys may be NULL (the items are their own keys).
 * When keys is given it is permuted along with items. 0 or -1. */
int py__sort_items(py_object **items, py_object **keys, py_ssize n);

/* ---- dict internals ------------------------------------------------------------------ */

/* Lookup with a known hash: borrowed value or NULL (check py_err_occurred()). */
py_object *py__dict_get_hashed(py_object *d, py_object *key, py_hash hash);
int py__dict_set_hashed(py_object *d, py_object *key, py_hash hash, py_object *value);
/* Like py_dict_next, also giving the stored hash. */
int py__dict_next_hashed(py_object *d, py_ssize *pos, py_object **key,
                         py_object **value, py_hash *hash);
/* dict.__contains__ with a known hash: 1, 0 or -1. */
int py__dict_contains_hashed(py_object *d, py_object *key, py_hash hash);
/* d[key] for the subscript operator: __missing__ for subclasses, KeyError. New. */
py_object *py__dict_subscript(py_object *d, py_object *key);
/* Merges the key/value pairs of a mapping or an iterable of pairs into d. When
 * override is 0 existing keys are kept. 0 or -1. */
int py__dict_merge(py_object *d, py_object *other, int override);

/* The hash of a key, with the cached hash of exact strs used directly. -1 on error. */
static inline py_hash py__key_hash(py_object *key) {
  if (PY_TYPE(key) == &py_str_type) {
    py_hash h = ((py_str_object *)key)->hash;
    if (h != -1) return h;
  }
  return py_hash_of(key);
}
/* A keys/values/items view of dict (type is one of the three view types). New. */
py_object *py__dict_view_new(py_object *dict, py_type *type);
/* An iterator over dict; type picks keys/values/items, reversed runs backwards. New. */
py_object *py__dict_iter_new(py_object *dict, py_type *type, int reversed);
extern py_type py__dict_revkeyiter_type, py__dict_revvalueiter_type,
    py__dict_revitemiter_type;

/* ---- length hints (abstract.c) ---- */

/* How many items iterating o will give, as CPython's PyObject_LengthHint guesses it:
 * len(o) when o has a length (a TypeError from __len__ falls through), else
 * o.__length_hint__(), else dflt. -1 with an error set. */
py_ssize py__length_hint(py_object *o, py_ssize dflt);

/* ---- set internals ------------------------------------------------------------------- */
/* The number of slots in a set's hash table (8 while it uses its small table). */
py_ssize py__set_table_size(py_object *s);

#define PY_ANYSET_CHECK(o)                                                            \
  (PY_TYPE(o) == &py_set_type || PY_TYPE(o) == &py_frozenset_type ||                 \
   py_type_is_subtype(PY_TYPE(o), &py_set_type) ||                                   \
   py_type_is_subtype(PY_TYPE(o), &py_frozenset_type))
/* set.update(iterable) in CPython's insertion order. 0 or -1. */
int py__set_update(py_object *set, py_object *iterable);
/* Iterates a set's table in slot order: 1 with a borrowed key, 0 at the end. */
int py__set_next(py_object *set, py_ssize *pos, py_object **key, py_hash *hash);
int py__set_contains(py_object *set, py_object *key); /* 1, 0 or -1 */
/* set.difference_update(other) and set.symmetric_difference_update(other). 0 or -1. */
int py__set_difference_update(py_object *set, py_object *other);
int py__set_symmetric_update(py_object *set, py_object *other);

/* ---- iterator types ------------------------------------------------------------------ */

extern py_type py_list_iter_type, py_list_reviter_type, py_tuple_iter_type,
    py_range_iter_type, py_seq_iter_type, py_callable_iter_type, py_enumerate_type,
    py_zip_type, py_map_type, py_filter_type, py_reversed_type, py_dict_keys_type,
    py_dict_values_type, py_dict_items_type, py_dict_keyiter_type,
    py_dict_valueiter_type, py_dict_itemiter_type, py_set_iter_type;

/* iter(o) for objects without an __iter__ but with __getitem__. New. The same as
 * object.h's py_seqiter_new, kept under this name too for callers that use it. */
py_object *py__seq_iter_new(py_object *seq);
py_object *py_seqiter_new(py_object *seq);
/* The iterator returned by iter(callable, sentinel). New. */
py_object *py__callable_iter_new(py_object *callable, py_object *sentinel);
/* An iterator returning itself: the iter slot of every iterator type. */
py_object *py__self_iter(py_object *self);

#endif
