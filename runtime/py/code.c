/* runtime/py/code.c — the code object type. */
#include "py/code.h"

static void code_dealloc(py_object *o) {
  py_code *co = (py_code *)o;
  py_mem_free(co->instrs, (size_t)co->ninstrs * sizeof(uint32_t));
  py_mem_free(co->lines, (size_t)co->ninstrs * sizeof(int32_t));
  py_mem_free(co->endlines, (size_t)co->ninstrs * sizeof(int32_t));
  py_mem_free(co->cols, (size_t)co->ninstrs * sizeof(int32_t));
  py_mem_free(co->endcols, (size_t)co->ninstrs * sizeof(int32_t));
  py_mem_free(co->cell2arg, (size_t)co->ncells * sizeof(int));
  if (co->cache_map) {
    py_mem_free(co->cache_map, (size_t)co->ninstrs * sizeof(uint16_t));
    py_mem_free(co->caches, (size_t)co->ncaches * sizeof(py_inline_cache));
  }
  py_xdecref(co->consts);
  py_xdecref(co->names);
  py_xdecref(co->varnames);
  py_xdecref(co->cellvars);
  py_xdecref(co->freevars);
  py_xdecref(co->name);
  py_xdecref(co->qualname);
  py_xdecref(co->filename);
  py_type_free(o);
}

static py_object *code_repr(py_object *o) {
  py_code *co = (py_code *)o;
  return py_str_format("<code object %U at %p, file \"%U\", line %d>", co->name, (void *)o,
                       co->filename, co->firstlineno);
}

#define CODE_FIELD(n)                                                              \
  static py_object *get_##n(py_object *o) { return py_newref(((py_code *)o)->n); }
CODE_FIELD(name)
CODE_FIELD(qualname)
CODE_FIELD(filename)
CODE_FIELD(varnames)
CODE_FIELD(names)
CODE_FIELD(consts)
CODE_FIELD(cellvars)
CODE_FIELD(freevars)
static py_object *get_firstlineno(py_object *o) {
  return py_int_from_i64(((py_code *)o)->firstlineno);
}
static py_object *get_flags(py_object *o) { return py_int_from_i64(((py_code *)o)->flags); }
static py_object *get_argcount(py_object *o) { return py_int_from_i64(((py_code *)o)->argcount); }
static py_object *get_kwonly(py_object *o) { return py_int_from_i64(((py_code *)o)->kwonlyargcount); }
static py_object *get_posonly(py_object *o) { return py_int_from_i64(((py_code *)o)->posonlyargcount); }
static py_object *get_nlocals(py_object *o) { return py_int_from_i64(((py_code *)o)->nlocals); }
static py_object *get_stacksize(py_object *o) { return py_int_from_i64(((py_code *)o)->stacksize); }

static const py_getset_def code_getset[] = {
    {"co_name", get_name, NULL},
    {"co_qualname", get_qualname, NULL},
    {"co_filename", get_filename, NULL},
    {"co_varnames", get_varnames, NULL},
    {"co_names", get_names, NULL},
    {"co_consts", get_consts, NULL},
    {"co_firstlineno", get_firstlineno, NULL},
    {"co_flags", get_flags, NULL},
    {"co_argcount", get_argcount, NULL},
    {"co_kwonlyargcount", get_kwonly, NULL},
    {"co_posonlyargcount", get_posonly, NULL},
    {"co_nlocals", get_nlocals, NULL},
    {"co_stacksize", get_stacksize, NULL},
    {"co_cellvars", get_cellvars, NULL},
    {"co_freevars", get_freevars, NULL},
    {0},
};

py_type py_code_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "code",
    .basicsize = sizeof(py_code),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getattr = py_generic_getattr,
    .getset = code_getset,
};
