/* runtime/py/mem.c — accounting wrapper over malloc; see mem.h.
 *
 * Small blocks come from pools of one size class each (below): a task switch allocates
 * and frees a handful of small objects (the coroutine of asyncio.sleep, its frame, the
 * scheduled step), and malloc/free cost about a fifth of such a switch (glibc's
 * per-thread cache holds only 7 blocks a size; dlmalloc under wasm has none); and
 * 100,000 pending tasks are a million small objects, where malloc's per-block header
 * and rounding cost about a fifth of the memory. Every caller passes the block's size
 * back on free, so a block needs no header: its class is the rounded size. Blocks
 * given back do not count as used.
 *
 * Under AddressSanitizer the pools are off (they would hide use-after-free), and
 * py_mem_free checks instead that the size passed back is the size allocated, the
 * promise the lists rely on. */
#include "py/mem.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define MEM_CHECKED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MEM_CHECKED 1
#endif
#endif

#ifdef MEM_CHECKED
#include <malloc.h>
#include <stdio.h>
#endif

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <malloc.h>
#define MEM_EXPORT EMSCRIPTEN_KEEPALIVE
#else
#define MEM_EXPORT
#endif

static size_t used, peak, limit;

static int admit(size_t n) {
  if (limit && (n > limit || used > limit - n)) return 0;
  used += n;
  if (used > peak) peak = used;
  return 1;
}

#ifndef MEM_CHECKED
/* ---- pools of small blocks ----------------------------------------------------------
 * A block of up to SMALL_MAX bytes comes from a pool: an aligned POOL_SIZE piece of an
 * arena holding blocks of one size class (multiples of GRAIN bytes), with no header per
 * block. The pool of a block is found by masking its address, and its class is the
 * size the caller passes back. malloc would add its own header and round up (glibc: 8
 * bytes and a multiple of 16; dlmalloc under wasm: 4 bytes and a multiple of 8) to each
 * of the dozen small objects a pending task is made of.
 *
 * A class keeps a list of its pools with room; a pool that empties goes back to its
 * arena (unless it is the class's only pool, which the next allocation would take
 * again), and an arena whose pools are all back is freed unless it is the last. So
 * memory a program frees is reused by blocks of any class, and given back to malloc a
 * whole arena at a time. */
#include <stdint.h>

#define GRAIN 8                                /* blocks are 8-byte aligned */
#define SMALL_MAX 512                          /* larger blocks go to malloc directly */
#define NCLASSES (SMALL_MAX / GRAIN + 1)       /* class c holds blocks of c*GRAIN bytes */
#define POOL_SIZE 8192                         /* a power of two: pools are aligned to it */
#define ARENA_POOLS 32                         /* pools per arena (256 KB, one malloc) */

typedef struct free_block {
  struct free_block *next;
} free_block;

typedef struct arena arena;

typedef struct pool {
  struct pool *next, *prev; /* the class's pools with room; next: the arena's free pools */
  arena *ar;
  free_block *free;         /* blocks given back */
  uint32_t nused;           /* blocks handed out */
  uint32_t top;             /* offset of the first block never handed out */
  uint32_t size, capacity;  /* block size, and the blocks that fit */
} pool;

/* Blocks start after the pool's header, rounded up to the grain. */
#define POOL_HEADER ((sizeof(pool) + GRAIN - 1) & ~(size_t)(GRAIN - 1))

struct arena {
  arena *next, *prev;       /* the arenas with a pool to give (usable) */
  pool *free_pools;         /* pools given back */
  char *fresh;              /* the next pool never handed out */
  uint32_t nfresh;          /* pools never handed out */
  uint32_t nused;           /* pools handed out */
};

static pool *class_pools[NCLASSES]; /* per class: its pools with room, the first in use */
static arena *usable;               /* arenas with a pool to give */
static size_t narenas;

/* The class of an n-byte block, 1..NCLASSES-1 (0 bytes share class 1). */
static size_t class_of(size_t n) { return n ? (n + GRAIN - 1) / GRAIN : 1; }
/* What malloc is asked for (only blocks larger than SMALL_MAX reach it). */
static size_t block_size(size_t n) { return n; }

static void usable_link(arena *a) {
  a->prev = NULL;
  a->next = usable;
  if (usable) usable->prev = a;
  usable = a;
}

static void usable_unlink(arena *a) {
  if (a->prev) a->prev->next = a->next;
  else usable = a->next;
  if (a->next) a->next->prev = a->prev;
  a->next = a->prev = NULL;
}

static arena *arena_new(void) {
  /* The arena's header, then as many aligned pools as fit (ARENA_POOLS or one more). */
  size_t bytes = sizeof(arena) + (size_t)(ARENA_POOLS + 1) * POOL_SIZE;
  char *mem = malloc(bytes);
  if (!mem) return NULL;
  arena *a = (arena *)mem;
  uintptr_t first = ((uintptr_t)(mem + sizeof(arena)) + POOL_SIZE - 1) & ~(uintptr_t)(POOL_SIZE - 1);
  a->fresh = (char *)first;
  a->nfresh = (uint32_t)(((uintptr_t)mem + bytes - first) / POOL_SIZE);
  a->nused = 0;
  a->free_pools = NULL;
  usable_link(a);
  narenas++;
  return a;
}

