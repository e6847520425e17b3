/* runtime/py/gen.c — generators, coroutines and async generators.
 *
 * Each owns a suspended heap frame. Driven from C (send/throw/close, next(), the
 * asend/athrow awaitables of async generators) the frame runs in a nested eval loop;
 * awaited or delegated to from Python code (`await`, `yield from`) it is pushed onto
 * the running eval loop instead (see SEND in vm.c). Either way a value yielded by the
 * innermost frame travels up the chain of delegating frames, as in CPython. */
#include <stdio.h>
#include <string.h>

#include "py/asyncgen_hooks.h"
#include "py/code.h"
#include "py/interp.h"

static const char *kind_name(py_object *o) {
  if (PY_TYPE(o) == &py_coroutine_type) return "coroutine";
  if (PY_TYPE(o) == &py_async_generator_type) return "async generator";
  return "generator";
}

/* `await asyncio.sleep(0)` makes and drops a coroutine object per hop: a few dropped
 * generators and coroutines are kept (their allocator header intact) for the next ones.
 * Async generators are not: their type's size is theirs to change. */
#define GEN_SPARE 16
static py_gen *gen_spare[GEN_SPARE];
static int gen_nspare;
static py_object *origins;

void py__gen_spare_clear(void) {
  while (gen_nspare) py_type_free((py_object *)gen_spare[--gen_nspare]);
  py_setref(&origins, NULL);
  py__gen_shutdown(NULL);
}

/* While tracemalloc traces, the dict it gave (py__gen_trace_origins) maps the address
 * (id) of each live coroutine to the (file, line) of the call that created it: CPython
 * records where every block was allocated, we record it for coroutines only, which is
 * what the "coroutine ... was never awaited" warning shows. NULL otherwise. */

void py__gen_trace_origins(py_object *table) {
  py_object *old = origins;
  origins = table ? py_newref(table) : NULL;
  py_xdecref(old);
}

/* Adds or (place NULL) removes g's entry; a failure only loses the entry. */
static void note_origin(py_gen *g, py_frame *place) {
  py_object *saved = py_err_fetch();
  py_object *key = py_int_from_u64((uint64_t)(uintptr_t)g);
  py_object *line = place && key ? py_int_from_i64(py_frame_line(place)) : NULL;
  py_object *where = line ? py_tuple_pack(2, place->code->filename, line) : NULL;
  if (key) (void)(where ? py_dict_set(origins, key, where) : py_dict_del(origins, key));
  py_xdecref(key);
  py_xdecref(line);
  py_xdecref(where);
  py_err_restore(saved); /* also drops an error of the steps above */
}

/* Gives g its own names (borrowed), or the code's again when they are the code's. */
static int set_names(py_gen *g, py_object *name, py_object *qualname) {
  py_code *co = (py_code *)g->code;
  py_object *t = NULL;
  if (name != co->name || qualname != co->qualname) {
    t = py_tuple_pack(2, name, qualname);
    if (!t) return -1;
  }
  py_setref(&g->names, t);
  return 0;
}

py_object *py_gen_new(py_frame *f, py_function *fn) {
  int flags = f->code->flags;
  py_type *t = (flags & PY_CO_COROUTINE) ? &py_coroutine_type
               : (flags & PY_CO_ASYNC_GENERATOR) ? &py_async_generator_type
                                                 : &py_generator_type;
  py_gen *g;
  /* A spare is reused only for a readied type: a spare generator turned into the
   * first coroutine would leave the coroutine type without its inherited slots
   * (hash(coro) said "unhashable"); py_type_alloc readies it. */
  if (gen_nspare && t != &py_async_generator_type && PY_HAS_FLAG(t, PY_TPFLAGS_READY)) {
    g = gen_spare[--gen_nspare];
    memset((char *)g + sizeof(py_object), 0, sizeof(py_gen) - sizeof(py_object));
    g->ob_base.refcnt = 1;
    g->ob_base.type = t;
  } else {
    g = (py_gen *)py_type_alloc(t, 0);
  }
  if (!g) {
    py_frame_free(f);
    return NULL;
  }
  g->frame = f;
  f->gen = (py_object *)g;
  g->code = py_newref((py_object *)f->code);
  if (fn && (fn->name != f->code->name || fn->qualname != f->code->qualname) &&
      set_names(g, fn->name, fn->qualname) < 0) {
    /* Dropped without its frame, so no "never awaited" warning is due. */
    g->frame = NULL;
    py_frame_free(f);
    py_decref((py_object *)g);
    return NULL;
  }
  if (origins && t == &py_coroutine_type && py_vm_current) note_origin(g, py_vm_current);
  return (py_object *)g;
}

static py_object *gen_name(py_gen *g) {
  return g->names ? PY_TUPLE_ITEMS(g->names)[0] : ((py_code *)g->code)->name;
}
static py_object *gen_qualname(py_gen *g) {
  return g->names ? PY_TUPLE_ITEMS(g->names)[1] : ((py_code *)g->code)->qualname;
}
py_object *py_gen_qualname(py_object *gen) { return gen_qualname((py_gen *)gen); }

static void set_stop_iteration(py_object *v) {
  py_object *e = (!v || v == PY_NONE) ? py_call0((py_object *)&py_exc_StopIteration)
                                      : py_call1((py_object *)&py_exc_StopIteration, v);
  if (e) py_err_restore(e);
}

