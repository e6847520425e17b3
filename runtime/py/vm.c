/* runtime/py/vm.c — the eval loop.
 *
 * One invocation of py_vm_resume runs an entry frame and every frame it pushes:
 * Python-to-Python calls, and coroutines/generators awaited or delegated to with
 * `await`/`yield from`, are pushed onto the chain of heap frames and run by the same
 * loop (design decision 1), so the C stack does not grow with Python call depth. C
 * recursion happens only when C code calls back into Python (a builtin calling a
 * `key=` function, a dunder method called by the object protocol).
 *
 * Dispatch is computed-goto. Exceptions unwind through each frame's block stack
 * (SETUP_FINALLY pushes a handler; see compile.c for the shapes).
 *
 * The await path. `await x` is GET_AWAITABLE then a SEND/YIELD_VALUE loop. A coroutine
 * (or generator) receiver is not called: its frame is pushed and run here, so a chain
 * of awaited coroutines is a chain of heap frames in one loop invocation. When the
 * innermost frame finally reaches something that is not Python code — the iterator of
 * a future's __await__ — SEND calls that iterator's iternext slot. Two ways on from
 * there, both supported by this loop without change:
 *   - driven by coro.send() (no runtime task): the iterator yields; YIELD_VALUE passes
 *     the value up frame by frame (each frame stays suspended at its own SEND) to
 *     whoever called send(), exactly as CPython's yield-from chain does;
 *   - inside a runtime task (runtime/aio, stackful): the asyncio module's future
 *     iterator calls aio_await() from its iternext, which suspends the whole task
 *     right there; the C stack at that point is short and constant — task entry,
 *     py_vm_resume, SEND, iternext, aio_await — whatever the Python await depth.
 *     When the future is done, iternext returns with StopIteration(result) and SEND
 *     completes as for any sub-iterator. */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "py/code.h"
#include "py/containers.h"
#include "py/interp.h"
#include "py/objimpl.h"
#include "py/opcodes.h"
#include "py/vm_cache.h"
#include "py/thread_sched.h"
#include "py/vm_ops.h"

py_frame *py_vm_current;
static int vm_depth;
static int vm_recursion_limit = 1000;
static py_object *vm_handled; /* the exception being handled, owned, or NULL */
uint64_t py__vm_step_limit;   /* 0: none */
static uint64_t vm_steps;
/* Why the run is being stopped: 0 (it is not), or a PY_STOP_* reason (interp.h); set by
 * py_stop_for_time from a signal handler: hence volatile sig_atomic_t. */
static volatile sig_atomic_t stop_reason;
/* The host's poll (py_config.poll) and the user's step limit it shares the counter
 * with: while a poll is set, py__vm_step_limit is the next checkpoint instead. */
static int (*vm_poll)(void);
static uint64_t vm_user_step_limit;
/* Steps between two polls: rare enough to cost nothing (one host call per tens of
 * milliseconds of Python code at most), often enough for a stop to feel immediate. */
#define VM_POLL_STEPS 65536

int py_vm_recursion_limit(void) { return vm_recursion_limit; }
void py_vm_set_recursion_limit(int limit) { vm_recursion_limit = limit; }
py_object *py_vm_handled_exception(void) { return vm_handled; }

py_object *py_vm_enter_gen_exc(py_object *gen_state) {
  py_object *caller = vm_handled;
  vm_handled = gen_state ? gen_state : py_xnewref(caller);
  return caller;
}

py_object *py_vm_leave_gen_exc(py_object *caller) {
  py_object *cur = vm_handled;
  vm_handled = caller;
  if (cur == caller) {
    py_xdecref(cur);
    return NULL;
  }
  return cur;
}

void py__vm_set_handled(py_object *e) {
  py_object *old = vm_handled;
  vm_handled = (e == PY_NONE) ? NULL : py_xnewref(e);
  py_xdecref(old);
}

void py_vm_chain_context(py_object *exc) {
  py_object *h = vm_handled;
  if (!h || h == exc || !PY_EXC_CHECK(exc)) return;
  /* Break a cycle the new link would close, as CPython does. */
  py_object *o = h;
  while (o) {
    py_exception_object *oe = (py_exception_object *)o;
    if (oe->context == exc) {
      PY_CLEAR(oe->context);
      break;
    }
    o = oe->context;
  }
  py_exception_object *e = (py_exception_object *)exc;
  py_setref(&e->context, py_newref(h));
}

int py_frame_line(const py_frame *f) { return py_code_line(f->code, f->lasti); }

py_object *py_vm_current_qualname(void) {
  py_frame *f = py_vm_current;
  while (f && !f->gen) f = f->back;
  return f ? f->code->qualname : NULL;
}

int py_vm_current_line(void) { return py_vm_current ? py_frame_line(py_vm_current) : 0; }

int py_frame_delegate(py_frame *f, py_object **recv) {
  if (f->lasti < 1) return 0;
  uint32_t w = f->code->instrs[f->lasti];
  uint32_t p = f->code->instrs[f->lasti - 1];
  if (PY_OPCODE(w) != PY_OPC_YIELD_VALUE || PY_OPCODE(p) != PY_OPC_SEND) return 0;
  if (f->stackdepth < 1) return 0;
  py_object **base = f->slots + f->code->nlocals + f->code->ncells + f->code->nfrees;
  *recv = base[f->stackdepth - 1];
  return 1;
}

/* ---- helpers of the handlers ------------------------------------------------------- */

/* noinline: inlined, its code changes how gcc lays out the arithmetic fast paths of
 * vm_run (measured: +0.2 % instructions on the primes workload). */
__attribute__((noinline)) py_object *py__vm_get_awaitable(py_object *o) {
  /* A coroutine first (most awaits). */
  if (PY_TYPE(o) == &py_coroutine_type) {
    /* One suspended in an await of its own is being awaited already (CPython's
     * _PyGen_yf test); one running now (awaiting itself) fails at SEND instead, with
     * "coroutine already executing". */
    py_gen *g = (py_gen *)o;
    py_object *recv;
    if (g->frame && !g->running && g->frame->lasti >= 0 && py_frame_delegate(g->frame, &recv))
      return py_raise(&py_exc_RuntimeError, "coroutine is being awaited already");
    return py_newref(o);
  }
  /* A generator of a @types.coroutine function is awaitable as it is. */
  if (PY_TYPE(o) == &py_generator_type && (((py_code *)((py_gen *)o)->code)->flags & 0x100))
    return py_newref(o);
  py_object *it = NULL;
  if (PY_TYPE(o)->await) {
    it = PY_TYPE(o)->await(o);
  } else {
    py_object *m = py_getattr_opt(o, PY_ID(__await__));
    if (!m) {
      if (py_err_occurred()) return NULL;
      return py_raise(&py_exc_TypeError, "object %T can't be used in 'await' expression", o);
    }
    it = py_call0(m);
    py_decref(m);
  }
  if (!it) return NULL;
  if (PY_TYPE(it) == &py_coroutine_type) {
    py_decref(it);
    return py_raise(&py_exc_TypeError, "__await__() returned a coroutine");
  }
  if (!PY_TYPE(it)->iternext) {
    py_object *r = py_raise(&py_exc_TypeError, "__await__() returned non-iterator of type '%s'",
                            PY_TYPE(it)->name);
    py_decref(it);
    return r;
  }
  return it;
}

/* Takes a pending StopIteration's value (new), or NULL if another error is pending. */
static py_object *take_stop_value(void) {
  if (!py_err_matches(&py_exc_StopIteration)) return NULL;
  py_object *e = py_err_fetch();
  py_object *v = py_getattr_str(e, "value");
  py_decref(e);
  if (!v) {
    py_err_clear();
    v = py_newref(PY_NONE);
  }
  return v;
}

/* Sends v into a non-generator sub-iterator. Returns PY_RUN_YIELD with *out, PY_RUN_RETURN
 * with *out (its StopIteration value), or PY_RUN_ERROR. */
