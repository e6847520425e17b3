/* runtime/py/mem.c — accounting wrapper over malloc; see mem.h.
 *
 * Small blocks are recycled through free lists, one per 16-byte size class: a task
 * switch allocates and frees a handful of small objects (the coroutine of
 * asyncio.sleep, its frame, the scheduled step), and malloc/free cost about a fifth
 * of such a switch (glibc's per-thread cache holds only 7 blocks a size; dlmalloc
 * under wasm has none). Every caller passes the block's size back on free, so a block
 * needs no header: its class is the rounded size. Each class keeps at most
 * CLASS_BUDGET bytes; the rest goes back to malloc. Blocks on a free list do not
 * count as used.
 *
 * Under AddressSanitizer the lists are off (they would hide use-after-free), and
 * py_mem_free checks instead that the size passed back is the size allocated, the
 * promise the lists rely on. */
#include "py/mem.h"

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
#define CLASS_SHIFT 4
#define SMALL_MAX 512                           /* larger blocks go to malloc directly */
#define NCLASSES ((SMALL_MAX >> CLASS_SHIFT) + 1) /* class c holds blocks of c*16 bytes */
#define CLASS_BUDGET (256 * 1024)               /* bytes a class keeps at most */

typedef struct free_block {
  struct free_block *next;
} free_block;

static free_block *free_list[NCLASSES];
static size_t free_bytes[NCLASSES];

/* The class of an n-byte block, 1..NCLASSES-1 (0 bytes share class 1). */
static size_t class_of(size_t n) { return n ? (n + (1u << CLASS_SHIFT) - 1) >> CLASS_SHIFT : 1; }
/* What malloc is asked for: small sizes rounded up to their class. */
static size_t block_size(size_t n) {
  return n <= SMALL_MAX ? class_of(n) << CLASS_SHIFT : n;
}
#else
static size_t block_size(size_t n) { return n ? n : 1; }
#endif

void *py_mem_alloc(size_t n) {
  if (!admit(n)) return NULL;
#ifndef MEM_CHECKED
  if (n <= SMALL_MAX) {
    size_t c = class_of(n);
    free_block *b = free_list[c];
    if (b) {
      free_list[c] = b->next;
      free_bytes[c] -= c << CLASS_SHIFT;
      return b;
    }
  }
#endif
  void *p = malloc(block_size(n));
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
  void *q = realloc(p, block_size(new_n));
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
    size_t c = class_of(n);
    if (free_bytes[c] < CLASS_BUDGET) {
      free_block *b = p;
      b->next = free_list[c];
      free_list[c] = b;
      free_bytes[c] += c << CLASS_SHIFT;
      return;
    }
  }
#endif
  free(p);
}

void py_mem_trim(void) {
#ifndef MEM_CHECKED
  for (size_t c = 0; c < NCLASSES; c++) {
    while (free_list[c]) {
      free_block *b = free_list[c];
      free_list[c] = b->next;
      free(b);
    }
    free_bytes[c] = 0;
  }
#endif
}

size_t py_mem_used(void) { return used; }
MEM_EXPORT size_t py_mem_peak(void) { return peak; }

MEM_EXPORT size_t py_mem_heap_peak(void) {
#ifdef __EMSCRIPTEN__
  /* dlmalloc's mallinfo reports its maximum footprint in usmblks. */
  return (size_t)mallinfo().usmblks;
#else
  return 0;
#endif
}
void py_mem_set_limit(size_t n) { limit = n; }
