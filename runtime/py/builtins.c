/* runtime/py/builtins.c — the builtins module.
 *
 * py_mod_builtins_init() builds the module with every builtin function that does not
 * need the eval loop's internals (print, len, sorted, min/max, sum, ...), the builtin
 * types by name, the exception classes, and the constants. The interpreter (py_init,
 * interp.c) calls it once, then adds the VM's own builtins (globals, locals, vars,
 * __build_class__, exec/eval, __import__) from builtins_vm.c to the same module.
 *
 * Messages follow CPython 3.11 word for word (checked with python3). */
#include "py/code.h"
#include "py/containers.h"
#include "py/interp.h"
#include "py/memoryview.h"
#include "py/objimpl.h"
#include "py/scalars.h"

#include <stdio.h>
#include <string.h>

py_object *py_mod_builtins_init(void);
py_object *py_builtins_module_new(void);

#define BUILTIN(name) \
  static py_object *name(py_object *mod, py_object *const *args, size_t nargs, py_object *kwnames)
#define UNUSED_MOD (void)mod

/* ===================================================================================
 * Output: print and input
 * =================================================================================== */

/* Writes s to file (an object with write()), or to the host's stdout/stderr when
 * file is NULL. */
static int write_to(py_object *file, int fd, py_object *s) {
  if (!file) {
    py_host_write(fd, PY_STR_DATA(s), (size_t)PY_STR_SIZE(s));
    return 0;
  }
  if (py__sys_stream_write(file, s)) return 0;
  py_object *name = py_str_from_cstr("write");
  if (!name) return -1;
  py_object *r = py_call_method(file, name, &s, 1);
  py_decref(name);
  if (!r) return -1;
  py_decref(r);
  return 0;
}

static int check_str_or_none(py_object *o, const char *what) {
  if (o && o != PY_NONE && !PY_STR_CHECK(o)) {
    py_raise(&py_exc_TypeError, "%s must be None or a string, not %s", what, PY_TYPE(o)->name);
    return -1;
  }
  return 0;
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False) */
BUILTIN(builtin_print) {
  UNUSED_MOD;
  py_object *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
  if (kwnames) {
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(kwnames); i++) {
      py_object *k = PY_TUPLE_ITEMS(kwnames)[i], *v = args[nargs + i];
      if (py_str_equal_cstr(k, "sep")) sep = v;
      else if (py_str_equal_cstr(k, "end")) end = v;
      else if (py_str_equal_cstr(k, "file")) file = v;
      else if (py_str_equal_cstr(k, "flush")) flush = v;
      else return py_raise(&py_exc_TypeError, "%R is an invalid keyword argument for print()", k);
    }
  }
  if (check_str_or_none(sep, "sep") < 0 || check_str_or_none(end, "end") < 0) return NULL;
  if (file == PY_NONE) file = NULL;
  if (!file) {
    file = py_sys_get("stdout");
    /* sys.stdout = None silences print, as in CPython. */
    if (file == PY_NONE) return py_newref(PY_NONE);
  }
  py_object *space = NULL, *newline = NULL;
  int rc = 0;
  for (size_t i = 0; rc == 0 && i < nargs; i++) {
    if (i > 0) {
      if (sep && sep != PY_NONE) {
        rc = write_to(file, 1, sep);
      } else {
        if (!space && !(space = py_str_from_cstr(" "))) rc = -1;
        if (rc == 0) rc = write_to(file, 1, space);
      }
    }
    if (rc == 0) {
      py_object *s = py_str(args[i]);
      rc = s ? write_to(file, 1, s) : -1;
      py_xdecref(s);
    }
  }
  if (rc == 0) {
    if (end && end != PY_NONE) {
      rc = write_to(file, 1, end);
    } else {
      if (!(newline = py_str_from_cstr("\n"))) rc = -1;
      if (rc == 0) rc = write_to(file, 1, newline);
    }
  }
  py_xdecref(space);
  py_xdecref(newline);
  if (rc == 0 && flush && file) {
    int t = py_truthy(flush);
    if (t < 0) return NULL;
    if (t) {
      py_object *name = py_str_from_cstr("flush");
      py_object *r = name ? py_call_method(file, name, NULL, 0) : NULL;
      py_xdecref(name);
      if (!r) return NULL;
      py_decref(r);
    }
  }
  return rc < 0 ? NULL : py_newref(PY_NONE);
}

/* input([prompt]): programs here have no stdin, so reading hits end of file at once. */
BUILTIN(builtin_input) {
  UNUSED_MOD;
  if (py_args_check("input", nargs, kwnames, 0, 1) < 0) return NULL;
  if (nargs) {
    py_object *s = py_str(args[0]);
    if (!s) return NULL;
    py_object *out = py_sys_get("stdout");
    int rc = out == PY_NONE ? 0 : write_to(out, 1, s);
    py_decref(s);
    if (rc < 0) return NULL;
  }
  return py_raise(&py_exc_EOFError, "EOF when reading a line");
}