static int send_other(py_object *recv, py_object *v, py_object **out) {
  py_object *r;
  /* A class's __next__ is called as a method: its iternext slot treats StopIteration
   * as the end and drops the value, which is the result of the await/yield from. */
  if (v == PY_NONE && PY_TYPE(recv)->iternext && !(PY_TYPE(recv)->flags & PY_TPFLAGS_HEAPTYPE)) {
    r = PY_TYPE(recv)->iternext(recv);
    if (!r && !py_err_occurred()) {
      *out = py_newref(PY_NONE);
      return PY_RUN_RETURN;
    }
  } else if (v == PY_NONE && PY_TYPE(recv)->iternext) {
    r = py_call_method(recv, PY_ID(__next__), NULL, 0);
  } else {
    r = py_call_method(recv, PY_ID(send), &v, 1);
  }
  if (r) {
    *out = r;
    return PY_RUN_YIELD;
  }
  py_object *sv = take_stop_value();
  if (sv) {
    *out = sv;
    return PY_RUN_RETURN;
  }
  return PY_RUN_ERROR;
}

/* Restarts the instruction count and sets the limit for the next run (0 = none), so a
 * second py_init in the same process (the playground, the fuzzer) gets its own budget
 * instead of what the runs before it left over. */
void py__vm_reset_steps(uint64_t limit) {
  vm_steps = 0;
  stop_reason = 0;
  vm_poll = NULL;
  vm_user_step_limit = limit;
  py__vm_step_limit = limit;
}

uint64_t py__vm_steps(void) { return vm_steps; }
void py__vm_add_steps(uint64_t n) { vm_steps += n; }

/* The step count at which the loop next stops to ask the poll, or the user's limit if
 * that comes first. */
static uint64_t next_checkpoint(void) {
  uint64_t next = vm_steps + VM_POLL_STEPS;
  return vm_user_step_limit && vm_user_step_limit < next ? vm_user_step_limit : next;
}

void py__vm_set_poll(int (*poll)(void));
void py__vm_set_poll(int (*poll)(void)) {
  vm_poll = poll;
  py__vm_step_limit = poll ? next_checkpoint() : vm_user_step_limit;
}

/* The step counter reached py__vm_step_limit (noinline: a cold path of the loop's jumps
 * and calls): either a poll checkpoint, after which
 * the run goes on (0), or a stop, raised (-1). The limit stays hit once the run is
 * stopped: a program that catches the RuntimeError gets it again at its next loop
 * iteration or call, so `while True: try: ... except: pass` still ends; what runs
 * after the stop is straight-line code (handlers, finally blocks). */
static __attribute__((noinline)) int step_limit_hit(void) {
  if (!stop_reason) {
    int why = vm_poll ? vm_poll() : 0;
    if (why) {
      stop_reason = why;
    } else if (vm_poll && (!vm_user_step_limit || vm_steps < vm_user_step_limit)) {
      py__vm_step_limit = next_checkpoint();
      return 0;
    } else {
      stop_reason = PY_STOP_STEPS;
    }
    py__vm_step_limit = 1;
  }
  py_raise(&py_exc_RuntimeError, stop_reason == PY_STOP_TIME ? "time limit exceeded"
                                  : stop_reason == PY_STOP_HOST ? "stopped"
                                  : "step limit exceeded");
  return -1;
}

void py_stop_for_time(void) { py_stop_for(PY_STOP_TIME); }

void py_stop_for(int why) {
  stop_reason = why;
  /* A 64-bit aligned store: whole on every target we build for. */
  py__vm_step_limit = 1;
}

const char *py_stop_reason(void) {
  return stop_reason == PY_STOP_TIME   ? "time limit"
         : stop_reason == PY_STOP_STEPS ? "step limit"
         : stop_reason == PY_STOP_HOST  ? "stop"
                                        : NULL;
}

/* Calls a non-frame callable or a function whose call makes a generator. */
static py_object *call_any(py_object *callable, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  if (PY_TYPE(callable) == &py_cfunction_type) {
    /* A builtin function straight through its definition, as py_call would call it
     * (two calls fewer: `await asyncio.sleep(0)` makes one per hop). */
    if (kwnames && PY_TUPLE_SIZE(kwnames) == 0) kwnames = NULL;
    py__cfunction_object *fo = (py__cfunction_object *)callable;
    py_object *r = fo->def->fn(fo->self, args, nargs, kwnames);
    if (!r && !py_err_occurred())
      return py_raise(&py_exc_SystemError, "%R returned NULL without setting an exception",
                      callable);
    return r;
  }
  return py__call_on_chain(callable, args, nargs, kwnames); /* judged as the out-call */
}

/* ---- the loop ---------------------------------------------------------------------- */

/* C recursion guard. Python-to-Python calls do not nest eval loops, but C code calling
 * back into Python does (a __repr__ calling repr(), a key= function), and with a high
 * sys.setrecursionlimit that could exhaust the native stack: each nested loop checks
 * how much stack lies between it and the outermost one. */
#ifdef __EMSCRIPTEN__
#define C_STACK_BUDGET (512 * 1024)
#else
#define C_STACK_BUDGET (6 * 1024 * 1024) /* of the usual 8 MB main stack */
#endif
static char *c_stack_top;

static bool c_stack_exhausted(void) {
  char here;
  if (!c_stack_top) return false;
  ptrdiff_t used = c_stack_top - &here;
  if (used < 0) used = -used;
  return used > C_STACK_BUDGET;
}

/* Out-calls. Under WebAssembly a suspension of the main fiber (docs/engine.md) unwinds
 * the C stack through Asyncify, and every function on that stack must be instrumented,
 * which slows it down: the eval loop by about 20 % on plain Python code. So the loop
 * itself (vm_run) is not instrumented. The calls through which a program can reach a
 * suspension — CALL, CALL_KW and CALL_EX of anything but a Python function: time.sleep,
 * _asyncio.run_once, coro.send of a Task step — are not made by vm_run: it saves the
 * frame, describes the call in a vm_outcall and returns; py_vm_resume, small and
 * instrumented, makes the call and runs vm_run again to finish the instruction. While
 * vm_run itself is on the C stack (any other call it makes: a dunder method, an
 * import), the fiber cannot suspend: py_vm_suspendable() says so, and the driver then
 * waits in place (docs/engine.md, "Asyncify and the eval loop"). One code path on
 * every platform, so the native tests exercise it. */
#if defined(__EMSCRIPTEN__) || defined(__SANITIZE_ADDRESS__)
#define VM_OUTCALLS 1
#else
/* Natively the fiber switch needs no instrumentation, and leaving and re-entering the
 * loop costs a few percent on call-heavy code: the optimised native build calls in
 * place. The ASan build (the unit tests and the program corpus) makes out-calls as
 * wasm does, so that path is tested natively. */
#define VM_OUTCALLS 0
#endif
enum { VM_RESUME_CALLED = 100 }; /* an internal resume mode: the out-call returned */

static int vm_running; /* vm_run activations on the C stack */

/* The out-calls still running, innermost first (links live on py_vm_resume's stack).
 * Some go to C code off the Asyncify chain that may call back into Python (a sorted()
 * key, a class body run by __build_class__, list() of a generator), and a suspension
 * there would unwind through its uninstrumented frames and leave the engine broken; so
 * while one runs, the fiber cannot suspend and a wait happens in place, with the same
 * result. Only callables whose C path to a suspension is all on the chain keep the
 * fiber suspendable: Python functions and bound methods (function_call, method_call),
 * and builtins marked PY_METH_SUSPENDS (time.sleep, _asyncio.run_once, a coroutine's
 * send/throw). Marking too few is safe (a wait in place); marking one whose path is not
 * listed is the bug this guards against. The callables are judged only when a
 * suspension is asked for, so an out-call costs two stores. */