/* Resumes g. Returns the yielded/returned value (new) with *status, or NULL. */
static py_object *gen_send_ex(py_gen *g, int mode, py_object *arg, int *status) {
  py_object *self = (py_object *)g;
  if (g->running) {
    if (mode == PY_RESUME_THROW) py_decref(arg);
    *status = PY_RUN_ERROR;
    return py_raise(&py_exc_ValueError, "%s already executing", kind_name(self));
  }
  if (!g->frame) {
    if (mode == PY_RESUME_THROW) {
      py_err_restore(arg);
      *status = PY_RUN_ERROR;
      return NULL;
    }
    if (PY_TYPE(self) == &py_coroutine_type) {
      *status = PY_RUN_ERROR;
      return py_raise(&py_exc_RuntimeError, "cannot reuse already awaited coroutine");
    }
    *status = PY_RUN_RETURN;
    return py_newref(PY_NONE);
  }
  if (!g->started && mode == PY_RESUME_SEND && arg && arg != PY_NONE) {
    *status = PY_RUN_ERROR;
    return py_raise(&py_exc_TypeError, "can't send non-None value to a just-started %s",
                    kind_name(self));
  }
  g->running = true;
  g->started = true;
  g->awaited = true;
  if (mode == PY_RESUME_SEND && arg) py_incref(arg);
  /* The generator runs with its own "exception being handled". */
  py_object *caller_exc = py_vm_enter_gen_exc(g->exc_state);
  g->exc_state = NULL;
  py_object *r = py_vm_resume(g->frame, mode, arg, status);
  g->exc_state = py_vm_leave_gen_exc(caller_exc);
  g->running = false;
  if (*status != PY_RUN_YIELD) PY_CLEAR(g->exc_state);
  if (*status != PY_RUN_YIELD && g->frame) {
    py_frame *f = g->frame;
    g->frame = NULL;
    py_frame_free(f);
  }
  return r;
}

/* The exception object of throw(typ[, val[, tb]]). New. */
static py_object *make_throw_exc(py_object *typ, py_object *val, py_object *tb) {
  py_object *exc;
  if (PY_EXC_CHECK(typ)) {
    if (val && val != PY_NONE)
      return py_raise(&py_exc_TypeError, "instance exception may not have a separate value");
    exc = py_newref(typ);
  } else if (PY_TYPE_CHECK(typ) && py_type_is_subtype((py_type *)typ, &py_exc_BaseException)) {
    if (val && PY_EXC_CHECK(val)) exc = py_newref(val);
    else if (val && val != PY_NONE) exc = py_call1(typ, val);
    else exc = py_call0(typ);
    if (!exc) return NULL;
  } else {
    return py_raise(&py_exc_TypeError,
                    "exceptions must be classes or instances deriving from BaseException, "
                    "not %s", PY_TYPE(typ)->name);
  }
  if (tb && tb != PY_NONE && PY_TYPE(tb) == &py_traceback_type) {
    py_exception_object *e = (py_exception_object *)exc;
    py_setref(&e->traceback, py_newref(tb));
  }
  return exc;
}

/* Throws exc (stolen) into g, through any await/yield-from it is suspended in. */
static py_object *gen_throw_ex(py_gen *g, py_object *exc, int *status) {
  py_object *recv;
  if (g->frame && !g->running && g->frame->lasti >= 0 && py_frame_delegate(g->frame, &recv)) {
    py_incref(recv);
    py_object *r = NULL;
    int st = PY_RUN_ERROR;
    bool is_genexit = py_isinstance(exc, (py_object *)&py_exc_GeneratorExit) == 1;
    if (PY_GEN_CHECK(recv) && PY_TYPE(recv) != &py_async_generator_type) {
      g->running = true;
      r = gen_throw_ex((py_gen *)recv, exc, &st);
      g->running = false;
      exc = NULL;
    } else if (is_genexit) {
      py_object *cl = py_getattr_opt(recv, PY_ID(close));
      if (cl) {
        py_object *x = py_call0(cl);
        py_decref(cl);
        if (!x) {
          py_decref(exc);
          exc = py_err_fetch();
        } else {
          py_decref(x);
        }
      } else if (py_err_occurred()) {
        py_decref(exc);
        exc = py_err_fetch();
      }
    } else {
      py_object *th = py_getattr_opt(recv, PY_ID(throw));
      if (th) {
        r = py_call1(th, exc);
        py_decref(th);
        py_decref(exc);
        exc = NULL;
        if (r) {
          st = PY_RUN_YIELD;
        } else if (py_err_matches(&py_exc_StopIteration)) {
          py_object *e = py_err_fetch();
          py_object *v = py_getattr_str(e, "value");
          py_decref(e);
          if (!v) {
            py_err_clear();
            v = py_newref(PY_NONE);
          }
          r = v;
          st = PY_RUN_RETURN;
        } else {
          st = PY_RUN_ERROR;
        }
      } else if (py_err_occurred()) {
        py_decref(exc);
        exc = py_err_fetch();
      }
    }
    py_decref(recv);
    if (!exc) {
      if (st == PY_RUN_YIELD) {
        *status = PY_RUN_YIELD;
        return r;
      }
      if (st == PY_RUN_RETURN) return gen_send_ex(g, PY_RESUME_DELEGATE_DONE, r, status);
      exc = py_err_fetch();
      if (!exc) exc = py_call0((py_object *)&py_exc_SystemError);
    }
  }
  return gen_send_ex(g, PY_RESUME_THROW, exc, status);
}

/* ---- the Python-visible methods -------------------------------------------------- */