/* breakpoint(*args, **kws): sys.breakpointhook(*args, **kws), whatever the hook is now. */
BUILTIN(builtin_breakpoint) {
  UNUSED_MOD;
  py_object *hook = py_sys_get("breakpointhook");
  if (!hook) return py_raise(&py_exc_RuntimeError, "lost sys.breakpointhook");
  return py_call(hook, args, nargs, kwnames);
}

/* open(...): there is no file system in the playground. */
BUILTIN(builtin_open) {
  UNUSED_MOD;
  (void)kwnames;
  if (nargs < 1) return py_raise(&py_exc_TypeError, "open() missing required argument 'file' (pos 1)");
  /* Made as CPython's (errno, strerror, filename), so e.errno and e.filename are set. */
  static const char why[] = "No such file or directory";
  py_object *a[3] = {py_int_from_i64(2), py_str_from_utf8(why, sizeof why - 1), args[0]};
  py_object *e = a[0] && a[1] ? py_call((py_object *)&py_exc_FileNotFoundError, a, 3, NULL) : NULL;
  py_xdecref(a[0]);
  py_xdecref(a[1]);
  if (e) py_err_restore(e);
  return NULL;
}

/* ===================================================================================
 * Object protocol builtins
 * =================================================================================== */

BUILTIN(builtin_len) {
  UNUSED_MOD;
  if (py__arg_one("len", nargs, kwnames) < 0) return NULL;
  py_ssize n = py_len(args[0]);
  return n < 0 ? NULL : py_int_from_i64(n);
}

BUILTIN(builtin_repr) {
  UNUSED_MOD;
  if (py__arg_one("repr", nargs, kwnames) < 0) return NULL;
  return py_repr(args[0]);
}

