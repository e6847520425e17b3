/* runtime/py/vm_ops.h — the eval loop's less frequent instructions, out of line
 * (internal to vm*.c).
 *
 * vm_run (vm.c) keeps in its body the instructions loops, calls and awaits spend their
 * time in. The others all go through one call, py__vm_op_rare (vm_ops.c), to
 * functions of their own (vm_build.c, vm_except.c, vm_names.c, vm_async.c,
 * vm_match.c). Under WebAssembly V8 compiles a function when it is first called, so a
 * program pays for compiling only the instructions it runs; before the first output of
 * print("hi") the loop's body was a quarter of what V8 compiled (docs/performance.md,
 * "Cold start (session 6)"). An instruction out of line costs the loop two calls and
 * a reload of its stack pointer (some twenty instructions), little next to what these
 * instructions do: allocate, look names up, call.
 *
 * The convention of every py__vm_op_* function: the loop has saved its frame
 * (f->lasti is the instruction, f->stackdepth the value stack) before the call; the
 * function works on the frame's value stack, leaves f->stackdepth exact whether it
 * succeeds or fails (what it took off the stack is released), and returns 0, or -1
 * with the error set. None of them is on the Asyncify chain (docs/engine.md, "Asyncify
 * and the eval loop"): they run only under vm_run, while the fiber cannot suspend. */
#ifndef TASKSCOPE_PY_VM_OPS_H
#define TASKSCOPE_PY_VM_OPS_H
#include <stddef.h>
#include <stdint.h>

#include "py/code.h"
#include "py/containers.h"
#include "py/interp.h"
#include "py/objimpl.h"

/* The first slot of a frame's value stack. */
static inline py_object **py__vm_stack_base(py_frame *f) {
  return f->slots + f->code->nlocals + f->code->ncells + f->code->nfrees;
}

/* The saved stack pointer of a frame (one past its top). */
static inline py_object **py__vm_sp(py_frame *f) { return py__vm_stack_base(f) + f->stackdepth; }

/* Saves sp as the frame's stack depth. */
static inline void py__vm_set_sp(py_frame *f, py_object **sp) {
  f->stackdepth = (int)(sp - py__vm_stack_base(f));
}

/* A call the eval loop has prepared and leaves to py_vm_resume (an out-call), or
 * makes in place: see vm.c. */
typedef struct vm_outcall {
  int kind; /* OUT_NONE, OUT_CALL, OUT_CALL_EX or OUT_FOR_ITER below */
  py_frame *frame; /* the frame at the call instruction */
  py_object *callable, *const *args, *kwnames;
  size_t nargs;
  int nstack; /* stack slots to release after the call */
  /* CALL_EX only: the flattened argument vector and what it came from. */
  py_object **vec;
  size_t veclen;
  py_object *ex_args, *ex_kwargs;
} vm_outcall;
enum { OUT_NONE, OUT_CALL, OUT_CALL_EX, OUT_FOR_ITER };

/* A mapping's item, borrowed (the mapping keeps it), or NULL: with an error set only
 * when the lookup failed (a failing __eq__ or __hash__), not for a missing key. */
static inline py_object *py__vm_mapping_lookup(py_object *d, py_object *key) {
  if (PY_DICT_CHECK(d)) return py_dict_get(d, key);
  py_object *v = py_getitem(d, key);
  if (!v) {
    if (py_err_matches(&py_exc_KeyError)) py_err_clear();
    return NULL;
  }
  py_decref(v);
  return v;
}

/* ---- vm.c: the loop's state the functions below share -------------------------------- */

/* Makes e the exception being handled (None or NULL: none); the old one is released. */
void py__vm_set_handled(py_object *e);

/* The iterator `await o` drives: o itself for a coroutine or a @types.coroutine
 * generator, else what o.__await__() returns (checked). New, or NULL. */
py_object *py__vm_get_awaitable(py_object *o);

/* ---- vm_ops.c: the dispatch -------------------------------------------------------- */

/* What py__vm_op_rare returns: the instruction is done; it failed with the error set;
 * it raised (RAISE_VARARGS), a new exception or the handled one again (a bare raise,
 * whose traceback and context are kept). */
enum { PY_VM_OP_DONE = 0, PY_VM_OP_ERROR = -1, PY_VM_OP_RAISED = 1, PY_VM_OP_RERAISED = 2 };

/* Runs the out-of-line instruction w of frame f (f->lasti is w's index). */
int py__vm_op_rare(py_frame *f, uint32_t w);

/* ---- vm_build.c: building values ------------------------------------------------------ */

