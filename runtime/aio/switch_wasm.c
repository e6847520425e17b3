/* runtime/aio/switch_wasm.c — the wasm switch backend: Asyncify used directly.
 *
 * A fiber's body is entered from aio__fiber_run, which is NOT instrumented by
 * Asyncify. To suspend, the body calls aio__fiber_suspend, which starts an unwind:
 * every instrumented function on the chain saves its locals into the shared scratch
 * buffer and returns, until control is back in aio__fiber_run, which stops the
 * unwind. To resume, aio__fiber_run restores the fiber's shadow-stack bytes and its
 * Asyncify data, sets the stack pointer to where the fiber left it, starts a rewind
 * and calls the same entry again: the instrumented functions skip to the call they
 * were in, down to aio__fiber_suspend, which stops the rewind and returns normally.
 *
 * The imports from module "asyncify" are Binaryen's intrinsics (its Asyncify pass
 * replaces them). aio__fiber_suspend must stay a separate function: if Binaryen
 * inlines it, the unwind is lost (link with the no-inline flags in the Makefile; the
 * wasm test checks the function is still there). */
#if defined(__EMSCRIPTEN__)
#include "aio/internal.h"
#include <string.h>

struct asyncify_data {
  void *current;             /* next byte to write (unwind) or end of data (rewind) */
  void *end;
};

__attribute__((import_module("asyncify"), import_name("start_unwind"))) void
asyncify_start_unwind(struct asyncify_data *data);
__attribute__((import_module("asyncify"), import_name("stop_unwind"))) void
asyncify_stop_unwind(void);
__attribute__((import_module("asyncify"), import_name("start_rewind"))) void
asyncify_start_rewind(struct asyncify_data *data);
__attribute__((import_module("asyncify"), import_name("stop_rewind"))) void
asyncify_stop_rewind(void);

/* Emscripten's shadow-stack pointer accessors (system/lib/compiler-rt/stack_ops.S). */
uintptr_t stackSave(void);
void stackRestore(uintptr_t sp);

static struct asyncify_data data;
static int unwinding, rewinding;

int aio__stack_init(aio__stack *s, struct aio_loop *loop, size_t size, size_t scratch) {
  memset(s, 0, sizeof *s);
  s->loop = loop;
  s->base = aio__alloc(loop, size);
  if (!s->base) return AIO_E_NOMEM;
  s->map_size = size;
  s->scratch = aio__alloc(loop, scratch);
  if (!s->scratch) {
    aio__free(loop, s->base, size);
    s->base = NULL;
    return AIO_E_NOMEM;
  }
  s->scratch_size = scratch;
  s->lo = s->base;
  s->top = (unsigned char *)((uintptr_t)(s->base + size) & ~(uintptr_t)15);
  return 0;
}

void aio__stack_destroy(aio__stack *s) {
  aio__free(s->loop, s->base, s->map_size);
  aio__free(s->loop, s->scratch, s->scratch_size);
  s->base = s->scratch = NULL;
}

/* The fiber's body runs below this (instrumented) function. */
__attribute__((noinline)) static void fiber_main(aio__stack *s) {
  aio__fiber *f = s->current;
  f->entry(f->arg);
  if (!unwinding) f->finished = 1;
}

__attribute__((noinline)) void aio__fiber_suspend(aio__stack *s) {
  if (!rewinding) {
    s->current->sp = (unsigned char *)stackSave();
    data.current = s->scratch;
    data.end = s->scratch + s->scratch_size;
    unwinding = 1;
    asyncify_start_unwind(&data);
  } else {
    rewinding = 0;
    asyncify_stop_rewind();
  }
}

/* The block for an evicted fiber's copy: the previous one when it has exactly the
 * size needed (a task suspending at the same depth again), else a fresh exact one. */
static unsigned char *copy_block(aio__stack *s, aio__fiber *f, size_t len) {
  if (f->saved && f->saved_cap == len) return f->saved;
  unsigned char *copy = aio__alloc(s->loop, len);
  if (!copy) return NULL;
  if (f->saved) aio__free(s->loop, f->saved, f->saved_cap);
  f->saved = copy;
  f->saved_cap = len;
  return copy;
}

/* Copies the resident fiber's shadow-stack slice and Asyncify data to the heap. */
static int evict(aio__stack *s) {
  aio__fiber *f = s->resident;
  if (!f) return 0;
  size_t len = (size_t)(s->top - f->sp);
  unsigned char *copy = copy_block(s, f, len + f->async_len);
  if (!copy) return AIO_E_NOMEM;
  memcpy(copy, f->sp, len);
  memcpy(copy + len, s->scratch, f->async_len);
  f->saved_len = len + f->async_len;
  s->resident = NULL;
  return 0;
}

/* Not instrumented (ASYNCIFY_REMOVE / left out of ASYNCIFY_ONLY): it is where an
 * unwind ends. */
__attribute__((noinline)) int aio__fiber_run(aio__stack *s, aio__fiber *f) {
  if (s->resident != f) {
    if (evict(s) != 0) return AIO_E_NOMEM;
    if (f->saved_len) {
      size_t len = f->saved_len - f->async_len;
      memcpy(f->sp, f->saved, len);
      memcpy(s->scratch, f->saved + len, f->async_len);
      f->saved_len = 0;
    }
  }
  s->current = f;
  s->resident = f;
  uintptr_t main_sp = stackSave();
  if (!f->started) {
    f->started = 1;
    stackRestore((uintptr_t)s->top);
  } else {
    data.current = s->scratch + f->async_len;
    data.end = s->scratch + s->scratch_size;
    stackRestore((uintptr_t)f->sp);
    rewinding = 1;
    asyncify_start_rewind(&data);
  }
  fiber_main(s);
  if (unwinding) {
    unwinding = 0;
    asyncify_stop_unwind();
    f->async_len = (size_t)((unsigned char *)data.current - s->scratch);
  }
  stackRestore(main_sp);
  s->current = NULL;
  if (f->finished) s->resident = NULL;
  return 0;
}

void aio__fiber_drop(aio__stack *s, aio__fiber *f) {
  if (s->resident == f) s->resident = NULL;
  if (f->saved) aio__free(s->loop, f->saved, f->saved_cap);
  f->saved = NULL;
  f->saved_cap = f->saved_len = 0;
}

size_t aio__fiber_saved_bytes(const aio__fiber *f) { return f->saved_len; }
#endif
