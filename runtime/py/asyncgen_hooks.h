/* runtime/py/asyncgen_hooks.h — sys.set_asyncgen_hooks / sys.get_asyncgen_hooks: the
 * two callables an event loop installs so it hears of every async generator that
 * starts (firstiter) and of every one dropped before it finished (finalizer). */
#ifndef PY_ASYNCGEN_HOOKS_H
#define PY_ASYNCGEN_HOOKS_H

#include "py/object.h"

/* The current firstiter hook, or NULL when none is set. Borrowed. */
py_object *py__asyncgen_firstiter(void);
/* The current finalizer hook, or NULL when none is set. Borrowed. */
py_object *py__asyncgen_finalizer(void);
/* Drops the hooks at the end of a run (py__asyncio_fini): the next run starts with none
 * and nothing of this run is kept alive by them. */
void py__asyncgen_hooks_fini(void);
/* sys.set_asyncgen_hooks([firstiter] [, finalizer]). */
py_object *py__sys_set_asyncgen_hooks(py_object *self, py_object *const *args, size_t nargs,
                                      py_object *kwnames);
/* sys.get_asyncgen_hooks(): the named pair asyncgen_hooks(firstiter=…, finalizer=…). */
py_object *py__sys_get_asyncgen_hooks(py_object *self, py_object *const *args, size_t nargs,
                                      py_object *kwnames);

/* _asyncio.AsyncGenSet (gen.c): async generators held weakly, in order of arrival, each
 * leaving when freed — what asyncio's loop keeps of those it saw start. */
extern py_type py_asyncgen_set_type;
/* The awaitables of asend()/__anext__() and of athrow()/aclose() (gen.c). */
extern py_type py_asyncgen_asend_type, py_asyncgen_athrow_type;

#endif
