/* runtime/py/syntax_warning.c — see syntax_warning.h.
 *
 * Learners write `if answer is 42:` or forget a comma between tuples in a list; CPython
 * compiles both and warns on stderr first. The warning is written as CPython's warnings
 * module shows one (`file:line: SyntaxWarning: message`, then the stripped source
 * line), without going through that module: it lives in the library bundle, and
 * programs do not filter SyntaxWarnings. */
#include "py/syntax_warning.h"

#include <stdio.h>
#include <string.h>

#include "py/interp.h"


/* Whether CPython's constant folding makes e a constant: a literal, a signed or
 * inverted number, or a tuple of such. */
static bool folds_to_constant(const py_ast_expr *e) {
  switch (e->kind) {
  case PY_EXPR_Constant: return true;
  case PY_EXPR_UnaryOp: {
    const py_ast_expr *x = e->v.UnaryOp.operand;
    return e->v.UnaryOp.op != PY_UNARY_Not && x->kind == PY_EXPR_Constant &&
           x->v.Constant.value.kind >= PY_CONST_int && x->v.Constant.value.kind <= PY_CONST_complex;
  }
  case PY_EXPR_Tuple:
    for (size_t i = 0; i < e->v.Tuple.elts.len; i++)
      if (!folds_to_constant(e->v.Tuple.elts.items[i])) return false;
    return true;
  default: return false;
  }
}

/* `is` accepts None, True, False and ... without a warning, as CPython's check does. */
static bool is_literal(const py_ast_expr *e) {
  return folds_to_constant(e) &&
         !(e->kind == PY_EXPR_Constant && e->v.Constant.value.kind <= PY_CONST_Ellipsis);
}

/* The type name CPython infers for a callee that cannot be called, or NULL. */
static const char *uncallable_type(const py_ast_expr *e) {
  static const char *const constant_names[] = {
      [PY_CONST_None] = "NoneType", [PY_CONST_True] = "bool", [PY_CONST_False] = "bool",
      [PY_CONST_Ellipsis] = "ellipsis", [PY_CONST_int] = "int", [PY_CONST_float] = "float",
      [PY_CONST_complex] = "complex", [PY_CONST_str] = "str", [PY_CONST_bytes] = "bytes"};
  switch (e->kind) {
  case PY_EXPR_Constant: return constant_names[e->v.Constant.value.kind];
  case PY_EXPR_Tuple: return "tuple";
  case PY_EXPR_List: case PY_EXPR_ListComp: return "list";
  case PY_EXPR_Dict: case PY_EXPR_DictComp: return "dict";
  case PY_EXPR_Set: case PY_EXPR_SetComp: return "set";
  case PY_EXPR_GeneratorExp: return "generator";
  case PY_EXPR_JoinedStr: case PY_EXPR_FormattedValue: return "str";
  default: return NULL;
  }
}

static void write_warning(const char *message, int lineno, const char *filename) {
  char text[300];
  int len = snprintf(text, sizeof text, "%s:%d: SyntaxWarning: %s\n", filename, lineno, message);
  if (len <= 0) return;
  py_host_write(2, text, (size_t)len < sizeof text ? (size_t)len : sizeof text - 1);
  /* The line, when the source is one the runtime knows (as linecache finds a file). */
  if (py__source_line(filename, lineno, text, sizeof text)) {
    py_host_write(2, "  ", 2);
    py_host_write(2, text, strlen(text));
    py_host_write(2, "\n", 1);
  }
}

void py__syntax_warning_check(const py_ast_expr *e, const char *filename) {
  char message[120];
  if (e->kind == PY_EXPR_Call) {
    const char *type = uncallable_type(e->v.Call.func);
    if (!type) return;
    snprintf(message, sizeof message,
             "'%s' object is not callable; perhaps you missed a comma?", type);
    write_warning(message, e->lineno, filename);
    return;
  }
  if (e->kind != PY_EXPR_Compare) return;
  bool left = is_literal(e->v.Compare.left);
  for (size_t i = 0; i < e->v.Compare.ops.len; i++) {
    int op = e->v.Compare.ops.items[i];
    bool right = is_literal(e->v.Compare.comparators.items[i]);
    if ((op == PY_CMP_Is || op == PY_CMP_IsNot) && (left || right)) {
      write_warning(op == PY_CMP_Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                    : "\"is not\" with a literal. Did you mean \"!=\"?",
                    e->lineno, filename);
      return;
    }
    left = right;
  }
}
