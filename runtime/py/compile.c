/* runtime/py/compile.c — syntax tree to bytecode (see compile.h and opcodes.h).
 *
 * One compiler unit per scope (module, class body, function, lambda, comprehension).
 * Jumps go to labels resolved when the unit is finished; the stack depth is then
 * computed by a flow pass over the instructions. Control flow that leaves a block early
 * (return, break, continue) unwinds the compiler's frame-block stack the way CPython's
 * compiler does: popping handler blocks, closing `with` managers, running `finally`
 * bodies inline. */
#include "py/compile.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "py/opcodes.h"
#include "py/scalars.h"
#include "py/symtable.h"
#include "py/syntax_warning.h"

/* ---- units -------------------------------------------------------------------------- */

enum fb_type {
  FB_WHILE, FB_FOR, FB_ASYNC_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
  FB_HANDLER_CLEANUP, FB_WITH, FB_ASYNC_WITH,
  /* Around the except clauses: nothing to undo when leaving, but it counts towards
   * the nesting limit as CPython's EXCEPTION_HANDLER block does. */
  FB_EXCEPTION_HANDLER,
  /* The body of an except* clause: return, break and continue may not leave it. */
  FB_EXCEPT_STAR_BODY
};

typedef struct fblock {
  enum fb_type type;
  int cont_label, exit_label;
  py_ast_stmt_seq *finalbody; /* FB_FINALLY_TRY */
} fblock;

/* CPython's CO_MAXBLOCKS: more nested blocks are "too many statically nested blocks". */
#define MAX_FBLOCKS 20

typedef struct unit {
  struct unit *parent;
  py_st_scope *ste;
  uint32_t *code;
  int32_t *lines, *endlines, *cols, *endcols;
  int n, cap;
  int *labels;           /* instruction index of each label, -1 until placed */
  int nlabels, caplabels;
  py_object *consts;     /* list */
  py_object *names;      /* list of interned str */
  py_object *varnames;   /* list */
  py_object *cellvars;   /* list */
  py_object *freevars;   /* list */
  py_object *qualname;   /* str */
  int argcount, posonly, kwonly, flags;
  int lineno, firstlineno;
  int endlineno, col, endcol;  /* position of the expression being compiled */
  fblock fb[MAX_FBLOCKS];
  int nfb;
  bool in_async;         /* await allowed */
  bool is_class;
} unit;

typedef struct compiler {
  py_symtable st;
  py_ast_arena *arena;
  const char *filename;
  const char *src;       /* the source text, for stringified annotations */
  size_t srclen;
  bool future_annotations;
  /* Compiling an Interactive module ('single' mode): the module's expression
   * statements pass their values to sys.displayhook. */
  bool interactive;
  py_syntax_error *err;
  unit *u;
  bool failed;
  py_object *strs; /* every str constant so far, itself (see add_const) */
} compiler;

#define CHECK(x) do { if ((x) < 0) return -1; } while (0)

static int c_error_at(compiler *c, int lineno, int col, int end_lineno, int end_col,
                      const char *msg) {
  if (!c->failed) {
    memset(c->err, 0, sizeof *c->err);
    c->err->type = PY_SYNERR_SyntaxError;
    snprintf(c->err->msg, sizeof c->err->msg, "%s", msg);
    c->err->lineno = lineno;
    c->err->offset = col + 1;
    c->err->end_lineno = end_lineno;
    c->err->end_offset = end_col + 1;
    c->failed = true;
  }
  return -1;
}

static int c_error(compiler *c, int lineno, int col, const char *msg) {
  return c_error_at(c, lineno, col, lineno, col, msg);
}

static int c_nomem(compiler *c) {
  c->failed = true;
  if (!py_err_occurred()) py_raise_nomemory();
  return -1;
}

static bool grow(void **p, int *cap, int need, size_t elem) {
  if (need <= *cap) return true;
  int ncap = *cap ? *cap * 2 : 16;
  while (ncap < need) ncap *= 2;
  void *np = py_mem_realloc(*p, (size_t)*cap * elem, (size_t)ncap * elem);
  if (!np) return false;
  *p = np;
  *cap = ncap;
  return true;
}

/* Grows one of the unit's parallel arrays from cap to ncap 4-byte entries. */
static bool grow_array(void **p, int cap, int ncap) {
  void *np = py_mem_realloc(*p, (size_t)cap * 4, (size_t)ncap * 4);
  if (!np) return false;
  *p = np;
  return true;
}

static int emit(compiler *c, int op, int arg) {
  unit *u = c->u;
  if (u->n >= u->cap) {
    int ncap = u->cap ? u->cap * 2 : 64;
    /* All five arrays share one capacity. A failure part way leaves some grown (the
     * unit is abandoned; the allocator's byte count is then off by their growth). */
    if (!grow_array((void **)&u->code, u->cap, ncap) ||
        !grow_array((void **)&u->lines, u->cap, ncap) ||
        !grow_array((void **)&u->endlines, u->cap, ncap) ||
        !grow_array((void **)&u->cols, u->cap, ncap) ||
        !grow_array((void **)&u->endcols, u->cap, ncap)) {
      return c_nomem(c);
    }
    u->cap = ncap;
  }
  u->code[u->n] = PY_INSTR(op, arg);
  u->lines[u->n] = u->lineno;
  u->endlines[u->n] = u->endlineno;
  u->cols[u->n] = u->col;
  u->endcols[u->n] = u->endcol;
  u->n++;
  return 0;
}

static int new_label(compiler *c) {
  unit *u = c->u;
  if (!grow((void **)&u->labels, &u->caplabels, u->nlabels + 1, sizeof(int)))
    return c_nomem(c);
  u->labels[u->nlabels] = -1;
  return u->nlabels++;
}

static void place(compiler *c, int label) { c->u->labels[label] = c->u->n; }

/* Jump instructions carry a label number until the unit is finished. */
static int emit_jump(compiler *c, int op, int label) { return emit(c, op, label); }

static bool is_jump(int op) {
  switch (op) {
  case PY_OPC_JUMP: case PY_OPC_POP_JUMP_IF_FALSE: case PY_OPC_POP_JUMP_IF_TRUE:
  case PY_OPC_JUMP_IF_FALSE_OR_POP: case PY_OPC_JUMP_IF_TRUE_OR_POP: case PY_OPC_FOR_ITER:
  case PY_OPC_SEND: case PY_OPC_SETUP_FINALLY: case PY_OPC_SETUP_CLEANUP:
    return true;
  }
  return false;
}

/* ---- constants and names ------------------------------------------------------------ */

/* Index of name in list (an interned str list), appending it if absent. */
static int list_index(compiler *c, py_object *list, py_object *name) {
  py_ssize n = PY_LIST_SIZE(list);
  for (py_ssize i = 0; i < n; i++)
    if (py_str_equal(PY_LIST_ITEMS(list)[i], name)) return (int)i;
  if (py_list_append(list, name) < 0) return c_nomem(c);
  return (int)n;
}

static int name_index(compiler *c, py_object *list, const char *name) {
  py_object *s = py_str_intern_cstr(name);
  if (!s) return c_nomem(c);
  int i = list_index(c, list, s);
  py_decref(s);
  return i;
}

static bool same_const(py_object *a, py_object *b) {
  if (a == b) return true;
  if (PY_TYPE(a) != PY_TYPE(b)) return false;
  if (PY_TYPE(a) == &py_str_type) return py_str_equal(a, b);
  if (PY_TYPE(a) == &py_int_type)
    return PY_INT_IS_SMALL(a) && PY_INT_IS_SMALL(b) && PY_INT_SMALL(a) == PY_INT_SMALL(b);
  if (PY_TYPE(a) == &py_float_type)
    return memcmp(&((py_float_object *)a)->value, &((py_float_object *)b)->value,
                  sizeof(double)) == 0;
  if (PY_TYPE(a) == &py_complex_type) /* bit for bit, so 0j and -0j stay apart */
    return memcmp(&PY_COMPLEX_VALUE(a), &PY_COMPLEX_VALUE(b), sizeof(py_cdouble)) == 0;
  return false;
}

/* Adds a constant (steals o). Returns its index. */
static int add_const(compiler *c, py_object *o) {
  if (!o) return c_nomem(c);
  /* Equal strings are one object across the whole compilation, as with CPython's
   * constant cache: `s is "not found"` holds for the "not found" of another function. */
  if (PY_IS_TYPE(o, &py_str_type)) {
    py_object *seen = (c->strs || (c->strs = py_dict_new())) ? py_dict_get(c->strs, o) : NULL;
    if (seen) {
      py_decref(o);
      o = py_newref(seen);
    } else if (!c->strs || py_dict_set(c->strs, o, o) < 0) {
      py_decref(o);
      return c_nomem(c);
    }
  }
  py_object *l = c->u->consts;
  py_ssize n = PY_LIST_SIZE(l);
  for (py_ssize i = 0; i < n; i++) {
    if (same_const(PY_LIST_ITEMS(l)[i], o)) {
      py_decref(o);
      return (int)i;
    }
  }
  int rc = py_list_append(l, o);
  py_decref(o);
  if (rc < 0) return c_nomem(c);
  return (int)n;
}

static int load_const(compiler *c, py_object *o) {
  int i = add_const(c, o);
  CHECK(i);
  return emit(c, PY_OPC_LOAD_CONST, i);
}

static py_object *const_object(const py_ast_constant *k) {
  switch (k->kind) {
  case PY_CONST_None: return py_newref(PY_NONE);
  case PY_CONST_True: return py_newref(PY_TRUE);
  case PY_CONST_False: return py_newref(PY_FALSE);
  case PY_CONST_Ellipsis: return py_newref(PY_ELLIPSIS);
  case PY_CONST_int: return py_int_from_string(k->digits, strlen(k->digits), k->base);
  case PY_CONST_float: return py_float_from_double(k->f);
  case PY_CONST_complex: return py_complex_from_doubles(0.0, k->f);
  case PY_CONST_str: {
    /* A constant made only of ASCII letters, digits and underscores is interned, as
     * CPython's are: `answer is "skip"` holds for the "skip" of another function. */
    py_object *o = py_str_from_utf8(k->bytes, k->len);
    size_t i = 0;
    while (i < k->len && (isalnum((unsigned char)k->bytes[i]) || k->bytes[i] == '_')) i++;
    if (o && i == k->len) py_str_intern(&o);
    return o;
  }
  case PY_CONST_bytes: return py_bytes_from(k->bytes, k->len);
  }
  return NULL;
}

/* CPython's name mangling of __private names inside a class (py_ast_mangle). */
static const char *mangle(compiler *c, const char *name) {
  unit *u = c->u;
  while (u && !u->is_class) u = u->parent;
  if (!u) return name;
  const char *m = py_ast_mangle(c->arena, u->ste->name, name);
  return m ? m : name;
}

/* ---- names -------------------------------------------------------------------------- */

static int deref_index(compiler *c, const char *name) {
  unit *u = c->u;
  py_object *s = py_str_intern_cstr(name);
  if (!s) return c_nomem(c);
  py_ssize nc = PY_LIST_SIZE(u->cellvars);
  for (py_ssize i = 0; i < nc; i++)
    if (py_str_equal(PY_LIST_ITEMS(u->cellvars)[i], s)) { py_decref(s); return (int)i; }
  py_ssize nf = PY_LIST_SIZE(u->freevars);
  for (py_ssize i = 0; i < nf; i++)
    if (py_str_equal(PY_LIST_ITEMS(u->freevars)[i], s)) {
      py_decref(s);
      return (int)(nc + i);
    }
  py_decref(s);
  return -1;
}

static int compile_name(compiler *c, const char *name0, py_ast_expr_context ctx) {
  unit *u = c->u;
  const char *name = mangle(c, name0);
  py_sym *y = py_st_find(u->ste, name);
  int scope = y ? y->scope : 0;
  bool fn = u->ste->kind == PY_ST_FUNCTION;
  if (u->is_class && strcmp(name, "__class__") == 0 && u->ste->needs_class_cell)
    scope = PY_SYM_CELL;
  if (scope == PY_SYM_FREE || scope == PY_SYM_CELL) {
    int i = deref_index(c, name);
    if (i < 0) return c_error(c, u->lineno, 0, "internal error: no cell for a free name");
    if (ctx == PY_CTX_Load)
      return emit(c, u->is_class ? PY_OPC_LOAD_CLASSDEREF : PY_OPC_LOAD_DEREF, i);
    return emit(c, ctx == PY_CTX_Store ? PY_OPC_STORE_DEREF : PY_OPC_DELETE_DEREF, i);
  }
  if (scope == PY_SYM_LOCAL && fn) {
    int i = name_index(c, u->varnames, name);
    CHECK(i);
    if (ctx == PY_CTX_Load) return emit(c, PY_OPC_LOAD_FAST, i);
    return emit(c, ctx == PY_CTX_Store ? PY_OPC_STORE_FAST : PY_OPC_DELETE_FAST, i);
  }
  int i = name_index(c, u->names, name);
  CHECK(i);
  bool global = scope == PY_SYM_GLOBAL_EXPLICIT || (scope == PY_SYM_GLOBAL_IMPLICIT && fn);
  if (!y && fn) global = true;
  if (global) {
    if (ctx == PY_CTX_Load) return emit(c, PY_OPC_LOAD_GLOBAL, i);
    return emit(c, ctx == PY_CTX_Store ? PY_OPC_STORE_GLOBAL : PY_OPC_DELETE_GLOBAL, i);
  }
  if (ctx == PY_CTX_Load) return emit(c, PY_OPC_LOAD_NAME, i);
  return emit(c, ctx == PY_CTX_Store ? PY_OPC_STORE_NAME : PY_OPC_DELETE_NAME, i);
}

static int name_op(compiler *c, int op, const char *name) {
  int i = name_index(c, c->u->names, mangle(c, name));
  CHECK(i);
  return emit(c, op, i);
}

/* ---- unit lifetime ------------------------------------------------------------------ */

static void unit_free(unit *u) {
  py_mem_free(u->code, (size_t)u->cap * sizeof(uint32_t));
  py_mem_free(u->lines, (size_t)u->cap * sizeof(int32_t));
  py_mem_free(u->endlines, (size_t)u->cap * sizeof(int32_t));
  py_mem_free(u->cols, (size_t)u->cap * sizeof(int32_t));
  py_mem_free(u->endcols, (size_t)u->cap * sizeof(int32_t));
  py_mem_free(u->labels, (size_t)u->caplabels * sizeof(int));
  py_xdecref(u->consts);
  py_xdecref(u->names);
  py_xdecref(u->varnames);
  py_xdecref(u->cellvars);
  py_xdecref(u->freevars);
  py_xdecref(u->qualname);
  py_mem_free(u, sizeof *u);
}

/* Parameter names are mangled inside a class (`def f(self, __p)` has `_A__p`), as
 * CPython does and as the symbol table records them. */
static int add_params(compiler *c, py_ast_arguments *a) {
  unit *u = c->u;
  for (size_t i = 0; i < a->posonlyargs.len; i++)
    CHECK(name_index(c, u->varnames, mangle(c, a->posonlyargs.items[i]->arg)));
  for (size_t i = 0; i < a->args.len; i++)
    CHECK(name_index(c, u->varnames, mangle(c, a->args.items[i]->arg)));
  for (size_t i = 0; i < a->kwonlyargs.len; i++)
    CHECK(name_index(c, u->varnames, mangle(c, a->kwonlyargs.items[i]->arg)));
  if (a->vararg) CHECK(name_index(c, u->varnames, mangle(c, a->vararg->arg)));
  if (a->kwarg) CHECK(name_index(c, u->varnames, mangle(c, a->kwarg->arg)));
  u->posonly = (int)a->posonlyargs.len;
  u->argcount = (int)(a->posonlyargs.len + a->args.len);
  u->kwonly = (int)a->kwonlyargs.len;
  if (a->vararg) u->flags |= PY_CO_VARARGS;
  if (a->kwarg) u->flags |= PY_CO_VARKEYWORDS;
  return 0;
}

static py_object *make_qualname(compiler *c, const char *name) {
  unit *p = c->u;
  if (p && p->ste->kind != PY_ST_MODULE) {
    /* Names global in the enclosing scope get a bare qualname. */
    py_sym *y = py_st_find(p->ste, name);
    bool global = y && y->scope == PY_SYM_GLOBAL_EXPLICIT;
    if (!global) {
      if (p->ste->kind == PY_ST_FUNCTION)
        return py_str_format("%U.<locals>.%s", p->qualname, name);
      return py_str_format("%U.%s", p->qualname, name);
    }
  }
  return py_str_from_cstr(name);
}

static int enter_unit(compiler *c, const void *node, const char *name, int lineno) {
  py_st_scope *ste = py_symtable_lookup(&c->st, node);
  if (!ste) return c_error(c, lineno, 0, "internal error: scope not found");
  unit *u = py_mem_calloc(sizeof *u);
  if (!u) return c_nomem(c);
  u->ste = ste;
  u->lineno = u->firstlineno = lineno;
  u->endlineno = lineno;
  u->col = u->endcol = -1;
  u->consts = py_list_new(0);
  u->names = py_list_new(0);
  u->varnames = py_list_new(0);
  u->cellvars = py_list_new(0);
  u->freevars = py_list_new(0);
  u->qualname = ste->kind == PY_ST_MODULE ? py_str_from_cstr(name) : make_qualname(c, name);
  u->is_class = ste->kind == PY_ST_CLASS;
  if (!u->consts || !u->names || !u->varnames || !u->cellvars || !u->freevars ||
      !u->qualname) {
    unit_free(u);
    return c_nomem(c);
  }
  u->parent = c->u;
  c->u = u;
  if (ste->kind == PY_ST_FUNCTION) u->flags |= PY_CO_OPTIMIZED | PY_CO_NESTED;
  if (ste->generator && ste->coroutine) u->flags |= PY_CO_ASYNC_GENERATOR;
  else if (ste->generator) u->flags |= PY_CO_GENERATOR;
  else if (ste->coroutine) u->flags |= PY_CO_COROUTINE;
  u->in_async = ste->coroutine;
  /* Cells: names of this scope captured by nested ones; frees: names from outside. */
  if (u->is_class && ste->needs_class_cell) CHECK(name_index(c, u->cellvars, "__class__"));
  for (int i = 0; i < ste->nsyms; i++) {
    if (ste->syms[i].scope == PY_SYM_CELL)
      CHECK(name_index(c, u->cellvars, ste->syms[i].name));
  }
  for (int i = 0; i < ste->nsyms; i++) {
    py_sym *y = &ste->syms[i];
    if (y->scope == PY_SYM_FREE || (u->is_class && (y->flags & PY_DEF_FREE_CLASS)))
      CHECK(name_index(c, u->freevars, y->name));
  }
  return 0;
}

