/* runtime/aio/switch.h — the context-switch interface (internal).
 *
 * Every task runs on one shared execution stack. A fiber that suspends leaves its live
 * frames on that stack; they are copied into an exact-size heap block only when another
 * fiber needs the stack ("stack slicing", design decision 4), and copied back to the
 * same addresses before it resumes. Two backends implement this interface:
 * switch_native.c (inline assembly for x86-64 and aarch64) and switch_wasm.c (Asyncify
 * used directly). Only the loop's scheduler calls aio__fiber_run, from the host's C
 * stack; only code running inside a fiber calls aio__fiber_suspend. */
#ifndef TASKSCOPE_AIO_SWITCH_H
#define TASKSCOPE_AIO_SWITCH_H
#include <stddef.h>
#include <stdint.h>

struct aio_loop;

typedef struct aio__fiber {
  void (*entry)(void *arg);   /* the body; returning from it finishes the fiber */
  void *arg;
  unsigned char *sp;          /* lowest live stack address while suspended */
  unsigned char *saved;       /* heap block for the copy (kept for reuse), or NULL */
  size_t saved_cap;           /* its exact size */
  size_t saved_len;           /* bytes it holds now: 0 unless the fiber is evicted */
  size_t async_len;           /* wasm: bytes of Asyncify data from the last unwind */
  void *asan_fake_stack;      /* ASan bookkeeping while suspended */
  uint8_t started, finished;
} aio__fiber;

typedef struct aio__stack {
  struct aio_loop *loop;      /* for the allocator */
  unsigned char *base;        /* the mapping (lowest address) */
  size_t map_size;
  unsigned char *lo, *top;    /* usable range; frames grow down from top */
  unsigned char *scratch;     /* wasm: the shared Asyncify buffer */
  size_t scratch_size;
  aio__fiber *current;        /* the fiber running now, or NULL */
  aio__fiber *resident;       /* the fiber whose frames are on the stack now */
  void *main_sp;              /* the scheduler's saved stack pointer */
  const void *main_bottom;    /* ASan: the scheduler's stack bounds */
  size_t main_size;
  void *main_fake_stack;
} aio__stack;

/* Sets up the shared stack (and scratch buffer). 0 or AIO_E_NOMEM. */
int aio__stack_init(aio__stack *s, struct aio_loop *loop, size_t size, size_t scratch);
void aio__stack_destroy(aio__stack *s);
/* Starts or resumes f until it suspends or its entry returns (f->finished). Returns 0,
 * or AIO_E_NOMEM when the resident fiber could not be saved (f did not run). */
int aio__fiber_run(aio__stack *s, aio__fiber *f);
/* From inside the running fiber: suspends back to aio__fiber_run's caller. */
void aio__fiber_suspend(aio__stack *s);
/* Frees a fiber's saved copy (a fiber dropped without finishing, or finished). */
void aio__fiber_drop(aio__stack *s, aio__fiber *f);
/* Bytes held by a fiber's saved copy while it is evicted (0 otherwise). */
size_t aio__fiber_saved_bytes(const aio__fiber *f);

#endif
