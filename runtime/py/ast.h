/* runtime/py/ast.h — the abstract syntax tree the parser produces and the compiler reads.
 *
 * The tree mirrors CPython 3.11's Parser/Python.asdl (the `ast` module's documentation
 * describes every node): the same node kinds with the same names, the same field names,
 * the same optional fields (NULL when absent), the same positions. Only type comments
 * are left out (type_comment fields are always NULL; a Module's type_ignores list is
 * always empty, so it is not stored).
 *
 * The layout follows CPython's pycore_ast.h: a node is a struct with a `kind` tag, a
 * union `v` with one member per kind named as in the ASDL (`e->v.BinOp.left`), and the
 * four position attributes. Positions are as CPython's: lineno and end_lineno 1-based,
 * col_offset and end_col_offset 0-based and counted in UTF-8 bytes of the source line.
 *
 * Everything here is plain C with no link to the object model: constants are raw (see
 * py_ast_constant), identifiers are NUL-terminated UTF-8 strings. All nodes, sequences
 * and strings of one tree live in one py_ast_arena, freed at once. */
#ifndef TASKSCOPE_PY_AST_H
#define TASKSCOPE_PY_AST_H
#include <stddef.h>

/* ---- the arena -------------------------------------------------------------------- */

/* A bump allocator for one tree; memory comes from py_mem_* (so it counts against the
 * interpreter's memory cap). */
typedef struct py_ast_arena py_ast_arena;

/* Returns a new empty arena, or NULL when out of memory. */
py_ast_arena *py_ast_arena_new(void);
/* Returns n zero-filled bytes (aligned for any node) that live until the arena is
 * freed, or NULL when out of memory. */
void *py_ast_arena_alloc(py_ast_arena *a, size_t n);
/* Copies n bytes of s into the arena and appends a NUL; NULL when out of memory. */
char *py_ast_arena_strndup(py_ast_arena *a, const char *s, size_t n);
/* Frees the arena and everything allocated in it (NULL is allowed). */
void py_ast_arena_free(py_ast_arena *a);

/* ---- private-name mangling ------------------------------------------------------ */

/* Inside class cls, a private name __x is _cls__x, cls without its leading underscores
 * (CPython's _Py_Mangle). The class name to put in front, or NULL when name stays as
 * it is: not __x, a __dunder__, dotted (an import), or cls all underscores. The
 * compiler, the symbol table and __slots__ (typeobject.c) all mangle by this rule. */
const char *py_mangling_class(const char *cls, const char *name);
/* name as mangled inside cls: name itself when it stays, else a copy in the arena;
 * NULL when out of memory. */
const char *py_ast_mangle(py_ast_arena *a, const char *cls, const char *name);

/* ---- forward declarations and sequences ------------------------------------------- */

typedef struct py_ast_mod py_ast_mod;
typedef struct py_ast_stmt py_ast_stmt;
typedef struct py_ast_expr py_ast_expr;
typedef struct py_ast_comprehension py_ast_comprehension;
typedef struct py_ast_excepthandler py_ast_excepthandler;
typedef struct py_ast_arguments py_ast_arguments;
typedef struct py_ast_arg py_ast_arg;
typedef struct py_ast_keyword py_ast_keyword;
typedef struct py_ast_alias py_ast_alias;
typedef struct py_ast_withitem py_ast_withitem;
typedef struct py_ast_match_case py_ast_match_case;
typedef struct py_ast_pattern py_ast_pattern;

/* A sequence (the ASDL's `T*`): `len` items in `items` (items is NULL when len is 0).
 * The items are never NULL, except in Dict.keys (NULL for a `**mapping` entry). */