static int resolve_labels(compiler *c) {
  unit *u = c->u;
  for (int i = 0; i < u->n; i++) {
    int op = PY_OPCODE(u->code[i]);
    if (is_jump(op)) {
      int target = u->labels[PY_OPARG(u->code[i])];
      if (target < 0) return c_error(c, u->lineno, 0, "internal error: unplaced label");
      u->code[i] = PY_INSTR(op, target);
    }
  }
  return 0;
}

/* Stack effect of an instruction, on the fall-through (jump = 0) or jump edge. */
static int stack_effect(int op, int arg, int jump) {
  switch (op) {
  case PY_OPC_NOP: case PY_OPC_SWAP: case PY_OPC_DELETE_FAST: case PY_OPC_DELETE_DEREF:
  case PY_OPC_DELETE_NAME: case PY_OPC_DELETE_GLOBAL: case PY_OPC_LOAD_ATTR:
  case PY_OPC_UNARY_NEGATIVE: case PY_OPC_UNARY_POSITIVE: case PY_OPC_UNARY_NOT:
  case PY_OPC_UNARY_INVERT: case PY_OPC_LIST_TO_TUPLE: case PY_OPC_JUMP:
  case PY_OPC_GET_ITER: case PY_OPC_YIELD_VALUE: case PY_OPC_GET_AWAITABLE:
  case PY_OPC_GET_YIELD_FROM_ITER: case PY_OPC_POP_BLOCK: case PY_OPC_CHECK_EXC_MATCH:
  case PY_OPC_CHECK_EG_MATCH: case PY_OPC_GET_AITER: case PY_OPC_SETUP_ANNOTATIONS:
  case PY_OPC_ASYNC_GEN_WRAP: case PY_OPC_ROT_N:
    return 0;
  case PY_OPC_MATCH_SEQUENCE: case PY_OPC_MATCH_MAPPING: case PY_OPC_GET_LEN:
  case PY_OPC_MATCH_KEYS:
    return 1;
  case PY_OPC_MATCH_CLASS: return -2;
  case PY_OPC_POP_TOP: case PY_OPC_STORE_FAST: case PY_OPC_STORE_DEREF:
  case PY_OPC_STORE_NAME: case PY_OPC_STORE_GLOBAL: case PY_OPC_DELETE_ATTR:
  case PY_OPC_BINARY_OP: case PY_OPC_COMPARE_OP: case PY_OPC_IS_OP: case PY_OPC_CONTAINS_OP:
  case PY_OPC_BINARY_SUBSCR: case PY_OPC_LIST_APPEND: case PY_OPC_SET_ADD:
  case PY_OPC_LIST_EXTEND: case PY_OPC_SET_UPDATE: case PY_OPC_DICT_UPDATE:
  case PY_OPC_DICT_MERGE: case PY_OPC_POP_JUMP_IF_FALSE: case PY_OPC_POP_JUMP_IF_TRUE:
  case PY_OPC_RETURN_VALUE: case PY_OPC_POP_EXCEPT: case PY_OPC_RERAISE:
  case PY_OPC_IMPORT_NAME: case PY_OPC_IMPORT_STAR: case PY_OPC_STORE_ANNOTATION:
  case PY_OPC_PREP_RERAISE_STAR: case PY_OPC_PRINT_EXPR:
    return -1;
  case PY_OPC_COPY: case PY_OPC_PUSH_NULL: case PY_OPC_LOAD_CONST: case PY_OPC_LOAD_FAST:
  case PY_OPC_LOAD_FAST_CHECKED: case PY_OPC_LOAD_DEREF: case PY_OPC_LOAD_CLOSURE:
  case PY_OPC_LOAD_CLASSDEREF: case PY_OPC_LOAD_NAME: case PY_OPC_LOAD_GLOBAL:
  case PY_OPC_LOAD_METHOD: case PY_OPC_PUSH_EXC_INFO: case PY_OPC_BEFORE_WITH:
  case PY_OPC_BEFORE_ASYNC_WITH: case PY_OPC_WITH_EXCEPT_START: case PY_OPC_GET_ANEXT:
  case PY_OPC_IMPORT_FROM: case PY_OPC_LOAD_BUILD_CLASS: case PY_OPC_LOAD_ASSERTION_ERROR:
    return 1;
  case PY_OPC_STORE_ATTR: case PY_OPC_DELETE_SUBSCR: case PY_OPC_MAP_ADD:
  case PY_OPC_POP_EXCEPT_AND_RERAISE: case PY_OPC_END_ASYNC_FOR:
    return -2;
  case PY_OPC_STORE_SUBSCR: return -3;
  case PY_OPC_BUILD_SLICE: case PY_OPC_BUILD_TUPLE: case PY_OPC_BUILD_LIST:
  case PY_OPC_BUILD_SET: case PY_OPC_BUILD_STRING:
    return 1 - arg;
  case PY_OPC_BUILD_MAP: return 1 - 2 * arg;
  case PY_OPC_FORMAT_VALUE: return (arg & PY_FV_HAVE_SPEC) ? -1 : 0;
  case PY_OPC_UNPACK_SEQUENCE: return arg - 1;
  case PY_OPC_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
  case PY_OPC_JUMP_IF_FALSE_OR_POP: case PY_OPC_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
  case PY_OPC_FOR_ITER: return jump ? -1 : 1;
  case PY_OPC_CALL: return -arg - 1;
  case PY_OPC_CALL_KW: return -arg - 2;
  case PY_OPC_CALL_EX: return (arg & 1) ? -3 : -2;
  case PY_OPC_MAKE_FUNCTION:
    return -1 - !!(arg & PY_MF_DEFAULTS) - !!(arg & PY_MF_KWDEFAULTS) -
           !!(arg & PY_MF_ANNOTATIONS) - !!(arg & PY_MF_CLOSURE);
  case PY_OPC_SEND: return jump ? -1 : 0;
  case PY_OPC_SETUP_FINALLY: return jump ? 1 : 0;
  case PY_OPC_SETUP_CLEANUP: return 0;
  case PY_OPC_RAISE_VARARGS: return -arg;
  case PY_OPC_WITH_EXIT_NORMAL: return arg ? 0 : -1;
  }
  return 0;
}

static bool no_fallthrough(int op) {
  return op == PY_OPC_JUMP || op == PY_OPC_RETURN_VALUE || op == PY_OPC_RERAISE ||
         op == PY_OPC_POP_EXCEPT_AND_RERAISE || op == PY_OPC_RAISE_VARARGS;
}

static int compute_stacksize(compiler *c) {
  unit *u = c->u;
  int *depth = py_mem_alloc((size_t)(u->n + 1) * sizeof(int));
  int capwork = u->n + 1;
  int *work = py_mem_alloc((size_t)capwork * sizeof(int));
  if (!depth || !work) {
    py_mem_free(depth, (size_t)(u->n + 1) * sizeof(int));
    py_mem_free(work, (size_t)(u->n + 1) * sizeof(int));
    return c_nomem(c);
  }
  for (int i = 0; i <= u->n; i++) depth[i] = -1;
  int nwork = 0, maxd = 0;
  depth[0] = 0;
  work[nwork++] = 0;
  while (nwork > 0) {
    int i = work[--nwork];
    int d = depth[i];
    for (; i < u->n; i++) {
      int op = PY_OPCODE(u->code[i]), arg = PY_OPARG(u->code[i]);
      if (is_jump(op)) {
        int jd = d + stack_effect(op, arg, 1);
        if (jd > maxd) maxd = jd;
        if (depth[arg] < jd) {
          depth[arg] = jd;
          if (nwork >= capwork) {
            /* A target reached again with a deeper stack is queued again. */
            int *nw = py_mem_realloc(work, (size_t)capwork * sizeof(int),
                                     (size_t)capwork * 2 * sizeof(int));
            if (!nw) {
              py_mem_free(depth, (size_t)(u->n + 1) * sizeof(int));
              py_mem_free(work, (size_t)capwork * sizeof(int));
              return c_nomem(c);
            }
            work = nw;
            capwork *= 2;
          }
          work[nwork++] = arg;
        }
      }
      d += stack_effect(op, arg, 0);
      if (d > maxd) maxd = d;
      if (maxd > 100000 || d < 0) {
        /* An unbalanced loop body would make this diverge: a compiler bug. */
        py_mem_free(depth, (size_t)(u->n + 1) * sizeof(int));
        py_mem_free(work, (size_t)capwork * sizeof(int));
        return c_error(c, u->lineno, 0, "internal error: unbalanced stack");
      }
      if (no_fallthrough(op)) break;
      if (i + 1 <= u->n && depth[i + 1] >= d) break;
      if (i + 1 <= u->n) depth[i + 1] = d;
    }
  }
  py_mem_free(depth, (size_t)(u->n + 1) * sizeof(int));
  py_mem_free(work, (size_t)capwork * sizeof(int));
  return maxd + 2;
}

static py_object *list_to_tuple(py_object *l) {
  return py_tuple_from_array(PY_LIST_ITEMS(l), PY_LIST_SIZE(l));
}

/* Finishes the current unit into a code object and returns to the parent unit. */
static py_code *leave_unit(compiler *c, const char *name) {
  unit *u = c->u;
  py_code *co = NULL;
  if (c->failed) goto done;
  /* Every code object ends with `return None`: falling off the end returns None, and a
   * label placed after the last statement needs an instruction to point at. */
  if (load_const(c, py_newref(PY_NONE)) < 0 || emit(c, PY_OPC_RETURN_VALUE, 0) < 0)
    goto done;
  if (resolve_labels(c) < 0) goto done;
  int stacksize = compute_stacksize(c);
  if (stacksize < 0) goto done;
  /* Locals: every local name of a function gets a fast slot. */
  if (u->ste->kind == PY_ST_FUNCTION) {
    for (int i = 0; i < u->ste->nsyms; i++)
      if (u->ste->syms[i].scope == PY_SYM_LOCAL && name_index(c, u->varnames,
                                                               u->ste->syms[i].name) < 0)
        goto done;
  }
  co = (py_code *)py_type_alloc(&py_code_type, 0);
  if (!co) { c_nomem(c); goto done; }
  co->instrs = py_mem_alloc((size_t)u->n * sizeof(uint32_t));
  co->lines = py_mem_alloc((size_t)u->n * sizeof(int32_t));
  co->endlines = py_mem_alloc((size_t)u->n * sizeof(int32_t));
  co->cols = py_mem_alloc((size_t)u->n * sizeof(int32_t));
  co->endcols = py_mem_alloc((size_t)u->n * sizeof(int32_t));
  co->ninstrs = u->n;
  co->flags = u->flags;
  co->argcount = u->argcount;
  co->posonlyargcount = u->posonly;
  co->kwonlyargcount = u->kwonly;
  co->nlocals = (int)PY_LIST_SIZE(u->varnames);
  co->ncells = (int)PY_LIST_SIZE(u->cellvars);
  co->nfrees = (int)PY_LIST_SIZE(u->freevars);
  co->stacksize = stacksize;
  /* Each SETUP_* pushes one block and the compiler pops it on every path out of its
   * region, so the block stack is never deeper than the number of SETUP_*s. */
  co->maxblocks = 0;
  for (int i = 0; i < u->n; i++) {
    int op = (int)PY_OPCODE(u->code[i]);
    if ((op == PY_OPC_SETUP_FINALLY || op == PY_OPC_SETUP_CLEANUP) && co->maxblocks < PY_MAX_BLOCKS)
      co->maxblocks++;
  }
  co->firstlineno = u->firstlineno;
  co->cell2arg = co->ncells ? py_mem_alloc((size_t)co->ncells * sizeof(int)) : NULL;
  co->consts = list_to_tuple(u->consts);
  co->names = list_to_tuple(u->names);
  co->varnames = list_to_tuple(u->varnames);
  co->cellvars = list_to_tuple(u->cellvars);
  co->freevars = list_to_tuple(u->freevars);
  co->name = py_str_from_cstr(name);
  co->qualname = py_newref(u->qualname);
  co->filename = py_str_from_cstr(c->filename);
  if (!co->instrs || !co->lines || !co->endlines || !co->cols || !co->endcols || (co->ncells && !co->cell2arg) || !co->consts ||
      !co->names || !co->varnames || !co->cellvars || !co->freevars || !co->name ||
      !co->filename) {
    py_decref((py_object *)co);
    co = NULL;
    c_nomem(c);
    goto done;
  }
  memcpy(co->instrs, u->code, (size_t)u->n * sizeof(uint32_t));
  memcpy(co->lines, u->lines, (size_t)u->n * sizeof(int32_t));
  memcpy(co->endlines, u->endlines, (size_t)u->n * sizeof(int32_t));
  memcpy(co->cols, u->cols, (size_t)u->n * sizeof(int32_t));
  memcpy(co->endcols, u->endcols, (size_t)u->n * sizeof(int32_t));
  int nparams = co->argcount + co->kwonlyargcount + !!(co->flags & PY_CO_VARARGS) +
                !!(co->flags & PY_CO_VARKEYWORDS);
  for (int i = 0; i < co->ncells; i++) {
    co->cell2arg[i] = -1;
    for (int j = 0; j < nparams; j++)
      if (py_str_equal(PY_TUPLE_ITEMS(co->cellvars)[i], PY_TUPLE_ITEMS(co->varnames)[j]))
        co->cell2arg[i] = j;
  }
done:
  c->u = u->parent;
  unit_free(u);
  return co;
}

/* ---- frame blocks ------------------------------------------------------------------- */

static int push_fb(compiler *c, enum fb_type t, int cont, int exit,
                   py_ast_stmt_seq *finalbody) {
  unit *u = c->u;
  /* Reported at the statement being compiled, as CPython does. */
  if (u->nfb >= MAX_FBLOCKS)
    return c_error_at(c, u->lineno, u->col, u->endlineno, u->endcol,
                      "too many statically nested blocks");
  u->fb[u->nfb++] = (fblock){t, cont, exit, finalbody};
  return 0;
}

static void pop_fb(compiler *c) { c->u->nfb--; }

/* push_fb for the body of except clause h: a failure is reported at the clause. */
static int push_handler_fb(compiler *c, enum fb_type t, py_ast_excepthandler *h) {
  if (c->u->nfb >= MAX_FBLOCKS)
    return c_error_at(c, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset,
                      "too many statically nested blocks");
  return push_fb(c, t, -1, -1, NULL);
}

static int compile_stmts(compiler *c, py_ast_stmt_seq seq);
static int compile_expr(compiler *c, py_ast_expr *e);
static int compile_expr_at(compiler *c, py_ast_expr *e);
static int compile_await_loop(compiler *c);

/* Emits what leaving block fb early needs; preserve: a value on top must survive. */
static int unwind_fb(compiler *c, fblock *fb, bool preserve) {
  switch (fb->type) {
  case FB_WHILE:
  case FB_EXCEPTION_HANDLER: return 0;
  case FB_EXCEPT_STAR_BODY: return emit(c, PY_OPC_POP_BLOCK, 0);
  case FB_FOR:
  case FB_ASYNC_FOR:
    if (preserve) CHECK(emit(c, PY_OPC_SWAP, 2));
    return emit(c, PY_OPC_POP_TOP, 0);
  case FB_TRY_EXCEPT: return emit(c, PY_OPC_POP_BLOCK, 0);
  case FB_FINALLY_TRY: {
    CHECK(emit(c, PY_OPC_POP_BLOCK, 0));
    /* Run the finally body with this block popped, so a return inside it does not
     * run it again. */
    fblock saved = *fb;
    unit *u = c->u;
    int idx = (int)(fb - u->fb);
    fblock *tmp = py_mem_alloc(sizeof(fblock) * (size_t)(u->nfb - idx));
    if (!tmp) return c_nomem(c);
    int ntail = u->nfb - idx - 1;
    memcpy(tmp, &u->fb[idx + 1], sizeof(fblock) * (size_t)ntail);
    int savednfb = u->nfb;
    u->nfb = idx;
    int rc = compile_stmts(c, *saved.finalbody);
    u->nfb = savednfb;
    memcpy(&u->fb[idx + 1], tmp, sizeof(fblock) * (size_t)ntail);
    u->fb[idx] = saved;
    py_mem_free(tmp, sizeof(fblock) * (size_t)(ntail + 1));
    return rc;
  }
  case FB_FINALLY_END:
    CHECK(emit(c, PY_OPC_POP_BLOCK, 0));
    if (preserve) {
      CHECK(emit(c, PY_OPC_SWAP, 2));
      CHECK(emit(c, PY_OPC_POP_TOP, 0));
      CHECK(emit(c, PY_OPC_SWAP, 2));
    } else {
      CHECK(emit(c, PY_OPC_POP_TOP, 0));
    }
    return emit(c, PY_OPC_POP_EXCEPT, 0);
  case FB_HANDLER_CLEANUP:
    CHECK(emit(c, PY_OPC_POP_BLOCK, 0));
    if (preserve) CHECK(emit(c, PY_OPC_SWAP, 2));
    return emit(c, PY_OPC_POP_EXCEPT, 0);
  case FB_WITH:
  case FB_ASYNC_WITH:
    CHECK(emit(c, PY_OPC_POP_BLOCK, 0));
    if (preserve) CHECK(emit(c, PY_OPC_SWAP, 2));
    if (fb->type == FB_WITH) return emit(c, PY_OPC_WITH_EXIT_NORMAL, 0);
    CHECK(emit(c, PY_OPC_WITH_EXIT_NORMAL, 1));
    CHECK(emit(c, PY_OPC_GET_AWAITABLE, 0));
    CHECK(load_const(c, py_newref(PY_NONE)));
    CHECK(compile_await_loop(c));
    return emit(c, PY_OPC_POP_TOP, 0);
  }
  return 0;
}

