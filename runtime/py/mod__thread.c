/* runtime/py/mod__thread.c — `_thread`: the primitives runtime/lib/threading.py builds
 * its threads, locks, conditions and events on (the scheduler is thread_sched.c).
 *
 *   start_new_thread(function, args)  a new thread, ready to run; its identifier
 *   get_ident(), get_native_id()      the running thread's identifier
 *   _count()                          threads other than the main one
 *   block(timeout=None)               waits until wake() names this thread (True) or
 *                                     timeout seconds pass (False); others run meanwhile
 *   wake(ident)                       makes a blocked thread ready
 * A lock is Python (threading.py): a flag and a queue of waiting identifiers, woken in
 * the order they queued. */
#include <math.h>

#include "py/interp.h"
#include "py/thread_sched.h"

static py_object *m_start_new_thread(py_object *s, py_object *const *a, size_t n,
                                     py_object *k) {
  (void)s;
  if (py_args_check("start_new_thread", n, k, 2, 3) < 0) return NULL;
  if (!PY_TUPLE_CHECK(a[1])) return py_raise(&py_exc_TypeError, "2nd arg must be a tuple");
  if (n == 3 && a[2] != PY_NONE)
    return py_raise(&py_exc_TypeError, "start_new_thread() keyword arguments are not "
                                       "supported here: use functools.partial");
  uint64_t id = py_thread_start(a[0], a[1]);
  return id ? py_int_from_i64((int64_t)id) : NULL;
}

static py_object *m_get_ident(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("get_ident", n, k, 0, 0) < 0) return NULL;
  return py_int_from_i64((int64_t)py_thread_ident());
}

static py_object *m_count(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("_count", n, k, 0, 0) < 0) return NULL;
  return py_int_from_i64(py_thread_count() - 1);
}

static py_object *m_block(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  if (py_args_check("block", n, k, 0, 1) < 0) return NULL;
  double timeout = -1;
  if (n == 1 && a[0] != PY_NONE) {
    timeout = py_as_double(a[0]);
    if (timeout == -1.0 && py_err_occurred()) return NULL;
    if (isnan(timeout)) return py_raise(&py_exc_ValueError, "Invalid value NaN (not a number)");
    if (timeout < 0) timeout = 0;
  }
  int rc = py_thread_block(timeout);
  return rc < 0 ? NULL : py_bool(rc);
}

static py_object *m_wake(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  if (py_args_check("wake", n, k, 1, 1) < 0) return NULL;
  int64_t id;
  if (py_int_as_i64(a[0], &id) < 0) return NULL;
  py_thread_wake((uint64_t)id);
  return py_newref(PY_NONE);
}

static const py_method_def thread_functions[] = {
    {"start_new_thread", m_start_new_thread, 0, NULL},
    {"get_ident", m_get_ident, 0, NULL},
    {"get_native_id", m_get_ident, 0, NULL},
    {"_count", m_count, 0, NULL},
    {"block", m_block, PY_METH_SUSPENDS, NULL},
    {"wake", m_wake, 0, NULL},
    {0},
};

py_object *py_mod__thread_init(void) {
  py_object *m = py_module_new("_thread");
  if (m && py_module_add_functions(m, thread_functions) < 0) py_setref(&m, NULL);
  return m;
}
