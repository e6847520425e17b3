/* runtime/py/memoryview.h — the memoryview type (memoryview.c) and what bytes.c needs
 * to treat a view as bytes-like data. */
#ifndef PY_MEMORYVIEW_H
#define PY_MEMORYVIEW_H

#include "py/object.h"

extern py_type py_memoryview_type;

/* True if o is a memoryview. */
bool py__memoryview_check(py_object *o);
/* True if o is a memoryview that was released. */
bool py__memoryview_released(py_object *o);
/* True for a view that is not released and whose items are side by side: the views
 * bytes-like operations take (CPython's simple buffer requests refuse the others). */
bool py__memoryview_contiguous(py_object *o);
/* bytes(view): its bytes in item order, also for a strided view. New, or NULL with
 * CPython's ValueError for a released view. */
py_object *py__memoryview_tobytes(py_object *o);
/* The bytes of a view, in item order (borrowed, valid while the view lives; empty for a
 * released view). A strided view gives a copy the view keeps. */
void py__memoryview_data(py_object *o, const char **data, size_t *n);

#endif