/* ---- expressions -------------------------------------------------------------------- */

static int compile_exprs(compiler *c, py_ast_expr_seq seq) {
  for (size_t i = 0; i < seq.len; i++) CHECK(compile_expr(c, seq.items[i]));
  return 0;
}

/* The SEND/YIELD loop of `await` and `yield from`: [receiver, value] -> [result]. */
static int compile_await_loop(compiler *c) {
  int loop = new_label(c), exit = new_label(c);
  CHECK(loop);
  CHECK(exit);
  place(c, loop);
  CHECK(emit_jump(c, PY_OPC_SEND, exit));
  CHECK(emit(c, PY_OPC_YIELD_VALUE, 0));
  CHECK(emit_jump(c, PY_OPC_JUMP, loop));
  place(c, exit);
  return 0;
}

static bool has_starred(py_ast_expr_seq seq) {
  for (size_t i = 0; i < seq.len; i++)
    if (seq.items[i]->kind == PY_EXPR_Starred) return true;
  return false;
}

/* Builds a list, set or tuple from elements that may be starred. */
static bool all_constants(py_ast_expr_seq elts) {
  for (size_t i = 0; i < elts.len; i++)
    if (elts.items[i]->kind != PY_EXPR_Constant ||
        elts.items[i]->v.Constant.value.kind == PY_CONST_complex)
      return false;
  return true;
}

static int compile_collection(compiler *c, py_ast_expr_seq elts, int kind) {
  if (kind == 0 && elts.len >= 3 && all_constants(elts)) {
    /* As CPython's optimizer does: [1, 2, 3] extends an empty list by a constant tuple,
     * which allocates it as CPython does (sys.getsizeof shows it). */
    py_object *t = py_tuple_new((py_ssize)elts.len);
    if (!t) return c_nomem(c);
    for (size_t i = 0; i < elts.len; i++) {
      py_object *v = const_object(&elts.items[i]->v.Constant.value);
      if (!v) { py_decref(t); return c_nomem(c); }
      PY_TUPLE_ITEMS(t)[i] = v;
    }
    CHECK(emit(c, PY_OPC_BUILD_LIST, 0));
    CHECK(load_const(c, t));
    return emit(c, PY_OPC_LIST_EXTEND, 1);
  }
  if (kind == 2 && elts.len >= 3 && all_constants(elts)) {
    /* As CPython's optimizer does: {1, 2, 3} is set().update(frozenset constant), which
     * decides the iteration order of the result. */
    py_object *t = py_tuple_new((py_ssize)elts.len);
    if (!t) return c_nomem(c);
    for (size_t i = 0; i < elts.len; i++) {
      py_object *v = const_object(&elts.items[i]->v.Constant.value);
      if (!v) { py_decref(t); return c_nomem(c); }
      PY_TUPLE_ITEMS(t)[i] = v;
    }
    py_object *fs = py_frozenset_new(t);
    py_decref(t);
    if (!fs) return c_nomem(c);
    CHECK(emit(c, PY_OPC_BUILD_SET, 0));
    CHECK(load_const(c, fs));
    return emit(c, PY_OPC_SET_UPDATE, 1);
  }
  if (!has_starred(elts)) {
    CHECK(compile_exprs(c, elts));
    int op = kind == 0 ? PY_OPC_BUILD_LIST : kind == 1 ? PY_OPC_BUILD_TUPLE : PY_OPC_BUILD_SET;
    return emit(c, op, (int)elts.len);
  }
  CHECK(emit(c, kind == 2 ? PY_OPC_BUILD_SET : PY_OPC_BUILD_LIST, 0));
  for (size_t i = 0; i < elts.len; i++) {
    py_ast_expr *e = elts.items[i];
    if (e->kind == PY_EXPR_Starred) {
      CHECK(compile_expr(c, e->v.Starred.value));
      CHECK(emit(c, kind == 2 ? PY_OPC_SET_UPDATE : PY_OPC_LIST_EXTEND, 1));
    } else {
      CHECK(compile_expr(c, e));
      CHECK(emit(c, kind == 2 ? PY_OPC_SET_ADD : PY_OPC_LIST_APPEND, 1));
    }
  }
  if (kind == 1) CHECK(emit(c, PY_OPC_LIST_TO_TUPLE, 0));
  return 0;
}

static int compile_dict(compiler *c, py_ast_expr *e) {
  py_ast_expr_seq keys = e->v.Dict.keys, values = e->v.Dict.values;
  bool spread = false;
  for (size_t i = 0; i < keys.len; i++)
    if (!keys.items[i]) spread = true;
  if (!spread) {
    for (size_t i = 0; i < keys.len; i++) {
      CHECK(compile_expr(c, keys.items[i]));
      CHECK(compile_expr(c, values.items[i]));
    }
    return emit(c, PY_OPC_BUILD_MAP, (int)keys.len);
  }
  CHECK(emit(c, PY_OPC_BUILD_MAP, 0));
  for (size_t i = 0; i < keys.len; i++) {
    if (!keys.items[i]) {
      CHECK(compile_expr(c, values.items[i]));
      CHECK(emit(c, PY_OPC_DICT_UPDATE, 1));
    } else {
      CHECK(compile_expr(c, keys.items[i]));
      CHECK(compile_expr(c, values.items[i]));
      CHECK(emit(c, PY_OPC_MAP_ADD, 1));
    }
  }
  return 0;
}

static int binop_index(py_ast_operator op) {
  switch (op) {
  case PY_OP_Add: return PY_OP_ADD;
  case PY_OP_Sub: return PY_OP_SUB;
  case PY_OP_Mult: return PY_OP_MUL;
  case PY_OP_MatMult: return PY_OP_MATMUL;
  case PY_OP_Div: return PY_OP_TRUEDIV;
  case PY_OP_Mod: return PY_OP_MOD;
  case PY_OP_Pow: return PY_OP_POW;
  case PY_OP_LShift: return PY_OP_LSHIFT;
  case PY_OP_RShift: return PY_OP_RSHIFT;
  case PY_OP_BitOr: return PY_OP_OR;
  case PY_OP_BitXor: return PY_OP_XOR;
  case PY_OP_BitAnd: return PY_OP_AND;
  case PY_OP_FloorDiv: return PY_OP_FLOORDIV;
  }
  return PY_OP_ADD;
}

static int compile_compare_op(compiler *c, int op) {
  switch (op) {
  case PY_CMP_Eq: return emit(c, PY_OPC_COMPARE_OP, PY_EQ);
  case PY_CMP_NotEq: return emit(c, PY_OPC_COMPARE_OP, PY_NE);
  case PY_CMP_Lt: return emit(c, PY_OPC_COMPARE_OP, PY_LT);
  case PY_CMP_LtE: return emit(c, PY_OPC_COMPARE_OP, PY_LE);
  case PY_CMP_Gt: return emit(c, PY_OPC_COMPARE_OP, PY_GT);
  case PY_CMP_GtE: return emit(c, PY_OPC_COMPARE_OP, PY_GE);
  case PY_CMP_Is: return emit(c, PY_OPC_IS_OP, 0);
  case PY_CMP_IsNot: return emit(c, PY_OPC_IS_OP, 1);
  case PY_CMP_In: return emit(c, PY_OPC_CONTAINS_OP, 0);
  case PY_CMP_NotIn: return emit(c, PY_OPC_CONTAINS_OP, 1);
  }
  return 0;
}

static int compile_compare(compiler *c, py_ast_expr *e) {
  size_t n = e->v.Compare.ops.len;
  py__syntax_warning_check(e, c->filename);
  CHECK(compile_expr(c, e->v.Compare.left));
  if (n == 1) {
    CHECK(compile_expr(c, e->v.Compare.comparators.items[0]));
    return compile_compare_op(c, e->v.Compare.ops.items[0]);
  }
  int cleanup = new_label(c), end = new_label(c);
  CHECK(cleanup);
  CHECK(end);
  for (size_t i = 0; i + 1 < n; i++) {
    CHECK(compile_expr(c, e->v.Compare.comparators.items[i]));
    CHECK(emit(c, PY_OPC_COPY, 1));
    CHECK(emit(c, PY_OPC_SWAP, 3));
    CHECK(emit(c, PY_OPC_SWAP, 2));
    CHECK(compile_compare_op(c, e->v.Compare.ops.items[i]));
    CHECK(emit_jump(c, PY_OPC_JUMP_IF_FALSE_OR_POP, cleanup));
  }
  CHECK(compile_expr(c, e->v.Compare.comparators.items[n - 1]));
  CHECK(compile_compare_op(c, e->v.Compare.ops.items[n - 1]));
  CHECK(emit_jump(c, PY_OPC_JUMP, end));
  place(c, cleanup);
  CHECK(emit(c, PY_OPC_SWAP, 2));
  CHECK(emit(c, PY_OPC_POP_TOP, 0));
  place(c, end);
  return 0;
}

/* Jumps to label when e's truth equals cond; otherwise falls through. */
static int compile_jump_if(compiler *c, py_ast_expr *e, bool cond, int label) {
  if (e->kind == PY_EXPR_UnaryOp && e->v.UnaryOp.op == PY_UNARY_Not)
    return compile_jump_if(c, e->v.UnaryOp.operand, !cond, label);
  if (e->kind == PY_EXPR_BoolOp) {
    bool is_or = e->v.BoolOp.op == PY_BOOLOP_Or;
    py_ast_expr_seq vs = e->v.BoolOp.values;
    if (is_or == cond) {
      /* or/jump-if-true and and/jump-if-false: any operand decides. */
      for (size_t i = 0; i < vs.len; i++) CHECK(compile_jump_if(c, vs.items[i], cond, label));
      return 0;
    }
    int skip = new_label(c);
    CHECK(skip);
    for (size_t i = 0; i + 1 < vs.len; i++)
      CHECK(compile_jump_if(c, vs.items[i], !cond, skip));
    CHECK(compile_jump_if(c, vs.items[vs.len - 1], cond, label));
    place(c, skip);
    return 0;
  }
  CHECK(compile_expr(c, e));
  return emit_jump(c, cond ? PY_OPC_POP_JUMP_IF_TRUE : PY_OPC_POP_JUMP_IF_FALSE, label);
}

static int compile_keywords_dict(compiler *c, py_ast_keyword_seq kws) {
  CHECK(emit(c, PY_OPC_BUILD_MAP, 0));
  for (size_t i = 0; i < kws.len; i++) {
    py_ast_keyword *k = kws.items[i];
    if (!k->arg) {
      CHECK(compile_expr(c, k->value));
      CHECK(emit(c, PY_OPC_DICT_MERGE, 1));
    } else {
      CHECK(load_const(c, py_str_intern_cstr(k->arg)));
      CHECK(compile_expr(c, k->value));
      CHECK(emit(c, PY_OPC_MAP_ADD, 1));
    }
  }
  return 0;
}

/* Arguments of a call whose callable (and self-or-NULL) are on the stack; extra: number
 * of positional arguments already pushed (the class name of __build_class__). */
/* "keyword argument repeated", as CPython's compiler reports it. */
static int check_keywords(compiler *c, py_ast_keyword_seq kws) {
  for (size_t i = 0; i < kws.len; i++) {
    if (!kws.items[i]->arg) continue;
    for (size_t j = i + 1; j < kws.len; j++) {
      py_ast_keyword *k = kws.items[j];
      if (k->arg && strcmp(k->arg, kws.items[i]->arg) == 0) {
        char msg[200];
        snprintf(msg, sizeof msg, "keyword argument repeated: %s", k->arg);
        c_error(c, k->lineno, k->col_offset, msg);
        c->err->end_lineno = k->end_lineno;
        c->err->end_offset = k->end_col_offset + 1;
        return -1;
      }
    }
  }
  return 0;
}

/* The general CALL_EX call: the `extra` values already on the stack and `args` (the
 * starred ones unpacked) gathered into one tuple, then the keywords' dict when there
 * are keywords. Calls that unpack and class statements with starred bases use it. */
static int compile_call_ex_list(compiler *c, py_ast_expr_seq args, py_ast_keyword_seq kws,
                                int extra) {
  CHECK(emit(c, PY_OPC_BUILD_LIST, extra));
  for (size_t i = 0; i < args.len; i++) {
    py_ast_expr *a = args.items[i];
    if (a->kind == PY_EXPR_Starred) {
      CHECK(compile_expr(c, a->v.Starred.value));
      CHECK(emit(c, PY_OPC_LIST_EXTEND, 1));
    } else {
      CHECK(compile_expr(c, a));
      CHECK(emit(c, PY_OPC_LIST_APPEND, 1));
    }
  }
  CHECK(emit(c, PY_OPC_LIST_TO_TUPLE, 0));
  if (kws.len) CHECK(compile_keywords_dict(c, kws));
  return emit(c, PY_OPC_CALL_EX, kws.len ? 1 : 0);
}

/* The arguments of a call that unpacks (*args or **kwargs): through CALL_EX. A
 * function of its own, so that V8 compiles it only for programs with such calls
 * (docs/performance.md, "Cold start (session 7)"). */
static int compile_unpacking_call_args(compiler *c, py_ast_expr_seq args,
                                       py_ast_keyword_seq kws, int extra) {
  if (extra == 0 && args.len == 1 && args.items[0]->kind == PY_EXPR_Starred) {
    /* f(*x): x goes to CALL_EX as is (it makes the tuple, naming f in errors). */
    CHECK(compile_expr(c, args.items[0]->v.Starred.value));
    if (kws.len == 1 && !kws.items[0]->arg) {
      CHECK(compile_expr(c, kws.items[0]->value));
      return emit(c, PY_OPC_CALL_EX, 1);
    }
    if (kws.len) CHECK(compile_keywords_dict(c, kws));
    return emit(c, PY_OPC_CALL_EX, kws.len ? 1 : 0);
  }
  if (extra == 0 && args.len == 0 && kws.len == 1 && !kws.items[0]->arg) {
    CHECK(load_const(c, py_tuple_new(0)));
    CHECK(compile_expr(c, kws.items[0]->value));
    return emit(c, PY_OPC_CALL_EX, 1);
  }
  return compile_call_ex_list(c, args, kws, extra);
}

static int compile_call_args(compiler *c, py_ast_expr_seq args, py_ast_keyword_seq kws,
                             int extra) {
  CHECK(check_keywords(c, kws));
  bool dyn = has_starred(args);
  for (size_t i = 0; i < kws.len; i++)
    if (!kws.items[i]->arg) dyn = true;
  if (dyn) return compile_unpacking_call_args(c, args, kws, extra);
  CHECK(compile_exprs(c, args));
  for (size_t i = 0; i < kws.len; i++) CHECK(compile_expr(c, kws.items[i]->value));
  int n = extra + (int)args.len + (int)kws.len;
  if (kws.len == 0) return emit(c, PY_OPC_CALL, n);
  py_object *names = py_tuple_new((py_ssize)kws.len);
  if (!names) return c_nomem(c);
  for (size_t i = 0; i < kws.len; i++) {
    py_object *s = py_str_intern_cstr(kws.items[i]->arg);
    if (!s) { py_decref(names); return c_nomem(c); }
    PY_TUPLE_ITEMS(names)[i] = s;
  }
  CHECK(load_const(c, names));
  return emit(c, PY_OPC_CALL_KW, n);
}

static int compile_call(compiler *c, py_ast_expr *e) {
  py_ast_expr *f = e->v.Call.func;
  py__syntax_warning_check(e, c->filename);
  /* Zero-argument super() becomes super(__class__, <first argument>). */
  if (f->kind == PY_EXPR_Name && strcmp(f->v.Name.id, "super") == 0 &&
      e->v.Call.args.len == 0 && e->v.Call.keywords.len == 0 &&
      c->u->ste->kind == PY_ST_FUNCTION && PY_LIST_SIZE(c->u->varnames) > 0 &&
      c->u->argcount + !!(c->u->flags & PY_CO_VARARGS) > 0 &&
      deref_index(c, "__class__") >= 0) {
    CHECK(compile_name(c, "super", PY_CTX_Load));
    CHECK(emit(c, PY_OPC_PUSH_NULL, 0));
    CHECK(emit(c, PY_OPC_LOAD_DEREF, deref_index(c, "__class__")));
    const char *first = PY_STR_DATA(PY_LIST_ITEMS(c->u->varnames)[0]);
    CHECK(compile_name(c, first, PY_CTX_Load));
    return emit(c, PY_OPC_CALL, 2);
  }
  bool dyn = has_starred(e->v.Call.args);
  for (size_t i = 0; i < e->v.Call.keywords.len; i++)
    if (!e->v.Call.keywords.items[i]->arg) dyn = true;
  if (f->kind == PY_EXPR_Attribute && !dyn) {
    CHECK(compile_expr(c, f->v.Attribute.value));
    /* LOAD_METHOD is placed on the attribute (its last line), as CPython 3.11 places
     * it: an AttributeError's carets underline `obj.name`, not the whole call. */
    unit *u = c->u;
    int save = u->lineno, save_end = u->endlineno, save_col = u->col, save_endcol = u->endcol;
    u->lineno = u->endlineno = f->end_lineno;
    u->col = f->lineno == f->end_lineno
                 ? f->col_offset
                 : f->end_col_offset - (int)strlen(f->v.Attribute.attr); /* the name alone */
    u->endcol = f->end_col_offset;
    CHECK(name_op(c, PY_OPC_LOAD_METHOD, f->v.Attribute.attr));
    u->lineno = save;
    u->endlineno = save_end;
    u->col = save_col;
    u->endcol = save_endcol;
  } else {
    CHECK(compile_expr(c, f));
    CHECK(emit(c, PY_OPC_PUSH_NULL, 0));
  }
  return compile_call_args(c, e->v.Call.args, e->v.Call.keywords, 0);
}

