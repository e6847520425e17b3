/* runtime/py/compile.h — syntax tree to code objects. */
#ifndef TASKSCOPE_PY_COMPILE_H
#define TASKSCOPE_PY_COMPILE_H
#include "py/ast.h"
#include "py/code.h"
#include "py/syntax_error.h"

/* Compiles a module (or an Expression, for eval) into a code object named "<module>".
 * src/n is the source text the tree came from (annotations under `from __future__
 * import annotations` are kept as their source text). Returns a new reference, or
 * NULL: then either err->type is set (a SyntaxError the compiler or symbol table found,
 * as CPython reports it) or err->type is 0 and a Python exception (MemoryError) is
 * pending. */
py_code *py_compile(py_ast_mod *mod, py_ast_arena *arena, const char *filename,
                    const char *src, size_t n, py_syntax_error *err);

#endif
