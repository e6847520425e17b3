/* runtime/py/code.h — code objects (compiled bytecode of one scope), frames, functions,
 * cells and generators: the VM's internal layouts.
 *
 * A frame lives on the heap (a free list makes a call cost no allocation in steady
 * state); a Python-to-Python call pushes one and the same eval-loop invocation goes on
 * running it (design decision 1). Generators and coroutines own their frame. */
#ifndef TASKSCOPE_PY_CODE_H
#define TASKSCOPE_PY_CODE_H
#include <stdint.h>

#include "py/object.h"

/* ---- code objects ----------------------------------------------------------------- */

enum {
  PY_CO_OPTIMIZED = 1 << 0,  /* locals in fast slots (functions) */
  PY_CO_VARARGS = 1 << 2,
  PY_CO_VARKEYWORDS = 1 << 3,
  PY_CO_NESTED = 1 << 4,
  PY_CO_GENERATOR = 1 << 5,
  PY_CO_COROUTINE = 1 << 7,
  PY_CO_ASYNC_GENERATOR = 1 << 9,
};

/* One inline cache of the eval loop (vm_cache.h): what a LOAD_GLOBAL, LOAD_ATTR or
 * LOAD_METHOD found last time, with the versions that prove it still holds. */
typedef struct py_inline_cache {
  uint64_t version;  /* keys version of the dict the value was found in (or of the
                        globals, for a builtin); 0 in an empty cache */
  uint64_t version2; /* LOAD_GLOBAL of a builtin: the builtins' keys version */
  int32_t index;     /* entry number of the value in that dict */
  int32_t kind;      /* VM_CACHE_* (vm.c) */
} py_inline_cache;

/* cache_map[i] is instruction i's cache, or PY_NO_CACHE. */
#define PY_NO_CACHE 0xffff

typedef struct py_code {
  PY_HEAD;
  uint32_t *instrs;          /* ninstrs instructions (opcodes.h) */
  int32_t *lines;            /* the source line of each instruction (the line table) */
  int32_t *endlines;         /* where each instruction's expression ends (line), */
  int32_t *cols, *endcols;   /* and its columns in UTF-8 bytes; -1 when unknown */
  int ninstrs;
  int flags;                 /* PY_CO_* */
  int argcount, posonlyargcount, kwonlyargcount;
  int nlocals;               /* fast slots: parameters first, then other locals */
  int ncells, nfrees;        /* cell slots follow the locals, then free slots */
  int stacksize;
  int maxblocks;             /* the deepest the block stack can get: the number of SETUP_*
                                instructions, at most PY_MAX_BLOCKS */
  int firstlineno;
  int *cell2arg;             /* for each cell, the parameter it starts from, or -1 */
  py_object *consts;         /* tuple */
  py_object *names;          /* tuple of str: globals, attributes, imported names */
  py_object *varnames;       /* tuple of str: the nlocals local names */
  py_object *cellvars;       /* tuple of str */
  py_object *freevars;       /* tuple of str */
  py_object *name, *qualname, *filename; /* str */
  /* The eval loop's inline caches, made when the code first misses one (vm.c): NULL
   * until then. ncaches caches, one per LOAD_GLOBAL / LOAD_ATTR / LOAD_METHOD. */
  uint16_t *cache_map;
  py_inline_cache *caches;
  int ncaches;
} py_code;

extern py_type py_code_type;

/* The source line of instruction index i (the one after the last executed). */
static inline int py_code_line(const py_code *co, int i) {
  if (i < 0) i = 0;
  if (i >= co->ninstrs) i = co->ninstrs - 1;
  return co->ninstrs > 0 ? co->lines[i] : co->firstlineno;
}

/* ---- cells and functions ---------------------------------------------------------- */

typedef struct py_cell {
  PY_HEAD;
  py_object *ref; /* NULL when empty */
} py_cell;
extern py_type py_cell_type;
py_object *py_cell_new(py_object *value); /* new; value may be NULL, not stolen */

typedef struct py_function {
  PY_HEAD;
  py_code *code;
  py_object *globals;     /* dict */
  py_object *builtins;    /* dict */
  py_object *name, *qualname, *module, *doc; /* module/doc may be NULL */
  py_object *defaults;    /* tuple or NULL */
  py_object *kwdefaults;  /* dict or NULL */
  py_object *closure;     /* tuple of cells or NULL */
  py_object *dict;        /* __dict__ or NULL */
  py_object *annotations; /* dict or NULL */
} py_function;
extern py_type py_function_type;
/* A function of code in globals (new; steals nothing). */
py_object *py_function_new(py_code *code, py_object *globals, py_object *qualname);

