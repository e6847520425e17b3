/* runtime/py/mod_time.c — the time module, obeying the clock mode (design decision 3):
 * under the virtual clock monotonic()/perf_counter() read virtual time, time() is
 * 1700000000.0 plus it, and sleep(x) advances it by x at once. */
#include <math.h>
#include <time.h>

#include "py/asyncio_trace.h"
#include "py/interp.h"
#include "py/thread_sched.h"

static py_object *t_time(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("time", n, k, 0, 0) < 0) return NULL;
  return py_float_from_double(py_clock_wall());
}

static py_object *t_monotonic(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("monotonic", n, k, 0, 0) < 0) return NULL;
  return py_float_from_double(py_clock_monotonic());
}

static py_object *t_perf_counter(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("perf_counter", n, k, 0, 0) < 0) return NULL;
  return py_float_from_double(py_clock_monotonic());
}

static py_object *t_process_time(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("process_time", n, k, 0, 0) < 0) return NULL;
  return py_float_from_double(py_clock_is_virtual() ? py_clock_monotonic()
                                                    : (double)clock() / CLOCKS_PER_SEC);
}

static py_object *ns(double secs) { return py_int_from_double(floor(secs * 1e9)); }

static py_object *t_time_ns(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("time_ns", n, k, 0, 0) < 0) return NULL;
  return ns(py_clock_wall());
}

static py_object *t_monotonic_ns(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("monotonic_ns", n, k, 0, 0) < 0) return NULL;
  return ns(py_clock_monotonic());
}

static py_object *t_sleep(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  if (py_args_check("sleep", n, k, 1, 1) < 0) return NULL;
  py_object *x = a[0];
  if (!PY_INT_CHECK(x) && !PY_FLOAT_CHECK(x))
    return py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    PY_TYPE(x)->name);
  double secs = py_as_double(x);
  if (secs == -1.0 && py_err_occurred()) return NULL;
  if (secs < 0) return py_raise(&py_exc_ValueError, "sleep length must be non-negative");
  /* With other threads, a sleep is a wait of this thread only (thread_sched.c). */
  if (py_thread_others()) {
    if (py_thread_block(secs) < 0) return NULL;
  } else {
    py_clock_sleep(secs);
  }
  return py_newref(PY_NONE);
}

static const py_method_def time_functions[] = {
    {"time", t_time, 0, NULL},
    {"monotonic", t_monotonic, 0, NULL},
    {"perf_counter", t_perf_counter, 0, NULL},
    {"process_time", t_process_time, 0, NULL},
    {"time_ns", t_time_ns, 0, NULL},
    {"monotonic_ns", t_monotonic_ns, 0, NULL},
    {"perf_counter_ns", t_monotonic_ns, 0, NULL},
    {"sleep", t_sleep, PY_METH_SUSPENDS, NULL},
    {0},
};

/* The calendar functions (struct_time, gmtime, localtime, mktime, strftime, strptime,
 * asctime, ctime) are Python, in runtime/lib/_timefmt.py: their public names are copied
 * here and the helper is dropped from sys.modules again. */
static int add_calendar_functions(py_object *m) {
  py_object *helper = py_import("_timefmt");
  if (!helper) return -1;
  static const char *const names[] = {"struct_time", "gmtime", "localtime", "mktime",
                                      "strftime", "asctime", "ctime", "timezone",
                                      "altzone", "daylight", "tzname", "strptime"};
  int rc = 0;
  for (size_t i = 0; rc == 0 && i < sizeof names / sizeof *names; i++) {
    py_object *v = py_dict_get_str(py_module_dict(helper), names[i]);
    rc = v ? py_module_add(m, names[i], v) : -1;
  }
  py_object *key = py_str_from_cstr("_timefmt");
  if (!key || py_dict_del(py_sys_modules(), key) < 0) rc = -1;
  py_xdecref(key);
  py_decref(helper);
  return rc;
}

py_object *py_mod_time_init(void) {
  py_object *m = py_module_new("time");
  if (!m) return NULL;
  if (py_module_add_functions(m, time_functions) < 0 || add_calendar_functions(m) < 0) {
    py_decref(m);
    return NULL;
  }
  py__asyncio_trace_wrap_time(m); /* a traced run sees time.sleep as blocking events */
  return m;
}