#define PY_AST_SEQ(name, T) typedef struct { size_t len; T *items; } name
PY_AST_SEQ(py_ast_stmt_seq, py_ast_stmt *);
PY_AST_SEQ(py_ast_expr_seq, py_ast_expr *);
PY_AST_SEQ(py_ast_comprehension_seq, py_ast_comprehension *);
PY_AST_SEQ(py_ast_excepthandler_seq, py_ast_excepthandler *);
PY_AST_SEQ(py_ast_arg_seq, py_ast_arg *);
PY_AST_SEQ(py_ast_keyword_seq, py_ast_keyword *);
PY_AST_SEQ(py_ast_alias_seq, py_ast_alias *);
PY_AST_SEQ(py_ast_withitem_seq, py_ast_withitem *);
PY_AST_SEQ(py_ast_match_case_seq, py_ast_match_case *);
PY_AST_SEQ(py_ast_pattern_seq, py_ast_pattern *);
PY_AST_SEQ(py_ast_identifier_seq, char *);
PY_AST_SEQ(py_ast_cmpop_seq, int); /* values are py_ast_cmpop */
#undef PY_AST_SEQ

/* The four position attributes every located node carries (see the file comment). */
#define PY_AST_POSITION int lineno, col_offset, end_lineno, end_col_offset

/* ---- the small enumerations ------------------------------------------------------- */

typedef enum { PY_CTX_Load = 1, PY_CTX_Store, PY_CTX_Del } py_ast_expr_context;
typedef enum { PY_BOOLOP_And = 1, PY_BOOLOP_Or } py_ast_boolop;
typedef enum {
  PY_OP_Add = 1, PY_OP_Sub, PY_OP_Mult, PY_OP_MatMult, PY_OP_Div, PY_OP_Mod, PY_OP_Pow,
  PY_OP_LShift, PY_OP_RShift, PY_OP_BitOr, PY_OP_BitXor, PY_OP_BitAnd, PY_OP_FloorDiv
} py_ast_operator;
typedef enum { PY_UNARY_Invert = 1, PY_UNARY_Not, PY_UNARY_UAdd, PY_UNARY_USub } py_ast_unaryop;
typedef enum {
  PY_CMP_Eq = 1, PY_CMP_NotEq, PY_CMP_Lt, PY_CMP_LtE, PY_CMP_Gt, PY_CMP_GtE, PY_CMP_Is,
  PY_CMP_IsNot, PY_CMP_In, PY_CMP_NotIn
} py_ast_cmpop;

/* ---- constants -------------------------------------------------------------------- */

/* The value of a Constant node, raw, for the compiler to turn into objects. */
typedef enum {
  PY_CONST_None = 1, PY_CONST_True, PY_CONST_False, PY_CONST_Ellipsis,
  PY_CONST_int,     /* `digits` in base `base`, see below */
  PY_CONST_float,   /* `f` */
  PY_CONST_complex, /* an imaginary literal `1.5j`: real part 0, imaginary part `f` */
  PY_CONST_str,     /* `bytes`/`len`: UTF-8 text after escape processing */
  PY_CONST_bytes    /* `bytes`/`len`: the byte values after escape processing */
} py_ast_constant_kind;

typedef struct {
  py_ast_constant_kind kind;
  /* PY_CONST_int: the literal's digits with the base prefix (0x/0o/0b) and underscores
   * removed, as written (hex digits may be either case), NUL-terminated, never empty;
   * `base` is 10, 16, 8 or 2. "0" for zero. The compiler converts it to an int of any
   * size; an integer literal is never negative (`-5` is UnaryOp(USub, 5)). */
  const char *digits;
  int base;
  /* PY_CONST_float and PY_CONST_complex: the value, correctly rounded (strtod). */
  double f;
  /* PY_CONST_str and PY_CONST_bytes: the content and its length in bytes (it may hold
   * NUL bytes; a NUL is also appended after it). A str is UTF-8; a lone surrogate
   * written as an escape ("\ud800") is stored in the 3-byte form UTF-8 would give it. */
  const char *bytes;
  size_t len;
} py_ast_constant;

/* ---- mod -------------------------------------------------------------------------- */