int py__vm_op_build_set(py_frame *f, int oparg);
int py__vm_op_build_map(py_frame *f, int oparg);
int py__vm_op_list_extend(py_frame *f, int oparg);
int py__vm_op_set_update(py_frame *f, int oparg);
int py__vm_op_dict_update(py_frame *f, int oparg);
int py__vm_op_dict_merge(py_frame *f, int oparg);
int py__vm_op_build_string(py_frame *f, int oparg);
int py__vm_op_format_value(py_frame *f, int oparg);
int py__vm_op_make_function(py_frame *f, int oparg);
/* UNPACK_SEQUENCE of anything but a tuple or list of the right size, and UNPACK_EX. */
int py__vm_op_unpack_sequence(py_frame *f, int oparg);
int py__vm_op_unpack_ex(py_frame *f, int oparg);
/* CALL_EX: takes the argument tuple and keyword mapping off the stack (leaving
 * [callable, self or NULL]) and describes the call in oc (kind OUT_CALL_EX, with the
 * flattened vector); py__vm_call_ex_done releases what oc holds and the two slots. */
int py__vm_call_ex_prepare(py_frame *f, int oparg, vm_outcall *oc);
void py__vm_call_ex_done(py_frame *f, vm_outcall *oc);

/* ---- vm_except.c: raising and handling exceptions, with-statements -------------------- */

/* RAISE_VARARGS: sets the error to raise. Returns PY_VM_OP_RERAISED for a bare
 * `raise` of the handled exception, else PY_VM_OP_RAISED. */
int py__vm_op_raise(py_frame *f, int oparg);
int py__vm_op_setup_cleanup(py_frame *f, int oparg);
int py__vm_op_check_exc_match(py_frame *f, int oparg);
int py__vm_op_check_eg_match(py_frame *f, int oparg);
int py__vm_op_prep_reraise_star(py_frame *f, int oparg);
int py__vm_op_load_assertion_error(py_frame *f, int oparg);
/* BEFORE_WITH (is_async 0) and BEFORE_ASYNC_WITH (1). */
int py__vm_op_before_with(py_frame *f, int is_async);
int py__vm_op_with_exit_normal(py_frame *f, int oparg);
int py__vm_op_with_except_start(py_frame *f, int oparg);
/* The pending error escapes the generator, coroutine or async generator frame f: a
 * StopIteration (or StopAsyncIteration) becomes RuntimeError, as in CPython. */
void py__vm_gen_exit_error(py_frame *f);

/* ---- vm_names.c: namespaces -------------------------------------------------------- */

/* Raise UnboundLocalError for the empty local i of co; UnboundLocalError or NameError
 * for the empty cell or free variable i (an index among cells then frees); NameError
 * for a missing name, with its .name set. Return NULL. */
py_object *py__vm_unbound_local(py_code *co, int i);
py_object *py__vm_unbound_deref(py_code *co, int i);
py_object *py__vm_name_error(py_object *name);

int py__vm_op_delete_fast(py_frame *f, int oparg);
int py__vm_op_load_classderef(py_frame *f, int oparg);
int py__vm_op_delete_deref(py_frame *f, int oparg);
int py__vm_op_delete_name(py_frame *f, int oparg);
int py__vm_op_delete_global(py_frame *f, int oparg);
int py__vm_op_delete_attr(py_frame *f, int oparg);
int py__vm_op_delete_subscr(py_frame *f, int oparg);
int py__vm_op_load_build_class(py_frame *f, int oparg);
int py__vm_op_setup_annotations(py_frame *f, int oparg);
int py__vm_op_store_annotation(py_frame *f, int oparg);
int py__vm_op_import_name(py_frame *f, int oparg);
int py__vm_op_import_from(py_frame *f, int oparg);
int py__vm_op_import_star(py_frame *f, int oparg);
int py__vm_op_print_expr(py_frame *f, int oparg);

/* ---- vm_async.c: async for, yield from, async generators --------------------------- */

int py__vm_op_get_aiter(py_frame *f, int oparg);
int py__vm_op_get_anext(py_frame *f, int oparg);
int py__vm_op_end_async_for(py_frame *f, int oparg);
int py__vm_op_get_yield_from_iter(py_frame *f, int oparg);
int py__vm_op_async_gen_wrap(py_frame *f, int oparg);

/* ---- vm_match.c: the match statement ------------------------------------------------- */

int py__vm_op_match_sequence(py_frame *f, int oparg);
int py__vm_op_match_mapping(py_frame *f, int oparg);
int py__vm_op_get_len(py_frame *f, int oparg);
int py__vm_op_match_keys(py_frame *f, int oparg);
int py__vm_op_match_class(py_frame *f, int oparg);

#endif
