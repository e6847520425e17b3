/* runtime/py/mem.h — the interpreter's one allocator.
 *
 * Every allocation of the interpreter (objects, bigint digits, buffers) goes through
 * these functions, with the size passed back on free, so the memory cap and the
 * memory figure live in one place. An allocation that would pass the cap returns NULL;
 * the caller turns that into MemoryError. */
#ifndef TASKSCOPE_PY_MEM_H
#define TASKSCOPE_PY_MEM_H
#include <stddef.h>

/* Returns n fresh bytes, or NULL when out of memory or over the cap. */
void *py_mem_alloc(size_t n);
/* Like py_mem_alloc, zero-filled. */
void *py_mem_calloc(size_t n);
/* Resizes a block of old_n bytes to new_n; NULL (the block untouched) on failure. */
void *py_mem_realloc(void *p, size_t old_n, size_t new_n);
/* Frees a block of n bytes (NULL is allowed). */
void py_mem_free(void *p, size_t n);

/* Gives the blocks kept for reuse back to malloc (py_fini). */
void py_mem_trim(void);

/* Bytes currently allocated, and the most ever allocated at once. */
size_t py_mem_used(void);
size_t py_mem_peak(void);
/* Restarts the peak from the bytes currently allocated (tracemalloc's start and
 * reset_peak; the figure scripts/bench/mem_probe.mjs reads restarts with it). */
void py_mem_restart_peak(void);
/* The most bytes malloc ever took from the system for its heap: on wasm dlmalloc's
 * maximum footprint, the peak of sbrk by the byte (the wasm memory itself grows in
 * large steps); 0 natively, where glibc does not keep it. Both this and py_mem_peak
 * are exported from the wasm engine for scripts/bench/mem_probe.mjs. */
size_t py_mem_heap_peak(void);
/* Sets the cap in bytes (0 = none). */
void py_mem_set_limit(size_t limit);

#endif