typedef enum { PY_MOD_Module = 1, PY_MOD_Interactive, PY_MOD_Expression } py_ast_mod_kind;

struct py_ast_mod {
  py_ast_mod_kind kind;
  union {
    struct { py_ast_stmt_seq body; } Module;      /* type_ignores: always [] */
    struct { py_ast_stmt_seq body; } Interactive;
    struct { py_ast_expr *body; } Expression;
  } v;
};

/* ---- stmt ------------------------------------------------------------------------- */

typedef enum {
  PY_STMT_FunctionDef = 1, PY_STMT_AsyncFunctionDef, PY_STMT_ClassDef, PY_STMT_Return,
  PY_STMT_Delete, PY_STMT_Assign, PY_STMT_AugAssign, PY_STMT_AnnAssign, PY_STMT_For,
  PY_STMT_AsyncFor, PY_STMT_While, PY_STMT_If, PY_STMT_With, PY_STMT_AsyncWith,
  PY_STMT_Raise, PY_STMT_Try, PY_STMT_TryStar, PY_STMT_Assert, PY_STMT_Import,
  PY_STMT_ImportFrom, PY_STMT_Global, PY_STMT_Nonlocal, PY_STMT_Expr, PY_STMT_Pass,
  PY_STMT_Break, PY_STMT_Continue,
  PY_STMT_Match                        /* last, so the older kinds keep their numbers */
} py_ast_stmt_kind;

struct py_ast_stmt {
  py_ast_stmt_kind kind;
  union {
    /* FunctionDef and AsyncFunctionDef share one layout (as in CPython). */
    struct {
      char *name;
      py_ast_arguments *args;
      py_ast_stmt_seq body;
      py_ast_expr_seq decorator_list;
      py_ast_expr *returns;            /* optional */
    } FunctionDef, AsyncFunctionDef;
    struct {
      char *name;
      py_ast_expr_seq bases;
      py_ast_keyword_seq keywords;
      py_ast_stmt_seq body;
      py_ast_expr_seq decorator_list;
    } ClassDef;
    struct { py_ast_expr *value; } Return;     /* value optional */
    struct { py_ast_expr_seq targets; } Delete;
    struct { py_ast_expr_seq targets; py_ast_expr *value; } Assign;
    struct { py_ast_expr *target; py_ast_operator op; py_ast_expr *value; } AugAssign;
    struct {
      py_ast_expr *target;
      py_ast_expr *annotation;
      py_ast_expr *value;              /* optional */
      int simple;                      /* 1 for a bare name target, not parenthesized */
    } AnnAssign;
    struct {
      py_ast_expr *target;
      py_ast_expr *iter;
      py_ast_stmt_seq body;
      py_ast_stmt_seq orelse;
    } For, AsyncFor;
    struct { py_ast_expr *test; py_ast_stmt_seq body; py_ast_stmt_seq orelse; } While;
    /* `elif` is an If inside orelse, as in CPython. */
    struct { py_ast_expr *test; py_ast_stmt_seq body; py_ast_stmt_seq orelse; } If;
    struct { py_ast_withitem_seq items; py_ast_stmt_seq body; } With, AsyncWith;
    struct { py_ast_expr *exc; py_ast_expr *cause; } Raise;  /* both optional */
    struct {
      py_ast_stmt_seq body;
      py_ast_excepthandler_seq handlers;
      py_ast_stmt_seq orelse;
      py_ast_stmt_seq finalbody;
    } Try, TryStar;
    struct { py_ast_expr *test; py_ast_expr *msg; } Assert;  /* msg optional */
    struct { py_ast_alias_seq names; } Import;
    struct {
      char *module;                    /* optional: NULL for `from . import x` */
      py_ast_alias_seq names;
      int level;                       /* number of leading dots */
    } ImportFrom;
    struct { py_ast_identifier_seq names; } Global, Nonlocal;
    struct { py_ast_expr *value; } Expr;
    struct { py_ast_expr *subject; py_ast_match_case_seq cases; } Match;
  } v;
  PY_AST_POSITION;
};