/* next() from C through the type's slot (a for loop, list(), a C function iterating):
 * the generator's code runs under C code off the Asyncify chain, so it must not suspend
 * (code.h). The chain resumes generators through py_gen_send and send/throw. */
static py_object *gen_iternext(py_object *self) {
  int status;
  py__call_link no_suspension;
  py__no_suspension_push(&no_suspension);
  py_object *r = gen_send_ex((py_gen *)self, PY_RESUME_SEND, NULL, &status);
  py__no_suspension_pop(&no_suspension);
  if (status == PY_RUN_RETURN) {
    if (r != PY_NONE) set_stop_iteration(r);
    py_decref(r);
    return NULL;
  }
  return r;
}

py_object *py_gen_send(py_object *self, py_object *v) {
  int status;
  py_object *r = gen_send_ex((py_gen *)self, PY_RESUME_SEND, v, &status);
  if (status == PY_RUN_RETURN) {
    set_stop_iteration(r);
    py_decref(r);
    return NULL;
  }
  return r;
}

static py_object *gen_send(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  if (py_args_check("send", nargs, kwnames, 1, 1) < 0) return NULL;
  return py_gen_send(self, args[0]);
}

static py_object *gen_throw(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  if (py_args_check("throw", nargs, kwnames, 1, 3) < 0) return NULL;
  py_object *exc = make_throw_exc(args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
  if (!exc) return NULL;
  int status;
  py_object *r = gen_throw_ex((py_gen *)self, exc, &status);
  if (status == PY_RUN_RETURN) {
    set_stop_iteration(r);
    py_decref(r);
    return NULL;
  }
  return r;
}

static py_object *gen_close_impl(py_gen *g) {
  if (!g->frame) return py_newref(PY_NONE);
  if (!g->started) {
    py_frame *f = g->frame;
    g->frame = NULL;
    py_frame_free(f);
    return py_newref(PY_NONE);
  }
  py_object *exc = py_call0((py_object *)&py_exc_GeneratorExit);
  if (!exc) return NULL;
  int status;
  py_object *r = gen_throw_ex(g, exc, &status);
  if (status == PY_RUN_YIELD) {
    py_decref(r);
    return py_raise(&py_exc_RuntimeError, "%s ignored GeneratorExit", kind_name((py_object *)g));
  }
  if (status == PY_RUN_RETURN) {
    py_decref(r);
    return py_newref(PY_NONE);
  }
  if (py_err_matches(&py_exc_GeneratorExit) || py_err_matches(&py_exc_StopIteration)) {
    py_err_clear();
    return py_newref(PY_NONE);
  }
  return NULL;
}

static py_object *gen_close(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  (void)args;
  if (py_args_check("close", nargs, kwnames, 0, 0) < 0) return NULL;
  return gen_close_impl((py_gen *)self);
}

static py_object *gen_iter_self(py_object *self) { return py_newref(self); }

static py_object *gen_repr(py_object *self) {
  const char *k = PY_TYPE(self) == &py_coroutine_type ? "coroutine"
                  : PY_TYPE(self) == &py_async_generator_type ? "async_generator" : "generator";
  return py_str_format("<%s object %U at %p>", k, gen_qualname((py_gen *)self), (void *)self);
}

/* The "coroutine ... was never awaited" warning, written directly: when no Python frame
 * runs (at exit, when an uncaught exception's traceback lets go of its frames), where
 * CPython's warnings module can no longer be imported at shutdown and names "sys:1"
 * with no hint; or when the warnings module is not to be had. */
static void write_never_awaited(py_gen *g) {
  char head[512];
  py_frame *f = py_vm_current;
  int line = f ? py_frame_line(f) : 1;
  const char *file = f ? PY_STR_DATA(f->code->filename) : "sys";
  int n = snprintf(head, sizeof head, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n",
                   file, line, PY_STR_DATA(gen_qualname(g)));
  if (n > 0) py_host_write(2, head, (size_t)n < sizeof head ? (size_t)n : sizeof head - 1);
  char text[512];
  if (f && py__source_line(file, line, text, sizeof text)) {
    py_host_write(2, "  ", 2);
    py_host_write(2, text, strlen(text));
    py_host_write(2, "\n", 1);
  }
  const char *tail = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
  if (f) py_host_write(2, tail, strlen(tail));
}

static void report_unraisable(py_object *self);

/* A coroutine dropped before it ran: as CPython's _PyErr_WarnUnawaitedCoroutine, the
 * warnings module's _warn_unawaited_coroutine reports it, so the program's filters
 * (ignore, error, catch_warnings(record=True), a replaced showwarning) apply. An error
 * it raises (the "error" action) cannot propagate from here: it is printed as
 * unraisable. The coroutine is alive again during the call; returns 1 if something
 * (a recorded warning's source) kept it. */
static void warn_never_awaited_alive(py_gen *g);
static int warn_never_awaited(py_gen *g) {
  py_object *self = (py_object *)g;
  g->warned = true;
  self->refcnt = 1;
  warn_never_awaited_alive(g);
  return --self->refcnt != 0;
}

bool py__coro_warn_unstarted(py_object *coro) {
  py_gen *g = (py_gen *)coro;
  if (!coro || PY_TYPE(coro) != &py_coroutine_type || g->started || g->warned || !g->frame)
    return false;
  g->warned = true;
  py_incref(coro);
  warn_never_awaited_alive(g);
  py_decref(coro);
  return true;
}

/* At exit, once the modules go, CPython can no longer import its warnings module: its
 * C part reports with the same filters and the sys module's registry, so a message is
 * shown once under the default filter, plainly ("sys:1", no source line, no hint).
 * warnings._unawaited_at_exit does that (taken while sys.modules still holds it); a
 * program that never imported warnings has the default filter, which exit_seen (the
 * names reported) applies. */
static py_object *exit_warner, *exit_seen;

void py__gen_shutdown(py_object *modules) {
  py_setref(&exit_seen, NULL);
  py_object *w = modules ? py_dict_get_str(modules, "warnings") : NULL;
  py_setref(&exit_warner, w ? py_getattr_str(w, "_unawaited_at_exit") : NULL);
  py_err_clear();
}

/* The warnings module's report for g, which is alive (its count held) meanwhile. */
static void warn_never_awaited_alive(py_gen *g) {
  py_object *self = (py_object *)g;
  if (py_stop_reason()) {
    write_never_awaited(g);
    return;
  }
  py_object *saved = py_err_fetch();
  py_object *fn;
  if (py__import_shutting_down()) {
    fn = py_xnewref(exit_warner);
    py_object *name = gen_qualname(g);
    if (!fn && !exit_seen) exit_seen = py_dict_new();
    if (!fn && exit_seen && !py_dict_get(exit_seen, name) &&
        py_dict_set(exit_seen, name, PY_NONE) == 0)
      write_never_awaited(g);
  } else {
    py_object *mod = py_import("warnings");
    fn = mod ? py_getattr_str(mod, "_warn_unawaited_coroutine") : NULL;
    py_xdecref(mod);
    if (!fn) write_never_awaited(g);
  }
  if (!fn) {
    py_err_clear();
  } else {
    py_object *r = py_call1(fn, self);
    py_decref(fn);
    if (r) py_decref(r);
    else report_unraisable(self);
  }
  py_err_restore(saved);
}

static void gen_dealloc(py_object *self) {
  py_gen *g = (py_gen *)self;
  if (g->frame) {
    if (PY_TYPE(self) == &py_coroutine_type && !g->started && !g->warned &&
        warn_never_awaited(g))
      return; /* resurrected */
    if (g->started) {
      /* Finalize: close() runs its finally blocks, as CPython does (async generators
       * too, while no event loop installs a finalizer hook). What the close raises (an
       * error in a finally block, "generator ignored GeneratorExit") cannot propagate:
       * printed as unraisable, as CPython's _PyGen_Finalize does. */
      py_object *saved = py_err_fetch();
      self->refcnt = 1;
      py_object *r = gen_close_impl(g);
      if (r) py_decref(r);
      else report_unraisable(self);
      if (saved) py_err_restore(saved);
      if (--self->refcnt != 0) return; /* resurrected by its finally block */
    }
    if (g->frame) {
      py_frame *f = g->frame;
      g->frame = NULL;
      py_frame_free(f);
    }
  }
  if (origins && PY_TYPE(self) == &py_coroutine_type) note_origin(g, NULL);
  py_xdecref(g->names);
  py_xdecref(g->code);
  py_xdecref(g->exc_state);
  if ((PY_TYPE(self) == &py_coroutine_type || PY_TYPE(self) == &py_generator_type) &&
      gen_nspare < GEN_SPARE)
    gen_spare[gen_nspare++] = g;
  else
    py_type_free(self);
}

static py_object *gen_get_name(py_object *o) { return py_newref(gen_name((py_gen *)o)); }
static py_object *gen_get_qualname(py_object *o) { return py_newref(gen_qualname((py_gen *)o)); }
static py_object *gen_get_running(py_object *o) { return py_bool(((py_gen *)o)->running); }
static py_object *gen_get_code(py_object *o) { return py_newref(((py_gen *)o)->code); }
static int gen_set_name(py_object *o, py_object *v) {
  if (!v || !PY_STR_CHECK(v)) {
    py_raise(&py_exc_TypeError, "__name__ must be set to a string object");
    return -1;
  }
  py_gen *g = (py_gen *)o;
  return set_names(g, v, gen_qualname(g));
}
static int gen_set_qualname(py_object *o, py_object *v) {
  if (!v || !PY_STR_CHECK(v)) {
    py_raise(&py_exc_TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  py_gen *g = (py_gen *)o;
  return set_names(g, gen_name(g), v);
}

/* The frame of a generator or coroutine as a frame object (the snapshot
 * sys._getframe makes: f_code, f_lineno, f_globals), None once it has finished. Before
 * it starts, its line is the def line, as in CPython. */
static py_object *gen_get_frame(py_object *o) {
  py_gen *g = (py_gen *)o;
  if (!g->frame) return py_newref(PY_NONE);
  py_code *co = g->frame->code;
  int line = g->started ? py_frame_line(g->frame) : co->firstlineno;
  return py__frame_snapshot_new((py_object *)co, g->frame->globals, line, NULL, NULL);
}

/* What a suspended generator or coroutine is delegating to (yield from / await), or
 * None: gi_yieldfrom and cr_await. */
static py_object *gen_get_delegate(py_object *o) {
  py_gen *g = (py_gen *)o;
  py_object *recv;
  if (g->frame && !g->running && g->frame->lasti >= 0 && py_frame_delegate(g->frame, &recv))
    return py_newref(recv);
  return py_newref(PY_NONE);
}

/* gi_suspended / cr_suspended: started, not finished, not running now. */
static py_object *gen_get_suspended(py_object *o) {
  py_gen *g = (py_gen *)o;
  return py_bool(g->frame && g->started && !g->running);
}

/* cr_origin: None, as in CPython unless origin tracking is switched on (we have no
 * sys.set_coroutine_origin_tracking_depth). */
static py_object *gen_get_origin(py_object *o) {
  (void)o;
  return py_newref(PY_NONE);
}

static const py_getset_def generator_getset[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"gi_running", gen_get_running, NULL},
    {"gi_code", gen_get_code, NULL},
    {"gi_frame", gen_get_frame, NULL},
    {"gi_yieldfrom", gen_get_delegate, NULL},
    {"gi_suspended", gen_get_suspended, NULL},
    {0},
};

static const py_getset_def coroutine_getset[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"cr_running", gen_get_running, NULL},
    {"cr_code", gen_get_code, NULL},
    {"cr_frame", gen_get_frame, NULL},
    {"cr_await", gen_get_delegate, NULL},
    {"cr_origin", gen_get_origin, NULL},
    {"cr_suspended", gen_get_suspended, NULL},
    {0},
};

static const py_method_def gen_methods[] = {
    {"send", gen_send, PY_METH_SUSPENDS, NULL},
    {"throw", gen_throw, PY_METH_SUSPENDS, NULL},
    {"close", gen_close, 0, NULL},
    {0},
};

py_type py_generator_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "generator",
    .basicsize = sizeof(py_gen),
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .getattr = py_generic_getattr,
    .iter = gen_iter_self,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getset = generator_getset,
};

