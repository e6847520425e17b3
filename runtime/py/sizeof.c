/* runtime/py/sizeof.c — what object.__sizeof__ and sys.getsizeof report: the sizes
 * CPython 3.11 reports on a 64-bit build, computed from our objects' contents (an int's
 * digits, a str's widest character, a list's allocation, a dict's or set's table), not
 * from our own memory layout, so that programs printing sizes print CPython's numbers.
 * Objects without a CPython equivalent report the closest CPython object
 * (docs/interpreter.md lists the choices). */
#include <string.h>

#include "py/code.h"
#include "py/containers.h"
#include "py/dict_layout.h"
#include "py/objimpl.h"
#include "py/scalars.h"

#define PTR 8 /* sizeof(PyObject *) on the 64-bit CPython we report for */

/* CPython's digits of an int: 30 bits each, at least one (3.11 stores 0 in one). */
static py_ssize int_digits(py_object *o) {
  if (PY_INT_IS_SMALL(o)) {
    int64_t v = PY_INT_SMALL(o);
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    py_ssize d = 1;
    while (m >>= 30) d++;
    return d;
  }
  static py_object *bit_length;
  if (!bit_length && !(bit_length = py_str_intern_cstr("bit_length"))) return -1;
  py_object *bits = py_call_method(o, bit_length, NULL, 0);
  if (!bits) return -1;
  py_ssize n;
  int rc = py_index_ssize(bits, &n);
  py_decref(bits);
  return rc < 0 ? -1 : (n + 29) / 30;
}

/* A str's size: the compact form CPython picks by its widest character (ASCII, one,
 * two or four bytes per character), with the terminating NUL. */
static py_ssize str_size(py_object *s) {
  py_ssize len = PY_STR_LEN(s);
  if (PY_STR_SIZE(s) == len) return 48 + len + 1;
  uint32_t widest = 0;
  const char *p = PY_STR_DATA(s), *end = p + PY_STR_SIZE(s);
  while (p < end) {
    uint32_t c = py__utf8_next(&p);
    if (c > widest) widest = c;
  }
  py_ssize unit = widest < 256 ? 1 : widest < 65536 ? 2 : 4;
  return 72 + (len + 1) * unit;
}

/* CPython's dict: the object, plus its keys table unless it is the shared empty one:
 * a header, one index byte per slot while the table has at most 128 slots (then 2, 4),
 * and 2/3 of the slot count in entries of 16 bytes (str keys only) or 24. */
static py_ssize dict_size(py_object *o, py_ssize base) {
  py__dict_object *d = (py__dict_object *)o;
  if (!d->indices) return base;
  size_t slots = (size_t)d->mask + 1;
  size_t index_bytes = slots <= 128 ? 1 : slots <= 65536 ? 2 : slots <= 0xffffffffu ? 4 : 8;
  bool str_keys = true;
  for (py_ssize i = 0; i < d->nentries && str_keys; i++)
    if (d->entries[i].key && !PY_IS_TYPE(d->entries[i].key, &py_str_type)) str_keys = false;
  size_t entries = (slots << 1) / 3;
  return base + 32 + (py_ssize)(slots * index_bytes + entries * (str_keys ? 16 : 24));
}

/* A generator's or coroutine's size: the object and its frame, whose slots are the
 * code's locals, cells and free variables and its value stack. Our compiler's stack
 * depth counts two slots more than CPython's co_stacksize. */
static py_ssize gen_size(py_object *o) {
  py_code *co = (py_code *)((py_gen *)o)->code;
  if (!co) return 152;
  py_ssize stack = co->stacksize > 3 ? co->stacksize - 2 : 1;
  return 152 + PTR * (co->nlocals + co->ncells + co->nfrees + stack);
}

/* The bytes CPython's classes add to a builtin base's layout: 8 per __slots__ member
 * and 8 for the weak-reference slot (the dict lives before the object in 3.11). */
static py_ssize heap_extra(py_type *t) {
  py_ssize extra = 0;
  static py_object *weakref;
  if (!weakref && !(weakref = py_str_intern_cstr("__weakref__"))) return 0;
  for (; t && PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE); t = t->base) {
    /* Our fields are our pointers (4 bytes on wasm32): count them, 8 bytes each. */
    py_type *b = t->base;
    const py_ssize ours = (py_ssize)sizeof(py_object *);
    py_ssize fields = (t->basicsize - ((b->basicsize + ours - 1) & ~(ours - 1))) / ours;
    if (t->dictoffset > 0 && t->dictoffset != b->dictoffset) fields--;
    if (fields > 0) extra += PTR * fields;
    if (py_dict_get(t->dict, weakref) && !(b->dict && py_dict_get(b->dict, weakref))) extra += PTR;
  }
  return extra;
}