static int compile_store(compiler *c, py_ast_expr *t);

static int compile_unpack(compiler *c, py_ast_expr_seq elts, py_ast_expr *where) {
  size_t star = (size_t)-1;
  for (size_t i = 0; i < elts.len; i++) {
    if (elts.items[i]->kind == PY_EXPR_Starred) {
      if (star != (size_t)-1)
        return c_error_at(c, where->lineno, where->col_offset, where->end_lineno, where->end_col_offset,
                       "multiple starred expressions in assignment");
      star = i;
    }
  }
  if (star == (size_t)-1) {
    CHECK(emit(c, PY_OPC_UNPACK_SEQUENCE, (int)elts.len));
  } else {
    if (star >= 256 || elts.len - star - 1 >= 256)
      return c_error_at(c, where->lineno, where->col_offset, where->end_lineno, where->end_col_offset,
                     "too many expressions in star-unpacking assignment");
    CHECK(emit(c, PY_OPC_UNPACK_EX, (int)star | (int)((elts.len - star - 1) << 8)));
  }
  for (size_t i = 0; i < elts.len; i++) {
    py_ast_expr *t = elts.items[i];
    CHECK(compile_store(c, t->kind == PY_EXPR_Starred ? t->v.Starred.value : t));
  }
  return 0;
}

/* A saved source position of the unit (what the next instructions are placed at). */
typedef struct {
  int lineno, endlineno, col, endcol;
} src_pos;

/* Places the next instructions at expression e; returns the position to restore. */
static src_pos place_at(compiler *c, const py_ast_expr *e) {
  unit *u = c->u;
  src_pos saved = {u->lineno, u->endlineno, u->col, u->endcol};
  u->lineno = e->lineno;
  u->endlineno = e->end_lineno;
  u->col = e->col_offset;
  u->endcol = e->end_col_offset;
  return saved;
}

static void place_back(compiler *c, src_pos p) {
  c->u->lineno = p.lineno;
  c->u->endlineno = p.endlineno;
  c->u->col = p.col;
  c->u->endcol = p.endcol;
}

static int compile_store_at(compiler *c, py_ast_expr *t);

/* Stores the value on top of the stack into target t. The store is placed at the
 * target, as CPython 3.11 places it: `s[0] = 'x'` on a str underlines `s[0]`. */
static int compile_store(compiler *c, py_ast_expr *t) {
  src_pos p = place_at(c, t);
  int rc = compile_store_at(c, t);
  place_back(c, p);
  return rc;
}

static int compile_store_at(compiler *c, py_ast_expr *t) {
  switch (t->kind) {
  case PY_EXPR_Name: return compile_name(c, t->v.Name.id, PY_CTX_Store);
  case PY_EXPR_Attribute:
    CHECK(compile_expr(c, t->v.Attribute.value));
    return name_op(c, PY_OPC_STORE_ATTR, t->v.Attribute.attr);
  case PY_EXPR_Subscript:
    CHECK(compile_expr(c, t->v.Subscript.value));
    CHECK(compile_expr(c, t->v.Subscript.slice));
    return emit(c, PY_OPC_STORE_SUBSCR, 0);
  case PY_EXPR_Tuple: return compile_unpack(c, t->v.Tuple.elts, t);
  case PY_EXPR_List: return compile_unpack(c, t->v.List.elts, t);
  case PY_EXPR_Starred:
    return c_error_at(c, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset, "starred assignment target must be in a list or tuple");
  default:
    return c_error_at(c, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset, "cannot assign to expression");
  }
}

static int compile_function_object(compiler *c, const void *node, const char *name,
                                   py_ast_arguments *args, py_ast_stmt_seq *body,
                                   py_ast_expr *lambda_body, int lineno);
static int compile_annotations(compiler *c, py_ast_arguments *a, py_ast_expr *returns,
                               int *flags);
static int compile_annotation(compiler *c, py_ast_expr *e);

/* A comprehension: a nested function called with the first iterator. */
static int compile_comprehension_body(compiler *c, py_ast_expr *e,
                                      py_ast_comprehension_seq gens, size_t gi,
                                      py_ast_expr *elt, py_ast_expr *val, int depth) {
  py_ast_comprehension *g = gens.items[gi];
  int start = new_label(c), end = new_label(c), anext_end = -1;
  CHECK(start);
  CHECK(end);
  if (gi == 0) {
    CHECK(emit(c, PY_OPC_LOAD_FAST, 0));
  } else {
    CHECK(compile_expr(c, g->iter));
    CHECK(emit(c, g->is_async ? PY_OPC_GET_AITER : PY_OPC_GET_ITER, 0));
  }
  place(c, start);
  if (g->is_async) {
    anext_end = end;
    CHECK(emit_jump(c, PY_OPC_SETUP_FINALLY, end));
    CHECK(emit(c, PY_OPC_GET_ANEXT, 0));
    CHECK(load_const(c, py_newref(PY_NONE)));
    CHECK(compile_await_loop(c));
    CHECK(emit(c, PY_OPC_POP_BLOCK, 0));
  } else {
    CHECK(emit_jump(c, PY_OPC_FOR_ITER, end));
  }
  CHECK(compile_store(c, g->target));
  for (size_t i = 0; i < g->ifs.len; i++)
    CHECK(compile_jump_if(c, g->ifs.items[i], false, start));
  if (gi + 1 < gens.len) {
    CHECK(compile_comprehension_body(c, e, gens, gi + 1, elt, val, depth + 1));
  } else {
    switch (e->kind) {
    case PY_EXPR_GeneratorExp:
      CHECK(compile_expr(c, elt));
      if (c->u->flags & PY_CO_ASYNC_GENERATOR) CHECK(emit(c, PY_OPC_ASYNC_GEN_WRAP, 0));
      CHECK(emit(c, PY_OPC_YIELD_VALUE, 0));
      CHECK(emit(c, PY_OPC_POP_TOP, 0));
      break;
    case PY_EXPR_ListComp:
      CHECK(compile_expr(c, elt));
      CHECK(emit(c, PY_OPC_LIST_APPEND, depth + 1));
      break;
    case PY_EXPR_SetComp:
      CHECK(compile_expr(c, elt));
      CHECK(emit(c, PY_OPC_SET_ADD, depth + 1));
      break;
    default:
      CHECK(compile_expr(c, elt));
      CHECK(compile_expr(c, val));
      CHECK(emit(c, PY_OPC_MAP_ADD, depth + 1));
      break;
    }
  }
  CHECK(emit_jump(c, PY_OPC_JUMP, start));
  place(c, end);
  if (anext_end >= 0) CHECK(emit(c, PY_OPC_END_ASYNC_FOR, 0));
  return 0;
}

static int compile_comprehension(compiler *c, py_ast_expr *e, py_ast_comprehension_seq gens,
                                 py_ast_expr *elt, py_ast_expr *val) {
  const char *name = e->kind == PY_EXPR_ListComp ? "<listcomp>"
                     : e->kind == PY_EXPR_SetComp ? "<setcomp>"
                     : e->kind == PY_EXPR_DictComp ? "<dictcomp>" : "<genexpr>";
  bool outer_async = c->u->in_async;
  CHECK(enter_unit(c, e, name, e->lineno));
  unit *u = c->u;
  u->argcount = 1;
  CHECK(name_index(c, u->varnames, ".0"));
  bool is_async = u->ste->coroutine;
  if (is_async && e->kind != PY_EXPR_GeneratorExp && !outer_async) {
    leave_unit(c, name);
    return c_error_at(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                   "asynchronous comprehension outside of an asynchronous function");
  }
  if (e->kind == PY_EXPR_GeneratorExp && is_async) {
    u->flags &= ~(PY_CO_COROUTINE | PY_CO_GENERATOR);
    u->flags |= PY_CO_ASYNC_GENERATOR;
  }
  u->in_async = is_async || (outer_async && e->kind != PY_EXPR_GeneratorExp);
  int rc = 0;
  if (e->kind == PY_EXPR_ListComp) rc = emit(c, PY_OPC_BUILD_LIST, 0);
  else if (e->kind == PY_EXPR_SetComp) rc = emit(c, PY_OPC_BUILD_SET, 0);
  else if (e->kind == PY_EXPR_DictComp) rc = emit(c, PY_OPC_BUILD_MAP, 0);
  if (rc == 0)
    rc = compile_comprehension_body(c, e, gens, 0, elt, val,
                                    e->kind == PY_EXPR_GeneratorExp ? 0 : 1);
  if (rc == 0 && e->kind != PY_EXPR_GeneratorExp) rc = emit(c, PY_OPC_RETURN_VALUE, 0);
  py_code *co = leave_unit(c, name);
  if (rc < 0 || !co) {
    py_xdecref((py_object *)co);
    return -1;
  }
  /* Build the function (with its closure) and call it on iter(first iterable). */
  int flags = 0;
  if (co->nfrees > 0) {
    for (int i = 0; i < co->nfrees; i++) {
      int k = deref_index(c, PY_STR_DATA(PY_TUPLE_ITEMS(co->freevars)[i]));
      if (k < 0) {
        py_decref((py_object *)co);
        return c_error(c, e->lineno, 0, "internal error: comprehension closure");
      }
      CHECK(emit(c, PY_OPC_LOAD_CLOSURE, k));
    }
    CHECK(emit(c, PY_OPC_BUILD_TUPLE, co->nfrees));
    flags |= PY_MF_CLOSURE;
  }
  py_object *qn = py_newref(co->qualname);
  CHECK(load_const(c, (py_object *)co));
  CHECK(load_const(c, qn));
  CHECK(emit(c, PY_OPC_MAKE_FUNCTION, flags));
  CHECK(emit(c, PY_OPC_PUSH_NULL, 0));
  CHECK(compile_expr(c, gens.items[0]->iter));
  CHECK(emit(c, gens.items[0]->is_async ? PY_OPC_GET_AITER : PY_OPC_GET_ITER, 0));
  CHECK(emit(c, PY_OPC_CALL, 1));
  if (is_async && e->kind != PY_EXPR_GeneratorExp) {
    CHECK(emit(c, PY_OPC_GET_AWAITABLE, 0));
    CHECK(load_const(c, py_newref(PY_NONE)));
    CHECK(compile_await_loop(c));
  }
  return 0;
}

static int compile_joined(compiler *c, py_ast_expr *e) {
  py_ast_expr_seq vs = e->v.JoinedStr.values;
  for (size_t i = 0; i < vs.len; i++) CHECK(compile_expr(c, vs.items[i]));
  if (vs.len == 1 && vs.items[0]->kind == PY_EXPR_Constant) return 0;
  return emit(c, PY_OPC_BUILD_STRING, (int)vs.len);
}

/* The less common expressions, each its own function so that compile_expr_inner stays
 * a small dispatch: under WebAssembly V8 compiles a function on its first call, and a
 * program pays only for the kinds of expression it has (docs/performance.md, "Cold
 * start (session 6)"). */

static int compile_boolop(compiler *c, py_ast_expr *e) {
  int end = new_label(c);
  CHECK(end);
  py_ast_expr_seq vs = e->v.BoolOp.values;
  int op = e->v.BoolOp.op == PY_BOOLOP_And ? PY_OPC_JUMP_IF_FALSE_OR_POP
                                           : PY_OPC_JUMP_IF_TRUE_OR_POP;
  for (size_t i = 0; i + 1 < vs.len; i++) {
    CHECK(compile_expr(c, vs.items[i]));
    CHECK(emit_jump(c, op, end));
  }
  CHECK(compile_expr(c, vs.items[vs.len - 1]));
  place(c, end);
  return 0;
}

static int compile_namedexpr(compiler *c, py_ast_expr *e) {
  CHECK(compile_expr(c, e->v.NamedExpr.value));
  CHECK(emit(c, PY_OPC_COPY, 1));
  return compile_name(c, e->v.NamedExpr.target->v.Name.id, PY_CTX_Store);
}

static int compile_unaryop(compiler *c, py_ast_expr *e) {
  /* Fold -<number literal> so `-5` is one constant. */
  py_ast_expr *o = e->v.UnaryOp.operand;
  if (e->v.UnaryOp.op == PY_UNARY_USub && o->kind == PY_EXPR_Constant &&
      (o->v.Constant.value.kind == PY_CONST_int ||
       o->v.Constant.value.kind == PY_CONST_float)) {
    py_object *v = const_object(&o->v.Constant.value);
    if (!v) return c_nomem(c);
    py_object *n = py_neg(v);
    py_decref(v);
    if (!n) return c_nomem(c);
    return load_const(c, n);
  }
  CHECK(compile_expr(c, o));
  switch (e->v.UnaryOp.op) {
  case PY_UNARY_Invert: return emit(c, PY_OPC_UNARY_INVERT, 0);
  case PY_UNARY_Not: return emit(c, PY_OPC_UNARY_NOT, 0);
  case PY_UNARY_UAdd: return emit(c, PY_OPC_UNARY_POSITIVE, 0);
  case PY_UNARY_USub: return emit(c, PY_OPC_UNARY_NEGATIVE, 0);
  }
  return 0;
}

static int compile_ifexp(compiler *c, py_ast_expr *e) {
  int orelse = new_label(c), end = new_label(c);
  CHECK(orelse);
  CHECK(end);
  CHECK(compile_jump_if(c, e->v.IfExp.test, false, orelse));
  CHECK(compile_expr(c, e->v.IfExp.body));
  CHECK(emit_jump(c, PY_OPC_JUMP, end));
  place(c, orelse);
  CHECK(compile_expr(c, e->v.IfExp.orelse));
  place(c, end);
  return 0;
}

static int compile_await(compiler *c, py_ast_expr *e) {
  unit *u = c->u;
  if (u->ste->kind != PY_ST_FUNCTION)
    return c_error_at(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, "'await' outside function");
  if (!u->in_async)
    return c_error_at(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, "'await' outside async function");
  CHECK(compile_expr(c, e->v.Await.value));
  CHECK(emit(c, PY_OPC_GET_AWAITABLE, 0));
  CHECK(load_const(c, py_newref(PY_NONE)));
  return compile_await_loop(c);
}

static int compile_yield(compiler *c, py_ast_expr *e) {
  if (e->kind == PY_EXPR_YieldFrom) {
    if (c->u->flags & PY_CO_ASYNC_GENERATOR)
      return c_error_at(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, "'yield from' inside async function");
    CHECK(compile_expr(c, e->v.YieldFrom.value));
    CHECK(emit(c, PY_OPC_GET_YIELD_FROM_ITER, 0));
    CHECK(load_const(c, py_newref(PY_NONE)));
    return compile_await_loop(c);
  }
  if (e->v.Yield.value) CHECK(compile_expr(c, e->v.Yield.value));
  else CHECK(load_const(c, py_newref(PY_NONE)));
  if (c->u->flags & PY_CO_ASYNC_GENERATOR) CHECK(emit(c, PY_OPC_ASYNC_GEN_WRAP, 0));
  return emit(c, PY_OPC_YIELD_VALUE, 0);
}

static int compile_formattedvalue(compiler *c, py_ast_expr *e) {
  int conv = e->v.FormattedValue.conversion;
  int flags = conv == 's' ? PY_FV_STR : conv == 'r' ? PY_FV_REPR : conv == 'a' ? PY_FV_ASCII
                                                                              : PY_FV_NONE;
  CHECK(compile_expr(c, e->v.FormattedValue.value));
  if (e->v.FormattedValue.format_spec) {
    CHECK(compile_joined(c, e->v.FormattedValue.format_spec));
    flags |= PY_FV_HAVE_SPEC;
  }
  return emit(c, PY_OPC_FORMAT_VALUE, flags);
}

static int compile_joinedstr(compiler *c, py_ast_expr *e) {
  if (e->v.JoinedStr.values.len == 0) return load_const(c, py_str_from_cstr(""));
  if (e->v.JoinedStr.values.len == 1 &&
      e->v.JoinedStr.values.items[0]->kind == PY_EXPR_FormattedValue) {
    CHECK(compile_expr(c, e->v.JoinedStr.values.items[0]));
    return emit(c, PY_OPC_BUILD_STRING, 1);
  }
  return compile_joined(c, e);
}

static int compile_tuple(compiler *c, py_ast_expr *e) {
  /* A tuple of constants is one constant. */
  py_ast_expr_seq el = e->v.Tuple.elts;
  bool all_const = el.len > 0;
  for (size_t i = 0; i < el.len; i++)
    if (el.items[i]->kind != PY_EXPR_Constant ||
        el.items[i]->v.Constant.value.kind == PY_CONST_complex)
      all_const = false;
  if (all_const) {
    py_object *t = py_tuple_new((py_ssize)el.len);
    if (!t) return c_nomem(c);
    for (size_t i = 0; i < el.len; i++) {
      py_object *v = const_object(&el.items[i]->v.Constant.value);
      if (!v) { py_decref(t); return c_nomem(c); }
      PY_TUPLE_ITEMS(t)[i] = v;
    }
    return load_const(c, t);
  }
  return compile_collection(c, el, 1);
}

static int compile_slice(compiler *c, py_ast_expr *e) {
  if (e->v.Slice.lower) CHECK(compile_expr(c, e->v.Slice.lower));
  else CHECK(load_const(c, py_newref(PY_NONE)));
  if (e->v.Slice.upper) CHECK(compile_expr(c, e->v.Slice.upper));
  else CHECK(load_const(c, py_newref(PY_NONE)));
  if (e->v.Slice.step) {
    CHECK(compile_expr(c, e->v.Slice.step));
    return emit(c, PY_OPC_BUILD_SLICE, 3);
  }
  return emit(c, PY_OPC_BUILD_SLICE, 2);
}