static pool *pool_take(void) {
  arena *a = usable;
  if (!a && !(a = arena_new())) return NULL;
  pool *p;
  if (a->free_pools) {
    p = a->free_pools;
    a->free_pools = p->next;
  } else {
    p = (pool *)a->fresh;
    a->fresh += POOL_SIZE;
    a->nfresh--;
  }
  a->nused++;
  if (!a->free_pools && !a->nfresh) usable_unlink(a);
  p->ar = a;
  return p;
}

/* Gives an empty pool back to its arena; frees the arena once all its pools are back,
 * unless it is the last one (or keep_last is false: py_mem_trim). */
static void pool_give(pool *p, bool keep_last) {
  arena *a = p->ar;
  if (!a->free_pools && !a->nfresh) usable_link(a);
  p->next = a->free_pools;
  a->free_pools = p;
  if (--a->nused == 0 && (narenas > 1 || !keep_last)) {
    usable_unlink(a);
    narenas--;
    free(a);
  }
}

static void class_unlink(pool *p, size_t c) {
  if (p->prev) p->prev->next = p->next;
  else class_pools[c] = p->next;
  if (p->next) p->next->prev = p->prev;
  p->next = p->prev = NULL;
}

static void *small_alloc(size_t n) {
  size_t c = class_of(n);
  pool *p = class_pools[c];
  if (!p) {
    if (!(p = pool_take())) return NULL;
    p->size = (uint32_t)(c * GRAIN);
    p->capacity = (uint32_t)((POOL_SIZE - POOL_HEADER) / p->size);
    p->top = (uint32_t)POOL_HEADER;
    p->nused = 0;
    p->free = NULL;
    p->prev = NULL;
    p->next = NULL;
    class_pools[c] = p;
  }
  free_block *b = p->free;
  if (b) {
    p->free = b->next;
  } else {
    b = (free_block *)((char *)p + p->top);
    p->top += p->size;
  }
  if (++p->nused == p->capacity) class_unlink(p, c); /* full: p was the list's head */
  return b;
}

static void small_free(void *block, size_t n) {
  size_t c = class_of(n);
  pool *p = (pool *)((uintptr_t)block & ~(uintptr_t)(POOL_SIZE - 1));
  if (p->nused == p->capacity) {
    /* It had no room: it goes back on its class's list. */
    p->prev = NULL;
    p->next = class_pools[c];
    if (p->next) p->next->prev = p;
    class_pools[c] = p;
  }
  free_block *b = block;
  b->next = p->free;
  p->free = b;
  if (--p->nused == 0 && (p->next || p->prev)) {
    class_unlink(p, c);
    pool_give(p, true);
  }
}
#else
static size_t block_size(size_t n) { return n ? n : 1; }
#endif

void *py_mem_alloc(size_t n) {
  if (!admit(n)) return NULL;
#ifndef MEM_CHECKED
  void *p = n <= SMALL_MAX ? small_alloc(n) : malloc(block_size(n));
#else
  void *p = malloc(block_size(n));
#endif
  if (!p) used -= n;
  return p;
}

void *py_mem_calloc(size_t n) {
  void *p = py_mem_alloc(n);
  if (p) memset(p, 0, n);
  return p;
}

void *py_mem_realloc(void *p, size_t old_n, size_t new_n) {
  if (new_n > old_n && !admit(new_n - old_n)) return NULL;
  void *q;
#ifndef MEM_CHECKED
  if (p && old_n <= SMALL_MAX && new_n <= SMALL_MAX && class_of(old_n) == class_of(new_n)) {
    q = p;
  } else if (!p || old_n <= SMALL_MAX || new_n <= SMALL_MAX) {
    /* Into or out of a pool: a new block, the contents copied. */
    q = new_n <= SMALL_MAX ? small_alloc(new_n) : malloc(block_size(new_n));
    if (q && p) {
      memcpy(q, p, old_n < new_n ? old_n : new_n);
      if (old_n <= SMALL_MAX) small_free(p, old_n);
      else free(p);
    }
  } else
#endif
  {
    q = realloc(p, block_size(new_n));
  }
  if (!q) {
    if (new_n > old_n) used -= new_n - old_n;
    return NULL;
  }
  if (new_n < old_n) used -= old_n - new_n;
  return q;
}

void py_mem_free(void *p, size_t n) {
  if (!p) return;
  used -= n;
#ifdef MEM_CHECKED
  if (malloc_usable_size(p) != block_size(n)) {
    fprintf(stderr, "py_mem_free: a block of %zu bytes freed as %zu\n", malloc_usable_size(p),
            n);
    abort();
  }
#else
  if (n <= SMALL_MAX) {
    small_free(p, n);
    return;
  }
#endif
  free(p);
}

void py_mem_trim(void) {
#ifndef MEM_CHECKED
  /* The empty pools each class kept, then every arena with no pool in use. */
  for (size_t c = 0; c < NCLASSES; c++) {
    pool *p = class_pools[c];
    while (p) {
      pool *next = p->next;
      if (p->nused == 0) {
        class_unlink(p, c);
        pool_give(p, false);
      }
      p = next;
    }
  }
#endif
}

size_t py_mem_used(void) { return used; }
MEM_EXPORT size_t py_mem_peak(void) { return peak; }
void py_mem_restart_peak(void) { peak = used; }

MEM_EXPORT size_t py_mem_heap_peak(void) {
#ifdef __EMSCRIPTEN__
  /* dlmalloc's mallinfo reports its maximum footprint in usmblks. */
  return (size_t)mallinfo().usmblks;
#else
  return 0;
#endif
}
void py_mem_set_limit(size_t n) { limit = n; }