/* ---- coroutines ------------------------------------------------------------------ */

/* coro.__await__() returns an iterator driving the coroutine; we return the coroutine
 * itself wrapped as a generator-like iterator (its send/throw/__next__). */
typedef struct {
  PY_HEAD;
  py_object *coro;
} coro_wrapper;

static void cw_dealloc(py_object *o) {
  py_decref(((coro_wrapper *)o)->coro);
  py_type_free(o);
}
static py_object *cw_iternext(py_object *o) { return gen_iternext(((coro_wrapper *)o)->coro); }
static py_object *cw_send(py_object *o, py_object *const *a, size_t n, py_object *k) {
  return gen_send(((coro_wrapper *)o)->coro, a, n, k);
}
static py_object *cw_throw(py_object *o, py_object *const *a, size_t n, py_object *k) {
  return gen_throw(((coro_wrapper *)o)->coro, a, n, k);
}
static py_object *cw_close(py_object *o, py_object *const *a, size_t n, py_object *k) {
  return gen_close(((coro_wrapper *)o)->coro, a, n, k);
}
static const py_method_def cw_methods[] = {
    {"send", cw_send, PY_METH_SUSPENDS, NULL},
    {"throw", cw_throw, PY_METH_SUSPENDS, NULL},
    {"close", cw_close, 0, NULL},
    {0},
};
static py_type coro_wrapper_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "coroutine_wrapper",
    .basicsize = sizeof(coro_wrapper),
    .dealloc = cw_dealloc,
    .getattr = py_generic_getattr,
    .iter = gen_iter_self,
    .iternext = cw_iternext,
    .methods = cw_methods,
};

