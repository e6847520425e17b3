/* runtime/py/asyncgen_hooks.c — the async generator hooks of the sys module.
 *
 * CPython keeps them per thread; we have one thread, so they are two globals. An async
 * generator reads them the first time it is asked for a step (gen.c): it calls
 * firstiter with itself at once and remembers the finalizer, which it calls instead of
 * closing itself if it is dropped before it finished. asyncio's loop installs both
 * while it runs (base_events.py), as CPython's BaseEventLoop.run_forever does. */
#include "py/asyncgen_hooks.h"

#include "py/interp.h"
#include "py/objimpl.h"

static py_object *firstiter_hook, *finalizer_hook;

void py__asyncgen_hooks_fini(void) {
  PY_CLEAR(firstiter_hook);
  PY_CLEAR(finalizer_hook);
}

py_object *py__asyncgen_firstiter(void) { return firstiter_hook; }
py_object *py__asyncgen_finalizer(void) { return finalizer_hook; }

/* Applies one argument: absent keeps the hook, None clears it, a callable replaces it.
 * CPython sets the finalizer before it checks firstiter, so a bad firstiter leaves a
 * new finalizer in place; the caller keeps that order. */
static int set_hook(py_object **slot, py_object *v, const char *what) {
  if (!v) return 0;
  if (v == PY_NONE) {
    PY_CLEAR(*slot);
    return 0;
  }
  if (!PY_TYPE(v)->call) {
    py_raise(&py_exc_TypeError, "callable %s expected, got %s", what, PY_TYPE(v)->name);
    return -1;
  }
  py_setref(slot, py_newref(v));
  return 0;
}

py_object *py__sys_set_asyncgen_hooks(py_object *self, py_object *const *args, size_t nargs,
                                      py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"firstiter", "finalizer"};
  static const py_params params = {"set_asyncgen_hooks", names, 2, 0, 2, 0};
  py_object *v[2] = {NULL, NULL};
  if (py_args_bind(&params, args, nargs, kwnames, v) < 0) return NULL;
  if (set_hook(&finalizer_hook, v[1], "finalizer") < 0) return NULL;
  if (set_hook(&firstiter_hook, v[0], "firstiter") < 0) return NULL;
  return py_newref(PY_NONE);
}

/* ---- the result type: a tuple whose two items are also attributes -------------------- */

static py_object *hooks_item(py_object *o, py_ssize i) {
  return PY_TUPLE_SIZE(o) > i ? py_newref(PY_TUPLE_ITEMS(o)[i]) : py_newref(PY_NONE);
}
static py_object *hooks_firstiter(py_object *o) { return hooks_item(o, 0); }
static py_object *hooks_finalizer(py_object *o) { return hooks_item(o, 1); }

static py_object *hooks_repr(py_object *o) {
  if (PY_TUPLE_SIZE(o) != 2) return py_raise(&py_exc_TypeError, "bad asyncgen_hooks");
  return py_str_format("asyncgen_hooks(firstiter=%R, finalizer=%R)", PY_TUPLE_ITEMS(o)[0],
                       PY_TUPLE_ITEMS(o)[1]);
}

static const py_getset_def hooks_getset[] = {
    {"firstiter", hooks_firstiter, NULL},
    {"finalizer", hooks_finalizer, NULL},
    {0},
};

static py_type hooks_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "asyncgen_hooks",
    .base = &py_tuple_type,
    .repr = hooks_repr,
    .getset = hooks_getset,
};

py_object *py__sys_get_asyncgen_hooks(py_object *self, py_object *const *args, size_t nargs,
                                      py_object *kwnames) {
  (void)self;
  (void)args;
  if (py_args_check("get_asyncgen_hooks", nargs, kwnames, 0, 0) < 0) return NULL;
  py_object *h = py_type_alloc(&hooks_type, 2);
  if (!h) return NULL;
  PY_TUPLE_SIZE(h) = 2;
  PY_TUPLE_ITEMS(h)[0] = py_newref(firstiter_hook ? firstiter_hook : PY_NONE);
  PY_TUPLE_ITEMS(h)[1] = py_newref(finalizer_hook ? finalizer_hook : PY_NONE);
  return h;
}
