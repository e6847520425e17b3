/* runtime/py/ast_dump.h — a syntax tree as text, exactly as CPython's
 * `ast.dump(tree)` prints it (or `ast.dump(tree, include_attributes=True)`).
 * Used to compare our parser with CPython's, and handy when debugging the compiler. */
#ifndef TASKSCOPE_PY_AST_DUMP_H
#define TASKSCOPE_PY_AST_DUMP_H
#include <stddef.h>

#include "py/ast.h"

/* Returns the dump as a NUL-terminated string allocated with py_mem_alloc, its size in
 * *size (free it with py_mem_free(s, *size)); NULL when out of memory. */
char *py_ast_dump(const py_ast_mod *m, int include_attributes, size_t *size);

#endif
