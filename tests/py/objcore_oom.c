/* tests/py/objcore_oom.c — allocation failures along the object core's longer paths
 * (class creation with slots and dunders, instances, exceptions and their groups,
 * bound methods, slot wrappers): with the memory cap set a little higher each round,
 * every step must either succeed or fail with MemoryError, never crash or leave a
 * half-built object behind (ASan checks the latter). */
#include "objcore_common.h"

static py_object *m_eq(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)n, (void)kw;
  return py_bool(1);
}

/* One pass over the paths; returns 0 when everything succeeded, -1 at the first
 * failure (which must be MemoryError). */
static int workload(void) {
  int rc = -1;
  py_object *ns = NULL, *cls = NULL, *inst = NULL, *exc = NULL, *eg = NULL, *list = NULL,
            *split = NULL, *bound = NULL, *name = NULL, *bases = NULL, *slots = NULL;
  ns = py_dict_new();
  if (!ns) goto done;
  slots = py_tuple_pack(1, py_str_intern_cstr("a"));
  if (!slots || py_dict_set_str(ns, "__slots__", slots) < 0) goto done;
  py_object *f = fn_new("__eq__", m_eq);
  if (!f) goto done;
  int r = py_dict_set_str(ns, "__eq__", f);
  py_decref(f);
  if (r < 0) goto done;
  name = S("Cls");
  bases = py_tuple_pack(1, (py_object *)&py_exc_ValueError);
  if (!name || !bases) goto done;
  py_object *args[3] = {name, bases, ns};
  cls = py_call((py_object *)&py_type_type, args, 3, NULL);
  if (!cls) goto done;
  py_object *msg = S("boom");
  if (!msg) goto done;
  inst = py_call1(cls, msg);
  py_decref(msg);
  if (!inst) goto done;
  if (py_setattr(inst, py_str_intern_cstr("a"), PY_NONE) < 0) goto done;
  if (py_setattr(inst, py_str_intern_cstr("zz"), PY_NONE) < 0) goto done;
  py_object *s = py_str(inst);
  if (!s) goto done;
  py_decref(s);
  list = py_list_new(0);
  if (!list || py_list_append(list, inst) < 0) goto done;
  exc = py_call0((py_object *)&py_exc_TypeError);
  if (!exc || py_list_append(list, exc) < 0) goto done;
  py_object *gm = S("group");
  if (!gm) goto done;
  eg = py_exc_group_new(gm, list);
  py_decref(gm);
  if (!eg) goto done;
  py_object *match, *rest;
  if (py_exc_group_split(eg, (py_object *)&py_exc_TypeError, &match, &rest) < 0) goto done;
  py_xdecref(match);
  py_xdecref(rest);
  bound = py_getattr_str(inst, "__str__");
  if (!bound) goto done;
  split = py_call0(bound);
  if (!split) goto done;
  py_raise(&py_exc_KeyError, "%R and %S", inst, eg);
  py_object *e = py_err_fetch();
  if (!e || !py_type_is_subtype(PY_TYPE(e), &py_exc_KeyError)) {
    if (e) py_err_restore(e);
    goto done;
  }
  py_decref(e);
  rc = 0;
done:
  py_xdecref(split);
  py_xdecref(bound);
  py_xdecref(eg);
  py_xdecref(exc);
  py_xdecref(list);
  py_xdecref(inst);
  py_xdecref(cls);
  py_xdecref(bases);
  py_xdecref(name);
  py_xdecref(slots);
  py_xdecref(ns);
  return rc;
}

int main(void) {
  if (py_objcore_init() < 0) return 1;
  /* warm up: ready every type involved */
  if (workload() < 0) {
    fprintf(stderr, "workload failed: %s\n", err());
    return 1;
  }
  int failures_seen = 0, successes = 0;
  for (size_t extra = 0; extra < 12000; extra += 8) {
    py_mem_set_limit(py_mem_used() + extra);
    int r = workload();
    py_mem_set_limit(0);
    if (r < 0) {
      failures_seen++;
      py_object *e = py_err_occurred();
      CHECK(e != NULL);
      if (e && !py_type_is_subtype(PY_TYPE(e), &py_exc_MemoryError))
        fprintf(stderr, "extra=%zu: %s\n", extra, err());
      py_err_clear();
    } else {
      successes++;
    }
  }
  CHECK(failures_seen > 10);
  CHECK(successes > 0);
  return CHECK_DONE("objcore_oom");
}
