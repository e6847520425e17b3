/* runtime/py/symtable.h — which scope each name of a module belongs to.
 *
 * A first pass over the tree records, per scope (module, class, function, lambda,
 * comprehension), how every name is used; a second pass resolves each name to local,
 * global, free (from an enclosing function) or cell (local and captured), as CPython's
 * symtable.c does. Errors of that stage (nonlocal without binding, global after use,
 * 'return' outside function, ...) are reported as SyntaxErrors. */
#ifndef TASKSCOPE_PY_SYMTABLE_H
#define TASKSCOPE_PY_SYMTABLE_H
#include <stdbool.h>

#include "py/ast.h"
#include "py/syntax_error.h"

enum { PY_ST_MODULE, PY_ST_CLASS, PY_ST_FUNCTION };
enum { PY_SYM_LOCAL = 1, PY_SYM_GLOBAL_EXPLICIT, PY_SYM_GLOBAL_IMPLICIT, PY_SYM_FREE,
       PY_SYM_CELL };
/* Usage flags of a name in one scope. */
enum {
  PY_DEF_LOCAL = 1, PY_DEF_PARAM = 2, PY_DEF_GLOBAL = 4, PY_DEF_NONLOCAL = 8,
  PY_DEF_USE = 16, PY_DEF_IMPORT = 32, PY_DEF_FREE_CLASS = 64, PY_DEF_ANNOT = 128
};

typedef struct py_sym {
  const char *name;
  int flags;  /* PY_DEF_* */
  int scope;  /* PY_SYM_*, after analysis */
  int lineno, col, end_lineno, end_col; /* of its global/nonlocal statement */
} py_sym;

typedef struct py_st_scope py_st_scope;
struct py_st_scope {
  int kind;                 /* PY_ST_* */
  const void *node;         /* the tree node that opens the scope */
  const char *name;
  py_st_scope *parent;
  py_sym *syms;
  int nsyms, capsyms;
  py_st_scope **children;
  int nchildren, capchildren;
  bool generator, coroutine, comprehension, needs_class_cell, returns_value;
  bool has_vararg, has_kwarg;
};

typedef struct py_symtable {
  py_st_scope *top;
  py_syntax_error *err;      /* filled in on failure */
  bool failed;
} py_symtable;

/* Builds and analyses the table of a module. Returns 0, or -1 with st->err filled in
 * (type PY_SYNERR_MemoryError when memory ran out). Names it makes live in arena. */
int py_symtable_build(py_symtable *st, py_ast_mod *mod, py_ast_arena *arena,
                      py_syntax_error *err);
/* Frees every scope of the table. */
void py_symtable_free(py_symtable *st);
/* The scope opened by node (a FunctionDef, ClassDef, Lambda or comprehension expr). */
py_st_scope *py_symtable_lookup(py_symtable *st, const void *node);
/* The symbol of name in scope, or NULL. */
py_sym *py_st_find(py_st_scope *s, const char *name);

#endif