static int compile_expr_inner(compiler *c, py_ast_expr *e) {
  switch (e->kind) {
  case PY_EXPR_BoolOp: return compile_boolop(c, e);
  case PY_EXPR_NamedExpr: return compile_namedexpr(c, e);
  case PY_EXPR_BinOp:
    CHECK(compile_expr(c, e->v.BinOp.left));
    CHECK(compile_expr(c, e->v.BinOp.right));
    return emit(c, PY_OPC_BINARY_OP, binop_index(e->v.BinOp.op));
  case PY_EXPR_UnaryOp: return compile_unaryop(c, e);
  case PY_EXPR_Lambda:
    return compile_function_object(c, e, "<lambda>", e->v.Lambda.args, NULL,
                                   e->v.Lambda.body, e->lineno);
  case PY_EXPR_IfExp: return compile_ifexp(c, e);
  case PY_EXPR_Dict: return compile_dict(c, e);
  case PY_EXPR_Set: return compile_collection(c, e->v.Set.elts, 2);
  case PY_EXPR_ListComp:
    return compile_comprehension(c, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL);
  case PY_EXPR_SetComp:
    return compile_comprehension(c, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL);
  case PY_EXPR_GeneratorExp:
    return compile_comprehension(c, e, e->v.GeneratorExp.generators,
                                 e->v.GeneratorExp.elt, NULL);
  case PY_EXPR_DictComp:
    return compile_comprehension(c, e, e->v.DictComp.generators, e->v.DictComp.key,
                                 e->v.DictComp.value);
  case PY_EXPR_Await: return compile_await(c, e);
  case PY_EXPR_Yield:
  case PY_EXPR_YieldFrom: return compile_yield(c, e);
  case PY_EXPR_Compare: return compile_compare(c, e);
  case PY_EXPR_Call: return compile_call(c, e);
  case PY_EXPR_FormattedValue: return compile_formattedvalue(c, e);
  case PY_EXPR_JoinedStr: return compile_joinedstr(c, e);
  case PY_EXPR_Constant: {
    py_object *v = const_object(&e->v.Constant.value);
    if (!v) return c->failed ? -1 : c_nomem(c);
    return load_const(c, v);
  }
  case PY_EXPR_Attribute:
    CHECK(compile_expr(c, e->v.Attribute.value));
    if (e->v.Attribute.ctx == PY_CTX_Del) return name_op(c, PY_OPC_DELETE_ATTR, e->v.Attribute.attr);
    return name_op(c, PY_OPC_LOAD_ATTR, e->v.Attribute.attr);
  case PY_EXPR_Subscript:
    CHECK(compile_expr(c, e->v.Subscript.value));
    CHECK(compile_expr(c, e->v.Subscript.slice));
    if (e->v.Subscript.ctx == PY_CTX_Del) return emit(c, PY_OPC_DELETE_SUBSCR, 0);
    return emit(c, PY_OPC_BINARY_SUBSCR, 0);
  case PY_EXPR_Starred:
    return c_error_at(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, "can't use starred expression here");
  case PY_EXPR_Name: return compile_name(c, e->v.Name.id, e->v.Name.ctx);
  case PY_EXPR_List: return compile_collection(c, e->v.List.elts, 0);
  case PY_EXPR_Tuple: return compile_tuple(c, e);
  case PY_EXPR_Slice: return compile_slice(c, e);
  }
  return 0;
}

/* How deep compile_expr may nest. The parser accepts left-deep chains of any length
 * (`1 + 1 + ... + 1`, 100,000 terms) and each level is a C call here, so without a
 * bound the C stack overflows; CPython stops near the same depth (recursion limit
 * times 3) with this RecursionError. Kept small for the fuzz branch's fix; a field of
 * the compiler struct would be the tidier home. */
#define COMPILE_MAX_EXPR_DEPTH 2990

static int compile_expr(compiler *c, py_ast_expr *e) {
  static int expr_depth;
  if (expr_depth >= COMPILE_MAX_EXPR_DEPTH) {
    py_raise(&py_exc_RecursionError, "maximum recursion depth exceeded during compilation");
    return -1;
  }
  expr_depth++;
  int rc = compile_expr_at(c, e);
  expr_depth--;
  return rc;
}

static int compile_expr_at(compiler *c, py_ast_expr *e) {
  unit *u = c->u;
  int save = u->lineno, save_end = u->endlineno, save_col = u->col, save_endcol = u->endcol;
  u->lineno = e->lineno;
  u->endlineno = e->end_lineno;
  u->col = e->col_offset;
  u->endcol = e->end_col_offset;
  int rc = compile_expr_inner(c, e);
  /* The unit may have changed back from a nested one; restore this one's position. */
  u->lineno = save;
  u->endlineno = save_end;
  u->col = save_col;
  u->endcol = save_endcol;
  return rc;
}

/* ---- functions and classes ---------------------------------------------------------- */

static bool is_docstring(py_ast_stmt_seq body) {
  return body.len > 0 && body.items[0]->kind == PY_STMT_Expr &&
         body.items[0]->v.Expr.value->kind == PY_EXPR_Constant &&
         body.items[0]->v.Expr.value->v.Constant.value.kind == PY_CONST_str;
}

/* Pushes the closure tuple a child code object needs (nothing when it has none). */
static int compile_closure(compiler *c, py_code *co, int *flags) {
  if (co->nfrees == 0) return 0;
  for (int i = 0; i < co->nfrees; i++) {
    const char *n = PY_STR_DATA(PY_TUPLE_ITEMS(co->freevars)[i]);
    int k = deref_index(c, n);
    if (k < 0) return c_error(c, co->firstlineno, 0, "internal error: closure");
    CHECK(emit(c, PY_OPC_LOAD_CLOSURE, k));
  }
  CHECK(emit(c, PY_OPC_BUILD_TUPLE, co->nfrees));
  *flags |= PY_MF_CLOSURE;
  return 0;
}

static int compile_defaults(compiler *c, py_ast_arguments *a, int *flags) {
  if (a->defaults.len) {
    CHECK(compile_exprs(c, a->defaults));
    CHECK(emit(c, PY_OPC_BUILD_TUPLE, (int)a->defaults.len));
    *flags |= PY_MF_DEFAULTS;
  }
  int nkw = 0;
  for (size_t i = 0; i < a->kwonlyargs.len; i++) {
    if (!a->kw_defaults.items[i]) continue;
    CHECK(load_const(c, py_str_intern_cstr(a->kwonlyargs.items[i]->arg)));
    CHECK(compile_expr(c, a->kw_defaults.items[i]));
    nkw++;
  }
  if (nkw) {
    CHECK(emit(c, PY_OPC_BUILD_MAP, nkw));
    *flags |= PY_MF_KWDEFAULTS;
  }
  return 0;
}

static int compile_function_object(compiler *c, const void *node, const char *name,
                                   py_ast_arguments *args, py_ast_stmt_seq *body,
                                   py_ast_expr *lambda_body, int lineno) {
  int flags = 0;
  CHECK(compile_defaults(c, args, &flags));
  if (body) {
    const py_ast_stmt *def = node;
    CHECK(compile_annotations(c, args, def->v.FunctionDef.returns, &flags));
  }
  CHECK(enter_unit(c, node, name, lineno));
  int rc = add_params(c, args);
  if (rc == 0) {
    if (body) {
      /* The docstring is the first constant (None when there is none). */
      if (is_docstring(*body)) {
        const py_ast_constant *k = &body->items[0]->v.Expr.value->v.Constant.value;
        rc = add_const(c, py_str_from_utf8(k->bytes, k->len));
      } else {
        rc = add_const(c, py_newref(PY_NONE));
      }
      if (rc >= 0) rc = compile_stmts(c, *body);
    } else {
      rc = compile_expr(c, lambda_body);
      if (rc == 0 && !(c->u->flags & PY_CO_GENERATOR)) rc = emit(c, PY_OPC_RETURN_VALUE, 0);
      else if (rc == 0) rc = emit(c, PY_OPC_POP_TOP, 0);
    }
  }
  py_code *co = leave_unit(c, name);
  if (rc < 0 || !co) {
    py_xdecref((py_object *)co);
    return -1;
  }
  if (compile_closure(c, co, &flags) < 0) {
    py_decref((py_object *)co);
    return -1;
  }
  py_object *qn = py_newref(co->qualname);
  CHECK(load_const(c, (py_object *)co));
  CHECK(load_const(c, qn));
  return emit(c, PY_OPC_MAKE_FUNCTION, flags);
}

/* The source text of an expression, as `from __future__ import annotations` keeps it. */
static py_object *source_segment(compiler *c, py_ast_expr *e) {
  const char *p = c->src, *end = c->src + c->srclen;
  for (int l = 1; l < e->lineno && p < end; l++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    p = nl ? nl + 1 : end;
  }
  const char *start = p + e->col_offset;
  const char *q = p;
  for (int l = e->lineno; l < e->end_lineno && q < end; l++) {
    const char *nl = memchr(q, '\n', (size_t)(end - q));
    q = nl ? nl + 1 : end;
  }
  const char *stop = q + e->end_col_offset;
  if (start > end || stop > end || stop < start) return py_str_from_cstr("");
  return py_str_from_utf8(start, (size_t)(stop - start));
}

/* Pushes an annotation: its value, or its source text under the future import. */
static int compile_annotation(compiler *c, py_ast_expr *e) {
  if (c->future_annotations) return load_const(c, source_segment(c, e));
  return compile_expr(c, e);
}

/* Pushes the __annotations__ dict of a def, if it has any annotation. */
static int compile_annotations(compiler *c, py_ast_arguments *a, py_ast_expr *returns,
                               int *flags) {
  int n = 0;
  py_ast_arg_seq lists[3] = {a->posonlyargs, a->args, a->kwonlyargs};
  for (int l = 0; l < 3; l++) {
    for (size_t i = 0; i < lists[l].len; i++) {
      py_ast_arg *p = lists[l].items[i];
      if (!p->annotation) continue;
      CHECK(load_const(c, py_str_intern_cstr(mangle(c, p->arg))));
      CHECK(compile_annotation(c, p->annotation));
      n++;
    }
    if (l == 1 && a->vararg && a->vararg->annotation) {
      CHECK(load_const(c, py_str_intern_cstr(a->vararg->arg)));
      CHECK(compile_annotation(c, a->vararg->annotation));
      n++;
    }
  }
  if (a->kwarg && a->kwarg->annotation) {
    CHECK(load_const(c, py_str_intern_cstr(a->kwarg->arg)));
    CHECK(compile_annotation(c, a->kwarg->annotation));
    n++;
  }
  if (returns) {
    CHECK(load_const(c, py_str_intern_cstr("return")));
    CHECK(compile_annotation(c, returns));
    n++;
  }
  if (n) {
    CHECK(emit(c, PY_OPC_BUILD_MAP, n));
    *flags |= PY_MF_ANNOTATIONS;
  }
  return 0;
}

static int compile_decorators(compiler *c, py_ast_expr_seq decs) {
  for (size_t i = 0; i < decs.len; i++) {
    CHECK(compile_expr(c, decs.items[i]));
    CHECK(emit(c, PY_OPC_PUSH_NULL, 0));
  }
  return 0;
}

static int apply_decorators(compiler *c, py_ast_expr_seq decs) {
  for (size_t i = 0; i < decs.len; i++) CHECK(emit(c, PY_OPC_CALL, 1));
  return 0;
}

static int compile_functiondef(compiler *c, py_ast_stmt *s) {
  CHECK(compile_decorators(c, s->v.FunctionDef.decorator_list));
  int firstline = s->lineno;
  if (s->v.FunctionDef.decorator_list.len) firstline = s->v.FunctionDef.decorator_list.items[0]->lineno;
  (void)firstline;
  CHECK(compile_function_object(c, s, s->v.FunctionDef.name, s->v.FunctionDef.args,
                                &s->v.FunctionDef.body, NULL, s->lineno));
  CHECK(apply_decorators(c, s->v.FunctionDef.decorator_list));
  return compile_name(c, s->v.FunctionDef.name, PY_CTX_Store);
}

static int compile_classdef(compiler *c, py_ast_stmt *s) {
  CHECK(compile_decorators(c, s->v.ClassDef.decorator_list));
  CHECK(emit(c, PY_OPC_LOAD_BUILD_CLASS, 0));
  CHECK(emit(c, PY_OPC_PUSH_NULL, 0));
  CHECK(enter_unit(c, s, s->v.ClassDef.name, s->lineno));
  unit *u = c->u;
  int rc = 0;
  if ((rc = name_op(c, PY_OPC_LOAD_NAME, "__name__")) == 0 &&
      (rc = name_op(c, PY_OPC_STORE_NAME, "__module__")) == 0 &&
      (rc = load_const(c, py_newref(u->qualname))) == 0)
    rc = name_op(c, PY_OPC_STORE_NAME, "__qualname__");
  bool has_annotations = false;
  for (size_t i = 0; i < s->v.ClassDef.body.len; i++)
    if (s->v.ClassDef.body.items[i]->kind == PY_STMT_AnnAssign) has_annotations = true;
  if (rc == 0 && has_annotations) rc = emit(c, PY_OPC_SETUP_ANNOTATIONS, 0);
  if (rc == 0 && is_docstring(s->v.ClassDef.body)) {
    const py_ast_constant *k = &s->v.ClassDef.body.items[0]->v.Expr.value->v.Constant.value;
    rc = load_const(c, py_str_from_utf8(k->bytes, k->len));
    if (rc == 0) rc = name_op(c, PY_OPC_STORE_NAME, "__doc__");
  }
  if (rc == 0) rc = compile_stmts(c, s->v.ClassDef.body);
  if (rc == 0) {
    if (u->ste->needs_class_cell) {
      rc = emit(c, PY_OPC_LOAD_CLOSURE, 0);
      if (rc == 0) rc = emit(c, PY_OPC_RETURN_VALUE, 0);
    }
  }
  py_code *co = leave_unit(c, s->v.ClassDef.name);
  if (rc < 0 || !co) {
    py_xdecref((py_object *)co);
    return -1;
  }
  int flags = 0;
  if (compile_closure(c, co, &flags) < 0) {
    py_decref((py_object *)co);
    return -1;
  }
  py_object *qn = py_newref(co->qualname);
  CHECK(load_const(c, (py_object *)co));
  CHECK(load_const(c, qn));
  CHECK(emit(c, PY_OPC_MAKE_FUNCTION, flags));
  CHECK(load_const(c, py_str_from_cstr(s->v.ClassDef.name)));
  /* __build_class__(body, name, *bases, **keywords) */
  py_ast_expr_seq bases = s->v.ClassDef.bases;
  py_ast_keyword_seq kws = s->v.ClassDef.keywords;
  bool dyn = has_starred(bases);
  for (size_t i = 0; i < kws.len; i++)
    if (!kws.items[i]->arg) dyn = true;
  if (dyn) {
    /* Collect body and name into the argument list too. */
    CHECK(compile_call_ex_list(c, bases, kws, 2));
  } else {
    /* The body function and name are already pushed: two leading arguments. */
    CHECK(compile_exprs(c, bases));
    for (size_t i = 0; i < kws.len; i++) CHECK(compile_expr(c, kws.items[i]->value));
    int n = 2 + (int)bases.len + (int)kws.len;
    if (kws.len) {
      py_object *names = py_tuple_new((py_ssize)kws.len);
      if (!names) return c_nomem(c);
      for (size_t i = 0; i < kws.len; i++)
        PY_TUPLE_ITEMS(names)[i] = py_str_intern_cstr(kws.items[i]->arg);
      CHECK(load_const(c, names));
      CHECK(emit(c, PY_OPC_CALL_KW, n));
    } else {
      CHECK(emit(c, PY_OPC_CALL, n));
    }
  }
  CHECK(apply_decorators(c, s->v.ClassDef.decorator_list));
  return compile_name(c, s->v.ClassDef.name, PY_CTX_Store);
}

/* ---- statements --------------------------------------------------------------------- */

/* CPython's rule: return, break and continue cannot leave an except* clause's body
 * (blocks fb[from..] are the ones the statement would leave). */
static int check_except_star_exit(compiler *c, int from, int lineno, int col, int endlineno,
                                  int endcol) {
  for (int i = c->u->nfb - 1; i >= from; i--)
    if (c->u->fb[i].type == FB_EXCEPT_STAR_BODY)
      return c_error_at(c, lineno, col, endlineno, endcol,
                        "'break', 'continue' and 'return' cannot appear in an except* block");
  return 0;
}

static int compile_return(compiler *c, py_ast_stmt *s) {
  unit *u = c->u;
  /* Reported at the returned value, as CPython 3.11 does. */
  py_ast_expr *v = s->v.Return.value;
  if (v) CHECK(check_except_star_exit(c, 0, v->lineno, v->col_offset, v->end_lineno,
                                      v->end_col_offset));
  else CHECK(check_except_star_exit(c, 0, s->lineno, s->col_offset, s->end_lineno,
                                    s->end_col_offset));
  if (s->v.Return.value && (u->flags & PY_CO_ASYNC_GENERATOR))
    return c_error_at(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                      "'return' with value in async generator");
  if (s->v.Return.value) CHECK(compile_expr(c, s->v.Return.value));
  else CHECK(load_const(c, py_newref(PY_NONE)));
  for (int i = u->nfb - 1; i >= 0; i--) CHECK(unwind_fb(c, &u->fb[i], true));
  return emit(c, PY_OPC_RETURN_VALUE, 0);
}

static int compile_break_continue(compiler *c, py_ast_stmt *s, bool is_break) {
  unit *u = c->u;
  int i = u->nfb - 1;
  while (i >= 0 && u->fb[i].type != FB_WHILE && u->fb[i].type != FB_FOR &&
         u->fb[i].type != FB_ASYNC_FOR)
    i--;
  if (i < 0)
    return c_error_at(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                   is_break ? "'break' outside loop" : "'continue' not properly in loop");
  CHECK(check_except_star_exit(c, i + 1, s->lineno, s->col_offset, s->end_lineno,
                               s->end_col_offset));
  for (int j = u->nfb - 1; j > i; j--) CHECK(unwind_fb(c, &u->fb[j], false));
  if (is_break) {
    CHECK(unwind_fb(c, &u->fb[i], false));
    return emit_jump(c, PY_OPC_JUMP, u->fb[i].exit_label);
  }
  return emit_jump(c, PY_OPC_JUMP, u->fb[i].cont_label);
}