static py_object *coro_await(py_object *self) {
  coro_wrapper *w = (coro_wrapper *)py_type_alloc(&coro_wrapper_type, 0);
  if (!w) return NULL;
  w->coro = py_newref(self);
  return (py_object *)w;
}

py_type py_coroutine_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "coroutine",
    .basicsize = sizeof(py_gen),
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .getattr = py_generic_getattr,
    .await = coro_await,
    .methods = gen_methods,
    .getset = coroutine_getset,
};

/* ---- async generators ------------------------------------------------------------ */

/* An async generator is a generator with what the sys hooks need (asyncgen_hooks.c):
 * whether it has met the hooks yet, the finalizer it met, and whether that finalizer
 * already ran (CPython finalizes an object once, even if the finalizer revives it). */
typedef struct {
  py_gen gen;
  py_object *finalizer;
  bool hooks_inited;
  bool finalized;
  bool running_async; /* an asend/athrow/aclose of it is being awaited (ag_running) */
  struct agen_set *set; /* the AsyncGenSet that lists it (borrowed), or NULL */
  py_ssize set_index;   /* its slot there */
} agen_object;

/* ---- AsyncGenSet: async generators held weakly -------------------------------------
 * What asyncio's loop keeps of the generators it saw start (CPython: a WeakSet). A
 * weak reference would switch on the weakref machinery for every object freed after
 * (mod__weakref.c looks each one up), so the set lists its members without owning
 * them and a member leaves it when freed. Members keep their order of arrival (a
 * removal leaves a hole, compacted when holes are half the slots). */
typedef struct agen_set {
  PY_HEAD;
  agen_object **items;
  py_ssize n, cap, live;
} agen_set;

static void agen_set_remove(agen_set *s, agen_object *a) {
  s->items[a->set_index] = NULL;
  a->set = NULL;
  s->live--;
  if (s->live * 2 >= s->n) return;
  py_ssize k = 0;
  for (py_ssize i = 0; i < s->n; i++)
    if (s->items[i]) {
      s->items[k] = s->items[i];
      s->items[k]->set_index = k;
      k++;
    }
  s->n = k;
}

