/* runtime/py/vm_async.c — the eval loop's instructions of `async for` (the
 * asynchronous iterator, the awaitable of its next item, the end of the loop), of
 * `yield from` (its iterator) and of async generators (the wrapping of what they
 * yield). Out of vm_run so that a program compiles them only when it uses them
 * (vm_ops.h); the awaits and yields themselves run in the loop. */
#include "py/vm_ops.h"

#define POP() (*--sp)
#define PUSH(v) (*sp++ = (v))
#define TOP() (sp[-1])

int py__vm_op_get_aiter(py_frame *f, int oparg) {
  /* [obj] -> [obj.__aiter__()] */
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_object *o = TOP();
  py_object *it = NULL;
  if (PY_TYPE(o)->aiter) {
    it = PY_TYPE(o)->aiter(o);
  } else {
    py_object *m = py_getattr_opt(o, PY_ID(__aiter__));
    if (!m) {
      if (!py_err_occurred())
        py_raise(&py_exc_TypeError,
                 "'async for' requires an object with __aiter__ method, got %s",
                 PY_TYPE(o)->name);
      return -1;
    }
    it = py_call0(m);
    py_decref(m);
  }
  if (!it) return -1;
  TOP() = it;
  py_decref(o);
  return 0;
}

int py__vm_op_get_anext(py_frame *f, int oparg) {
  /* [aiter] -> [aiter, the iterator awaiting aiter.__anext__()] */
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_object *ait = TOP();
  py_object *aw = NULL;
  if (PY_TYPE(ait)->anext) {
    aw = PY_TYPE(ait)->anext(ait);
  } else {
    py_object *m = py_getattr_opt(ait, PY_ID(__anext__));
    if (!m) {
      /* CPython checks this when __aiter__ returns, with this message. */
      if (!py_err_occurred())
        py_raise(&py_exc_TypeError,
                 "'async for' received an object from __aiter__ that does not implement "
                 "__anext__: %s",
                 PY_TYPE(ait)->name);
      return -1;
    }
    aw = py_call0(m);
    py_decref(m);
  }
  if (!aw) return -1;
  py_object *it = py__vm_get_awaitable(aw);
  if (!it) {
    if (py_err_matches(&py_exc_TypeError)) {
      py_err_clear();
      py_raise(&py_exc_TypeError, "'async for' received an invalid object from __anext__: %s",
               PY_TYPE(aw)->name);
    }
    py_decref(aw);
    return -1;
  }
  py_decref(aw);
  PUSH(it);
  py__vm_set_sp(f, sp);
  return 0;
}

int py__vm_op_end_async_for(py_frame *f, int oparg) {
  /* [aiter, exc] -> [] when exc is StopAsyncIteration (the loop ends), else exc is
   * raised again. */
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_object *exc = POP();
  if (py_isinstance(exc, (py_object *)&py_exc_StopAsyncIteration) == 1) {
    py_decref(exc);
    py_decref(POP());
    py__vm_set_sp(f, sp);
    return 0;
  }
  py__vm_set_sp(f, sp);
  py_err_restore(exc);
  return PY_VM_OP_RERAISED;
}

int py__vm_op_get_yield_from_iter(py_frame *f, int oparg) {
  /* [x] -> [the iterator `yield from x` delegates to] */
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_object *v = TOP();
  if (PY_TYPE(v) == &py_coroutine_type) {
    if (!(f->code->flags & (PY_CO_COROUTINE | 0x100))) {
      py_raise(&py_exc_TypeError,
               "cannot 'yield from' a coroutine object in a non-coroutine generator");
      return -1;
    }
    return 0;
  }
  if (PY_TYPE(v) == &py_generator_type) return 0;
  py_object *it = py_iter(v);
  if (!it) return -1;
  TOP() = it;
  py_decref(v);
  return 0;
}

int py__vm_op_async_gen_wrap(py_frame *f, int oparg) {
  /* [v] -> [v wrapped: what an async generator yields, told from what it awaits] */
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_object *v = TOP();
  py_object *wv = py_asyncgen_wrap(v);
  if (!wv) return -1;
  TOP() = wv;
  py_decref(v);
  return 0;
}