static int compile_for(compiler *c, py_ast_stmt *s) {
  bool is_async = s->kind == PY_STMT_AsyncFor;
  if (is_async && !c->u->in_async)
    return c_error_at(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                   c->u->ste->kind == PY_ST_FUNCTION ? "'async for' outside async function"
                                                     : "'async for' outside async function");
  int start = new_label(c), cleanup = new_label(c), exit = new_label(c);
  CHECK(start);
  CHECK(cleanup);
  CHECK(exit);
  CHECK(compile_expr(c, s->v.For.iter));
  CHECK(emit(c, is_async ? PY_OPC_GET_AITER : PY_OPC_GET_ITER, 0));
  place(c, start);
  if (is_async) {
    CHECK(emit_jump(c, PY_OPC_SETUP_FINALLY, cleanup));
    CHECK(emit(c, PY_OPC_GET_ANEXT, 0));
    CHECK(load_const(c, py_newref(PY_NONE)));
    CHECK(compile_await_loop(c));
    CHECK(emit(c, PY_OPC_POP_BLOCK, 0));
  } else {
    CHECK(emit_jump(c, PY_OPC_FOR_ITER, cleanup));
  }
  CHECK(push_fb(c, is_async ? FB_ASYNC_FOR : FB_FOR, start, exit, NULL));
  CHECK(compile_store(c, s->v.For.target));
  CHECK(compile_stmts(c, s->v.For.body));
  CHECK(emit_jump(c, PY_OPC_JUMP, start));
  pop_fb(c);
  place(c, cleanup);
  if (is_async) CHECK(emit(c, PY_OPC_END_ASYNC_FOR, 0));
  CHECK(compile_stmts(c, s->v.For.orelse));
  place(c, exit);
  return 0;
}

static bool const_true(py_ast_expr *e) {
  if (e->kind != PY_EXPR_Constant) return false;
  const py_ast_constant *k = &e->v.Constant.value;
  return k->kind == PY_CONST_True ||
         (k->kind == PY_CONST_int && strcmp(k->digits, "0") != 0);
}

static int compile_while(compiler *c, py_ast_stmt *s) {
  int start = new_label(c), orelse = new_label(c), exit = new_label(c);
  CHECK(start);
  CHECK(orelse);
  CHECK(exit);
  place(c, start);
  if (!const_true(s->v.While.test)) CHECK(compile_jump_if(c, s->v.While.test, false, orelse));
  CHECK(push_fb(c, FB_WHILE, start, exit, NULL));
  CHECK(compile_stmts(c, s->v.While.body));
  CHECK(emit_jump(c, PY_OPC_JUMP, start));
  pop_fb(c);
  place(c, orelse);
  CHECK(compile_stmts(c, s->v.While.orelse));
  place(c, exit);
  return 0;
}

static int compile_if(compiler *c, py_ast_stmt *s) {
  int orelse = new_label(c), end = new_label(c);
  CHECK(orelse);
  CHECK(end);
  CHECK(compile_jump_if(c, s->v.If.test, false, orelse));
  CHECK(compile_stmts(c, s->v.If.body));
  if (s->v.If.orelse.len) CHECK(emit_jump(c, PY_OPC_JUMP, end));
  place(c, orelse);
  CHECK(compile_stmts(c, s->v.If.orelse));
  place(c, end);
  return 0;
}

static int compile_with_items(compiler *c, py_ast_stmt *s, size_t idx, bool is_async) {
  py_ast_withitem *w = s->v.With.items.items[idx];
  int handler = new_label(c), cleanup = new_label(c), suppress = new_label(c),
      end = new_label(c);
  CHECK(handler);
  CHECK(cleanup);
  CHECK(suppress);
  CHECK(end);
  CHECK(compile_expr(c, w->context_expr));
  if (is_async) {
    CHECK(emit(c, PY_OPC_BEFORE_ASYNC_WITH, 0));
    CHECK(emit(c, PY_OPC_GET_AWAITABLE, 0));
    CHECK(load_const(c, py_newref(PY_NONE)));
    CHECK(compile_await_loop(c));
  } else {
    CHECK(emit(c, PY_OPC_BEFORE_WITH, 0));
  }
  /* The block excludes the __enter__ result still on the stack: [exit] stays. */
  CHECK(emit_jump(c, PY_OPC_SETUP_CLEANUP, handler));
  CHECK(push_fb(c, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1, NULL));
  if (w->optional_vars) CHECK(compile_store(c, w->optional_vars));
  else CHECK(emit(c, PY_OPC_POP_TOP, 0));
  if (idx + 1 < s->v.With.items.len) CHECK(compile_with_items(c, s, idx + 1, is_async));
  else CHECK(compile_stmts(c, s->v.With.body));
  /* Calling __exit__ belongs to the `with` statement itself (CPython's tracebacks
   * show its line, not the body's last one, when __exit__ raises). */
  c->u->lineno = s->lineno;
  c->u->endlineno = s->end_lineno;
  c->u->col = s->col_offset;
  c->u->endcol = s->end_col_offset;
  pop_fb(c);
  /* As CPython 3.11, calling __exit__ (normally or on an error) is placed at the with
   * statement, so a traceback through __aexit__ shows the `async with` line. */
  c->u->lineno = s->lineno;
  c->u->endlineno = s->end_lineno;
  c->u->col = s->col_offset;
  c->u->endcol = s->end_col_offset;
  CHECK(emit(c, PY_OPC_POP_BLOCK, 0));
  if (is_async) {
    CHECK(emit(c, PY_OPC_WITH_EXIT_NORMAL, 1));
    CHECK(emit(c, PY_OPC_GET_AWAITABLE, 0));
    CHECK(load_const(c, py_newref(PY_NONE)));
    CHECK(compile_await_loop(c));
    CHECK(emit(c, PY_OPC_POP_TOP, 0));
  } else {
    CHECK(emit(c, PY_OPC_WITH_EXIT_NORMAL, 0));
  }
  CHECK(emit_jump(c, PY_OPC_JUMP, end));
  /* [exit, exc] */
  place(c, handler);
  CHECK(emit(c, PY_OPC_PUSH_EXC_INFO, 0));
  CHECK(emit_jump(c, PY_OPC_SETUP_CLEANUP, cleanup));
  CHECK(emit(c, PY_OPC_WITH_EXCEPT_START, 0));
  if (is_async) {
    CHECK(emit(c, PY_OPC_GET_AWAITABLE, 0));
    CHECK(load_const(c, py_newref(PY_NONE)));
    CHECK(compile_await_loop(c));
  }
  CHECK(emit_jump(c, PY_OPC_POP_JUMP_IF_TRUE, suppress));
  CHECK(emit(c, PY_OPC_RERAISE, 0));
  place(c, suppress);
  CHECK(emit(c, PY_OPC_POP_BLOCK, 0));
  CHECK(emit(c, PY_OPC_POP_TOP, 0));
  CHECK(emit(c, PY_OPC_POP_EXCEPT, 0));
  CHECK(emit(c, PY_OPC_POP_TOP, 0));
  CHECK(emit_jump(c, PY_OPC_JUMP, end));
  /* [exit, prev, exc]: an error while running __exit__ */
  place(c, cleanup);
  CHECK(emit(c, PY_OPC_POP_EXCEPT_AND_RERAISE, 0));
  place(c, end);
  return 0;
}

/* `name = None; del name` after an except clause that bound a name. */
static int clear_handler_name(compiler *c, py_ast_excepthandler *h) {
  if (!h->name) return 0;
  CHECK(load_const(c, py_newref(PY_NONE)));
  CHECK(compile_name(c, h->name, PY_CTX_Store));
  return compile_name(c, h->name, PY_CTX_Del);
}

static int compile_try_except(compiler *c, py_ast_stmt *s, bool star) {
  int handler = new_label(c), cleanup = new_label(c), orelse = new_label(c),
      end = new_label(c);
  CHECK(handler);
  CHECK(cleanup);
  CHECK(orelse);
  CHECK(end);
  CHECK(emit_jump(c, PY_OPC_SETUP_FINALLY, handler));
  CHECK(push_fb(c, FB_TRY_EXCEPT, -1, -1, NULL));
  CHECK(compile_stmts(c, s->v.Try.body));
  pop_fb(c);
  CHECK(emit(c, PY_OPC_POP_BLOCK, 0));
  CHECK(emit_jump(c, PY_OPC_JUMP, orelse));
  /* [exc] */
  place(c, handler);
  CHECK(emit(c, PY_OPC_PUSH_EXC_INFO, 0));
  CHECK(emit_jump(c, PY_OPC_SETUP_CLEANUP, cleanup));
  CHECK(push_fb(c, FB_EXCEPTION_HANDLER, -1, -1, NULL));
  if (star) {
    /* [prev, exc] -> [prev, orig, raised, rest]: the group caught, the list of what
     * the clauses raise, and the part no clause has matched yet. */
    CHECK(emit(c, PY_OPC_COPY, 1));
    CHECK(emit(c, PY_OPC_BUILD_LIST, 0));
    CHECK(emit(c, PY_OPC_SWAP, 2));
  }
  py_ast_excepthandler_seq hs = s->v.Try.handlers;
  for (size_t i = 0; i < hs.len; i++) {
    py_ast_excepthandler *h = hs.items[i];
    int next = new_label(c);
    CHECK(next);
    c->u->lineno = c->u->endlineno = h->lineno;
    c->u->col = c->u->endcol = -1;
    if (!h->type && i + 1 < hs.len)
      return c_error_at(c, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset, "default 'except:' must be last");
    if (star) {
      /* [prev, orig, raised, rest] -> [prev, orig, raised, rest, match] */
      CHECK(compile_expr(c, h->type));
      CHECK(emit(c, PY_OPC_CHECK_EG_MATCH, 0));
      CHECK(emit(c, PY_OPC_COPY, 1));
      CHECK(load_const(c, py_newref(PY_NONE)));
      CHECK(emit(c, PY_OPC_IS_OP, 0));
      int nomatch = new_label(c), raised = new_label(c);
      CHECK(nomatch);
      CHECK(raised);
      CHECK(emit_jump(c, PY_OPC_POP_JUMP_IF_TRUE, nomatch));
      if (h->name) CHECK(compile_name(c, h->name, PY_CTX_Store));
      else CHECK(emit(c, PY_OPC_POP_TOP, 0));
      /* An exception the clause raises is collected, not propagated: the other
       * clauses still run, and PREP_RERAISE_STAR combines everything at the end. */
      CHECK(emit_jump(c, PY_OPC_SETUP_FINALLY, raised));
      CHECK(push_handler_fb(c, FB_EXCEPT_STAR_BODY, h));
      CHECK(compile_stmts(c, h->body));
      pop_fb(c);
      CHECK(emit(c, PY_OPC_POP_BLOCK, 0));
      CHECK(clear_handler_name(c, h));
      CHECK(emit_jump(c, PY_OPC_JUMP, next));
      /* [prev, orig, raised, rest, exc] */
      place(c, raised);
      CHECK(clear_handler_name(c, h));
      CHECK(emit(c, PY_OPC_LIST_APPEND, 2));
      CHECK(emit_jump(c, PY_OPC_JUMP, next));
      place(c, nomatch);
      CHECK(emit(c, PY_OPC_POP_TOP, 0));
      place(c, next);
      continue;
    }
    if (h->type) {
      CHECK(compile_expr(c, h->type));
      CHECK(emit(c, PY_OPC_CHECK_EXC_MATCH, 0));
      CHECK(emit_jump(c, PY_OPC_POP_JUMP_IF_FALSE, next));
    }
    if (h->name) CHECK(compile_name(c, h->name, PY_CTX_Store));
    else CHECK(emit(c, PY_OPC_POP_TOP, 0));
    CHECK(push_handler_fb(c, FB_HANDLER_CLEANUP, h));
    CHECK(compile_stmts(c, h->body));
    pop_fb(c);
    CHECK(emit(c, PY_OPC_POP_BLOCK, 0));
    CHECK(emit(c, PY_OPC_POP_EXCEPT, 0));
    if (h->name) {
      CHECK(load_const(c, py_newref(PY_NONE)));
      CHECK(compile_name(c, h->name, PY_CTX_Store));
      CHECK(compile_name(c, h->name, PY_CTX_Del));
    }
    CHECK(emit_jump(c, PY_OPC_JUMP, end));
    place(c, next);
  }
  if (star) {
    /* [prev, orig, raised, rest] -> [prev, result]: what the clauses raised and what
     * no clause matched, as one exception (None when nothing is left). */
    int done = new_label(c);
    CHECK(done);
    CHECK(emit(c, PY_OPC_LIST_APPEND, 1));
    CHECK(emit(c, PY_OPC_PREP_RERAISE_STAR, 0));
    CHECK(emit(c, PY_OPC_COPY, 1));
    CHECK(load_const(c, py_newref(PY_NONE)));
    CHECK(emit(c, PY_OPC_IS_OP, 0));
    CHECK(emit_jump(c, PY_OPC_POP_JUMP_IF_TRUE, done));
    CHECK(emit(c, PY_OPC_RERAISE, 0));
    place(c, done);
    CHECK(emit(c, PY_OPC_POP_TOP, 0));
    CHECK(emit(c, PY_OPC_POP_BLOCK, 0));
    CHECK(emit(c, PY_OPC_POP_EXCEPT, 0));
    CHECK(emit_jump(c, PY_OPC_JUMP, end));
  } else {
    CHECK(emit(c, PY_OPC_RERAISE, 0));
  }
  pop_fb(c);
  /* [prev, exc]: an error inside a handler */
  place(c, cleanup);
  CHECK(emit(c, PY_OPC_POP_EXCEPT_AND_RERAISE, 0));
  place(c, orelse);
  CHECK(compile_stmts(c, s->v.Try.orelse));
  place(c, end);
  return 0;
}

static int compile_try(compiler *c, py_ast_stmt *s) {
  bool star = s->kind == PY_STMT_TryStar;
  if (s->v.Try.finalbody.len == 0) return compile_try_except(c, s, star);
  int handler = new_label(c), cleanup = new_label(c), end = new_label(c);
  CHECK(handler);
  CHECK(cleanup);
  CHECK(end);
  CHECK(emit_jump(c, PY_OPC_SETUP_FINALLY, handler));
  CHECK(push_fb(c, FB_FINALLY_TRY, -1, -1, &s->v.Try.finalbody));
  if (s->v.Try.handlers.len) CHECK(compile_try_except(c, s, star));
  else CHECK(compile_stmts(c, s->v.Try.body));
  pop_fb(c);
  CHECK(emit(c, PY_OPC_POP_BLOCK, 0));
  CHECK(compile_stmts(c, s->v.Try.finalbody));
  CHECK(emit_jump(c, PY_OPC_JUMP, end));
  /* [exc] */
  place(c, handler);
  CHECK(emit(c, PY_OPC_PUSH_EXC_INFO, 0));
  CHECK(emit_jump(c, PY_OPC_SETUP_FINALLY, cleanup));
  CHECK(push_fb(c, FB_FINALLY_END, -1, -1, NULL));
  CHECK(compile_stmts(c, s->v.Try.finalbody));
  pop_fb(c);
  CHECK(emit(c, PY_OPC_POP_BLOCK, 0));
  CHECK(emit(c, PY_OPC_POP_EXCEPT_AND_RERAISE, 0));
  /* [prev, exc, exc2] */
  place(c, cleanup);
  CHECK(emit(c, PY_OPC_SWAP, 2));
  CHECK(emit(c, PY_OPC_POP_TOP, 0));
  CHECK(emit(c, PY_OPC_POP_EXCEPT_AND_RERAISE, 0));
  place(c, end);
  return 0;
}

static int compile_augassign(compiler *c, py_ast_stmt *s) {
  py_ast_expr *t = s->v.AugAssign.target;
  int op = binop_index(s->v.AugAssign.op) | PY_BINOP_INPLACE;
  /* As CPython 3.11: reading and writing the target are placed at the target (an
   * UnboundLocalError in `x += 1` underlines `x`), the operation at the statement. */
  src_pos stmt;
  switch (t->kind) {
  case PY_EXPR_Name:
    stmt = place_at(c, t);
    CHECK(compile_name(c, t->v.Name.id, PY_CTX_Load));
    place_back(c, stmt);
    CHECK(compile_expr(c, s->v.AugAssign.value));
    CHECK(emit(c, PY_OPC_BINARY_OP, op));
    return compile_store(c, t);
  case PY_EXPR_Attribute:
    stmt = place_at(c, t);
    CHECK(compile_expr(c, t->v.Attribute.value));
    CHECK(emit(c, PY_OPC_COPY, 1));
    CHECK(name_op(c, PY_OPC_LOAD_ATTR, t->v.Attribute.attr));
    place_back(c, stmt);
    CHECK(compile_expr(c, s->v.AugAssign.value));
    CHECK(emit(c, PY_OPC_BINARY_OP, op));
    place_at(c, t);
    CHECK(emit(c, PY_OPC_SWAP, 2));
    CHECK(name_op(c, PY_OPC_STORE_ATTR, t->v.Attribute.attr));
    place_back(c, stmt);
    return 0;
  case PY_EXPR_Subscript:
    stmt = place_at(c, t);
    CHECK(compile_expr(c, t->v.Subscript.value));
    CHECK(compile_expr(c, t->v.Subscript.slice));
    CHECK(emit(c, PY_OPC_COPY, 2));
    CHECK(emit(c, PY_OPC_COPY, 2));
    CHECK(emit(c, PY_OPC_BINARY_SUBSCR, 0));
    place_back(c, stmt);
    CHECK(compile_expr(c, s->v.AugAssign.value));
    CHECK(emit(c, PY_OPC_BINARY_OP, op));
    place_at(c, t);
    CHECK(emit(c, PY_OPC_SWAP, 3));
    CHECK(emit(c, PY_OPC_SWAP, 2));
    CHECK(emit(c, PY_OPC_STORE_SUBSCR, 0));
    place_back(c, stmt);
    return 0;
  default:
    return c_error_at(c, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset,
                   "'expression' is an illegal expression for augmented assignment");
  }
}