static py_object *aset_add(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  if (py_args_check("add", nargs, kwnames, 1, 1) < 0) return NULL;
  agen_set *s = (agen_set *)self;
  if (PY_TYPE(args[0]) != &py_async_generator_type)
    return py_raise(&py_exc_TypeError, "an async generator was expected, got %s",
                    PY_TYPE(args[0])->name);
  agen_object *a = (agen_object *)args[0];
  if (a->set == s) return py_newref(PY_NONE);
  if (s->n == s->cap) {
    py_ssize cap = s->cap ? s->cap * 2 : 8;
    agen_object **items = py_mem_alloc((size_t)cap * sizeof *items);
    if (!items) return py_raise_nomemory();
    if (s->n) memcpy(items, s->items, (size_t)s->n * sizeof *items);
    if (s->items) py_mem_free(s->items, (size_t)s->cap * sizeof *items);
    s->items = items;
    s->cap = cap;
  }
  if (a->set) agen_set_remove(a->set, a);
  a->set = s;
  a->set_index = s->n;
  s->items[s->n++] = a;
  s->live++;
  return py_newref(PY_NONE);
}

static py_object *aset_discard(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  if (py_args_check("discard", nargs, kwnames, 1, 1) < 0) return NULL;
  agen_set *s = (agen_set *)self;
  if (PY_TYPE(args[0]) == &py_async_generator_type && ((agen_object *)args[0])->set == s)
    agen_set_remove(s, (agen_object *)args[0]);
  return py_newref(PY_NONE);
}

static void aset_clear_all(agen_set *s) {
  for (py_ssize i = 0; i < s->n; i++)
    if (s->items[i]) s->items[i]->set = NULL;
  s->n = s->live = 0;
}

static py_object *aset_clear(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  (void)args;
  if (py_args_check("clear", nargs, kwnames, 0, 0) < 0) return NULL;
  aset_clear_all((agen_set *)self);
  return py_newref(PY_NONE);
}

static py_object *aset_list(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  (void)args;
  if (py_args_check("list", nargs, kwnames, 0, 0) < 0) return NULL;
  agen_set *s = (agen_set *)self;
  py_object *l = py_list_new(0);
  for (py_ssize i = 0; l && i < s->n; i++)
    if (s->items[i] && py_list_append(l, (py_object *)s->items[i]) < 0) PY_CLEAR(l);
  return l;
}

static py_ssize aset_len(py_object *self) { return ((agen_set *)self)->live; }

static void aset_dealloc(py_object *self) {
  agen_set *s = (agen_set *)self;
  aset_clear_all(s);
  if (s->items) py_mem_free(s->items, (size_t)s->cap * sizeof *s->items);
  py_type_free(self);
}

static py_object *aset_new(py_type *type, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  (void)args;
  if (py_args_check("AsyncGenSet", nargs, kwnames, 0, 0) < 0) return NULL;
  return py_type_alloc(type, 0);
}

static const py_method_def aset_methods[] = {
    {"add", aset_add, 0, NULL},
    {"discard", aset_discard, 0, NULL},
    {"clear", aset_clear, 0, NULL},
    {"list", aset_list, 0, NULL},
    {0},
};

py_type py_asyncgen_set_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "AsyncGenSet",
    .basicsize = sizeof(agen_set),
    .dealloc = aset_dealloc,
    .getattr = py_generic_getattr,
    .len = aset_len,
    .methods = aset_methods,
    .new = aset_new,
};

/* The first anext()/asend()/athrow()/aclose() asks for the hooks: the finalizer is
 * kept for later and firstiter is called at once with the generator (an error it
 * raises is the caller's). */
static int agen_init_hooks_first(py_object *self) {
  agen_object *a = (agen_object *)self;
  a->hooks_inited = true;
  py_object *fin = py__asyncgen_finalizer();
  if (fin) a->finalizer = py_newref(fin);
  py_object *first = py__asyncgen_firstiter();
  if (!first) return 0;
  py_incref(first); /* the hook may replace itself while it runs */
  py_object *r = py_call1(first, self);
  py_decref(first);
  if (!r) return -1;
  py_decref(r);
  return 0;
}

static inline int agen_init_hooks(py_object *self) {
  return ((agen_object *)self)->hooks_inited ? 0 : agen_init_hooks_first(self);
}

/* An error raised while a dropped generator is finalized (an async generator's
 * finalizer hook, the never-awaited warning made an error) has nowhere to go: printed
 * as CPython's default unraisable hook prints it. */
static void report_unraisable(py_object *self) {
  py_object *exc = py_err_fetch();
  if (!exc) return;
  /* Raised from C with no traceback: CPython's hook gives it the running frame's line. */
  if (PY_EXC_CHECK(exc) && !((py_exception_object *)exc)->traceback && py_vm_current &&
      py_traceback_add(exc, py_vm_current) < 0)
    py_err_clear();
  py_print_unraisable(self, exc);
  py_decref(exc);
}

/* Dropped before it finished: an async generator that met a finalizer hands itself to
 * it (asyncio schedules its aclose() as a task), as CPython's _PyGen_Finalize does; one
 * that did not is closed on the spot, as a generator is, and an error of that close
 * (an `await` in its finally: "async generator ignored GeneratorExit") is printed as
 * unraisable. Either may keep it alive; once finalized, a later drop frees the frame
 * without running it. */
static void agen_dealloc(py_object *self) {
  agen_object *a = (agen_object *)self;
  py_gen *g = &a->gen;
  if (g->frame && !a->finalized && (a->finalizer || g->started)) {
    a->finalized = true;
    self->refcnt = 1; /* alive again while the finalizer or the close runs */
    py_object *saved = py_err_fetch();
    py_object *r = a->finalizer ? py_call1(a->finalizer, self) : gen_close_impl(g);
    if (r) py_decref(r);
    else report_unraisable(self);
    py_err_restore(saved);
    if (--self->refcnt != 0) return;
  }
  if (g->frame) {
    py_frame *f = g->frame;
    g->frame = NULL;
    py_frame_free(f);
  }
  PY_CLEAR(a->finalizer);
  if (a->set) agen_set_remove(a->set, a);
  gen_dealloc(self);
}

