/* runtime/py/ids.c — the interned names of PY_IDS, and py_objcore_init, which
 * creates them and readies the builtin types of object.h before anything else runs. */
#include <stddef.h>

#include "py/objimpl.h"
#include "py/scalars.h"

struct py_ids py_ids;

/* A table and a loop rather than one statement per name: the code of py_init is
 * compiled by the wasm engine's host before the first line of a program runs
 * (docs/performance.md, "Cold start (session 4)"), and data costs it nothing. */
static const struct {
  const char *name;
  size_t offset; /* of the field in struct py_ids */
} id_table[] = {
#define PY_ID_ENTRY(n) {#n, offsetof(struct py_ids, n)},
    PY_IDS(PY_ID_ENTRY)
#undef PY_ID_ENTRY
};

static int make_ids(void) {
  for (size_t i = 0; i < sizeof id_table / sizeof id_table[0]; i++) {
    py_object *s = py_str_intern_cstr(id_table[i].name);
    if (!s) return -1;
    *(py_object **)((char *)&py_ids + id_table[i].offset) = s;
  }
  return 0;
}

int py_objcore_init(void) {
  if (py_ids.__init__) return 0;
  if (make_ids() < 0) return -1;
  py_type *core[] = {
      &py_object_type, &py_type_type, &py_none_type, &py_notimplemented_type,
      &py_ellipsis_type, &py_cfunction_type, &py_method_descr_type,
      &py__classmethod_descr_type, &py_getset_descr_type, &py__wrapper_descr_type,
      &py__method_wrapper_type, &py_property_type, &py_staticmethod_type,
      &py_classmethod_type, &py_super_type, &py_bound_method_type, &py_module_type,
      /* the other builtin types object.h declares: their instances may be made
       * without py_type_alloc (small ints, interned strs), so nothing else would
       * ready them */
      &py_bool_type, &py_int_type, &py_float_type, &py_str_type, &py_bytes_type,
      &py_bytearray_type, &py_tuple_type, &py_list_type, &py_dict_type, &py_set_type,
      &py_frozenset_type, &py_range_type, &py_slice_type, &py_complex_type,
  };
  for (size_t i = 0; i < sizeof core / sizeof core[0]; i++)
    if (py_type_ready(core[i]) < 0) return -1;
  if (py__exceptions_init() < 0) return -1;
  return py__errors_init();
}