static int compile_delete(compiler *c, py_ast_expr *t) {
  switch (t->kind) {
  case PY_EXPR_Name: return compile_name(c, t->v.Name.id, PY_CTX_Del);
  case PY_EXPR_Attribute:
    CHECK(compile_expr(c, t->v.Attribute.value));
    return name_op(c, PY_OPC_DELETE_ATTR, t->v.Attribute.attr);
  case PY_EXPR_Subscript:
    CHECK(compile_expr(c, t->v.Subscript.value));
    CHECK(compile_expr(c, t->v.Subscript.slice));
    return emit(c, PY_OPC_DELETE_SUBSCR, 0);
  case PY_EXPR_Tuple:
  case PY_EXPR_List: {
    py_ast_expr_seq el = t->kind == PY_EXPR_Tuple ? t->v.Tuple.elts : t->v.List.elts;
    for (size_t i = 0; i < el.len; i++) CHECK(compile_delete(c, el.items[i]));
    return 0;
  }
  default:
    return c_error_at(c, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset, "cannot delete expression");
  }
}

static int compile_import(compiler *c, py_ast_stmt *s) {
  for (size_t i = 0; i < s->v.Import.names.len; i++) {
    py_ast_alias *a = s->v.Import.names.items[i];
    CHECK(load_const(c, py_int_from_i64(0)));
    /* fromlist True asks IMPORT_NAME for the leaf module of a dotted name. */
    CHECK(load_const(c, py_newref(a->asname ? PY_TRUE : PY_NONE)));
    CHECK(name_op(c, PY_OPC_IMPORT_NAME, a->name));
    if (a->asname) {
      CHECK(compile_name(c, a->asname, PY_CTX_Store));
    } else {
      const char *dot = strchr(a->name, '.');
      if (dot) {
        char *first = py_ast_arena_strndup(c->arena, a->name, (size_t)(dot - a->name));
        if (!first) return c_nomem(c);
        CHECK(compile_name(c, first, PY_CTX_Store));
      } else {
        CHECK(compile_name(c, a->name, PY_CTX_Store));
      }
    }
  }
  return 0;
}

static int compile_importfrom(compiler *c, py_ast_stmt *s) {
  py_ast_alias_seq names = s->v.ImportFrom.names;
  CHECK(load_const(c, py_int_from_i64(s->v.ImportFrom.level)));
  py_object *fl = py_tuple_new((py_ssize)names.len);
  if (!fl) return c_nomem(c);
  for (size_t i = 0; i < names.len; i++) PY_TUPLE_ITEMS(fl)[i] = py_str_from_cstr(names.items[i]->name);
  CHECK(load_const(c, fl));
  CHECK(name_op(c, PY_OPC_IMPORT_NAME, s->v.ImportFrom.module ? s->v.ImportFrom.module : ""));
  if (names.len == 1 && strcmp(names.items[0]->name, "*") == 0)
    return emit(c, PY_OPC_IMPORT_STAR, 0);
  for (size_t i = 0; i < names.len; i++) {
    py_ast_alias *a = names.items[i];
    CHECK(name_op(c, PY_OPC_IMPORT_FROM, a->name));
    CHECK(compile_name(c, a->asname ? a->asname : a->name, PY_CTX_Store));
  }
  return emit(c, PY_OPC_POP_TOP, 0);
}

/* ---- match statements --------------------------------------------------------------- */

/* Patterns are compiled the way CPython 3.11 compiles them, so the evaluation order,
 * the names a failed match leaves unbound and the lines of errors are the same. While
 * a pattern is being matched, the values it captures wait on the stack: each new one
 * is rotated beneath the earlier ones and beneath the `on_top` items still in use, so
 * the first capture ends on top; all are stored, in capture order, once the whole
 * pattern has matched. A failing check jumps to fail_pop[n], n being the number of
 * items to pop: those labels sit one POP_TOP apart at the end of the case. */
typedef struct pattern_ctx {
  const char **stores;   /* names captured so far, in store order */
  int nstores, capstores;
  int *fail_pop;         /* labels; fail_pop[n] pops n items then fails */
  int nfail, capfail;
  int on_top;            /* items above the captures that the pattern still needs */
  bool allow_irrefutable;
} pattern_ctx;

static void set_loc_pattern(compiler *c, const py_ast_pattern *p) {
  unit *u = c->u;
  u->lineno = p->lineno;
  u->endlineno = p->end_lineno;
  u->col = p->col_offset;
  u->endcol = p->end_col_offset;
}

/* A SyntaxError at the position the compiler is at (CPython's compiler_error). */
static int c_error_here(compiler *c, const char *fmt, const char *arg) {
  char msg[200];
  snprintf(msg, sizeof msg, fmt, arg);
  unit *u = c->u;
  return c_error_at(c, u->lineno, u->col, u->endlineno, u->endcol, msg);
}

/* Arrays of the pattern context live in the tree's arena (freed with it). */
static bool arena_grow(compiler *c, void **items, int *cap, int need, size_t elem) {
  if (need <= *cap) return true;
  int ncap = *cap ? *cap * 2 : 8;
  while (ncap < need) ncap *= 2;
  void *n = py_ast_arena_alloc(c->arena, (size_t)ncap * elem);
  if (!n) return false;
  if (*cap) memcpy(n, *items, (size_t)*cap * elem);
  *items = n;
  *cap = ncap;
  return true;
}

static bool pc_has(const pattern_ctx *pc, const char *name) {
  for (int i = 0; i < pc->nstores; i++)
    if (strcmp(pc->stores[i], name) == 0) return true;
  return false;
}

static int pc_append(compiler *c, pattern_ctx *pc, const char *name) {
  if (!arena_grow(c, (void **)&pc->stores, &pc->capstores, pc->nstores + 1, sizeof(char *)))
    return c_nomem(c);
  pc->stores[pc->nstores++] = name;
  return 0;
}

static int ensure_fail_pop(compiler *c, pattern_ctx *pc, int n) {
  if (n < pc->nfail) return 0;
  if (!arena_grow(c, (void **)&pc->fail_pop, &pc->capfail, n + 1, sizeof(int)))
    return c_nomem(c);
  while (pc->nfail <= n) {
    int l = new_label(c);
    CHECK(l);
    pc->fail_pop[pc->nfail++] = l;
  }
  return 0;
}

/* Jumps (op) to the label that pops everything this pattern has pushed. */
static int jump_to_fail_pop(compiler *c, pattern_ctx *pc, int op) {
  int pops = pc->on_top + pc->nstores;
  CHECK(ensure_fail_pop(c, pc, pops));
  return emit_jump(c, op, pc->fail_pop[pops]);
}

/* Places the failure labels: fail_pop[n] ... POP_TOP ... fail_pop[0]. */
static int emit_and_reset_fail_pop(compiler *c, pattern_ctx *pc) {
  if (!pc->nfail) return 0;
  while (--pc->nfail) {
    place(c, pc->fail_pop[pc->nfail]);
    CHECK(emit(c, PY_OPC_POP_TOP, 0));
  }
  place(c, pc->fail_pop[0]);
  pc->fail_pop = NULL;
  pc->capfail = 0;
  return 0;
}

/* Moves the top of the stack down by count - 1 places. */
static int rotate(compiler *c, int count) {
  while (count > 1) CHECK(emit(c, PY_OPC_SWAP, count--));
  return 0;
}

/* The value on top is a capture of name (NULL: a wildcard, dropped). */
static int pattern_store(compiler *c, const char *name, pattern_ctx *pc) {
  if (!name) return emit(c, PY_OPC_POP_TOP, 0);
  if (strcmp(name, "__debug__") == 0) return c_error_here(c, "cannot assign to __debug__", NULL);
  if (pc_has(pc, name)) return c_error_here(c, "multiple assignments to name '%s' in pattern", name);
  CHECK(rotate(c, pc->on_top + pc->nstores + 1));
  return pc_append(c, pc, name);
}

static bool is_wildcard(const py_ast_pattern *p) {
  return p->kind == PY_PAT_MatchAs && !p->v.MatchAs.pattern && !p->v.MatchAs.name;
}

static bool is_star_wildcard(const py_ast_pattern *p) {
  return p->kind == PY_PAT_MatchStar && !p->v.MatchStar.name;
}

/* The constant a literal pattern stands for, folded as CPython's AST optimizer folds
 * `-1` and `1+2j`; NULL (no error) when e is not such a literal. */
static py_object *literal_value(compiler *c, py_ast_expr *e) {
  (void)c;
  if (e->kind == PY_EXPR_Constant) return const_object(&e->v.Constant.value);
  if (e->kind == PY_EXPR_UnaryOp && e->v.UnaryOp.op == PY_UNARY_USub &&
      e->v.UnaryOp.operand->kind == PY_EXPR_Constant) {
    py_object *v = const_object(&e->v.UnaryOp.operand->v.Constant.value);
    if (!v) return NULL;
    py_object *n = py_neg(v);
    py_decref(v);
    return n;
  }
  if (e->kind == PY_EXPR_BinOp) {
    py_object *l = literal_value(c, e->v.BinOp.left);
    if (!l) return NULL;
    py_object *r = literal_value(c, e->v.BinOp.right);
    if (!r) { py_decref(l); return NULL; }
    py_object *v = py_binop(l, r, e->v.BinOp.op == PY_OP_Add ? PY_OP_ADD : PY_OP_SUB);
    py_decref(l);
    py_decref(r);
    return v;
  }
  return NULL;
}

static int compile_pattern(compiler *c, py_ast_pattern *p, pattern_ctx *pc);

static int compile_subpattern(compiler *c, py_ast_pattern *p, pattern_ctx *pc) {
  bool allow = pc->allow_irrefutable;
  pc->allow_irrefutable = true;
  CHECK(compile_pattern(c, p, pc));
  pc->allow_irrefutable = allow;
  return 0;
}

/* Loads a value pattern or mapping key: literals as folded constants. */
static int compile_pattern_value_expr(compiler *c, py_ast_expr *e) {
  if (e->kind == PY_EXPR_Attribute) return compile_expr(c, e);
  py_object *v = literal_value(c, e);
  if (!v) return c_nomem(c);
  return load_const(c, v);
}

static int compile_pattern_sequence(compiler *c, py_ast_pattern *p, pattern_ctx *pc) {
  py_ast_pattern_seq pats = p->v.MatchSequence.patterns;
  int size = (int)pats.len, star = -1;
  bool only_wildcard = true, star_wildcard = false;
  for (int i = 0; i < size; i++) {
    py_ast_pattern *x = pats.items[i];
    if (x->kind == PY_PAT_MatchStar) {
      if (star >= 0) return c_error_here(c, "multiple starred names in sequence pattern", NULL);
      star_wildcard = is_star_wildcard(x);
      only_wildcard &= star_wildcard;
      star = i;
      continue;
    }
    only_wildcard &= is_wildcard(x);
  }
  /* The subject stays on top during the type and length checks. */
  pc->on_top++;
  CHECK(emit(c, PY_OPC_MATCH_SEQUENCE, 0));
  CHECK(jump_to_fail_pop(c, pc, PY_OPC_POP_JUMP_IF_FALSE));
  if (star < 0) {
    CHECK(emit(c, PY_OPC_GET_LEN, 0));
    CHECK(load_const(c, py_int_from_i64(size)));
    CHECK(emit(c, PY_OPC_COMPARE_OP, PY_EQ));
    CHECK(jump_to_fail_pop(c, pc, PY_OPC_POP_JUMP_IF_FALSE));
  } else if (size > 1) {
    /* With a star, at least the other items (no check when there are none). */
    CHECK(emit(c, PY_OPC_GET_LEN, 0));
    CHECK(load_const(c, py_int_from_i64(size - 1)));
    CHECK(emit(c, PY_OPC_COMPARE_OP, PY_GE));
    CHECK(jump_to_fail_pop(c, pc, PY_OPC_POP_JUMP_IF_FALSE));
  }
  pc->on_top--;
  if (only_wildcard) return emit(c, PY_OPC_POP_TOP, 0);
  if (star_wildcard) {
    /* [a, *_, b]: index the subject instead of unpacking it all. */
    pc->on_top++;
    for (int i = 0; i < size; i++) {
      py_ast_pattern *x = pats.items[i];
      if (is_wildcard(x) || i == star) continue;
      CHECK(emit(c, PY_OPC_COPY, 1));
      if (i < star) {
        CHECK(load_const(c, py_int_from_i64(i)));
      } else {
        /* The subject may not support negative indexes. */
        CHECK(emit(c, PY_OPC_GET_LEN, 0));
        CHECK(load_const(c, py_int_from_i64(size - i)));
        CHECK(emit(c, PY_OPC_BINARY_OP, PY_OP_SUB));
      }
      CHECK(emit(c, PY_OPC_BINARY_SUBSCR, 0));
      CHECK(compile_subpattern(c, x, pc));
    }
    pc->on_top--;
    return emit(c, PY_OPC_POP_TOP, 0);
  }
  if (star < 0) {
    CHECK(emit(c, PY_OPC_UNPACK_SEQUENCE, size));
  } else {
    if (star >= 256 || size - star - 1 >= 65536)
      return c_error_here(c, "too many expressions in star-unpacking sequence pattern", NULL);
    CHECK(emit(c, PY_OPC_UNPACK_EX, star | ((size - star - 1) << 8)));
  }
  pc->on_top += size;
  for (int i = 0; i < size; i++) {
    pc->on_top--;
    CHECK(compile_subpattern(c, pats.items[i], pc));
  }
  return 0;
}

static int compile_pattern_mapping(compiler *c, py_ast_pattern *p, pattern_ctx *pc) {
  py_ast_expr_seq keys = p->v.MatchMapping.keys;
  py_ast_pattern_seq pats = p->v.MatchMapping.patterns;
  const char *rest = p->v.MatchMapping.rest;
  int size = (int)keys.len;
  pc->on_top++;
  CHECK(emit(c, PY_OPC_MATCH_MAPPING, 0));
  CHECK(jump_to_fail_pop(c, pc, PY_OPC_POP_JUMP_IF_FALSE));
  if (!size && !rest) {
    pc->on_top--;
    return emit(c, PY_OPC_POP_TOP, 0);
  }
  if (size) {
    CHECK(emit(c, PY_OPC_GET_LEN, 0));
    CHECK(load_const(c, py_int_from_i64(size)));
    CHECK(emit(c, PY_OPC_COMPARE_OP, PY_GE));
    CHECK(jump_to_fail_pop(c, pc, PY_OPC_POP_JUMP_IF_FALSE));
  }
  /* Literal keys must differ (by Python equality, so 1 and True clash). */
  py_object *seen = py_set_new(NULL);
  if (!seen) return c_nomem(c);
  for (int i = 0; i < size; i++) {
    py_ast_expr *k = keys.items[i];
    if (k->kind != PY_EXPR_Attribute) {
      py_object *v = literal_value(c, k);
      if (!v) {
        py_decref(seen);
        if (py_err_occurred()) return c_nomem(c);
        return c_error_here(c, "mapping pattern keys may only match literals and attribute "
                               "lookups", NULL);
      }
      int in = py_contains(seen, v);
      if (in == 0) in = py_set_add(seen, v) < 0 ? -1 : 0;
      if (in != 0) {
        py_object *r = in > 0 ? py_repr(v) : NULL;
        py_decref(v);
        py_decref(seen);
        if (!r) return c_nomem(c);
        int rc = c_error_here(c, "mapping pattern checks duplicate key (%s)", PY_STR_DATA(r));
        py_decref(r);
        return rc;
      }
      py_decref(v);
    }
    int rc = compile_pattern_value_expr(c, k);
    if (rc < 0) {
      py_decref(seen);
      return rc;
    }
  }
  py_decref(seen);
  CHECK(emit(c, PY_OPC_BUILD_TUPLE, size));
  CHECK(emit(c, PY_OPC_MATCH_KEYS, 0));
  /* [subject, keys, values or None] */
  pc->on_top += 2;
  CHECK(emit(c, PY_OPC_COPY, 1));
  CHECK(load_const(c, py_newref(PY_NONE)));
  CHECK(emit(c, PY_OPC_IS_OP, 1));
  CHECK(jump_to_fail_pop(c, pc, PY_OPC_POP_JUMP_IF_FALSE));
  CHECK(emit(c, PY_OPC_UNPACK_SEQUENCE, size));
  pc->on_top += size - 1;
  for (int i = 0; i < size; i++) {
    pc->on_top--;
    CHECK(compile_subpattern(c, pats.items[i], pc));
  }
  pc->on_top -= 2;
  if (!rest) {
    CHECK(emit(c, PY_OPC_POP_TOP, 0)); /* the keys */
    return emit(c, PY_OPC_POP_TOP, 0); /* the subject */
  }
  /* rest = dict(subject), then del rest[key] for each key. */
  CHECK(emit(c, PY_OPC_BUILD_MAP, 0));
  CHECK(emit(c, PY_OPC_SWAP, 3));
  CHECK(emit(c, PY_OPC_DICT_UPDATE, 2));
  CHECK(emit(c, PY_OPC_UNPACK_SEQUENCE, size));
  for (int n = size; n > 0; n--) {
    CHECK(emit(c, PY_OPC_COPY, 1 + n));
    CHECK(emit(c, PY_OPC_SWAP, 2));
    CHECK(emit(c, PY_OPC_DELETE_SUBSCR, 0));
  }
  return pattern_store(c, rest, pc);
}

