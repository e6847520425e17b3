/* runtime/py/bytes_impl.h — what the files of bytes and bytearray share among
 * themselves (bytes.c: the types; bytes_search.c: find, split, partition and the other
 * searching methods; bytes_text.c: case, padding, hex and the method tables;
 * bytes_edit.c: translate and the in-place edits; memoryview.c: views of both). Not
 * for other files: they use scalars.h. */
#ifndef PY_BYTES_IMPL_H
#define PY_BYTES_IMPL_H

#include "py/objimpl.h"
#include "py/scalars.h"

/* True for bytes, bytearray and their subclasses (the buffers we know). */
bool py__bytes_is_buffer(py_object *o);
/* True for bytearray and its subclasses. */
bool py__bytes_is_bytearray(py_object *o);
/* A new bytes, or a new bytearray when `like` is one, holding d[0..n). Methods return
 * the plain type also for subclasses, as CPython's do. */
py_object *py__bytes_like(py_object *like, const char *d, size_t n);
/* TypeError "a bytes-like object is required, not 'T'" unless o is a buffer. 0 or -1. */
int py__bytes_need_buffer(py_object *o);

/* Argument checks with the words CPython's calling conventions use; `self` gives the
 * type named in the qualified forms ("bytearray.upper() takes no arguments (1 given)").
 * Each returns 0, or -1 with TypeError set. */
/* A method without arguments (METH_NOARGS). */
int py__bytes_noargs(py_object *self, const char *name, size_t nargs, py_object *kwnames);
/* A method of exactly one positional argument (METH_O). */
int py__bytes_onearg(py_object *self, const char *name, size_t nargs, py_object *kwnames);
/* Positional-only parameters checked by argument clinic ("center expected at least 1
 * argument, got 0"). */
int py__bytes_posargs(py_object *self, const char *name, size_t nargs, py_object *kwnames,
                      size_t min, size_t max);
/* Positional parameters parsed by PyArg_ParseTuple ("find() takes at least 1 argument
 * (0 given)"). */
int py__bytes_varargs(py_object *self, const char *name, size_t nargs, py_object *kwnames,
                      size_t min, size_t max);
/* An integer parameter converted as clinic's Py_ssize_t (bits 64) or C int (bits 32):
 * __index__, then OverflowError "Python int too large to convert to C ssize_t"/"C int". */
int py__bytes_int_arg(py_object *o, int bits, py_ssize *out);

/* Methods bytes.c keeps (bytearray's own), for the tables in bytes_text.c. */
py_object *py__bytearray_append(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames);
py_object *py__bytearray_extend(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames);
py_object *py__bytearray_pop(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames);
py_object *py__bytearray_clear(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames);
py_object *py__bytearray_alloc(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames);

/* The searching and splitting methods (bytes_search.c), shared by both types. */
#define PY__BYTES_METHOD(fn)                                                            \
  py_object *fn(py_object *self, py_object *const *args, size_t nargs, py_object *kwnames)
PY__BYTES_METHOD(py__bytes_find);
PY__BYTES_METHOD(py__bytes_rfind);
PY__BYTES_METHOD(py__bytes_index);
PY__BYTES_METHOD(py__bytes_rindex);
PY__BYTES_METHOD(py__bytes_count);
PY__BYTES_METHOD(py__bytes_startswith);
PY__BYTES_METHOD(py__bytes_endswith);
PY__BYTES_METHOD(py__bytes_partition);
PY__BYTES_METHOD(py__bytes_rpartition);
PY__BYTES_METHOD(py__bytes_split);
PY__BYTES_METHOD(py__bytes_rsplit);
PY__BYTES_METHOD(py__bytes_splitlines);
PY__BYTES_METHOD(py__bytes_replace);
PY__BYTES_METHOD(py__bytes_removeprefix);
PY__BYTES_METHOD(py__bytes_removesuffix);

/* The method tables (bytes_text.c). */
extern const py_method_def py__bytes_methods[];
extern const py_method_def py__bytearray_methods[];

#endif
