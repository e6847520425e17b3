/* runtime/py/syntax_warning.h — the SyntaxWarnings CPython 3.11's compiler gives for
 * code that runs but is almost certainly a mistake. */
#ifndef PY_SYNTAX_WARNING_H
#define PY_SYNTAX_WARNING_H

#include "py/ast.h"

/* Writes to stderr the SyntaxWarning CPython's compiler would give for e, if any:
 * `x is 5` ("is" with a literal) for a Compare, `(1, 2) (3, 4)` ("... object is not
 * callable; perhaps you missed a comma?") for a Call, in code compiled from
 * `filename`. */
void py__syntax_warning_check(const py_ast_expr *e, const char *filename);

#endif