/* ---- frames ------------------------------------------------------------------------ */

#define PY_MAX_BLOCKS 24

typedef struct py_block {
  int handler; /* instruction index */
  int level;   /* stack depth to unwind to */
} py_block;

typedef struct py_frame py_frame;
struct py_frame {
  py_frame *back;          /* the frame that called this one in the same eval loop */
  py_code *code;           /* owned */
  py_function *func;       /* owned; NULL for module and class bodies run by exec */
  py_object *globals;      /* borrowed from func or owned (owns_ns) */
  py_object *builtins;
  py_object *locals;       /* dict for module/class bodies, else NULL; owned */
  py_object *gen;          /* the generator/coroutine owning this frame (borrowed) */
  py_object *saved_exc;    /* while a generator frame runs: its caller's handled
                              exception, restored when it yields or ends (owned) */
  int lasti;               /* index of the instruction being executed */
  int stackdepth;          /* saved depth while suspended or calling */
  int nslots;              /* nlocals + ncells + nfrees + stacksize */
  /* The small fields are packed after the ints: every pending task keeps two or three
   * suspended frames, so the header is part of what 100,000 of them cost. */
  uint8_t nblocks;
  uint8_t blockcap;        /* room in the block stack (PY_MAX_BLOCKS at most):
                              PY_MAX_BLOCKS in pooled frames, exactly code->maxblocks in
                              generator frames (which stay alive while suspended) */
  bool entry;              /* returning from it leaves the eval loop */
  bool on_heap;            /* owned by a generator: not from the free list */
  py_object *slots[];      /* locals, cells, frees, then the value stack; the block
                              stack follows them (py_frame_blocks) */
};

/* The frame's block stack, stored after its nslots slots. */
static inline py_block *py_frame_blocks(py_frame *f) { return (py_block *)(f->slots + f->nslots); }

/* The innermost frame running now (NULL outside Python code). */
extern py_frame *py_vm_current;

/* Allocates a frame for code (from the free list unless on_heap), with empty slots. The
 * frame owns references to code, func (may be NULL), globals, builtins and locals (may
 * be NULL). NULL with MemoryError set. */
py_frame *py_frame_new(py_code *code, py_function *func, py_object *globals,
                       py_object *builtins, py_object *locals, bool on_heap);
/* Releases every value a frame holds and the frame itself. */
void py_frame_free(py_frame *f);
/* The current source line of a frame. */
int py_frame_line(const py_frame *f);

/* Binds a call's arguments to a fresh frame's parameter slots, with CPython's messages
 * ("f() missing 1 required positional argument: 'x'", ...). 0 or -1. */
int py_func_bind(py_function *fn, py_frame *f, py_object *const *args, size_t nargs,
                 py_object *kwnames);

/* ---- generators, coroutines, async generators ---------------------------------------- */

typedef struct py_gen {
  PY_HEAD;
  py_frame *frame;        /* NULL once finished */
  py_object *names;       /* NULL: __name__ and __qualname__ are the code's (almost
                             always); else the tuple (name, qualname) they were given.
                             One field instead of two: 100,000 pending tasks keep two
                             coroutines each (py_gen_qualname reads it) */
  py_object *code;        /* the code object (for names and flags after the frame ends) */
  bool running;
  bool started;
  bool awaited;           /* coroutines: was awaited or sent to at least once */
  bool closed_hooks;      /* async generators: aclose() ran */
  bool warned;            /* coroutines: "never awaited" was reported (once only, even
                             when a recorded warning keeps the coroutine alive) */
  py_object *exc_state;   /* the exception being handled inside the generator, or NULL */
} py_gen;
extern py_type py_generator_type, py_coroutine_type, py_async_generator_type;
#define PY_GEN_CHECK(o) (PY_TYPE(o) == &py_generator_type || \
                         PY_TYPE(o) == &py_coroutine_type || \
                         PY_TYPE(o) == &py_async_generator_type)
/* Makes the generator/coroutine/async generator of a call whose frame is ready (steals
 * the frame). New. */
py_object *py_gen_new(py_frame *f, py_function *fn);
/* gen.send(v) for a generator or coroutine (borrowed v): the yielded value (new), or
 * NULL with StopIteration(return value) or the error set. */
py_object *py_gen_send(py_object *gen, py_object *v);
/* A generator's or coroutine's __qualname__ (borrowed). */
py_object *py_gen_qualname(py_object *gen);
/* Frees the dropped generator objects py_gen_new keeps for reuse (py_fini). */
void py__gen_spare_clear(void);
/* At exit, before the modules go (sys.modules given) and after (NULL): takes, then lets
 * go of, what reports coroutines never awaited once the warnings module is gone. */