/* ---- expr ------------------------------------------------------------------------- */

typedef enum {
  PY_EXPR_BoolOp = 1, PY_EXPR_NamedExpr, PY_EXPR_BinOp, PY_EXPR_UnaryOp, PY_EXPR_Lambda,
  PY_EXPR_IfExp, PY_EXPR_Dict, PY_EXPR_Set, PY_EXPR_ListComp, PY_EXPR_SetComp,
  PY_EXPR_DictComp, PY_EXPR_GeneratorExp, PY_EXPR_Await, PY_EXPR_Yield, PY_EXPR_YieldFrom,
  PY_EXPR_Compare, PY_EXPR_Call, PY_EXPR_FormattedValue, PY_EXPR_JoinedStr,
  PY_EXPR_Constant, PY_EXPR_Attribute, PY_EXPR_Subscript, PY_EXPR_Starred, PY_EXPR_Name,
  PY_EXPR_List, PY_EXPR_Tuple, PY_EXPR_Slice
} py_ast_expr_kind;

struct py_ast_expr {
  py_ast_expr_kind kind;
  union {
    struct { py_ast_boolop op; py_ast_expr_seq values; } BoolOp;   /* 2 or more values */
    struct { py_ast_expr *target; py_ast_expr *value; } NamedExpr;
    struct { py_ast_expr *left; py_ast_operator op; py_ast_expr *right; } BinOp;
    struct { py_ast_unaryop op; py_ast_expr *operand; } UnaryOp;
    struct { py_ast_arguments *args; py_ast_expr *body; } Lambda;
    struct { py_ast_expr *test; py_ast_expr *body; py_ast_expr *orelse; } IfExp;
    /* keys[i] is NULL for a `**values[i]` entry. */
    struct { py_ast_expr_seq keys; py_ast_expr_seq values; } Dict;
    struct { py_ast_expr_seq elts; } Set;
    struct { py_ast_expr *elt; py_ast_comprehension_seq generators; } ListComp, SetComp,
        GeneratorExp;
    struct {
      py_ast_expr *key;
      py_ast_expr *value;
      py_ast_comprehension_seq generators;
    } DictComp;
    struct { py_ast_expr *value; } Await;
    struct { py_ast_expr *value; } Yield;                          /* value optional */
    struct { py_ast_expr *value; } YieldFrom;
    /* ops.items[i] is a py_ast_cmpop; ops.len == comparators.len >= 1. */
    struct { py_ast_expr *left; py_ast_cmpop_seq ops; py_ast_expr_seq comparators; } Compare;
    struct { py_ast_expr *func; py_ast_expr_seq args; py_ast_keyword_seq keywords; } Call;
    /* conversion: -1 (none), 's', 'r' or 'a'; format_spec: optional JoinedStr. */
    struct { py_ast_expr *value; int conversion; py_ast_expr *format_spec; } FormattedValue;
    /* values: Constant (str) and FormattedValue nodes. */
    struct { py_ast_expr_seq values; } JoinedStr;
    /* kind_u: 1 when the string literal had the `u` prefix (the ASDL's kind='u'). */
    struct { py_ast_constant value; int kind_u; } Constant;
    struct { py_ast_expr *value; char *attr; py_ast_expr_context ctx; } Attribute;
    struct { py_ast_expr *value; py_ast_expr *slice; py_ast_expr_context ctx; } Subscript;
    struct { py_ast_expr *value; py_ast_expr_context ctx; } Starred;
    struct { char *id; py_ast_expr_context ctx; } Name;
    struct { py_ast_expr_seq elts; py_ast_expr_context ctx; } List, Tuple;
    struct { py_ast_expr *lower; py_ast_expr *upper; py_ast_expr *step; } Slice; /* all optional */
  } v;
  PY_AST_POSITION;
};

