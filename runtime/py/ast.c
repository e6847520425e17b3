/* runtime/py/ast.c — the arena that holds one syntax tree; see ast.h. */
#include "py/ast.h"

#include <stdalign.h>
#include <string.h>

#include "py/mem.h"

/* The arena is a chain of blocks; each allocation bumps a pointer in the newest block.
 * A request larger than a quarter block gets a block of its own, so a huge string
 * literal does not waste the rest of a block. */
enum { BLOCK_SIZE = 16384 };

typedef struct block {
  struct block *prev;
  size_t size;                         /* bytes usable in data[] */
  size_t used;
  alignas(max_align_t) unsigned char data[];
} block;

struct py_ast_arena {
  block *head;
};

py_ast_arena *py_ast_arena_new(void) {
  py_ast_arena *a = py_mem_calloc(sizeof *a);
  return a;
}

static block *new_block(py_ast_arena *a, size_t size) {
  block *b = py_mem_alloc(sizeof(block) + size);
  if (!b) return NULL;
  b->prev = a->head;
  b->size = size;
  b->used = 0;
  a->head = b;
  return b;
}

void *py_ast_arena_alloc(py_ast_arena *a, size_t n) {
  const size_t align = alignof(max_align_t);
  if (n > (size_t)-1 / 2) return NULL;
  n = (n + align - 1) & ~(align - 1);
  if (n == 0) n = align;
  block *b = a->head;
  if (!b || b->size - b->used < n) {
    if (n > BLOCK_SIZE / 4) {
      /* A big request: its own block, slipped under the current one so the current
       * block's free space stays in use. */
      block *big = py_mem_alloc(sizeof(block) + n);
      if (!big) return NULL;
      big->size = n;
      big->used = n;
      if (b) {
        big->prev = b->prev;
        b->prev = big;
      } else {
        big->prev = NULL;
        a->head = big;
      }
      memset(big->data, 0, n);
      return big->data;
    }
    b = new_block(a, BLOCK_SIZE);
    if (!b) return NULL;
  }
  void *p = b->data + b->used;
  b->used += n;
  memset(p, 0, n);
  return p;
}

char *py_ast_arena_strndup(py_ast_arena *a, const char *s, size_t n) {
  char *p = py_ast_arena_alloc(a, n + 1);
  if (!p) return NULL;
  if (n) memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

const char *py_mangling_class(const char *cls, const char *name) {
  if (!cls || name[0] != '_' || name[1] != '_') return NULL;
  size_t n = strlen(name);
  if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.')) return NULL;
  while (*cls == '_') cls++;
  return *cls ? cls : NULL;
}

const char *py_ast_mangle(py_ast_arena *a, const char *cls, const char *name) {
  cls = py_mangling_class(cls, name);
  if (!cls) return name;
  size_t cn = strlen(cls), n = strlen(name);
  char *out = py_ast_arena_alloc(a, n + cn + 2);
  if (!out) return NULL;
  out[0] = '_';
  memcpy(out + 1, cls, cn);
  memcpy(out + 1 + cn, name, n + 1);
  return out;
}

void py_ast_arena_free(py_ast_arena *a) {
  if (!a) return;
  block *b = a->head;
  while (b) {
    block *prev = b->prev;
    py_mem_free(b, sizeof(block) + b->size);
    b = prev;
  }
  py_mem_free(a, sizeof *a);
}
