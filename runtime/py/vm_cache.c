/* runtime/py/vm_cache.c — the misses of the eval loop's inline caches (vm_cache.h):
 * making a code object's cache table and refilling one cache. */
#include "py/vm_cache.h"

#include "py/mem.h"
#include "py/opcodes.h"

static bool cacheable(uint32_t w) {
  int op = PY_OPCODE(w);
  return op == PY_OPC_LOAD_GLOBAL || op == PY_OPC_LOAD_ATTR || op == PY_OPC_LOAD_METHOD;
}

/* The cache of instruction i, making co's table on the first call. NULL when memory is
 * short (the lookup then simply goes uncached; no error is left set). */
static py_inline_cache *cache_for(py_code *co, int i) {
  if (!co->cache_map) {
    int n = 0;
    for (int k = 0; k < co->ninstrs; k++) n += cacheable(co->instrs[k]);
    if (n == 0) return NULL;
    uint16_t *map = py_mem_alloc((size_t)co->ninstrs * sizeof(uint16_t));
    py_inline_cache *caches = py_mem_calloc((size_t)n * sizeof(py_inline_cache));
    if (!map || !caches) {
      py_mem_free(map, (size_t)co->ninstrs * sizeof(uint16_t));
      py_mem_free(caches, (size_t)n * sizeof(py_inline_cache));
      return NULL;
    }
    int slot = 0;
    for (int k = 0; k < co->ninstrs; k++)
      map[k] = cacheable(co->instrs[k]) && slot < PY_NO_CACHE ? (uint16_t)slot++ : PY_NO_CACHE;
    co->cache_map = map;
    co->caches = caches;
    co->ncaches = n;
  }
  unsigned slot = co->cache_map[i];
  return slot == PY_NO_CACHE ? NULL : &co->caches[slot];
}

py_object *py__vm_global_miss(py_code *co, int i, py_object *globals, py_object *builtins,
                              py_object *name) {
  py_ssize ix = py__dict_index(globals, name);
  if (ix == -2) return NULL;
  py_inline_cache *c = cache_for(co, i);
  if (ix >= 0) {
    if (c) {
      c->kind = VM_CACHE_GLOBAL;
      c->version = py__dict_keys_version(globals);
      c->index = (int32_t)ix;
    }
    return py__dict_value_at(globals, ix);
  }
  /* The version proves the name absent from the globals; the builtins' lookup may run
   * a key's __eq__, so it is taken before and checked after. */
  uint64_t gv = py__dict_keys_version(globals);
  ix = py__dict_index(builtins, name);
  if (ix < 0) return NULL;
  if (c && py__vm_dict_version(globals) == gv) {
    c->kind = VM_CACHE_BUILTIN;
    c->version = gv;
    c->version2 = py__dict_keys_version(builtins);
    c->index = (int32_t)ix;
  }
  return py__dict_value_at(builtins, ix);
}

py_object *py__vm_module_attr_miss(py_code *co, int i, py_object *module, py_object *name) {
  py_object *d = ((py__module_object *)module)->dict;
  /* module.__getattribute__ looks at the module type first: only names it does not
   * define come from the dict alone. */
  if (d && PY_TYPE(name) == &py_str_type && !py_type_lookup(&py_module_type, name)) {
    py_ssize ix = py__dict_index(d, name);
    if (ix == -2) return NULL;
    if (ix >= 0) {
      py_inline_cache *c = cache_for(co, i);
      if (c) {
        c->kind = VM_CACHE_MODULE_ATTR;
        c->version = py__dict_keys_version(d);
        c->index = (int32_t)ix;
      }
      return py_newref(py__dict_value_at(d, ix));
    }
  }
  return py_getattr(module, name);
}