typedef struct {
  PY_HEAD;
  py_object *value;
} wrapped;

static void wrapped_dealloc(py_object *o) {
  py_decref(((wrapped *)o)->value);
  py_type_free(o);
}

py_type py_asyncgen_wrapped_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(wrapped),
    .dealloc = wrapped_dealloc,
};

py_object *py_asyncgen_wrap(py_object *v) {
  wrapped *w = (wrapped *)py_type_alloc(&py_asyncgen_wrapped_type, 0);
  if (!w) return NULL;
  w->value = py_newref(v);
  return (py_object *)w;
}

enum { AS_SEND, AS_THROW, AS_CLOSE };
enum { ST_INIT, ST_ITER, ST_CLOSED };

typedef struct {
  PY_HEAD;
  py_gen *gen;
  py_object *value; /* asend's value or athrow's exception */
  int kind, state;
} asend_object;

static void asend_dealloc(py_object *o) {
  asend_object *a = (asend_object *)o;
  py_decref((py_object *)a->gen);
  py_xdecref(a->value);
  py_type_free(o);
}

/* Interprets what the async generator's frame produced for an asend/athrow/aclose. */
static py_object *asend_unwrap(asend_object *a, py_object *r, int status) {
  if (status == PY_RUN_ERROR) {
    a->state = ST_CLOSED;
    if (a->kind == AS_CLOSE &&
        (py_err_matches(&py_exc_StopAsyncIteration) || py_err_matches(&py_exc_GeneratorExit))) {
      py_err_clear();
      set_stop_iteration(NULL);
    }
    return NULL;
  }
  if (status == PY_RUN_RETURN) {
    py_decref(r);
    a->state = ST_CLOSED;
    if (a->kind == AS_CLOSE) set_stop_iteration(NULL);
    else py_raise(&py_exc_StopAsyncIteration, "");
    if (a->kind != AS_CLOSE) {
      /* StopAsyncIteration() with no arguments, as CPython raises it. */
      py_err_clear();
      py_object *e = py_call0((py_object *)&py_exc_StopAsyncIteration);
      if (e) py_err_restore(e);
    }
    return NULL;
  }
  if (PY_TYPE(r) == &py_asyncgen_wrapped_type) {
    a->state = ST_CLOSED;
    if (a->kind == AS_CLOSE) {
      py_decref(r);
      return py_raise(&py_exc_RuntimeError, "async generator ignored GeneratorExit");
    }
    set_stop_iteration(((wrapped *)r)->value);
    py_decref(r);
    return NULL;
  }
  return r; /* a value an inner await yields to the event loop */
}

static py_object *asend_step(asend_object *a, int mode, py_object *arg) {
  if (a->state == ST_CLOSED)
    return py_raise(&py_exc_RuntimeError,
                    a->kind == AS_SEND ? "cannot reuse already awaited __anext__()/asend()"
                    : a->kind == AS_THROW ? "cannot reuse already awaited athrow()"
                                          : "cannot reuse already awaited aclose()");
  agen_object *ag = (agen_object *)a->gen;
  int status;
  py_object *r;
  if (a->state == ST_INIT) {
    /* Another awaitable of the same generator is still being awaited. */
    if (ag->running_async) {
      if (a->kind != AS_SEND) a->state = ST_CLOSED;
      return py_raise(&py_exc_RuntimeError, "%s(): asynchronous generator is already running",
                      a->kind == AS_SEND ? "anext" : a->kind == AS_THROW ? "athrow" : "aclose");
    }
    a->state = ST_ITER;
    if (a->kind == AS_SEND) {
      ag->running_async = true;
      if (mode == PY_RESUME_THROW) r = gen_throw_ex(a->gen, arg, &status);
      else r = gen_send_ex(a->gen, PY_RESUME_SEND, a->value, &status);
    } else if (mode == PY_RESUME_THROW) {
      /* Thrown into before its first step, an athrow()/aclose() passes on what it is
       * given, as CPython 3.11's: asyncio cancelling a finalizer's aclose() task
       * delivers CancelledError to the generator, not GeneratorExit. */
      ag->running_async = true;
      r = gen_throw_ex(a->gen, arg, &status);
    } else {
      if (!a->gen->frame || (a->kind == AS_CLOSE && !a->gen->started)) {
        if (a->gen->frame) {
          py_frame *f = a->gen->frame;
          a->gen->frame = NULL;
          py_frame_free(f);
        }
        /* Nothing left to run: athrow() and aclose() of a finished generator both
         * return None in CPython 3.11 (only asend/anext say StopAsyncIteration). */
        a->state = ST_CLOSED;
        set_stop_iteration(NULL);
        return NULL;
      }
      py_object *exc = py_newref(a->value);
      ag->running_async = true;
      r = gen_throw_ex(a->gen, exc, &status);
    }
  } else if (mode == PY_RESUME_THROW) {
    ag->running_async = true;
    r = gen_throw_ex(a->gen, arg, &status);
  } else {
    ag->running_async = true;
    r = gen_send_ex(a->gen, PY_RESUME_SEND, arg, &status);
  }
  r = asend_unwrap(a, r, status);
  /* Still running only while the frame waits on an inner await. */
  if (!r || a->state == ST_CLOSED) ag->running_async = false;
  return r;
}