/* Decodes one UTF-8 sequence at s (valid UTF-8 assumed); stores its length in *n. */
static uint32_t utf8_decode(const unsigned char *s, int *n) {
  if (s[0] < 0x80) {
    *n = 1;
    return s[0];
  }
  if (s[0] < 0xE0) {
    *n = 2;
    return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
  }
  if (s[0] < 0xF0) {
    *n = 3;
    return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  }
  *n = 4;
  return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
         ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

static int utf8_encode(uint32_t c, char *out) {
  if (c < 0x80) {
    out[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    out[0] = (char)(0xC0 | (c >> 6));
    out[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (c >> 18));
  out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

/* ascii(o): repr(o) with every non-ASCII character escaped. */
BUILTIN(builtin_ascii) {
  UNUSED_MOD;
  if (py__arg_one("ascii", nargs, kwnames) < 0) return NULL;
  py_object *r = py_repr(args[0]);
  if (!r || ((py_str_object *)r)->ascii) return r;
  py__buf b = {0};
  const unsigned char *s = (const unsigned char *)PY_STR_DATA(r);
  py_ssize size = PY_STR_SIZE(r);
  for (py_ssize i = 0; i < size;) {
    int n;
    uint32_t c = utf8_decode(s + i, &n);
    char esc[16];
    int rc;
    if (c < 0x80) rc = py__buf_add(&b, (const char *)s + i, 1);
    else if (c < 0x100) rc = py__buf_add(&b, esc, (size_t)snprintf(esc, sizeof esc, "\\x%02x", c));
    else if (c < 0x10000) rc = py__buf_add(&b, esc, (size_t)snprintf(esc, sizeof esc, "\\u%04x", c));
    else rc = py__buf_add(&b, esc, (size_t)snprintf(esc, sizeof esc, "\\U%08x", c));
    if (rc < 0) {
      py__buf_free(&b);
      py_decref(r);
      return NULL;
    }
    i += n;
  }
  py_decref(r);
  return py__buf_finish(&b);
}

BUILTIN(builtin_hash) {
  UNUSED_MOD;
  if (py__arg_one("hash", nargs, kwnames) < 0) return NULL;
  py_hash h = py_hash_of(args[0]);
  return h == -1 ? NULL : py_int_from_i64(h);
}

BUILTIN(builtin_id) {
  UNUSED_MOD;
  if (py__arg_one("id", nargs, kwnames) < 0) return NULL;
  return py_int_from_u64((uint64_t)(uintptr_t)args[0]);
}

BUILTIN(builtin_callable) {
  UNUSED_MOD;
  if (py__arg_one("callable", nargs, kwnames) < 0) return NULL;
  return py_bool(PY_TYPE(args[0])->call != NULL);
}

BUILTIN(builtin_format) {
  UNUSED_MOD;
  if (py_args_check("format", nargs, kwnames, 1, 2) < 0) return NULL;
  py_object *spec = nargs > 1 ? args[1] : NULL;
  if (spec && !PY_STR_CHECK(spec))
    return py_raise(&py_exc_TypeError, "format() argument 2 must be str, not %s",
                    PY_TYPE(spec)->name);
  if (spec) return py_format(args[0], spec);
  py_object *empty = py_str_from_cstr("");
  if (!empty) return NULL;
  py_object *r = py_format(args[0], empty);
  py_decref(empty);
  return r;
}

static int check_attr_name(py_object *name) {
  if (!PY_STR_CHECK(name)) {
    py_raise(&py_exc_TypeError, "attribute name must be string, not '%s'", PY_TYPE(name)->name);
    return -1;
  }
  return 0;
}

BUILTIN(builtin_getattr) {
  UNUSED_MOD;
  if (py_args_check("getattr", nargs, kwnames, 2, 3) < 0) return NULL;
  if (check_attr_name(args[1]) < 0) return NULL;
  if (nargs == 2) return py_getattr(args[0], args[1]);
  py_object *v = py_getattr_opt(args[0], args[1]);
  if (v || py_err_occurred()) return v;
  return py_newref(args[2]);
}

BUILTIN(builtin_hasattr) {
  UNUSED_MOD;
  if (py_args_check("hasattr", nargs, kwnames, 2, 2) < 0) return NULL;
  if (check_attr_name(args[1]) < 0) return NULL;
  py_object *v = py_getattr_opt(args[0], args[1]);
  if (v) {
    py_decref(v);
    return py_bool(1);
  }
  return py_err_occurred() ? NULL : py_bool(0);
}

BUILTIN(builtin_setattr) {
  UNUSED_MOD;
  if (py_args_check("setattr", nargs, kwnames, 3, 3) < 0) return NULL;
  if (check_attr_name(args[1]) < 0) return NULL;
  if (py_setattr(args[0], args[1], args[2]) < 0) return NULL;
  return py_newref(PY_NONE);
}

BUILTIN(builtin_delattr) {
  UNUSED_MOD;
  if (py_args_check("delattr", nargs, kwnames, 2, 2) < 0) return NULL;
  if (check_attr_name(args[1]) < 0) return NULL;
  if (py_setattr(args[0], args[1], NULL) < 0) return NULL;
  return py_newref(PY_NONE);
}

BUILTIN(builtin_isinstance) {
  UNUSED_MOD;
  if (py_args_check("isinstance", nargs, kwnames, 2, 2) < 0) return NULL;
  int r = py_isinstance(args[0], args[1]);
  return r < 0 ? NULL : py_bool(r);
}

BUILTIN(builtin_issubclass) {
  UNUSED_MOD;
  if (py_args_check("issubclass", nargs, kwnames, 2, 2) < 0) return NULL;
  int r = py_issubclass(args[0], args[1]);
  return r < 0 ? NULL : py_bool(r);
}

/* dir([object]): sorted(type(object).__dir__(object)), or the sorted names of the
 * current scope (through the VM's locals(), which lives in this same module). */
/* True when a metaclass defines its own __dir__ (an Enum's lists its members), so
 * dir(cls) must call it rather than list the mro's names as type.__dir__ does. */
static bool metaclass_has_own_dir(py_type *meta) {
  if (meta == &py_type_type) return false;
  py_object *name = py_str_intern_cstr("__dir__");
  if (!name) return false;
  py_object *mine = py_type_lookup(meta, name);
  py_object *types = py_type_lookup(&py_type_type, name);
  py_decref(name);
  return mine && mine != types;
}

BUILTIN(builtin_dir) {
  if (py_args_check("dir", nargs, kwnames, 0, 1) < 0) return NULL;
  py_object *names;
  if (nargs == 0) {
    py_object *locals_fn = py_dict_get_str(py_module_dict(mod), "locals");
    if (!locals_fn) return py_raise(&py_exc_SystemError, "dir(): no current scope");
    py_object *scope = py_call0(locals_fn);
    if (!scope) return NULL;
    names = py_list_from_iterable(scope);
    py_decref(scope);
  } else if (PY_TYPE_CHECK(args[0]) && !metaclass_has_own_dir(PY_TYPE(args[0]))) {
    /* A class: the names along its mro, as type.__dir__ gives them. */
    if (py__type_fill_mro_dicts((py_type *)args[0]) < 0) return NULL;
    py_object *seen = py_dict_new();
    py_object *mro = ((py_type *)args[0])->mro;
    for (py_ssize i = 0; seen && mro && i < PY_TUPLE_SIZE(mro); i++) {
      py_object *d = ((py_type *)PY_TUPLE_ITEMS(mro)[i])->dict;
      if (d && py__dict_merge(seen, d, 0) < 0) PY_CLEAR(seen);
    }
    if (!seen) return NULL;
    names = py_list_from_iterable(seen);
    py_decref(seen);
  } else {
    /* type(object).__dir__(object), looked up on the type as special methods are. */
    py_object *dir_name = py_str_intern_cstr("__dir__");
    if (!dir_name) return NULL;
    py_object *meth = py_type_lookup(PY_TYPE(args[0]), dir_name);
    py_decref(dir_name);
    if (!meth) return py_raise(&py_exc_TypeError, "object does not provide __dir__");
    py_object *r = py_call1(meth, args[0]);
    if (!r) return NULL;
    names = py_list_from_iterable(r);
    py_decref(r);
  }
  if (names && py_list_sort(names, NULL, 0) < 0) PY_CLEAR(names);
  return names;
}

/* ===================================================================================
 * Iteration builtins
 * =================================================================================== */

BUILTIN(builtin_iter) {
  UNUSED_MOD;
  if (py_args_check("iter", nargs, kwnames, 1, 2) < 0) return NULL;
  if (nargs == 1) return py_iter(args[0]);
  if (!PY_TYPE(args[0])->call)
    return py_raise(&py_exc_TypeError, "iter(v, w): v must be callable");
  return py__callable_iter_new(args[0], args[1]);
}

static py_object *raise_stop_iteration(void) {
  py_object *e = py_call0((py_object *)&py_exc_StopIteration);
  if (e) py_err_restore(e);
  return NULL;
}

BUILTIN(builtin_next) {
  UNUSED_MOD;
  if (py_args_check("next", nargs, kwnames, 1, 2) < 0) return NULL;
  if (!PY_TYPE(args[0])->iternext)
    return py_raise(&py_exc_TypeError, "'%s' object is not an iterator", PY_TYPE(args[0])->name);
  /* The slot itself, not py_next: a generator's StopIteration carries its return
   * value, which `except StopIteration as e: e.value` reads. */
  py_object *v = PY_TYPE(args[0])->iternext(args[0]);
  if (v) return v;
  if (py_err_occurred() && (nargs == 1 || !py_err_matches(&py_exc_StopIteration))) return NULL;
  py_err_clear();
  if (nargs > 1) return py_newref(args[1]);
  return raise_stop_iteration();
}

/* The async iteration protocol's two builtins. A slot filled by py_type_ready, or the
 * dunder found on the type (classes defined in Python), as the eval loop's async for. */
static py_object *call_async_slot(py_object *o, py_unaryfunc slot, py_object *name) {
  if (slot) return slot(o);
  py_object *m = py_type_lookup(PY_TYPE(o), name);
  if (!m) return NULL;
  return py_call1(m, o);
}

BUILTIN(builtin_aiter) {
  UNUSED_MOD;
  if (py__arg_one("aiter", nargs, kwnames) < 0) return NULL;
  py_object *it = call_async_slot(args[0], PY_TYPE(args[0])->aiter, PY_ID(__aiter__));
  if (!it && !py_err_occurred())
    return py_raise(&py_exc_TypeError, "'%s' object is not an async iterable",
                    PY_TYPE(args[0])->name);
  if (it && !PY_TYPE(it)->anext && !py_type_lookup(PY_TYPE(it), PY_ID(__anext__))) {
    py_raise(&py_exc_TypeError, "aiter() returned not an async iterator of type '%s'",
             PY_TYPE(it)->name);
    py_decref(it);
    return NULL;
  }
  return it;
}

BUILTIN(builtin_anext) {
  UNUSED_MOD;
  if (py_args_check("anext", nargs, kwnames, 1, 2) < 0) return NULL;
  py_object *ait = args[0];
  if (!PY_TYPE(ait)->anext && !py_type_lookup(PY_TYPE(ait), PY_ID(__anext__)))
    return py_raise(&py_exc_TypeError, "'%s' object is not an async iterator",
                    PY_TYPE(ait)->name);
  py_object *awaitable = call_async_slot(ait, PY_TYPE(ait)->anext, PY_ID(__anext__));
  if (!awaitable || nargs == 1) return awaitable;
  /* With a default, StopAsyncIteration becomes that value: an awaitable class of
   * runtime/lib/_anext.py does it (rare enough not to need an awaitable type in C). */
  py_object *helper = py_import("_anext");
  py_object *r = NULL;
  if (helper) {
    py_object *a[2] = {awaitable, args[1]};
    py_object *with_default = py_getattr_str(helper, "anext_awaitable");
    if (with_default) r = py_call(with_default, a, 2, NULL);
    py_xdecref(with_default);
    py_decref(helper);
  }
  py_decref(awaitable);
  return r;
}

static py_object *any_all(const char *name, py_object *const *args, size_t nargs,
                          py_object *kwnames, int want) {
  if (py__arg_one(name, nargs, kwnames) < 0) return NULL;
  py_object *it = py_iter(args[0]);
  if (!it) return NULL;
  py_object *v;
  while ((v = py_next(it))) {
    int t = py_truthy(v);
    py_decref(v);
    if (t < 0) {
      py_decref(it);
      return NULL;
    }
    if (t == want) {
      py_decref(it);
      return py_bool(want);
    }
  }
  py_decref(it);
  if (py_err_occurred()) return NULL;
  return py_bool(!want);
}

BUILTIN(builtin_any) {
  UNUSED_MOD;
  return any_all("any", args, nargs, kwnames, 1);
}

BUILTIN(builtin_all) {
  UNUSED_MOD;
  return any_all("all", args, nargs, kwnames, 0);
}

/* sorted(iterable, /, *, key=None, reverse=False) */
BUILTIN(builtin_sorted) {
  UNUSED_MOD;
  size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
  if (nargs != 1)
    return py_raise(&py_exc_TypeError, "sorted expected 1 argument, got %zd", (py_ssize)nargs);
  static const char *const names[] = {"key", "reverse"};
  static const py_params params = {"sort", names, 2, 0, 0, 0};
  py_object *a[2];
  if (py_args_bind(&params, args + 1, 0, nkw ? kwnames : NULL, a) < 0) return NULL;
  py_object *l = py_list_from_iterable(args[0]);
  if (!l) return NULL;
  int reverse = 0;
  if (a[1] && (reverse = py_truthy(a[1])) < 0) {
    py_decref(l);
    return NULL;
  }
  if (py_list_sort(l, a[0], reverse) < 0) {
    py_decref(l);
    return NULL;
  }
  return l;
}

/* min()/max(): one iterable (with default=) or several positional arguments; key=. */
static py_object *min_max(py_object *const *args, size_t nargs, py_object *kwnames, int op,
                          const char *name) {
  py_object *key = NULL, *dflt = NULL;
  if (kwnames) {
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(kwnames); i++) {
      py_object *k = PY_TUPLE_ITEMS(kwnames)[i];
      if (py_str_equal_cstr(k, "key")) key = args[nargs + i];
      else if (py_str_equal_cstr(k, "default")) dflt = args[nargs + i];
      else return py_raise(&py_exc_TypeError, "%R is an invalid keyword argument for %s()", k, name);
    }
  }
  if (nargs == 0)
    return py_raise(&py_exc_TypeError, "%s expected at least 1 argument, got 0", name);
  if (nargs > 1 && dflt)
    return py_raise(&py_exc_TypeError,
                    "Cannot specify a default for %s() with multiple positional arguments", name);
  if (key == PY_NONE) key = NULL;
  py_object *it = nargs == 1 ? py_iter(args[0]) : NULL;
  if (nargs == 1 && !it) return NULL;
  py_object *best = NULL, *bestkey = NULL;
  size_t i = 0;
  for (;;) {
    py_object *item;
    if (it) {
      item = py_next(it);
      if (!item) break;
    } else {
      if (i >= nargs) break;
      item = py_newref(args[i++]);
    }
    py_object *k = key ? py_call1(key, item) : py_newref(item);
    if (!k) {
      py_decref(item);
      goto fail;
    }
    if (!best) {
      best = item;
      bestkey = k;
      continue;
    }
    int c = py_richcompare_bool(k, bestkey, op);
    if (c < 0) {
      py_decref(item);
      py_decref(k);
      goto fail;
    }
    if (c) {
      py_setref(&best, item);
      py_setref(&bestkey, k);
    } else {
      py_decref(item);
      py_decref(k);
    }
  }
  if (py_err_occurred()) goto fail;
  py_xdecref(it);
  py_xdecref(bestkey);
  if (best) return best;
  if (dflt) return py_newref(dflt);
  return py_raise(&py_exc_ValueError, "%s() arg is an empty sequence", name);
fail:
  py_xdecref(it);
  py_xdecref(best);
  py_xdecref(bestkey);
  return NULL;
}

BUILTIN(builtin_min) {
  UNUSED_MOD;
  return min_max(args, nargs, kwnames, PY_LT, "min");
}

BUILTIN(builtin_max) {
  UNUSED_MOD;
  return min_max(args, nargs, kwnames, PY_GT, "max");
}

/* sum(iterable, /, start=0): ints add in int64 while they fit, floats as doubles in
 * order (CPython 3.11 has no compensated summation), anything else through +. */
BUILTIN(builtin_sum) {
  UNUSED_MOD;
  py_object *start = NULL;
  if (kwnames) {
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(kwnames); i++) {
      py_object *k = PY_TUPLE_ITEMS(kwnames)[i];
      if (!py_str_equal_cstr(k, "start"))
        return py_raise(&py_exc_TypeError, "sum() got an unexpected keyword argument '%U'", k);
      start = args[nargs + i];
    }
  }
  if (nargs == 0)
    return py_raise(&py_exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (nargs > 2 || (nargs == 2 && start))
    return py_raise(&py_exc_TypeError, "sum() takes at most 2 arguments (%zd given)",
                    (py_ssize)(nargs + (start ? 1 : 0)));
  if (nargs == 2) start = args[1];
  if (start) {
    if (PY_STR_CHECK(start))
      return py_raise(&py_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (PY_TYPE(start) == &py_bytes_type)
      return py_raise(&py_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (PY_TYPE(start) == &py_bytearray_type)
      return py_raise(&py_exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  py_object *it = py_iter(args[0]);
  if (!it) return NULL;
  py_object *result = start ? py_newref(start) : py_int_from_i64(0);
  py_object *item = NULL;
  if (!result) goto fail;
  /* Fast path: exact ints. */
  if (PY_TYPE(result) == &py_int_type && PY_INT_IS_SMALL(result)) {
    int64_t acc = PY_INT_SMALL(result);
    for (;;) {
      item = py_next(it);
      if (!item) break;
      int64_t next;
      if ((PY_TYPE(item) == &py_int_type || PY_TYPE(item) == &py_bool_type) &&
          PY_INT_IS_SMALL(item) && !__builtin_add_overflow(acc, PY_INT_SMALL(item), &next)) {
        acc = next;
        py_decref(item);
        continue;
      }
      break;
    }
    py_decref(result);
    if (!(result = py_int_from_i64(acc))) goto fail;
    if (!item) goto done;
    /* item did not fit the fast path: fall through to the float or generic loop. */
  }
  if (PY_TYPE(result) == &py_float_type || (item && PY_TYPE(item) == &py_float_type &&
                                            PY_TYPE(result) == &py_int_type)) {
    double acc;
    if (PY_TYPE(result) == &py_float_type) {
      acc = PY_FLOAT_VALUE(result);
    } else {
      acc = py_as_double(result);
      if (acc == -1.0 && py_err_occurred()) goto fail;
    }
    for (;;) {
      if (!item && !(item = py_next(it))) break;
      if (PY_TYPE(item) == &py_float_type) {
        acc += PY_FLOAT_VALUE(item);
      } else if ((PY_TYPE(item) == &py_int_type || PY_TYPE(item) == &py_bool_type) &&
                 PY_INT_IS_SMALL(item) && PY_INT_SMALL(item) < ((int64_t)1 << 53) &&
                 PY_INT_SMALL(item) > -((int64_t)1 << 53)) {
        acc += (double)PY_INT_SMALL(item);
      } else {
        break;
      }
      PY_CLEAR(item);
    }
    py_decref(result);
    if (!(result = py_float_from_double(acc))) goto fail;
    if (!item) goto done;
  }
  for (;;) {
    if (!item && !(item = py_next(it))) break;
    py_object *r = py_binop(result, item, PY_OP_ADD);
    PY_CLEAR(item);
    if (!r) goto fail;
    py_setref(&result, r);
  }
done:
  if (py_err_occurred()) goto fail;
  py_decref(it);
  return result;
fail:
  py_xdecref(item);
  py_xdecref(result);
  py_decref(it);
  return NULL;
}

/* ===================================================================================
 * Numbers
 * =================================================================================== */

BUILTIN(builtin_abs) {
  UNUSED_MOD;
  if (py__arg_one("abs", nargs, kwnames) < 0) return NULL;
  return py_absolute(args[0]);
}

BUILTIN(builtin_divmod) {
  UNUSED_MOD;
  if (py_args_check("divmod", nargs, kwnames, 2, 2) < 0) return NULL;
  return py_binop(args[0], args[1], PY_OP_DIVMOD);
}

/* pow(base, exp, mod=None) */
BUILTIN(builtin_pow) {
  UNUSED_MOD;
  static const char *const names[] = {"base", "exp", "mod"};
  static const py_params params = {"pow", names, 3, 0, 3, 2};
  py_object *a[3];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  if (a[2] && a[2] != PY_NONE) return py_pow3(a[0], a[1], a[2]);
  return py_binop(a[0], a[1], PY_OP_POW);
}

/* round(number, ndigits=None): number.__round__(ndigits) */
BUILTIN(builtin_round) {
  UNUSED_MOD;
  static const char *const names[] = {"number", "ndigits"};
  static const py_params params = {"round", names, 2, 0, 2, 1};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  if (!py_type_lookup(PY_TYPE(a[0]), PY_ID(__round__)))
    return py_raise(&py_exc_TypeError, "type %s doesn't define __round__ method",
                    PY_TYPE(a[0])->name);
  if (!a[1] || a[1] == PY_NONE) return py_call_method(a[0], PY_ID(__round__), NULL, 0);
  return py_call_method(a[0], PY_ID(__round__), &a[1], 1);
}

/* hex/oct/bin: format(index(x), '#x') gives CPython's text, sign included. */
static py_object *int_to_base(const char *name, const char *spec, py_object *const *args,
                              size_t nargs, py_object *kwnames) {
  if (py__arg_one(name, nargs, kwnames) < 0) return NULL;
  if (!PY_INT_CHECK(args[0]) && !PY_TYPE(args[0])->index)
    return py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    PY_TYPE(args[0])->name);
  py_object *i = py_number_index(args[0]);
  if (!i) return NULL;
  py_object *s = py_str_from_cstr(spec);
  py_object *r = s ? py_format(i, s) : NULL;
  py_xdecref(s);
  py_decref(i);
  return r;
}

BUILTIN(builtin_hex) {
  UNUSED_MOD;
  return int_to_base("hex", "#x", args, nargs, kwnames);
}

BUILTIN(builtin_oct) {
  UNUSED_MOD;
  return int_to_base("oct", "#o", args, nargs, kwnames);
}

BUILTIN(builtin_bin) {
  UNUSED_MOD;
  return int_to_base("bin", "#b", args, nargs, kwnames);
}

BUILTIN(builtin_chr) {
  UNUSED_MOD;
  if (py__arg_one("chr", nargs, kwnames) < 0) return NULL;
  if (!PY_INT_CHECK(args[0]) && !PY_TYPE(args[0])->index)
    return py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    PY_TYPE(args[0])->name);
  py_object *i = py_number_index(args[0]);
  if (!i) return NULL;
  int64_t v;
  int rc = py_int_as_i64(i, &v);
  py_decref(i);
  if (rc < 0 || v > INT32_MAX || v < INT32_MIN) {
    py_err_clear();
    return py_raise(&py_exc_OverflowError, "Python int too large to convert to C int");
  }
  if (v < 0 || v > 0x10FFFF) return py_raise(&py_exc_ValueError, "chr() arg not in range(0x110000)");
  char buf[4];
  int n = utf8_encode((uint32_t)v, buf);
  return py_str_from_utf8(buf, (size_t)n);
}

BUILTIN(builtin_ord) {
  UNUSED_MOD;
  if (py__arg_one("ord", nargs, kwnames) < 0) return NULL;
  py_object *s = args[0];
  if (!PY_STR_CHECK(s))
    return py_raise(&py_exc_TypeError, "ord() expected string of length 1, but %s found",
                    PY_TYPE(s)->name);
  if (PY_STR_LEN(s) != 1)
    return py_raise(&py_exc_TypeError,
                    "ord() expected a character, but string of length %zd found", PY_STR_LEN(s));
  int n;
  return py_int_from_i64(utf8_decode((const unsigned char *)PY_STR_DATA(s), &n));
}

/* ===================================================================================
 * The module
 * =================================================================================== */

/* __import__(name, globals=None, locals=None, fromlist=(), level=0): what the import
 * statement does; the top-level package for a dotted name unless fromlist is given. */
static py_object *builtin_import(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
  static const py_params params = {"__import__", names, 5, 0, 5, 1};
  py_object *a[5];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  if (!PY_STR_CHECK(a[0]))
    return py_raise(&py_exc_TypeError, "__import__() argument 1 must be str, not %T", a[0]);
  int64_t level = 0;
  if (a[4] && py_int_as_i64(a[4], &level) < 0) return NULL;
  if (level < 0) return py_raise(&py_exc_ValueError, "level must be >= 0");
  int full = a[3] ? py_truthy(a[3]) : 0;
  if (full < 0) return NULL;
  py_object *fromlist = full ? a[3] : PY_NONE;
  return py_vm_import_name(a[0], fromlist, (int)level, a[1]);
}

static const py_method_def builtin_functions[] = {
    {"__import__", builtin_import, 0, NULL},
    {"abs", builtin_abs, 0, "Return the absolute value of the argument."},
    {"aiter", builtin_aiter, 0, NULL},
    {"all", builtin_all, 0, NULL},
    {"anext", builtin_anext, 0, NULL},
    {"any", builtin_any, 0, NULL},
    {"ascii", builtin_ascii, 0, NULL},
    {"bin", builtin_bin, 0, NULL},
    {"breakpoint", builtin_breakpoint, 0, NULL},
    {"callable", builtin_callable, 0, NULL},
    {"chr", builtin_chr, 0, NULL},
    {"delattr", builtin_delattr, 0, NULL},
    {"dir", builtin_dir, 0, NULL},
    {"divmod", builtin_divmod, 0, NULL},
    {"format", builtin_format, 0, NULL},
    {"getattr", builtin_getattr, 0, NULL},
    {"hasattr", builtin_hasattr, 0, NULL},
    {"hash", builtin_hash, 0, NULL},
    {"hex", builtin_hex, 0, NULL},
    {"id", builtin_id, 0, NULL},
    {"input", builtin_input, 0, NULL},
    {"isinstance", builtin_isinstance, 0, NULL},
    {"issubclass", builtin_issubclass, 0, NULL},
    {"iter", builtin_iter, 0, NULL},
    {"len", builtin_len, 0, "Return the number of items in a container."},
    {"max", builtin_max, 0, NULL},
    {"min", builtin_min, 0, NULL},
    {"next", builtin_next, 0, NULL},
    {"oct", builtin_oct, 0, NULL},
    {"open", builtin_open, 0, NULL},
    {"ord", builtin_ord, 0, NULL},
    {"pow", builtin_pow, 0, NULL},
    {"print", builtin_print, 0, NULL},
    {"repr", builtin_repr, 0, NULL},
    {"round", builtin_round, 0, NULL},
    {"setattr", builtin_setattr, 0, NULL},
    {"sorted", builtin_sorted, 0, NULL},
    {"sum", builtin_sum, 0, NULL},
    {0},
};

/* The name interp.c looks for (the mod_<name> convention). */
py_object *py_mod_builtins_init(void) { return py_builtins_module_new(); }

py_object *py_builtins_module_new(void) {
  py_object *m = py_module_new("builtins");
  if (!m) return NULL;
  if (py_module_add_functions(m, builtin_functions) < 0) goto fail;
  static const struct {
    const char *name;
    py_type *type;
  } types[] = {
      {"object", &py_object_type},       {"type", &py_type_type},
      {"int", &py_int_type},             {"bool", &py_bool_type},
      {"float", &py_float_type},         {"str", &py_str_type},
      {"complex", &py_complex_type},
      {"bytes", &py_bytes_type},         {"bytearray", &py_bytearray_type},
      {"memoryview", &py_memoryview_type},
      {"tuple", &py_tuple_type},         {"list", &py_list_type},
      {"dict", &py_dict_type},           {"set", &py_set_type},
      {"frozenset", &py_frozenset_type}, {"range", &py_range_type},
      {"slice", &py_slice_type},         {"property", &py_property_type},
      {"staticmethod", &py_staticmethod_type}, {"classmethod", &py_classmethod_type},
      {"super", &py_super_type},         {"enumerate", &py_enumerate_type},
      {"zip", &py_zip_type},             {"map", &py_map_type},
      {"filter", &py_filter_type},       {"reversed", &py_reversed_type},
  };
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
    if (py_module_add(m, types[i].name, (py_object *)types[i].type) < 0) goto fail;
  /* A table and a loop, not a call per class: less code for the wasm host to compile
   * before a program starts (docs/performance.md, "Cold start (session 4)"). */
  static const struct {
    const char *name;
    py_type *type;
  } exceptions[] = {
#define EXC_ENTRY(name, base) {#name, &py_exc_##name},
      PY_EXCEPTIONS(EXC_ENTRY)
#undef EXC_ENTRY
  };
  for (size_t i = 0; i < sizeof exceptions / sizeof exceptions[0]; i++)
    if (py_module_add(m, exceptions[i].name, (py_object *)exceptions[i].type) < 0) goto fail;
  /* Old names CPython keeps as aliases of OSError. */
  if (py_module_add(m, "EnvironmentError", (py_object *)&py_exc_OSError) < 0 ||
      py_module_add(m, "IOError", (py_object *)&py_exc_OSError) < 0 ||
      py_module_add(m, "None", PY_NONE) < 0 || py_module_add(m, "True", PY_TRUE) < 0 ||
      py_module_add(m, "False", PY_FALSE) < 0 ||
      py_module_add(m, "NotImplemented", PY_NOTIMPLEMENTED) < 0 ||
      py_module_add(m, "Ellipsis", PY_ELLIPSIS) < 0 ||
      py_module_add(m, "__debug__", PY_TRUE) < 0)
    goto fail;
  return m;
fail:
  py_decref(m);
  return NULL;
}