static int compile_pattern_class(compiler *c, py_ast_pattern *p, pattern_ctx *pc) {
  py_ast_pattern_seq args = p->v.MatchClass.patterns;
  py_ast_identifier_seq attrs = p->v.MatchClass.kwd_attrs;
  py_ast_pattern_seq kwpats = p->v.MatchClass.kwd_patterns;
  int nargs = (int)args.len, nattrs = (int)attrs.len;
  if (nattrs) {
    /* Errors point at the keyword's pattern: the tree keeps no node for the name. */
    for (int i = 0; i < nattrs; i++) {
      set_loc_pattern(c, kwpats.items[i]);
      if (strcmp(attrs.items[i], "__debug__") == 0)
        return c_error_here(c, "cannot assign to __debug__", NULL);
      for (int j = i + 1; j < nattrs; j++)
        if (strcmp(attrs.items[i], attrs.items[j]) == 0) {
          set_loc_pattern(c, kwpats.items[j]);
          return c_error_here(c, "attribute name repeated in class pattern: %s", attrs.items[i]);
        }
    }
    set_loc_pattern(c, p);
  }
  CHECK(compile_expr(c, p->v.MatchClass.cls));
  py_object *names = py_tuple_new(nattrs);
  if (!names) return c_nomem(c);
  for (int i = 0; i < nattrs; i++) {
    py_object *s = py_str_intern_cstr(attrs.items[i]);
    if (!s) { py_decref(names); return c_nomem(c); }
    PY_TUPLE_ITEMS(names)[i] = s;
  }
  CHECK(load_const(c, names));
  CHECK(emit(c, PY_OPC_MATCH_CLASS, nargs));
  CHECK(emit(c, PY_OPC_COPY, 1));
  CHECK(load_const(c, py_newref(PY_NONE)));
  CHECK(emit(c, PY_OPC_IS_OP, 1));
  /* The tuple of attributes (or None) is on top. */
  pc->on_top++;
  CHECK(jump_to_fail_pop(c, pc, PY_OPC_POP_JUMP_IF_FALSE));
  CHECK(emit(c, PY_OPC_UNPACK_SEQUENCE, nargs + nattrs));
  pc->on_top += nargs + nattrs - 1;
  for (int i = 0; i < nargs + nattrs; i++) {
    pc->on_top--;
    py_ast_pattern *x = i < nargs ? args.items[i] : kwpats.items[i - nargs];
    if (is_wildcard(x)) {
      CHECK(emit(c, PY_OPC_POP_TOP, 0));
      continue;
    }
    CHECK(compile_subpattern(c, x, pc));
  }
  return 0;
}

/* An alternative's stores must be the first alternative's names; they are brought into
 * that order on the stack too. */
static int compile_pattern_or(compiler *c, py_ast_pattern *p, pattern_ctx *pc) {
  py_ast_pattern_seq alts = p->v.MatchOr.patterns;
  int end = new_label(c);
  CHECK(end);
  pattern_ctx old = *pc;
  pattern_ctx control = {0};
  bool have_control = false;
  for (size_t i = 0; i < alts.len; i++) {
    py_ast_pattern *alt = alts.items[i];
    set_loc_pattern(c, alt);
    pc->stores = NULL;
    pc->nstores = pc->capstores = 0;
    pc->allow_irrefutable = i == alts.len - 1 && old.allow_irrefutable;
    pc->fail_pop = NULL;
    pc->nfail = pc->capfail = 0;
    pc->on_top = 0;
    CHECK(emit(c, PY_OPC_COPY, 1));
    CHECK(compile_pattern(c, alt, pc));
    int n = pc->nstores;
    if (!have_control) {
      control = *pc;
      have_control = true;
    } else if (n != control.nstores) {
      return c_error_here(c, "alternative patterns bind different names", NULL);
    } else if (n) {
      for (int icontrol = n - 1; icontrol >= 0; icontrol--) {
        const char *name = control.stores[icontrol];
        int istores = -1;
        for (int k = 0; k < n; k++)
          if (strcmp(pc->stores[k], name) == 0) istores = k;
        if (istores < 0) return c_error_here(c, "alternative patterns bind different names", NULL);
        if (icontrol != istores) {
          /* Move stores[:istores+1] to just before position icontrol - istores, and
           * the values on the stack the same way. */
          int rotations = istores + 1;
          const char *moved[rotations];
          memcpy(moved, pc->stores, sizeof moved);
          memmove(pc->stores, pc->stores + rotations,
                  (size_t)(n - rotations) * sizeof(char *));
          int at = icontrol - istores;
          memmove(pc->stores + at + rotations, pc->stores + at,
                  (size_t)(n - rotations - at) * sizeof(char *));
          memcpy(pc->stores + at, moved, sizeof moved);
          while (rotations--) CHECK(rotate(c, icontrol + 1));
        }
      }
    }
    CHECK(emit_jump(c, PY_OPC_JUMP, end));
    CHECK(emit_and_reset_fail_pop(c, pc));
  }
  /* No alternative matched: pop the copy of the subject and fail. */
  const char **stores = old.stores;
  *pc = old;
  pc->stores = stores;
  CHECK(emit(c, PY_OPC_POP_TOP, 0));
  CHECK(jump_to_fail_pop(c, pc, PY_OPC_JUMP));
  place(c, end);
  /* Beneath the new captures: the copy of the subject, the items still on top and the
   * captures made before this pattern. */
  int nstores = control.nstores;
  int nrots = nstores + 1 + pc->on_top + pc->nstores;
  for (int i = 0; i < nstores; i++) {
    CHECK(rotate(c, nrots));
    const char *name = control.stores[i];
    if (pc_has(pc, name))
      return c_error_here(c, "multiple assignments to name '%s' in pattern", name);
    CHECK(pc_append(c, pc, name));
  }
  return emit(c, PY_OPC_POP_TOP, 0); /* the copy of the subject */
}

static int compile_pattern(compiler *c, py_ast_pattern *p, pattern_ctx *pc) {
  set_loc_pattern(c, p);
  switch (p->kind) {
  case PY_PAT_MatchValue: {
    py_ast_expr *v = p->v.MatchValue.value;
    if (v->kind == PY_EXPR_JoinedStr)
      return c_error_here(c, "patterns may only match literals and attribute lookups", NULL);
    CHECK(compile_pattern_value_expr(c, v));
    CHECK(emit(c, PY_OPC_COMPARE_OP, PY_EQ));
    return jump_to_fail_pop(c, pc, PY_OPC_POP_JUMP_IF_FALSE);
  }
  case PY_PAT_MatchSingleton: {
    py_ast_constant k = {.kind = p->v.MatchSingleton.value};
    CHECK(load_const(c, const_object(&k)));
    CHECK(emit(c, PY_OPC_IS_OP, 0));
    return jump_to_fail_pop(c, pc, PY_OPC_POP_JUMP_IF_FALSE);
  }
  case PY_PAT_MatchSequence: return compile_pattern_sequence(c, p, pc);
  case PY_PAT_MatchMapping: return compile_pattern_mapping(c, p, pc);
  case PY_PAT_MatchClass: return compile_pattern_class(c, p, pc);
  case PY_PAT_MatchStar: return pattern_store(c, p->v.MatchStar.name, pc);
  case PY_PAT_MatchAs:
    if (!p->v.MatchAs.pattern) {
      if (!pc->allow_irrefutable) {
        if (p->v.MatchAs.name)
          return c_error_here(c, "name capture '%s' makes remaining patterns unreachable",
                              p->v.MatchAs.name);
        return c_error_here(c, "wildcard makes remaining patterns unreachable", NULL);
      }
      return pattern_store(c, p->v.MatchAs.name, pc);
    }
    /* A copy to store once the inner pattern has matched. */
    pc->on_top++;
    CHECK(emit(c, PY_OPC_COPY, 1));
    CHECK(compile_pattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return pattern_store(c, p->v.MatchAs.name, pc);
  case PY_PAT_MatchOr: return compile_pattern_or(c, p, pc);
  }
  return 0;
}

static int compile_match(compiler *c, py_ast_stmt *s) {
  CHECK(compile_expr(c, s->v.Match.subject));
  int end = new_label(c);
  CHECK(end);
  py_ast_match_case_seq cases = s->v.Match.cases;
  int ncases = (int)cases.len;
  /* A trailing `case _:` needs no pattern code at all. */
  int has_default = is_wildcard(cases.items[ncases - 1]->pattern) && ncases > 1;
  for (int i = 0; i < ncases - has_default; i++) {
    py_ast_match_case *m = cases.items[i];
    set_loc_pattern(c, m->pattern);
    /* The last case tried consumes the subject; the others match a copy. */
    bool keep_subject = i != ncases - has_default - 1;
    if (keep_subject) CHECK(emit(c, PY_OPC_COPY, 1));
    pattern_ctx pc = {0};
    pc.allow_irrefutable = m->guard != NULL || i == ncases - 1;
    CHECK(compile_pattern(c, m->pattern, &pc));
    for (int k = 0; k < pc.nstores; k++) CHECK(compile_name(c, pc.stores[k], PY_CTX_Store));
    if (m->guard) {
      CHECK(ensure_fail_pop(c, &pc, 0));
      CHECK(compile_jump_if(c, m->guard, false, pc.fail_pop[0]));
    }
    if (keep_subject) CHECK(emit(c, PY_OPC_POP_TOP, 0));
    CHECK(compile_stmts(c, m->body));
    CHECK(emit_jump(c, PY_OPC_JUMP, end));
    /* The cleanup of a failed match belongs to the pattern's line, not the body's. */
    set_loc_pattern(c, m->pattern);
    CHECK(emit_and_reset_fail_pop(c, &pc));
  }
  if (has_default) {
    py_ast_match_case *m = cases.items[ncases - 1];
    set_loc_pattern(c, m->pattern);
    CHECK(emit(c, PY_OPC_NOP, 0));
    if (m->guard) CHECK(compile_jump_if(c, m->guard, false, end));
    CHECK(compile_stmts(c, m->body));
  }
  place(c, end);
  return 0;
}

/* The less common statements, each its own function so that compile_stmt stays a small
 * dispatch (see compile_boolop's comment). */

static int compile_delete_stmt(compiler *c, py_ast_stmt *s) {
  for (size_t i = 0; i < s->v.Delete.targets.len; i++)
    CHECK(compile_delete(c, s->v.Delete.targets.items[i]));
  return 0;
}

static int compile_annassign(compiler *c, py_ast_stmt *s) {
  py_ast_expr *t = s->v.AnnAssign.target;
  if (s->v.AnnAssign.value) {
    CHECK(compile_expr(c, s->v.AnnAssign.value));
    CHECK(compile_store(c, t));
  }
  /* Module and class bodies record simple annotations in __annotations__. */
  if (t->kind == PY_EXPR_Name && s->v.AnnAssign.simple && c->u->ste->kind != PY_ST_FUNCTION) {
    CHECK(compile_annotation(c, s->v.AnnAssign.annotation));
    return name_op(c, PY_OPC_STORE_ANNOTATION, t->v.Name.id);
  }
  return 0;
}

static int compile_with(compiler *c, py_ast_stmt *s) {
  if (s->kind == PY_STMT_AsyncWith && !c->u->in_async)
    return c_error_at(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                      "'async with' outside async function");
  return compile_with_items(c, s, 0, s->kind == PY_STMT_AsyncWith);
}

static int compile_raise(compiler *c, py_ast_stmt *s) {
  int n = 0;
  if (s->v.Raise.exc) {
    CHECK(compile_expr(c, s->v.Raise.exc));
    n = 1;
    if (s->v.Raise.cause) {
      CHECK(compile_expr(c, s->v.Raise.cause));
      n = 2;
    }
  }
  return emit(c, PY_OPC_RAISE_VARARGS, n);
}

static int compile_assert(compiler *c, py_ast_stmt *s) {
  int end = new_label(c);
  CHECK(end);
  CHECK(compile_jump_if(c, s->v.Assert.test, true, end));
  CHECK(emit(c, PY_OPC_LOAD_ASSERTION_ERROR, 0));
  if (s->v.Assert.msg) {
    CHECK(emit(c, PY_OPC_PUSH_NULL, 0));
    CHECK(compile_expr(c, s->v.Assert.msg));
    CHECK(emit(c, PY_OPC_CALL, 1));
  }
  /* CPython 3.11's tracebacks point at the test when it is a comparison (its
   * jump code leaves that position behind) and at the statement otherwise. */
  src_pos saved = {c->u->lineno, c->u->endlineno, c->u->col, c->u->endcol};
  if (s->v.Assert.test->kind == PY_EXPR_Compare) place_at(c, s->v.Assert.test);
  CHECK(emit(c, PY_OPC_RAISE_VARARGS, 1));
  place_back(c, saved);
  place(c, end);
  return 0;
}

static int compile_stmt(compiler *c, py_ast_stmt *s) {
  unit *u = c->u;
  u->lineno = s->lineno;
  u->endlineno = s->end_lineno;
  u->col = s->col_offset;
  u->endcol = s->end_col_offset;
  switch (s->kind) {
  case PY_STMT_FunctionDef:
  case PY_STMT_AsyncFunctionDef: return compile_functiondef(c, s);
  case PY_STMT_ClassDef: return compile_classdef(c, s);
  case PY_STMT_Return:
    if (u->ste->kind != PY_ST_FUNCTION)
      return c_error_at(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, "'return' outside function");
    return compile_return(c, s);
  case PY_STMT_Delete: return compile_delete_stmt(c, s);
  case PY_STMT_Assign: {
    py_ast_expr_seq ts = s->v.Assign.targets;
    CHECK(compile_expr(c, s->v.Assign.value));
    for (size_t i = 0; i < ts.len; i++) {
      if (i + 1 < ts.len) CHECK(emit(c, PY_OPC_COPY, 1));
      CHECK(compile_store(c, ts.items[i]));
    }
    return 0;
  }
  case PY_STMT_AugAssign: return compile_augassign(c, s);
  case PY_STMT_AnnAssign: return compile_annassign(c, s);
  case PY_STMT_For:
  case PY_STMT_AsyncFor: return compile_for(c, s);
  case PY_STMT_While: return compile_while(c, s);
  case PY_STMT_If: return compile_if(c, s);
  case PY_STMT_With:
  case PY_STMT_AsyncWith: return compile_with(c, s);
  case PY_STMT_Raise: return compile_raise(c, s);
  case PY_STMT_Try:
  case PY_STMT_TryStar: return compile_try(c, s);
  case PY_STMT_Assert: return compile_assert(c, s);
  case PY_STMT_Import: return compile_import(c, s);
  case PY_STMT_ImportFrom: return compile_importfrom(c, s);
  case PY_STMT_Global:
  case PY_STMT_Nonlocal:
  case PY_STMT_Pass: return 0;
  case PY_STMT_Expr: {
    py_ast_expr *v = s->v.Expr.value;
    if (c->interactive && !u->parent) {
      /* As at the prompt: in the module's code (loops and ifs included, not in
       * functions or classes), every value is shown, constants too. */
      CHECK(compile_expr(c, v));
      return emit(c, PY_OPC_PRINT_EXPR, 0);
    }
    if (v->kind == PY_EXPR_Constant) return 0;
    CHECK(compile_expr(c, v));
    return emit(c, PY_OPC_POP_TOP, 0);
  }
  case PY_STMT_Break: return compile_break_continue(c, s, true);
  case PY_STMT_Continue: return compile_break_continue(c, s, false);
  case PY_STMT_Match: return compile_match(c, s);
  }
  return 0;
}

static int compile_stmts(compiler *c, py_ast_stmt_seq seq) {
  for (size_t i = 0; i < seq.len; i++) CHECK(compile_stmt(c, seq.items[i]));
  return 0;
}

/* ---- entry -------------------------------------------------------------------------- */

py_code *py_compile(py_ast_mod *mod, py_ast_arena *arena, const char *filename,
                    const char *src, size_t n, py_syntax_error *err) {
  compiler c = {.arena = arena, .filename = filename, .err = err, .src = src, .srclen = n,
                .interactive = mod->kind == PY_MOD_Interactive};
  if (mod->kind == PY_MOD_Module) {
    py_ast_stmt_seq body = mod->v.Module.body;
    for (size_t i = 0; i < body.len; i++) {
      py_ast_stmt *st = body.items[i];
      if (st->kind != PY_STMT_ImportFrom || !st->v.ImportFrom.module ||
          strcmp(st->v.ImportFrom.module, "__future__") != 0)
        continue;
      for (size_t k = 0; k < st->v.ImportFrom.names.len; k++)
        if (strcmp(st->v.ImportFrom.names.items[k]->name, "annotations") == 0)
          c.future_annotations = true;
    }
  }
  memset(err, 0, sizeof *err);
  if (py_symtable_build(&c.st, mod, arena, err) < 0) {
    if (err->type == PY_SYNERR_MemoryError) {
      err->type = 0;
      py_raise_nomemory();
    }
    return NULL;
  }
  py_code *co = NULL;
  if (enter_unit(&c, mod, "<module>", 1) < 0) goto done;
  int rc = 0;
  if (mod->kind == PY_MOD_Expression) {
    rc = compile_expr(&c, mod->v.Expression.body);
    if (rc == 0) rc = emit(&c, PY_OPC_RETURN_VALUE, 0);
  } else {
    bool ann = false;
    for (size_t i = 0; i < mod->v.Module.body.len; i++)
      if (mod->v.Module.body.items[i]->kind == PY_STMT_AnnAssign) ann = true;
    if (ann) rc = emit(&c, PY_OPC_SETUP_ANNOTATIONS, 0);
    /* A module's docstring becomes its __doc__ (argparse's description=__doc__,
     * doctest, help), stored where the docstring stands as CPython does. */
    py_ast_stmt_seq body = mod->v.Module.body;
    if (rc == 0 && !c.interactive && is_docstring(body)) {
      const py_ast_stmt *st = body.items[0];
      const py_ast_constant *k = &st->v.Expr.value->v.Constant.value;
      c.u->lineno = st->lineno;
      c.u->endlineno = st->end_lineno;
      c.u->col = st->col_offset;
      c.u->endcol = st->end_col_offset;
      rc = load_const(&c, py_str_from_utf8(k->bytes, k->len));
      if (rc == 0) rc = name_op(&c, PY_OPC_STORE_NAME, "__doc__");
    }
    if (rc == 0) rc = compile_stmts(&c, body);
  }
  co = leave_unit(&c, "<module>");
  if (rc < 0 && co) {
    py_decref((py_object *)co);
    co = NULL;
  }
done:
  while (c.u) {
    unit *u = c.u;
    c.u = u->parent;
    unit_free(u);
  }
  py_symtable_free(&c.st);
  py_xdecref(c.strs);
  if (!co && !c.failed && !py_err_occurred()) py_raise_nomemory();
  return co;
}