typedef struct outcall_link {
  py_object *callable;
  struct outcall_link *outer;
} outcall_link;
static outcall_link *outcalls_running;

/* A call the eval loop makes in place even where out-calls are the rule: one that
 * cannot reach a suspension by itself, so leaving and re-entering the loop would buy
 * nothing (about a twentieth of a sleep(0) hop makes two such calls: asyncio.sleep(0)
 * makes a coroutine, _sleep0() its awaitable). Calling a generator or coroutine
 * function only makes the object; a builtin not marked PY_METH_SUSPENDS could not
 * suspend through an out-call either (outcall_may_suspend), and should it call back
 * into Python, vm_running keeps the fiber from suspending, as for an out-call. */
#if VM_OUTCALLS
static inline bool call_in_place(py_object *callable) {
  if (PY_TYPE(callable) == &py_function_type) return true; /* generator-like: see do_call */
  const py_method_def *def = py__builtin_def(callable);
  return def && !(def->flags & PY_METH_SUSPENDS);
}
#endif

static bool outcall_may_suspend(py_object *callable) {
  py_type *t = PY_TYPE(callable);
  if (t == &py_function_type || t == &py_bound_method_type) return true;
  /* An instance whose class defines __call__ in Python (functools.partial). */
  if (py__type_calls_python(t)) return true;
  const py_method_def *def = py__builtin_def(callable);
  return def && (def->flags & PY_METH_SUSPENDS);
}

bool py_vm_suspendable(void) {
  if (!VM_OUTCALLS) return true;
  if (vm_running != 0) return false;
  for (outcall_link *l = outcalls_running; l; l = l->outer)
    if (!outcall_may_suspend(l->callable)) return false;
  /* The calls C code makes through a call slot (code.h): py_call's never suspend. */
  for (const py__call_link *l = py__calls_running; l; l = l->outer)
    if (!l->callable || !outcall_may_suspend(l->callable)) return false;
  return true;
}

/* Python threads are fibers (thread_sched.c): each has its own frames, depth, handled
 * exception and C stack, so these globals travel with it. */
void py_vm_thread_save(py_vm_thread_state *out) {
  out->current = py_vm_current;
  out->handled = vm_handled;
  out->c_stack_top = c_stack_top;
  out->outcalls = outcalls_running;
  out->calls = py__calls_running;
  out->depth = vm_depth;
  out->running = vm_running;
  py_vm_current = NULL;
  vm_handled = NULL;
  c_stack_top = NULL;
  outcalls_running = NULL;
  py__calls_running = NULL;
  vm_depth = vm_running = 0;
}

void py_vm_thread_load(const py_vm_thread_state *in) {
  py_vm_current = in->current;
  vm_handled = in->handled;
  c_stack_top = in->c_stack_top;
  outcalls_running = in->outcalls;
  py__calls_running = in->calls;
  vm_depth = in->depth;
  vm_running = in->running;
}

#if VM_OUTCALLS
/* FOR_ITER over a generator while other threads exist (thread_sched.c) steps it through
 * an out-call of this builtin, so a thread waiting inside the generator (iterating
 * Executor.map or as_completed) can suspend. The end of the iteration comes back as
 * for_iter_end instead of a StopIteration. */
static py_object for_iter_end = {PY_IMMORTAL, &py_object_type};

static py_object *for_iter_next(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  (void)self;
  (void)nargs;
  (void)kwnames;
  /* py_gen_send, not the type's iternext: the chain resumes generators through it, and
   * iternext refuses a suspension under it (gen.c). FOR_ITER sends only generators. */
  py_object *x = py_gen_send(args[0], PY_NONE);
  if (x) return x;
  if (py_err_occurred()) {
    if (!py_err_matches(&py_exc_StopIteration)) return NULL;
    py_err_clear();
  }
  return &for_iter_end;
}

static const py_method_def for_iter_def = {"for_iter_next", for_iter_next, PY_METH_SUSPENDS,
                                           NULL};
/* Static and immortal: the engine runs many programs, each between py_init and py_fini. */
static py__cfunction_object for_iter_fn = {{PY_IMMORTAL, &py_cfunction_type}, &for_iter_def, NULL};
#endif

/* noinline: inlined into py_vm_resume, the loop would be instrumented again. */
static __attribute__((noinline)) py_object *vm_run(py_frame *entry, int mode,
                                                   py_object *value, int *status,
                                                   vm_outcall *oc);

py_object *py_vm_resume(py_frame *entry, int mode, py_object *value, int *status) {
  py_frame *saved_current = py_vm_current;
  char stack_marker;
  bool outermost = c_stack_top == NULL;
  if (outermost) c_stack_top = &stack_marker;
  if (++vm_depth > vm_recursion_limit || (!outermost && c_stack_exhausted())) {
    vm_depth--;
    if (outermost) c_stack_top = NULL;
    if (mode == PY_RESUME_THROW) py_decref(value);
    py_raise(&py_exc_RecursionError, "maximum recursion depth exceeded");
    *status = PY_RUN_ERROR;
    return NULL;
  }
  entry->entry = true;
  entry->back = saved_current;
  py_vm_current = entry;

  vm_outcall oc;
  oc.kind = OUT_NONE;
  vm_running++;
  py_object *r = vm_run(entry, mode, value, status, &oc);
  vm_running--;
  while (oc.kind != OUT_NONE) {
    outcall_link link = {oc.callable, outcalls_running};
    outcalls_running = &link;
    py_object *res = call_any(oc.callable, oc.args, oc.nargs, oc.kwnames);
    outcalls_running = link.outer;
    vm_running++;
    r = vm_run(entry, VM_RESUME_CALLED, res, status, &oc);
    vm_running--;
  }

  vm_depth--;
  if (outermost) c_stack_top = NULL;
  py_vm_current = saved_current;
  entry->back = NULL;
  if (entry->gen) ((py_gen *)entry->gen)->running = false;
  return r;
}

/* Runs frames from entry (or, for VM_RESUME_CALLED, from the frame of the finished
 * out-call) until the entry frame returns, yields or fails, or until an out-call. */