/* The first builtin type of t's base chain. */
static py_type *builtin_base(py_type *t) {
  while (t->base && PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)) t = t->base;
  return t;
}

py_ssize py__sizeof(py_object *o) {
  py_type *t = PY_TYPE(o), *b = builtin_base(t);
  /* Layout-based sizes (CPython's tp_basicsize) grow with a subclass's own fields. */
  py_ssize extra = t == b ? 0 : heap_extra(t);
  if (b == &py_int_type || b == &py_bool_type) {
    py_ssize d = int_digits(o);
    return d < 0 ? -1 : 24 + 4 * d;
  }
  if (b == &py_str_type) return str_size(o);
  if (b == &py_float_type) return 24;
  if (b == &py_complex_type) return 32;
  if (b == &py_bytes_type) return 33 + extra + ((py_bytes_object *)o)->size;
  if (b == &py_bytearray_type) return 56 + extra + ((py_bytearray_object *)o)->cap;
  if (b == &py_tuple_type) return 24 + extra + PTR * PY_TUPLE_SIZE(o);
  if (b == &py_list_type) return 40 + extra + PTR * ((py_list_object *)o)->capacity;
  if (b == &py_dict_type) return dict_size(o, 48 + extra);
  if (b == &py_set_type || b == &py_frozenset_type) {
    py_ssize slots = py__set_table_size(o);
    return 200 + extra + (slots > 8 ? 16 * slots : 0);
  }
  if (b == &py_range_type) return 48;
  if (b == &py_slice_type) return 40;
  if (b == &py_generator_type || b == &py_coroutine_type || b == &py_async_generator_type)
    return gen_size(o);
  if (b == &py_function_type) return 136 + extra;
  if (b == &py_cfunction_type || b == &py_module_type) return 56 + extra;
  if (b == &py_bound_method_type) return 32;
  if (b == &py_property_type) return 64 + extra;
  if (b == &py_staticmethod_type || b == &py_classmethod_type) return 32 + extra;
  if (b == &py_cell_type) return 24;
  if (b == &py_code_type) return 192;
  if (b == &py_type_type) {
    /* A class: CPython's heap type object, plus the shared keys table (64 slots) it
     * keeps for its instances' managed dicts. */
    py_type *cls = (py_type *)o;
    if (!PY_HAS_FLAG(cls, PY_TPFLAGS_HEAPTYPE)) return 408;
    return 904 + (py__sizeof_preheader(cls) == 32 ? 768 : 0);
  }
  if (b == &py_none_type || b == &py_ellipsis_type || b == &py_notimplemented_type) return 16;
  if (py_type_is_subtype(b, &py_exc_BaseException)) return 72 + extra;
  if (b == &py_object_type) return 16 + extra;
  /* Iterators, views and the other small helpers: CPython's are a header and a few
   * pointers; ours are too, so our size is the closest. */
  return t->basicsize < 16 ? 16 : t->basicsize;
}

py_ssize py__sizeof_preheader(py_type *t) {
  /* Objects the cycle collector tracks carry a 16-byte header in front; instances of
   * classes whose dict CPython manages carry two more pointers there. */
  if (PY_HAS_FLAG(t, PY_TPFLAGS_HEAPTYPE)) {
    py_type *b = builtin_base(t);
    /* CPython's variable-size types (int, tuple, bytes, type) keep a subclass's dict
     * after the items instead. */
    bool var_size = b == &py_int_type || b == &py_bool_type || b == &py_tuple_type ||
                    b == &py_bytes_type || b == &py_type_type;
    bool managed_dict = t->dictoffset != 0 && !var_size && b->dictoffset == 0;
    return 16 + (managed_dict ? 16 : 0);
  }
  static py_type *const untracked[] = {
      &py_int_type, &py_bool_type, &py_float_type, &py_complex_type, &py_str_type,
      &py_bytes_type, &py_bytearray_type, &py_range_type, &py_none_type, &py_ellipsis_type,
      &py_notimplemented_type, &py_code_type, &py_object_type};
  for (size_t i = 0; i < sizeof untracked / sizeof *untracked; i++)
    if (t == untracked[i]) return 0;
  return 16;
}