/* ---- the helper nodes ------------------------------------------------------------- */

/* One `for ... in ... if ...` clause of a comprehension (no position, as in CPython). */
struct py_ast_comprehension {
  py_ast_expr *target;
  py_ast_expr *iter;
  py_ast_expr_seq ifs;
  int is_async;
};

/* `except type as name: body` (type and name optional); the only kind is ExceptHandler. */
struct py_ast_excepthandler {
  py_ast_expr *type;
  char *name;
  py_ast_stmt_seq body;
  PY_AST_POSITION;
};

/* A parameter list. defaults belong to the last len(defaults) of posonlyargs + args;
 * kw_defaults is parallel to kwonlyargs with NULL for "no default" (as in CPython). */
struct py_ast_arguments {
  py_ast_arg_seq posonlyargs;
  py_ast_arg_seq args;
  py_ast_arg *vararg;                  /* optional */
  py_ast_arg_seq kwonlyargs;
  py_ast_expr_seq kw_defaults;         /* items may be NULL */
  py_ast_arg *kwarg;                   /* optional */
  py_ast_expr_seq defaults;
};

struct py_ast_arg {
  char *arg;
  py_ast_expr *annotation;             /* optional */
  PY_AST_POSITION;
};

/* A keyword argument in a call or a class header; arg is NULL for `**mapping`. */
struct py_ast_keyword {
  char *arg;
  py_ast_expr *value;
  PY_AST_POSITION;
};

/* `name as asname` in an import (asname optional; name may be dotted or "*"). */
struct py_ast_alias {
  char *name;
  char *asname;
  PY_AST_POSITION;
};

struct py_ast_withitem {
  py_ast_expr *context_expr;
  py_ast_expr *optional_vars;          /* optional */
};

/* ---- match statements ------------------------------------------------------------ */

/* `case pattern if guard: body` (no position, as in CPython). */
struct py_ast_match_case {
  py_ast_pattern *pattern;
  py_ast_expr *guard;                  /* optional */
  py_ast_stmt_seq body;
};

typedef enum {
  PY_PAT_MatchValue = 1, PY_PAT_MatchSingleton, PY_PAT_MatchSequence, PY_PAT_MatchMapping,
  PY_PAT_MatchClass, PY_PAT_MatchStar, PY_PAT_MatchAs, PY_PAT_MatchOr
} py_ast_pattern_kind;

struct py_ast_pattern {
  py_ast_pattern_kind kind;
  union {
    /* A literal (Constant, or the UnaryOp/BinOp of a signed or complex number) or a
     * dotted name (Attribute); the parser also lets f-strings through, which the
     * compiler rejects as CPython's does. */
    struct { py_ast_expr *value; } MatchValue;
    /* PY_CONST_None, PY_CONST_True or PY_CONST_False. */
    struct { py_ast_constant_kind value; } MatchSingleton;
    struct { py_ast_pattern_seq patterns; } MatchSequence;
    /* keys[i] goes with patterns[i]; rest: the `**name` target, optional. */
    struct { py_ast_expr_seq keys; py_ast_pattern_seq patterns; char *rest; } MatchMapping;
    struct {
      py_ast_expr *cls;                /* a Name or a dotted Attribute */
      py_ast_pattern_seq patterns;
      py_ast_identifier_seq kwd_attrs; /* parallel to kwd_patterns */
      py_ast_pattern_seq kwd_patterns;
    } MatchClass;
    struct { char *name; } MatchStar;                     /* name optional (`*_`) */
    /* pattern and name both optional: `_` has neither, a capture only a name. */
    struct { py_ast_pattern *pattern; char *name; } MatchAs;
    struct { py_ast_pattern_seq patterns; } MatchOr;      /* 2 or more */
  } v;
  PY_AST_POSITION;
};

#endif