static py_object *vm_run(py_frame *entry, int mode, py_object *value, int *status,
                         vm_outcall *oc) {
  static const void *const targets[PY_OPC_COUNT] = {
#define PY_OP_TARGET(n) [PY_OPC_##n] = &&op_##n,
      PY_OPCODES(PY_OP_TARGET)
#undef PY_OP_TARGET
  };
  py_frame *f = entry;
  py_code *co;
  const uint32_t *ip;
  py_object **sp, **fast, **base, *const *consts, *const *names;
  uint32_t w;
  py_object *retval = NULL;
  bool reraise = false;

#define LOAD_FRAME()                                                                   \
  do {                                                                                 \
    co = f->code;                                                                      \
    fast = f->slots;                                                                   \
    base = py__vm_stack_base(f);                                                       \
    sp = base + f->stackdepth;                                                         \
    ip = co->instrs + f->lasti + 1;                                                    \
    consts = PY_TUPLE_ITEMS(co->consts);                                               \
    names = PY_TUPLE_ITEMS(co->names);                                                 \
  } while (0)
#define SAVE_FRAME()                                                                   \
  do {                                                                                 \
    f->lasti = (int)(ip - co->instrs) - 1;                                             \
    f->stackdepth = (int)(sp - base);                                                  \
  } while (0)
#define DISPATCH()                                                                     \
  do {                                                                                 \
    w = *ip++;                                                                         \
    goto *targets[PY_OPCODE(w)];                                                       \
  } while (0)
#define TARGET(n) op_##n:
#define OPARG ((int)PY_OPARG(w))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(n)])
#define JUMPTO(t) (ip = co->instrs + (t))
#define ERROR_IF(cond) do { if (cond) goto error; } while (0)
/* py_decref, always inline: in a function this large gcc stops inlining it at some
 * call sites, and the arithmetic and comparison fast paths below are the hottest. */
#define DECREF(o)                                                                      \
  do {                                                                                 \
    py_object *decref_o_ = (o);                                                        \
    if (--decref_o_->refcnt == 0) py__dealloc(decref_o_);                              \
  } while (0)

  if (mode == VM_RESUME_CALLED) {
    f = oc->frame;
    LOAD_FRAME();
    retval = value; /* the call's result, or NULL with the error set */
    int kind = oc->kind;
    oc->kind = OUT_NONE;
    if (kind == OUT_CALL_EX) goto call_ex_done;
#if VM_OUTCALLS
    if (kind == OUT_FOR_ITER) goto for_iter_done;
#endif
    goto call_done;
  }
  LOAD_FRAME();
  if (mode == PY_RESUME_THROW) {
    /* The exception appears at the suspension point. */
    f->lasti = f->lasti < 0 ? 0 : f->lasti;
    ip = co->instrs + f->lasti + 1;
    py_err_restore(value);
    goto error;
  }
  if (mode == PY_RESUME_DELEGATE_DONE) {
    /* The sub-iterator of the await/yield-from at lasti-1 finished with value. */
    py_object *recv = POP();
    py_decref(recv);
    PUSH(value);
    JUMPTO(PY_OPARG(co->instrs[f->lasti - 1]));
    DISPATCH();
  }
  if (f->lasti >= 0) PUSH(value ? value : py_newref(PY_NONE));
  else if (value) py_decref(value);
  DISPATCH();

  TARGET(NOP) DISPATCH();
  TARGET(POP_TOP) {
    py_object *v = POP();
    py_decref(v);
    DISPATCH();
  }
  TARGET(SWAP) {
    py_object *t = TOP();
    TOP() = PEEK(OPARG);
    PEEK(OPARG) = t;
    DISPATCH();
  }
  TARGET(COPY) {
    py_object *v = PEEK(OPARG);
    PUSH(py_newref(v));
    DISPATCH();
  }
  TARGET(ROT_N) DISPATCH();
  TARGET(PUSH_NULL) {
    PUSH(NULL);
    DISPATCH();
  }
  TARGET(LOAD_CONST) {
    PUSH(py_newref(consts[OPARG]));
    DISPATCH();
  }
  TARGET(LOAD_FAST) {
    py_object *v = fast[OPARG];
    if (__builtin_expect(!v, 0)) {
      py__vm_unbound_local(co, OPARG);
      goto error;
    }
    PUSH(py_newref(v));
    DISPATCH();
  }
  TARGET(LOAD_FAST_CHECKED) goto op_LOAD_FAST;
  TARGET(STORE_FAST) {
    py_object *v = POP();
    py_object *old = fast[OPARG];
    fast[OPARG] = v;
    py_xdecref(old);
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) {
    PUSH(py_newref(fast[co->nlocals + OPARG]));
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    py_object *v = ((py_cell *)fast[co->nlocals + OPARG])->ref;
    if (!v) {
      py__vm_unbound_deref(co, OPARG);
      goto error;
    }
    PUSH(py_newref(v));
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    py_object *v = POP();
    py_setref(&((py_cell *)fast[co->nlocals + OPARG])->ref, v);
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    py_object *name = names[OPARG];
    py_object *v = f->locals ? py__vm_mapping_lookup(f->locals, name) : NULL;
    if (!v && !py_err_occurred()) v = py_dict_get(f->globals, name);
    if (!v && !py_err_occurred()) v = py_dict_get(f->builtins, name);
    if (!v) {
      if (!py_err_occurred()) py__vm_name_error(name);
      goto error;
    }
    PUSH(py_newref(v));
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    py_object *v = POP();
    int rc = f->locals ? py_setitem(f->locals, names[OPARG], v)
                       : py_dict_set(f->globals, names[OPARG], v);
    py_decref(v);
    ERROR_IF(rc < 0);
    DISPATCH();
  }
  TARGET(LOAD_GLOBAL) {
    /* The inline cache first (vm_cache.h). */
    py_object *v = py__vm_global_hit(py__vm_cache(co, ip), f->globals, f->builtins);
    if (__builtin_expect(!v, 0)) {
      py_object *name = names[OPARG];
      v = py__vm_global_miss(co, (int)(ip - co->instrs) - 1, f->globals, f->builtins, name);
      if (!v) {
        if (!py_err_occurred()) py__vm_name_error(name);
        goto error;
      }
    }
    PUSH(py_newref(v));
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    py_object *v = POP();
    int rc = py_dict_set(f->globals, names[OPARG], v);
    py_decref(v);
    ERROR_IF(rc < 0);
    DISPATCH();
  }
  TARGET(LOAD_ATTR) {
    py_object *o = TOP();
    py_object *v;
    if (PY_TYPE(o) == &py_module_type) {
      /* A module's attribute: the inline cache (vm_cache.h). */
      v = py__vm_module_attr(co, ip, o, names[OPARG]);
    } else {
      v = py_getattr(o, names[OPARG]);
    }
    ERROR_IF(!v);
    TOP() = v;
    py_decref(o);
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    py_object *o = POP();
    py_object *v = POP();
    int rc = py_setattr(o, names[OPARG], v);
    py_decref(o);
    py_decref(v);
    ERROR_IF(rc < 0);
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    /* [obj] -> [method, obj] when the attribute is a plain function found on the type
     * (no bound method is made), else [attr, NULL]. */
    py_object *o = TOP();
    py_object *name = names[OPARG];
    py_type *t = PY_TYPE(o);
    if (t == &py_module_type) {
      /* A module's function (asyncio.sleep): [attr, NULL], through the inline cache. */
      py_object *v = py__vm_module_attr(co, ip, o, name);
      ERROR_IF(!v);
      TOP() = v;
      PUSH(NULL);
      py_decref(o);
      DISPATCH();
    }
    if (t->getattr == py_generic_getattr) {
      py_object *d = py_type_lookup(t, name);
      if (d && PY_HAS_FLAG(PY_TYPE(d), PY_TPFLAGS_METHOD_DESCRIPTOR) && PY_TYPE(d)->call) {
        bool shadowed = false;
        py_object **idict = py__dictptr(o);
        if (idict && *idict && py_dict_get(*idict, name)) shadowed = true;
        if (!shadowed) {
          TOP() = py_newref(d);
          PUSH(o);
          DISPATCH();
        }
      }
    }
    py_object *v = py_getattr(o, name);
    ERROR_IF(!v);
    TOP() = v;
    PUSH(NULL);
    py_decref(o);
    DISPATCH();
  }
  TARGET(BINARY_OP) {
    py_object *b = POP();
    py_object *a = TOP();
    py_object *r = NULL;
    int op = OPARG & 15;
    if (PY_TYPE(a) == &py_int_type && PY_TYPE(b) == &py_int_type && PY_INT_IS_SMALL(a) &&
        PY_INT_IS_SMALL(b)) {
      int64_t x = PY_INT_SMALL(a), y = PY_INT_SMALL(b), z;
      switch (op) {
      case PY_OP_ADD:
        if (!__builtin_add_overflow(x, y, &z)) r = py_int_from_i64(z);
        break;
      case PY_OP_SUB:
        if (!__builtin_sub_overflow(x, y, &z)) r = py_int_from_i64(z);
        break;
      case PY_OP_MUL:
        /* Two 32-bit factors cannot overflow: no 128-bit check (a libcall on wasm32). */
        if (x == (int32_t)x && y == (int32_t)y) r = py_int_from_i64(x * y);
        else if (!__builtin_mul_overflow(x, y, &z)) r = py_int_from_i64(z);
        break;
      case PY_OP_MOD:
        if (y > 0 && x >= 0) r = py_int_from_i64(x % y);
        else if (y != 0 && y != -1) {
          z = x % y;
          if (z != 0 && ((z < 0) != (y < 0))) z += y;
          r = py_int_from_i64(z);
        }
        break;
      case PY_OP_FLOORDIV:
        if (y != 0 && !(y == -1 && x == INT64_MIN)) {
          z = x / y;
          if ((x % y != 0) && ((x < 0) != (y < 0))) z--;
          r = py_int_from_i64(z);
        }
        break;
      case PY_OP_AND: r = py_int_from_i64(x & y); break;
      case PY_OP_OR: r = py_int_from_i64(x | y); break;
      case PY_OP_XOR: r = py_int_from_i64(x ^ y); break;
      default: break;
      }
    } else if (PY_TYPE(a) == &py_float_type && PY_TYPE(b) == &py_float_type) {
      double x = PY_FLOAT_VALUE(a), y = PY_FLOAT_VALUE(b);
      switch (op) {
      case PY_OP_ADD: r = py_float_from_double(x + y); break;
      case PY_OP_SUB: r = py_float_from_double(x - y); break;
      case PY_OP_MUL: r = py_float_from_double(x * y); break;
      case PY_OP_TRUEDIV:
        if (y != 0.0) r = py_float_from_double(x / y);
        break;
      default: break;
      }
    }
    if (!r) {
      if (py_err_occurred()) {
        DECREF(b);
        goto error;
      }
      /* The instruction read again rather than kept: w would otherwise stay live across
       * the fast paths' calls (measured: gcc then saves it around py_int_from_i64). */
      r = (PY_OPARG(ip[-1]) & PY_BINOP_INPLACE) ? py_inplace_binop(a, b, op) : py_binop(a, b, op);
    }
    DECREF(b);
    ERROR_IF(!r);
    TOP() = r;
    DECREF(a);
    DISPATCH();
  }
  TARGET(UNARY_NEGATIVE) {
    py_object *v = TOP();
    py_object *r = py_neg(v);
    ERROR_IF(!r);
    TOP() = r;
    DECREF(v);
    DISPATCH();
  }
  TARGET(UNARY_NOT) {
    py_object *v = TOP();
    int t = py_truthy(v);
    ERROR_IF(t < 0);
    TOP() = py_bool(!t);
    DECREF(v);
    DISPATCH();
  }
  TARGET(COMPARE_OP) {
    py_object *b = POP();
    py_object *a = TOP();
    py_object *r;
    if (PY_TYPE(a) == &py_int_type && PY_TYPE(b) == &py_int_type && PY_INT_IS_SMALL(a) &&
        PY_INT_IS_SMALL(b)) {
      int64_t x = PY_INT_SMALL(a), y = PY_INT_SMALL(b);
      int t = 0;
      switch (OPARG) {
      case PY_LT: t = x < y; break;
      case PY_LE: t = x <= y; break;
      case PY_EQ: t = x == y; break;
      case PY_NE: t = x != y; break;
      case PY_GT: t = x > y; break;
      case PY_GE: t = x >= y; break;
      }
      /* A comparison of small ints followed by a conditional jump (every `while i < n:`
       * and `if a == b:`) jumps at once, without making and testing a bool. */
      uint32_t next = *ip;
      if (PY_OPCODE(next) == PY_OPC_POP_JUMP_IF_FALSE ||
          PY_OPCODE(next) == PY_OPC_POP_JUMP_IF_TRUE) {
        /* The jump first: then nothing but the frame's state is live across the
         * deallocations (measured: gcc otherwise saves t and next around them). */
        ip++;
        if (t == (PY_OPCODE(next) == PY_OPC_POP_JUMP_IF_TRUE)) JUMPTO(PY_OPARG(next));
        sp--;
        DECREF(a);
        DECREF(b);
        DISPATCH();
      }
      r = py_bool(t);
    } else {
      r = py_richcompare(a, b, OPARG);
    }
    DECREF(b);
    ERROR_IF(!r);
    TOP() = r;
    DECREF(a);
    DISPATCH();
  }
  TARGET(IS_OP) {
    py_object *b = POP();
    py_object *a = TOP();
    int t = (a == b) ^ OPARG;
    TOP() = py_bool(t);
    py_decref(a);
    py_decref(b);
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    py_object *b = POP();
    py_object *a = TOP();
    int t = py_contains(b, a);
    py_decref(b);
    ERROR_IF(t < 0);
    TOP() = py_bool(t ^ OPARG);
    py_decref(a);
    DISPATCH();
  }
  TARGET(BINARY_SUBSCR) {
    py_object *k = POP();
    py_object *o = TOP();
    py_object *r = NULL;
    if (PY_TYPE(o) == &py_list_type && PY_TYPE(k) == &py_int_type && PY_INT_IS_SMALL(k)) {
      int64_t i = PY_INT_SMALL(k);
      if (i < 0) i += PY_LIST_SIZE(o);
      if (i >= 0 && i < PY_LIST_SIZE(o)) r = py_newref(PY_LIST_ITEMS(o)[i]);
    } else if (PY_TYPE(o) == &py_tuple_type && PY_TYPE(k) == &py_int_type &&
               PY_INT_IS_SMALL(k)) {
      int64_t i = PY_INT_SMALL(k);
      if (i < 0) i += PY_TUPLE_SIZE(o);
      if (i >= 0 && i < PY_TUPLE_SIZE(o)) r = py_newref(PY_TUPLE_ITEMS(o)[i]);
    }
    if (!r) r = py_getitem(o, k);
    py_decref(k);
    ERROR_IF(!r);
    TOP() = r;
    py_decref(o);
    DISPATCH();
  }
  TARGET(STORE_SUBSCR) {
    py_object *k = POP();
    py_object *o = POP();
    py_object *v = POP();
    int rc;
    if (PY_TYPE(o) == &py_list_type && PY_TYPE(k) == &py_int_type && PY_INT_IS_SMALL(k) &&
        PY_INT_SMALL(k) >= 0 && PY_INT_SMALL(k) < PY_LIST_SIZE(o)) {
      py_setref(&PY_LIST_ITEMS(o)[PY_INT_SMALL(k)], v);
      rc = 0;
    } else {
      rc = py_setitem(o, k, v);
      py_decref(v);
    }
    py_decref(k);
    py_decref(o);
    ERROR_IF(rc < 0);
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    py_object *step = OPARG == 3 ? POP() : NULL;
    py_object *stop = POP();
    py_object *start = TOP();
    py_object *s = py_slice_new(start, stop, step ? step : PY_NONE);
    py_xdecref(step);
    py_decref(stop);
    ERROR_IF(!s);
    TOP() = s;
    py_decref(start);
    DISPATCH();
  }
  TARGET(BUILD_TUPLE) {
    py_object *t = py_tuple_new(OPARG);
    ERROR_IF(!t);
    for (int i = OPARG - 1; i >= 0; i--) PY_TUPLE_ITEMS(t)[i] = POP();
    PUSH(t);
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    py_object *l = py_list_new(OPARG);
    ERROR_IF(!l);
    for (int i = OPARG - 1; i >= 0; i--) PY_LIST_ITEMS(l)[i] = POP();
    PUSH(l);
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    py_object *v = POP();
    int rc = py_list_append(PEEK(OPARG), v);
    py_decref(v);
    ERROR_IF(rc < 0);
    DISPATCH();
  }
  TARGET(SET_ADD) {
    py_object *v = POP();
    int rc = py_set_add(PEEK(OPARG), v);
    py_decref(v);
    ERROR_IF(rc < 0);
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    py_object *v = POP();
    py_object *k = POP();
    int rc = py_dict_set(PEEK(OPARG), k, v);
    py_decref(k);
    py_decref(v);
    ERROR_IF(rc < 0);
    DISPATCH();
  }
  TARGET(LIST_TO_TUPLE) {
    py_object *l = TOP();
    py_object *t = py_tuple_from_array(PY_LIST_ITEMS(l), PY_LIST_SIZE(l));
    ERROR_IF(!t);
    TOP() = t;
    py_decref(l);
    DISPATCH();
  }
  TARGET(UNPACK_SEQUENCE) {
    py_object *v = POP();
    int n = OPARG;
    if ((PY_TYPE(v) == &py_tuple_type && PY_TUPLE_SIZE(v) == n) ||
        (PY_TYPE(v) == &py_list_type && PY_LIST_SIZE(v) == n)) {
      py_object **items = PY_TYPE(v) == &py_tuple_type ? PY_TUPLE_ITEMS(v) : PY_LIST_ITEMS(v);
      for (int i = n - 1; i >= 0; i--) PUSH(py_newref(items[i]));
      py_decref(v);
      DISPATCH();
    }
    /* Any other iterable, out of line (vm_ops.h). */
    PUSH(v);
    SAVE_FRAME();
    int rc = py__vm_op_unpack_sequence(f, n);
    sp = base + f->stackdepth;
    ERROR_IF(rc < 0);
    DISPATCH();
  }
  TARGET(JUMP) {
    int t = OPARG;
    if (t < (int)(ip - co->instrs)) {
      /* A backward jump: a loop iteration counts as a step. */
      if (py__vm_step_limit && ++vm_steps >= py__vm_step_limit && step_limit_hit() < 0)
        goto error;
    }
    JUMPTO(t);
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_FALSE) {
    py_object *v = POP();
    if (v == PY_FALSE) {
      JUMPTO(OPARG);
    } else if (v != PY_TRUE) {
      int t = py_truthy(v);
      py_decref(v);
      ERROR_IF(t < 0);
      if (!t) JUMPTO(OPARG);
      DISPATCH();
    }
    py_decref(v);
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_TRUE) {
    py_object *v = POP();
    if (v == PY_TRUE) {
      JUMPTO(OPARG);
    } else if (v != PY_FALSE) {
      int t = py_truthy(v);
      py_decref(v);
      ERROR_IF(t < 0);
      if (t) JUMPTO(OPARG);
      DISPATCH();
    }
    py_decref(v);
    DISPATCH();
  }
  TARGET(JUMP_IF_FALSE_OR_POP) {
    py_object *v = TOP();
    int t = v == PY_TRUE ? 1 : v == PY_FALSE ? 0 : py_truthy(v);
    ERROR_IF(t < 0);
    if (!t) {
      JUMPTO(OPARG);
    } else {
      sp--;
      py_decref(v);
    }
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    py_object *v = TOP();
    int t = v == PY_TRUE ? 1 : v == PY_FALSE ? 0 : py_truthy(v);
    ERROR_IF(t < 0);
    if (t) {
      JUMPTO(OPARG);
    } else {
      sp--;
      py_decref(v);
    }
    DISPATCH();
  }
  TARGET(GET_ITER) {
    py_object *v = TOP();
    py_object *it = py_iter(v);
    ERROR_IF(!it);
    TOP() = it;
    py_decref(v);
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    py_object *it = TOP();
#if VM_OUTCALLS
    if (PY_TYPE(it) == &py_generator_type && py_thread_others()) {
      SAVE_FRAME();
      oc->kind = OUT_FOR_ITER;
      oc->frame = f;
      oc->callable = (py_object *)&for_iter_fn;
      oc->args = sp - 1;
      oc->nargs = 1;
      oc->kwnames = NULL;
      oc->nstack = 0;
      return NULL;
    }
#endif
    py_object *x = PY_TYPE(it)->iternext ? PY_TYPE(it)->iternext(it) : py_next(it);
    if (x) {
      PUSH(x);
      DISPATCH();
    }
    if (py_err_occurred()) {
      if (!py_err_matches(&py_exc_StopIteration)) goto error;
      py_err_clear();
    }
    sp--;
    py_decref(it);
    JUMPTO(OPARG);
    DISPATCH();
  }
#if VM_OUTCALLS
  for_iter_done: {
    /* The out-call of FOR_ITER returned: the next value, or for_iter_end. */
    py_object *x = retval;
    retval = NULL;
    ERROR_IF(!x);
    if (x != &for_iter_end) {
      PUSH(x);
      DISPATCH();
    }
    py_object *it = POP();
    py_decref(it);
    JUMPTO(PY_OPARG(co->instrs[f->lasti]));
    DISPATCH();
  }
#endif
  {
    /* The three call forms share the tail below: args points at the arguments (with a
     * bound self first when there is one), nargs counts positional ones. */
    py_object *callable, **args, *kwnames;
    size_t nargs;
    int nstack; /* stack slots to release after the call */

    TARGET(CALL) {
      int n = OPARG;
      args = sp - n;
      kwnames = NULL;
      nstack = n + 2;
      goto do_call;
    }
    TARGET(CALL_KW) {
      kwnames = POP();
      int n = OPARG;
      args = sp - n;
      nstack = n + 2;
      goto do_call;
    }
    TARGET(CALL_EX) {
      /* [func, NULL, args tuple, kwargs dict?] -> [func, NULL], the call in oc. */
      SAVE_FRAME();
      int rc = py__vm_call_ex_prepare(f, OPARG, oc);
      sp = base + f->stackdepth;
      ERROR_IF(rc < 0);
#if VM_OUTCALLS
      return NULL;
#else
      retval = call_any(oc->callable, oc->args, oc->nargs, oc->kwnames);
      oc->kind = OUT_NONE;
      goto call_ex_done;
#endif
    }
  call_ex_done: {
    py_object *r = retval;
    retval = NULL;
    SAVE_FRAME();
    py__vm_call_ex_done(f, oc);
    sp = base + f->stackdepth;
    ERROR_IF(!r);
    PUSH(r);
    DISPATCH();
  }
  do_call: {
    py_object *self = args[-1];
    callable = args[-2];
    nargs = (size_t)(sp - args);
    if (self) {
      args--;
      nargs++;
    }
    if (kwnames) nargs -= (size_t)PY_TUPLE_SIZE(kwnames);
    if (PY_TYPE(callable) == &py_function_type &&
        !(((py_function *)callable)->code->flags &
          (PY_CO_GENERATOR | PY_CO_COROUTINE | PY_CO_ASYNC_GENERATOR))) {
      /* A Python function: push its frame and go on in this loop. */
      py_function *fn = (py_function *)callable;
      if (py__vm_step_limit && ++vm_steps >= py__vm_step_limit && step_limit_hit() < 0) {
        py_xdecref(kwnames);
        goto error;
      }
      if (vm_depth >= vm_recursion_limit) {
        py_xdecref(kwnames);
        py_raise(&py_exc_RecursionError, "maximum recursion depth exceeded");
        goto error;
      }
      py_frame *nf = py_frame_new(fn->code, fn, fn->globals, fn->builtins, NULL, false);
      if (!nf) {
        py_xdecref(kwnames);
        goto error;
      }
      if (py_func_bind(fn, nf, args, nargs, kwnames) < 0) {
        py_frame_free(nf);
        py_xdecref(kwnames);
        goto error;
      }
      py_xdecref(kwnames);
      for (int i = 0; i < nstack; i++) py_xdecref(POP());
      SAVE_FRAME();
      nf->back = f;
      nf->entry = false;
      nf->lasti = -1;
      nf->stackdepth = 0;
      vm_depth++;
      f = nf;
      py_vm_current = f;
      LOAD_FRAME();
      DISPATCH();
    }
    if (PY_TYPE(callable) == &py_function_type) {
      /* A generator or coroutine function: the call only makes the object (no out-call
       * and no trip through py_call: `asyncio.sleep(0)` makes one per hop). */
      if (kwnames && PY_TUPLE_SIZE(kwnames) == 0) PY_CLEAR(kwnames);
      SAVE_FRAME(); /* the line of a warning or error raised meanwhile */
      py_object *r = py_vm_call_function(callable, args, nargs, kwnames);
      py_xdecref(kwnames);
      for (int i = 0; i < nstack; i++) py_xdecref(POP());
      ERROR_IF(!r);
      PUSH(r);
      DISPATCH();
    }
    SAVE_FRAME();
    oc->kind = OUT_CALL;
    oc->frame = f;
    oc->callable = callable;
    oc->args = args;
    oc->nargs = nargs;
    oc->kwnames = kwnames;
    oc->nstack = nstack;
#if VM_OUTCALLS
    if (!call_in_place(callable)) return NULL;
#endif
    retval = call_any(callable, args, nargs, kwnames);
    oc->kind = OUT_NONE;
    goto call_done;
  }
  call_done: {
    py_object *r = retval;
    retval = NULL;
    py_xdecref(oc->kwnames);
    for (int i = 0; i < oc->nstack; i++) py_xdecref(POP());
    ERROR_IF(!r);
    PUSH(r);
    DISPATCH();
  }
  }
  TARGET(RETURN_VALUE) {
    retval = POP();
    goto frame_return;
  }
  TARGET(YIELD_VALUE) {
    retval = POP();
    SAVE_FRAME();
    if (f->entry) {
      *status = PY_RUN_YIELD;
      goto leave;
    }
    /* An inline generator/coroutine frame yields to the frame delegating to it (which
     * is at its SEND) and that frame yields the same value in turn. */
    py_frame *child = f;
    f = child->back;
    child->back = NULL;
    if (child->gen) {
      py_gen *g = (py_gen *)child->gen;
      g->running = false;
      g->exc_state = py_vm_leave_gen_exc(child->saved_exc);
      child->saved_exc = NULL;
    }
    vm_depth--;
    py_vm_current = f;
    LOAD_FRAME();
    PUSH(retval);
    retval = NULL;
    DISPATCH();
  }
  TARGET(GET_AWAITABLE) {
    py_object *v = TOP();
    py_object *it = py__vm_get_awaitable(v);
    ERROR_IF(!it);
    TOP() = it;
    py_decref(v);
    DISPATCH();
  }
  TARGET(SEND) {
    /* [recv, v] -> [recv, yielded] (falls through to YIELD_VALUE) or [result] (jumps). */
    py_object *v = POP();
    py_object *recv = TOP();
    if ((PY_TYPE(recv) == &py_coroutine_type || PY_TYPE(recv) == &py_generator_type)) {
      py_gen *g = (py_gen *)recv;
      if (g->running) {
        py_decref(v);
        py_raise(&py_exc_ValueError, PY_TYPE(recv) == &py_coroutine_type
                                         ? "coroutine already executing"
                                         : "generator already executing");
        goto error;
      }
      if (!g->frame) {
        py_decref(v);
        if (PY_TYPE(recv) == &py_generator_type) {
          /* An exhausted generator returns None at once. */
          sp--;
          py_decref(recv);
          PUSH(py_newref(PY_NONE));
          JUMPTO(OPARG);
          DISPATCH();
        }
        py_raise(&py_exc_RuntimeError, "cannot reuse already awaited coroutine");
        goto error;
      }
      if (vm_depth >= vm_recursion_limit) {
        py_decref(v);
        py_raise(&py_exc_RecursionError, "maximum recursion depth exceeded");
        goto error;
      }
      py_frame *nf = g->frame;
      if (nf->lasti < 0 && v != PY_NONE) {
        py_decref(v);
        py_raise(&py_exc_TypeError, "can't send non-None value to a just-started %s",
                 PY_TYPE(recv) == &py_coroutine_type ? "coroutine" : "generator");
        goto error;
      }
      /* Push the sub-generator's frame and resume it in this loop. */
      SAVE_FRAME();
      g->running = true;
      g->started = true;
      g->awaited = true;
      nf->back = f;
      nf->entry = false;
      nf->saved_exc = py_vm_enter_gen_exc(g->exc_state);
      g->exc_state = NULL;
      vm_depth++;
      f = nf;
      py_vm_current = f;
      LOAD_FRAME();
      if (f->lasti >= 0) PUSH(v);
      else py_decref(v);
      DISPATCH();
    }
    SAVE_FRAME();
    py_object *out;
    int st = send_other(recv, v, &out);
    py_decref(v);
    if (st == PY_RUN_ERROR) goto error;
    if (st == PY_RUN_YIELD) {
      PUSH(out);
      DISPATCH();
    }
    sp--;
    py_decref(recv);
    PUSH(out);
    JUMPTO(OPARG);
    DISPATCH();
  }
  TARGET(SETUP_FINALLY) {
    if (f->nblocks >= f->blockcap) {
      py_raise(&py_exc_SystemError, "too many nested blocks");
      goto error;
    }
    py_frame_blocks(f)[f->nblocks].handler = OPARG;
    py_frame_blocks(f)[f->nblocks].level = (int)(sp - base);
    f->nblocks++;
    DISPATCH();
  }
  TARGET(POP_BLOCK) {
    f->nblocks--;
    DISPATCH();
  }
  TARGET(PUSH_EXC_INFO) {
    /* [exc] -> [previously handled, exc] */
    py_object *exc = TOP();
    TOP() = vm_handled ? py_newref(vm_handled) : py_newref(PY_NONE);
    PUSH(exc);
    py__vm_set_handled(exc);
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    SAVE_FRAME(); /* what goes with the exception may warn, naming this line */
    py_object *prev = POP();
    /* The handler ended. If the program stored the exception, the variables its
     * traceback keeps go now (CPython keeps them as long as it is stored, often in a
     * cycle only its collector frees); if not, they go with it just below. */
    if (vm_handled && vm_handled->refcnt > 1) py_traceback_release_locals(vm_handled);
    py__vm_set_handled(prev);
    py_decref(prev);
    DISPATCH();
  }
  TARGET(RERAISE) {
    py_object *exc = POP();
    py_err_restore(exc);
    reraise = true;
    goto error;
  }
  TARGET(POP_EXCEPT_AND_RERAISE) {
    py_object *exc = POP();
    py_object *prev = POP();
    py__vm_set_handled(prev);
    py_decref(prev);
    py_err_restore(exc);
    reraise = true;
    goto error;
  }

#if VM_OUTCALLS
  TARGET(BEFORE_WITH) {
    /* A Python __enter__ is called as CALL calls a function (an out-call: the stack
     * holds [__exit__, __enter__, mgr] until call_done leaves [__exit__, result]), so a
     * wait inside it can suspend the fiber: `with lock:` in a thread (thread_sched.c).
     * Natively every call may suspend, and other managers take the out-of-line path. */
    py_object *mgr = TOP();
    py_object *enter = py_type_lookup(PY_TYPE(mgr), PY_ID(__enter__));
    /* The compiler counts one slot more for BEFORE_WITH; this needs two. */
    if (enter && PY_TYPE(enter) == &py_function_type &&
        py_type_lookup(PY_TYPE(mgr), PY_ID(__exit__)) && (sp - base) + 2 <= co->stacksize) {
      py_object *ex = py_getattr(mgr, PY_ID(__exit__));
      ERROR_IF(!ex);
      TOP() = ex;
      PUSH(py_newref(enter));
      PUSH(mgr); /* the reference TOP() held */
      SAVE_FRAME();
      oc->kind = OUT_CALL;
      oc->frame = f;
      oc->callable = enter;
      oc->args = sp - 1;
      oc->nargs = 1;
      oc->kwnames = NULL;
      oc->nstack = 2;
      return NULL;
    }
    goto rare_op;
  }
#define RARE_BEFORE_WITH
#else
#define RARE_BEFORE_WITH TARGET(BEFORE_WITH)
#endif

  /* The instructions run out of line (vm_ops.h), all through one call. */
  TARGET(DELETE_FAST) TARGET(LOAD_CLASSDEREF) TARGET(DELETE_DEREF) TARGET(DELETE_NAME)
  TARGET(DELETE_GLOBAL) TARGET(DELETE_ATTR) TARGET(DELETE_SUBSCR) TARGET(UNARY_POSITIVE)
  TARGET(UNARY_INVERT) TARGET(BUILD_SET) TARGET(BUILD_MAP) TARGET(LIST_EXTEND)
  TARGET(SET_UPDATE) TARGET(DICT_UPDATE) TARGET(DICT_MERGE) TARGET(BUILD_STRING)
  TARGET(FORMAT_VALUE) TARGET(UNPACK_EX) TARGET(MAKE_FUNCTION)
  TARGET(GET_YIELD_FROM_ITER) TARGET(SETUP_CLEANUP) TARGET(CHECK_EXC_MATCH)
  TARGET(CHECK_EG_MATCH) TARGET(PREP_RERAISE_STAR) TARGET(RAISE_VARARGS)
  TARGET(LOAD_ASSERTION_ERROR) RARE_BEFORE_WITH TARGET(BEFORE_ASYNC_WITH)
  TARGET(WITH_EXIT_NORMAL) TARGET(WITH_EXCEPT_START) TARGET(GET_AITER) TARGET(GET_ANEXT)
  TARGET(END_ASYNC_FOR) TARGET(ASYNC_GEN_WRAP) TARGET(IMPORT_NAME) TARGET(IMPORT_FROM)
  TARGET(IMPORT_STAR) TARGET(LOAD_BUILD_CLASS) TARGET(SETUP_ANNOTATIONS)
  TARGET(STORE_ANNOTATION) TARGET(MATCH_SEQUENCE) TARGET(MATCH_MAPPING) TARGET(GET_LEN)
  TARGET(MATCH_KEYS) TARGET(MATCH_CLASS) TARGET(PRINT_EXPR) {
#if VM_OUTCALLS
  rare_op:
#endif
    SAVE_FRAME();
    int rc = py__vm_op_rare(f, w);
    sp = base + f->stackdepth;
    if (__builtin_expect(rc == PY_VM_OP_DONE, 1)) DISPATCH();
    if (rc == PY_VM_OP_ERROR) goto error;
    reraise = rc == PY_VM_OP_RERAISED; /* RAISE_VARARGS, END_ASYNC_FOR */
    goto error_no_context;
  }

frame_return:
  /* retval is owned. Clear the frame's remaining stack (normally empty). */
  SAVE_FRAME();
  if (f->entry) {
    *status = PY_RUN_RETURN;
    goto leave;
  }
  {
    py_frame *child = f;
    f = child->back;
    child->back = NULL;
    vm_depth--;
    if (child->gen) {
      /* An awaited coroutine (or delegated-to generator) finished: the delegating frame
       * takes the value as the result of its SEND. */
      py_gen *g = (py_gen *)child->gen;
      g->running = false;
      g->frame = NULL;
      py_xdecref(py_vm_leave_gen_exc(child->saved_exc));
      child->saved_exc = NULL;
      /* The caller is current before the locals go: a coroutine among them that was
       * never awaited warns from the caller's line, as in CPython. */
      py_vm_current = f;
      py_frame_free(child);
      LOAD_FRAME();
      py_object *recv = POP();
      py_decref(recv);
      PUSH(retval);
      retval = NULL;
      JUMPTO(PY_OPARG(co->instrs[f->lasti]));
      DISPATCH();
    }
    py_vm_current = f;
    py_frame_free(child);
    LOAD_FRAME();
    PUSH(retval);
    retval = NULL;
    DISPATCH();
  }

error:
  /* A new exception raised by this frame's instruction: chain it to the one being
   * handled (unless it came out of a Python frame, which did that already). */
  {
    py_object *exc = py_err_occurred();
    if (exc && !reraise && !((py_exception_object *)exc)->traceback) py_vm_chain_context(exc);
  }
error_no_context:
  f->lasti = (int)(ip - co->instrs) - 1;
  if (!reraise) {
    py_object *exc = py_err_occurred();
    if (exc) py_traceback_add(exc, f);
  }
  reraise = false;
  /* Unwind to the innermost handler of this frame. */
  while (f->nblocks > 0) {
    py_block b = py_frame_blocks(f)[--f->nblocks];
    while (sp > base + b.level) py_xdecref(POP());
    py_object *exc = py_err_fetch();
    if (!exc) exc = py_raise(&py_exc_SystemError, "error without exception"), exc = py_err_fetch();
    PUSH(exc);
    JUMPTO(b.handler);
    DISPATCH();
  }
  /* No handler: the frame ends with the exception. */
  while (sp > base) py_xdecref(POP());
  f->stackdepth = 0;
  /* As CPython's traceback keeps the frame, the exception keeps its variables (before
   * a StopIteration becomes RuntimeError: its traceback has this frame's entry). */
  py_traceback_keep_locals(py_err_occurred(), f);
  if (f->gen) py__vm_gen_exit_error(f);
  if (f->entry) {
    *status = PY_RUN_ERROR;
    retval = NULL;
    goto leave;
  }
  {
    py_frame *child = f;
    f = child->back;
    child->back = NULL;
    vm_depth--;
    if (child->gen) {
      py_gen *g = (py_gen *)child->gen;
      g->running = false;
      g->frame = NULL;
      py_xdecref(py_vm_leave_gen_exc(child->saved_exc));
      child->saved_exc = NULL;
    }
    py_vm_current = f;
    py_frame_free(child);
    LOAD_FRAME();
    /* The exception continues in the caller, at its call instruction; it already has
     * its context, but gets the caller's traceback entry. */
    ip = co->instrs + f->lasti + 1;
    goto error_no_context;
  }

leave:
  return retval;
}

