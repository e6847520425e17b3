/* runtime/py/mem.c — accounting wrapper over malloc; see mem.h. */
#include "py/mem.h"

#include <stdlib.h>
#include <string.h>

static size_t used, peak, limit;

static int admit(size_t n) {
  if (limit && (n > limit || used > limit - n)) return 0;
  used += n;
  if (used > peak) peak = used;
  return 1;
}

void *py_mem_alloc(size_t n) {
  if (!admit(n)) return NULL;
  void *p = malloc(n ? n : 1);
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
  void *q = realloc(p, new_n ? new_n : 1);
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
  free(p);
}

size_t py_mem_used(void) { return used; }
size_t py_mem_peak(void) { return peak; }
void py_mem_set_limit(size_t n) { limit = n; }