void py__gen_shutdown(py_object *modules);
/* tracemalloc: a dict (borrowed; None-like NULL stops) in which each coroutine created
 * from now on is noted, id -> (file, line) of its creation, until it is freed. */
void py__gen_trace_origins(py_object *table);

/* What running a frame produced. */
enum { PY_RUN_RETURN, PY_RUN_YIELD, PY_RUN_ERROR };
/* How to resume a frame: send a value (pushed as the result of its yield), throw an
 * exception in, or finish a `yield from`/`await` whose sub-iterator returned value. */
enum { PY_RESUME_SEND, PY_RESUME_THROW, PY_RESUME_DELEGATE_DONE };

/* Runs frame f (made an entry frame) until it returns or yields. Returns the value (new)
 * with *status PY_RUN_RETURN or PY_RUN_YIELD, or NULL with PY_RUN_ERROR. value: the
 * sent value (mode SEND, NULL at first start), the exception (THROW, stolen), or the
 * result (DELEGATE_DONE). The frame is not freed. */
py_object *py_vm_resume(py_frame *f, int mode, py_object *value, int *status);
/* True when no eval loop is in the middle of an instruction on the C stack: every one
 * is inside an out-call (vm.c), so a fiber may suspend by unwinding (Asyncify) here. */
bool py_vm_suspendable(void);
/* The eval loop's per-thread state (runtime/py/thread_sched.c switches it with each
 * Python thread's fiber): the current frame, the call depth, the exception being
 * handled, and what py_vm_suspendable() reads. Opaque to callers. */
typedef struct py_vm_thread_state {
  void *current, *handled, *c_stack_top, *outcalls, *calls;
  int depth, running;
} py_vm_thread_state;
/* Moves the running thread's state into *out and leaves a fresh thread's in place. */
void py_vm_thread_save(py_vm_thread_state *out);
/* Makes *in the running thread's state (the current one must have been saved). */
void py_vm_thread_load(const py_vm_thread_state *in);
/* The calls C code is making through a type's call slot, innermost first (the links
 * live on the callers' C stacks). C code off the Asyncify chain calls back into Python
 * through py_call from anywhere (a dunder method, a sorted() key, a done callback that
 * is a class or a callable object), and a suspension under it would unwind through
 * uninstrumented frames. So py_call's link has no callable: while it runs, the fiber
 * cannot suspend (py_vm_suspendable(); a blocking wait happens in place). The few C
 * functions of the chain that call a Python callable through which a suspension may
 * come (a loop callback, a bound method, an out-call of the eval loop) call
 * py__call_on_chain instead, whose link carries the callable, judged as the eval loop
 * judges its out-calls. scripts/asyncify_check.py relies on this rule (docs/engine.md,
 * "Checking the suspension chain"). Kept only where out-calls are made (wasm, and ASan
 * so that the native tests exercise it). */
#if defined(__EMSCRIPTEN__) || defined(__SANITIZE_ADDRESS__)
#define PY_CALLS_JUDGED 1
#else
#define PY_CALLS_JUDGED 0
#endif
typedef struct py__call_link {
  py_object *callable;
  struct py__call_link *outer;
} py__call_link;
extern py__call_link *py__calls_running;
/* py_call for the functions of the Asyncify chain (the Makefile's WASM_CHAIN): the same
 * call, but a suspension may happen under it when py_vm_suspendable() admits the
 * callable (a Python function, a bound method, a PY_METH_SUSPENDS builtin). */
py_object *py__call_on_chain(py_object *callable, py_object *const *args, size_t nargs,
                             py_object *kwnames);
/* A stretch of C code under which the fiber must not suspend, as under py_call: push a
 * link (on the caller's stack) before it, pop it after. */
static inline void py__no_suspension_push(py__call_link *link) {
#if PY_CALLS_JUDGED
  link->callable = NULL;
  link->outer = py__calls_running;
  py__calls_running = link;
#else
  (void)link;
#endif
}
static inline void py__no_suspension_pop(py__call_link *link) {
#if PY_CALLS_JUDGED
  py__calls_running = link->outer;
#else
  (void)link;
#endif
}
/* 1 if a suspended frame is delegating (suspended in `await`/`yield from`); *recv then
 * is the sub-iterator (borrowed). */
int py_frame_delegate(py_frame *f, py_object **recv);
/* A frame object as Python sees one (sys._getframe, tb_frame, cr_frame; mod_sys.c):
 * code and globals are borrowed, back and locals are stolen (either may be NULL).
 * New, or NULL with an error. */