/* Runs code in a new frame with the given namespaces (module bodies, class bodies). */
py_object *py_vm_exec_code(py_code *co, py_object *globals, py_object *locals,
                           py_object *closure) {
  py_frame *f = py_frame_new(co, NULL, globals, py_builtins_dict(), locals, false);
  if (!f) return NULL;
  /* Cells of a class body (its __class__ cell), frees from the closure. */
  for (int i = 0; i < co->ncells; i++) {
    py_object *c = py_cell_new(NULL);
    if (!c) {
      py_frame_free(f);
      return NULL;
    }
    f->slots[co->nlocals + i] = c;
  }
  for (int i = 0; i < co->nfrees; i++)
    f->slots[co->nlocals + co->ncells + i] = py_newref(PY_TUPLE_ITEMS(closure)[i]);
  f->lasti = -1;
  int status;
  py_object *r = py_vm_resume(f, PY_RESUME_SEND, NULL, &status);
  py_frame_free(f);
  return r;
}

/* Calls a function object: a generator function makes its generator; others run. */
py_object *py_vm_call_function(py_object *func, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  /* A call made from C (a __next__ slot under list(), a key= function, map) is a step,
   * as a call the loop makes is: a C-driven loop of Python calls has no backward jump
   * to count. */
  if (py__vm_step_limit && ++vm_steps >= py__vm_step_limit && step_limit_hit() < 0)
    return NULL;
  py_function *fn = (py_function *)func;
  bool genlike = fn->code->flags & (PY_CO_GENERATOR | PY_CO_COROUTINE | PY_CO_ASYNC_GENERATOR);
  py_frame *f = py_frame_new(fn->code, fn, fn->globals, fn->builtins, NULL, genlike);
  if (!f) return NULL;
  if (py_func_bind(fn, f, args, nargs, kwnames) < 0) {
    py_frame_free(f);
    return NULL;
  }
  f->lasti = -1;
  if (genlike) return py_gen_new(f, fn);
  int status;
  py_object *r = py_vm_resume(f, PY_RESUME_SEND, NULL, &status);
  py_frame_free(f);
  return r;
}
