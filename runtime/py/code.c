/* runtime/py/code.c — the code object type. */
#include "py/code.h"

static void code_dealloc(py_object *o) {
  py_code *co = (py_code *)o;
  py_mem_free(co->instrs, (size_t)co->ninstrs * sizeof(uint32_t));
  py_mem_free(co->lines, (size_t)co->ninstrs * sizeof(int32_t));
  py_mem_free(co->cell2arg, (size_t)co->ncells * sizeof(int));
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
static py_object *get_firstlineno(py_object *o) {
  return py_int_from_i64(((py_code *)o)->firstlineno);
}
static py_object *get_flags(py_object *o) { return py_int_from_i64(((py_code *)o)->flags); }
static py_object *get_argcount(py_object *o) { return py_int_from_i64(((py_code *)o)->argcount); }

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
