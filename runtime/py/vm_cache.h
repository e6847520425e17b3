/* runtime/py/vm_cache.h — the eval loop's inline caches: the hit paths, inlined into
 * vm.c's handlers, and the misses, which look the name up the slow way and refill.
 *
 * A code object gets its caches the first time one of its instructions misses: one
 * py_inline_cache per LOAD_GLOBAL, LOAD_ATTR and LOAD_METHOD (code.h). A cache holds
 * an entry number in a dict and the dict's keys version at the time (dict_layout.h);
 * while the version is unchanged the entry still holds that name, so a hit reads the
 * entry's value directly, and any change of the key set (a new global, a `del`, a
 * resize) makes the next execution miss and refill. What is cached:
 *   - LOAD_GLOBAL: the entry in the globals, or (globals version, builtins version,
 *     entry in the builtins) for a builtin — a global of the same name appearing later
 *     changes the globals' keys and so ends the builtin's cache;
 *   - LOAD_ATTR / LOAD_METHOD on a module of the exact module type, for a name the
 *     module type itself does not define (builtin types cannot be changed): the entry
 *     in the module's dict, exactly what module.__getattribute__ would return. */
#ifndef TASKSCOPE_PY_VM_CACHE_H
#define TASKSCOPE_PY_VM_CACHE_H

#include "py/code.h"
#include "py/dict_layout.h"
#include "py/objimpl.h"

enum { VM_CACHE_EMPTY, VM_CACHE_GLOBAL, VM_CACHE_BUILTIN, VM_CACHE_MODULE_ATTR };

/* The cache of the instruction before next_ip, or NULL when co has none yet. */
static inline py_inline_cache *py__vm_cache(const py_code *co, const uint32_t *next_ip) {
  if (!co->cache_map) return NULL;
  unsigned slot = co->cache_map[next_ip - co->instrs - 1];
  return slot == PY_NO_CACHE ? NULL : &co->caches[slot];
}

static inline uint64_t py__vm_dict_version(py_object *d) {
  return ((py__dict_object *)d)->keys_version;
}

/* LOAD_GLOBAL's hit: the value (borrowed) or NULL to take the miss. */
static inline py_object *py__vm_global_hit(const py_inline_cache *c, py_object *globals,
                                           py_object *builtins) {
  if (!c) return NULL;
  if (c->kind == VM_CACHE_GLOBAL && py__vm_dict_version(globals) == c->version)
    return py__dict_value_at(globals, c->index);
  if (c->kind == VM_CACHE_BUILTIN && py__vm_dict_version(globals) == c->version &&
      py__vm_dict_version(builtins) == c->version2)
    return py__dict_value_at(builtins, c->index);
  return NULL;
}

/* LOAD_GLOBAL's miss for instruction i of co: the value (borrowed), NULL with an
 * error set, or NULL with none when the name is in neither dict. */
py_object *py__vm_global_miss(py_code *co, int i, py_object *globals, py_object *builtins,
                              py_object *name);

/* LOAD_ATTR / LOAD_METHOD on an exact module: the hit (borrowed) or NULL. */
static inline py_object *py__vm_module_attr_hit(const py_inline_cache *c, py_object *module) {
  py_object *d = ((py__module_object *)module)->dict;
  if (c && c->kind == VM_CACHE_MODULE_ATTR && d && py__vm_dict_version(d) == c->version)
    return py__dict_value_at(d, c->index);
  return NULL;
}

/* The miss: getattr(module, name) (new, or NULL with the error set), refilling the
 * cache of instruction i when the value comes from the module's dict. */
py_object *py__vm_module_attr_miss(py_code *co, int i, py_object *module, py_object *name);

/* LOAD_ATTR / LOAD_METHOD on an exact module, for the instruction before next_ip: the
 * attribute (new, or NULL with the error set), from the cache when it hits. */
static inline py_object *py__vm_module_attr(py_code *co, const uint32_t *next_ip,
                                            py_object *module, py_object *name) {
  py_object *v = py__vm_module_attr_hit(py__vm_cache(co, next_ip), module);
  if (v) return py_newref(v);
  return py__vm_module_attr_miss(co, (int)(next_ip - co->instrs) - 1, module, name);
}

#endif
