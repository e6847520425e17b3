/* runtime/py/frame.c — heap frames.
 *
 * Calls are the hottest allocation of the interpreter, so frames of ordinary calls come
 * from free lists bucketed by slot count: in steady state a call allocates nothing.
 * Frames of generators and coroutines (on_heap) are sized exactly, since they live as
 * long as their generator (100,000 pending tasks keep 100,000 of them); a few dropped
 * ones are kept per exact size all the same, because `await asyncio.sleep(0)` makes and
 * drops one coroutine frame per hop. */
#include <string.h>

#include "py/code.h"

#define BUCKETS 64       /* slot counts 0..BUCKETS*4-1 are pooled, in steps of 4 */
#define BUCKET_STEP 4
#define MAX_POOLED 16    /* frames kept per bucket */

static py_frame *pool[BUCKETS];
static int pooled[BUCKETS];

#define HEAP_SLOTS 64    /* heap frames of 0..HEAP_SLOTS-1 slots are pooled */
#define HEAP_BLOCKS 4    /* ... with 0..HEAP_BLOCKS-1 blocks */
#define MAX_HEAP_POOLED 8

static py_frame *heap_pool[HEAP_SLOTS][HEAP_BLOCKS];
static int heap_pooled[HEAP_SLOTS][HEAP_BLOCKS];

static size_t frame_bytes(int nslots, int blockcap) {
  return sizeof(py_frame) + (size_t)nslots * sizeof(py_object *) +
         (size_t)blockcap * sizeof(py_block);
}

py_frame *py_frame_new(py_code *code, py_function *func, py_object *globals,
                       py_object *builtins, py_object *locals, bool on_heap) {
  int nslots = code->nlocals + code->ncells + code->nfrees + code->stacksize;
  int bucket = (nslots + BUCKET_STEP - 1) / BUCKET_STEP;
  py_frame *f = NULL;
  int blockcap = on_heap ? code->maxblocks : PY_MAX_BLOCKS;
  if (!on_heap && bucket < BUCKETS) {
    nslots = bucket * BUCKET_STEP;
    f = pool[bucket];
    if (f) {
      pool[bucket] = f->back;
      pooled[bucket]--;
    }
  } else if (on_heap && nslots < HEAP_SLOTS && blockcap < HEAP_BLOCKS) {
    f = heap_pool[nslots][blockcap];
    if (f) {
      heap_pool[nslots][blockcap] = f->back;
      heap_pooled[nslots][blockcap]--;
    }
  }
  if (!f) {
    f = py_mem_alloc(frame_bytes(nslots, blockcap));
    if (!f) {
      py_raise_nomemory();
      return NULL;
    }
  }
  f->back = NULL;
  f->code = code;
  py_incref((py_object *)code);
  f->func = func;
  if (func) py_incref((py_object *)func);
  f->globals = py_newref(globals);
  f->builtins = py_newref(builtins);
  f->locals = py_xnewref(locals);
  f->gen = NULL;
  f->saved_exc = NULL;
  f->lasti = -1;
  f->stackdepth = 0;
  f->nblocks = 0;
  f->entry = false;
  f->on_heap = on_heap;
  f->nslots = nslots;
  f->blockcap = (uint8_t)blockcap;
  int nclear = code->nlocals + code->ncells + code->nfrees;
  memset(f->slots, 0, (size_t)nclear * sizeof(py_object *));
  return f;
}

void py_frame_free(py_frame *f) {
  py_code *co = f->code;
  int nvars = co->nlocals + co->ncells + co->nfrees;
  /* Each slot is emptied before its value goes: a __del__ or a never-awaited warning
   * meanwhile may read the frame's locals (sys._getframe). */
  for (int i = 0; i < nvars; i++) {
    py_object *v = f->slots[i];
    f->slots[i] = NULL;
    py_xdecref(v);
  }
  py_object **base = f->slots + nvars;
  for (int i = 0; i < f->stackdepth; i++) py_xdecref(base[i]);
  py_xdecref(f->locals);
  py_xdecref(f->saved_exc);
  py_decref(f->builtins);
  py_decref(f->globals);
  if (f->func) py_decref((py_object *)f->func);
  py_decref((py_object *)co);
  int bucket = f->nslots / BUCKET_STEP;
  if (!f->on_heap && f->nslots % BUCKET_STEP == 0 && bucket < BUCKETS &&
      f->blockcap == PY_MAX_BLOCKS &&
      pooled[bucket] < MAX_POOLED) {
    f->back = pool[bucket];
    pool[bucket] = f;
    pooled[bucket]++;
    return;
  }
  if (f->on_heap && f->nslots < HEAP_SLOTS && f->blockcap < HEAP_BLOCKS &&
      heap_pooled[f->nslots][f->blockcap] < MAX_HEAP_POOLED) {
    f->back = heap_pool[f->nslots][f->blockcap];
    heap_pool[f->nslots][f->blockcap] = f;
    heap_pooled[f->nslots][f->blockcap]++;
    return;
  }
  py_mem_free(f, frame_bytes(f->nslots, f->blockcap));
}

static void free_list(py_frame **head, int *count) {
  while (*head) {
    py_frame *f = *head;
    *head = f->back;
    py_mem_free(f, frame_bytes(f->nslots, f->blockcap));
  }
  *count = 0;
}

/* Returns every pooled frame, and the generator objects gen.c keeps, to the allocator
 * (py_fini). */
void py__frame_pool_clear(void) {
  for (int b = 0; b < BUCKETS; b++) free_list(&pool[b], &pooled[b]);
  for (int n = 0; n < HEAP_SLOTS; n++)
    for (int b = 0; b < HEAP_BLOCKS; b++) free_list(&heap_pool[n][b], &heap_pooled[n][b]);
  py__gen_spare_clear();
}