/* As gen_iternext: next() from C must not suspend. */
static py_object *asend_iternext(py_object *o) {
  py__call_link no_suspension;
  py__no_suspension_push(&no_suspension);
  py_object *r = asend_step((asend_object *)o, PY_RESUME_SEND, PY_NONE);
  py__no_suspension_pop(&no_suspension);
  return r;
}
static py_object *asend_send(py_object *o, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  if (py_args_check("send", nargs, kwnames, 1, 1) < 0) return NULL;
  return asend_step((asend_object *)o, PY_RESUME_SEND, args[0]);
}
static py_object *asend_throw(py_object *o, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  if (py_args_check("throw", nargs, kwnames, 1, 3) < 0) return NULL;
  py_object *exc = make_throw_exc(args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
  if (!exc) return NULL;
  return asend_step((asend_object *)o, PY_RESUME_THROW, exc);
}
static py_object *asend_close(py_object *o, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  ((asend_object *)o)->state = ST_CLOSED;
  return py_newref(PY_NONE);
}

static const py_method_def asend_methods[] = {
    {"send", asend_send, PY_METH_SUSPENDS, NULL},
    {"throw", asend_throw, PY_METH_SUSPENDS, NULL},
    {"close", asend_close, 0, NULL},
    {0},
};

py_type py_asyncgen_asend_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "async_generator_asend",
    .basicsize = sizeof(asend_object),
    .dealloc = asend_dealloc,
    .getattr = py_generic_getattr,
    .iter = gen_iter_self,
    .iternext = asend_iternext,
    .await = gen_iter_self,
    .methods = asend_methods,
};

/* athrow() and aclose() make the same object under CPython's other type name, which
 * reprs show (asyncio's finalizer hook makes a task of an aclose()). */
py_type py_asyncgen_athrow_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "async_generator_athrow",
    .basicsize = sizeof(asend_object),
    .dealloc = asend_dealloc,
    .getattr = py_generic_getattr,
    .iter = gen_iter_self,
    .iternext = asend_iternext,
    .await = gen_iter_self,
    .methods = asend_methods,
};

static py_object *asend_new(py_object *gen, int kind, py_object *value) {
  py_type *t = kind == AS_SEND ? &py_asyncgen_asend_type : &py_asyncgen_athrow_type;
  asend_object *a = (asend_object *)py_type_alloc(t, 0);
  if (!a) return NULL;
  a->gen = (py_gen *)py_newref(gen);
  a->value = py_xnewref(value);
  a->kind = kind;
  return (py_object *)a;
}

static py_object *agen_anext(py_object *self) {
  if (agen_init_hooks(self) < 0) return NULL;
  return asend_new(self, AS_SEND, PY_NONE);
}

static py_object *agen_asend(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  if (py_args_check("asend", nargs, kwnames, 1, 1) < 0) return NULL;
  if (agen_init_hooks(self) < 0) return NULL;
  return asend_new(self, AS_SEND, args[0]);
}

static py_object *agen_athrow(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  if (py_args_check("athrow", nargs, kwnames, 1, 3) < 0) return NULL;
  if (agen_init_hooks(self) < 0) return NULL;
  py_object *exc = make_throw_exc(args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
  if (!exc) return NULL;
  py_object *r = asend_new(self, AS_THROW, exc);
  py_decref(exc);
  return r;
}

static py_object *agen_aclose(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  (void)args;
  if (py_args_check("aclose", nargs, kwnames, 0, 0) < 0) return NULL;
  if (agen_init_hooks(self) < 0) return NULL;
  py_object *exc = py_call0((py_object *)&py_exc_GeneratorExit);
  if (!exc) return NULL;
  py_object *r = asend_new(self, AS_CLOSE, exc);
  py_decref(exc);
  return r;
}

static py_object *agen_anext_method(py_object *self, py_object *const *args, size_t nargs,
                                    py_object *kwnames) {
  (void)args;
  if (py_args_check("__anext__", nargs, kwnames, 0, 0) < 0) return NULL;
  return agen_anext(self);
}

static py_object *agen_aiter_method(py_object *self, py_object *const *args, size_t nargs,
                                    py_object *kwnames) {
  (void)args;
  if (py_args_check("__aiter__", nargs, kwnames, 0, 0) < 0) return NULL;
  return py_newref(self);
}

static py_object *agen_get_running(py_object *o) {
  return py_bool(((agen_object *)o)->running_async);
}

static const py_getset_def agen_getset[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"ag_running", agen_get_running, NULL},
    {"ag_code", gen_get_code, NULL},
    {"ag_frame", gen_get_frame, NULL},
    {"ag_await", gen_get_delegate, NULL},
    {0},
};

static const py_method_def agen_methods[] = {
    {"asend", agen_asend, 0, NULL},
    {"athrow", agen_athrow, 0, NULL},
    {"aclose", agen_aclose, 0, NULL},
    {"__anext__", agen_anext_method, 0, NULL},
    {"__aiter__", agen_aiter_method, 0, NULL},
    {0},
};

py_type py_async_generator_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "async_generator",
    .basicsize = sizeof(agen_object),
    .dealloc = agen_dealloc,
    .repr = gen_repr,
    .getattr = py_generic_getattr,
    .aiter = gen_iter_self,
    .anext = agen_anext,
    .methods = agen_methods,
    .getset = agen_getset,
};