py_object *py__frame_snapshot_new(py_object *code, py_object *globals, int lineno,
                                  py_object *back, py_object *locals);
/* The snapshot of f, linked through f_back to its callers (mod_sys.c). New, or NULL
 * with an error. */
py_object *py__frame_snapshot_chain(py_frame *f);

/* The wrapper that marks a value yielded by an async generator's own `yield`. */
extern py_type py_asyncgen_wrapped_type;
py_object *py_asyncgen_wrap(py_object *v); /* new; not stolen */

/* ---- tracebacks -------------------------------------------------------------------- */

typedef struct py_traceback {
  PY_HEAD;
  py_object *next;      /* the next entry, towards where the exception was raised */
  py_code *code;
  py_object *globals;   /* for NameError suggestions */
  int lineno;
  int lasti;            /* the instruction, for the caret line under the source */
  /* The variables of a frame that ended with this exception (a tuple, or NULL): as
   * CPython's traceback keeps its frames, they live as long as the entry, so what they
   * hold (a never-awaited coroutine, an object with __del__) goes when the exception
   * goes. Entries holding some are linked in a list, to break cycles at py_fini. */
  py_object *locals;
  struct py_traceback *kept_prev, *kept_next;
  /* The entry whose next this one is (the caller's frame), borrowed: that entry owns
   * this one, and clears the link when it goes. NULL for the first entry. */
  struct py_traceback *outer;
} py_traceback;
extern py_type py_traceback_type;
/* Prepends an entry for frame f to exc's traceback. 0 or -1. */
int py_traceback_add(py_object *exc, py_frame *f);
/* Frame f ends with exc: its variables move to exc's entry for f (its first), instead
 * of being released with the frame. Nothing happens when memory runs out. */
void py_traceback_keep_locals(py_object *exc, py_frame *f);
/* Releases the variables exc's traceback keeps (and those of its context and cause):
 * exc was handled, so only a program that stored it would still see them (CPython's
 * cycle collector would free them; this runtime has none). */
void py_traceback_release_locals(py_object *exc);
/* Releases every kept variable (py_fini): what CPython's last collection does. */
void py__traceback_release_all(void);

/* ---- VM-level exception state ----------------------------------------------------- */

/* The exception being handled (sys.exc_info()[1]), borrowed, or NULL. */
py_object *py_vm_handled_exception(void);
/* Generators keep their own "exception being handled" (CPython's gi_exc_state); when
 * they have none, the caller's shows through. Entering: gen_state (stolen, may be NULL)
 * becomes current; returns the caller's (new or NULL) to give back to leaving, which
 * returns the generator's state to keep (new or NULL). */
py_object *py_vm_enter_gen_exc(py_object *gen_state);
py_object *py_vm_leave_gen_exc(py_object *caller);
/* Sets exc.__context__ to the exception being handled, as raising does. */
void py_vm_chain_context(py_object *exc);

/* ---- imports (import.c) and builtins (builtins_vm.c) ------------------------------ */

py_object *py_vm_import_name(py_object *name, py_object *fromlist, int level,
                             py_object *globals);
py_object *py_vm_import_from(py_object *module, py_object *name);
int py_vm_import_star(py_object *module, py_object *locals);
/* Runs code with globals and locals (module and class bodies, exec). New. */
py_object *py_vm_exec_code(py_code *co, py_object *globals, py_object *locals,
                           py_object *closure);
/* Adds __build_class__, globals, locals, vars, exec, eval, compile to builtins. */
int py__builtins_vm_init(py_object *builtins_module);
/* The eval loop's step counter (vm.c): the limit a run starts with (0: none), the
 * steps counted so far, and steps made before the run charged to it (an import done
 * ahead of the run counts when the program first imports from it, import.c). */
void py__vm_reset_steps(uint64_t limit);
uint64_t py__vm_steps(void);
void py__vm_add_steps(uint64_t n);
int py__import_init(void);
/* From now until the next py__import_init, an import that would load a module raises
 * ImportError (py_fini calls it before clearing the modules). */
void py__import_shutdown(void);
/* True from py__import_shutdown until the next py__import_init. */
bool py__import_shutting_down(void);
/* Imports name ahead of the program, hidden from sys.modules until the program imports
 * it or something it loaded (import.c). 0, or -1 when nothing could be hidden. */
int py__import_ahead(const char *name);
/* Puts what is still hidden back into sys.modules, for the interpreter's end. */
void py__import_reveal_all(void);
/* Bytes the import ahead holds that the memory limit does not count yet. */
size_t py__import_hidden_bytes(void);

#endif
