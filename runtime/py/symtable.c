/* runtime/py/symtable.c — scopes of names (see symtable.h). */
#include "py/symtable.h"

#include <stdio.h>
#include <string.h>

#include "py/mem.h"

/* ---- scope construction ----------------------------------------------------------- */

typedef struct builder {
  py_symtable *st;
  py_st_scope *cur;
  py_st_scope **all;   /* every scope, for lookup by node */
  int nall, capall;
  py_ast_arena *arena;
  /* The innermost enclosing class's name: __names are mangled with it, as the
   * compiler mangles them (CPython's st_private). */
  const char *private_name;
} builder;

static bool grow(void **p, int *cap, int need, size_t elem) {
  if (need <= *cap) return true;
  int ncap = *cap ? *cap * 2 : 8;
  while (ncap < need) ncap *= 2;
  void *np = py_mem_realloc(*p, (size_t)*cap * elem, (size_t)ncap * elem);
  if (!np) return false;
  *p = np;
  *cap = ncap;
  return true;
}

/* The span of the node an error is reported at (set before calling fail). */
static int err_end_lineno = -1, err_end_col = -1;

static int fail(builder *b, int lineno, int col, const char *fmt, const char *name) {
  if (!b->st->failed) {
    py_syntax_error *e = b->st->err;
    memset(e, 0, sizeof *e);
    e->type = PY_SYNERR_SyntaxError;
    snprintf(e->msg, sizeof e->msg, fmt, name ? name : "");
    e->lineno = lineno;
    e->offset = col + 1;
    e->end_lineno = err_end_lineno >= 0 ? err_end_lineno : lineno;
    e->end_offset = err_end_col >= 0 ? err_end_col + 1 : col + 1;
    b->st->failed = true;
  }
  err_end_lineno = err_end_col = -1;
  return -1;
}

static int nomem(builder *b) {
  if (!b->st->failed) {
    memset(b->st->err, 0, sizeof *b->st->err);
    b->st->err->type = PY_SYNERR_MemoryError;
    snprintf(b->st->err->msg, sizeof b->st->err->msg, "out of memory");
    b->st->failed = true;
  }
  return -1;
}

py_sym *py_st_find(py_st_scope *s, const char *name) {
  for (int i = 0; i < s->nsyms; i++)
    if (strcmp(s->syms[i].name, name) == 0) return &s->syms[i];
  return NULL;
}

static py_sym *add_sym(builder *b, py_st_scope *s, const char *name, int flags) {
  py_sym *y = py_st_find(s, name);
  if (y) {
    y->flags |= flags;
    return y;
  }
  if (!grow((void **)&s->syms, &s->capsyms, s->nsyms + 1, sizeof(py_sym))) {
    nomem(b);
    return NULL;
  }
  y = &s->syms[s->nsyms++];
  y->name = name;
  y->flags = flags;
  y->scope = 0;
  y->lineno = y->col = y->end_lineno = y->end_col = 0;
  return y;
}

static py_st_scope *open_scope(builder *b, int kind, const void *node, const char *name) {
  py_st_scope *s = py_mem_calloc(sizeof *s);
  if (!s) return nomem(b), NULL;
  s->kind = kind;
  s->node = node;
  s->name = name;
  s->parent = b->cur;
  if (!grow((void **)&b->all, &b->capall, b->nall + 1, sizeof(void *))) {
    py_mem_free(s, sizeof *s);
    return nomem(b), NULL;
  }
  b->all[b->nall++] = s;
  if (b->cur) {
    if (!grow((void **)&b->cur->children, &b->cur->capchildren, b->cur->nchildren + 1,
              sizeof(void *)))
      return nomem(b), NULL;
    b->cur->children[b->cur->nchildren++] = s;
  }
  b->cur = s;
  return s;
}

static void close_scope(builder *b) { b->cur = b->cur->parent; }

/* `__name` inside a class becomes `_Class__name` (the compiler's mangle() rule), so
 * the table holds the names the code uses. Returns name itself when nothing changes,
 * NULL when out of memory. */
static const char *mangle(builder *b, const char *name) {
  return py_ast_mangle(b->arena, b->private_name, name);
}

/* Records a use or definition of name; global/nonlocal statements are checked here. */
static int def_name(builder *b, const char *name0, int flag, int lineno, int col) {
  const char *name = mangle(b, name0);
  if (!name) return nomem(b);
  py_sym *y = py_st_find(b->cur, name);
  if (y && (y->flags & (PY_DEF_GLOBAL | PY_DEF_NONLOCAL)) == 0 &&
      (flag & (PY_DEF_GLOBAL | PY_DEF_NONLOCAL))) {
    const char *kw = (flag & PY_DEF_GLOBAL) ? "global" : "nonlocal";
    char fmt[96];
    if (y->flags & PY_DEF_PARAM) {
      snprintf(fmt, sizeof fmt, "name '%%s' is parameter and %s", kw);
    } else if (y->flags & PY_DEF_USE) {
      snprintf(fmt, sizeof fmt, "name '%%s' is used prior to %s declaration", kw);
    } else if (y->flags & PY_DEF_ANNOT) {
      snprintf(fmt, sizeof fmt, "annotated name '%%s' can't be %s", kw);
    } else {
      snprintf(fmt, sizeof fmt, "name '%%s' is assigned to before %s declaration", kw);
    }
    return fail(b, lineno, col, fmt, name);
  }
  if (y && (flag & PY_DEF_GLOBAL) && (y->flags & PY_DEF_NONLOCAL))
    return fail(b, lineno, col, "name '%s' is nonlocal and global", name);
  if (y && (flag & PY_DEF_NONLOCAL) && (y->flags & PY_DEF_GLOBAL))
    return fail(b, lineno, col, "name '%s' is nonlocal and global", name);
  return add_sym(b, b->cur, name, flag) ? 0 : -1;
}

static int visit_expr(builder *b, py_ast_expr *e);
static int visit_stmts(builder *b, py_ast_stmt_seq seq);

static int visit_exprs(builder *b, py_ast_expr_seq seq) {
  for (size_t i = 0; i < seq.len; i++)
    if (seq.items[i] && visit_expr(b, seq.items[i]) < 0) return -1;
  return 0;
}

static int visit_params(builder *b, py_ast_arguments *a) {
  py_ast_arg_seq lists[3] = {a->posonlyargs, a->args, a->kwonlyargs};
  for (int l = 0; l < 3; l++) {
    for (size_t i = 0; i < lists[l].len; i++) {
      py_ast_arg *p = lists[l].items[i];
      const char *pn = mangle(b, p->arg);
      if (!pn) return nomem(b);
      py_sym *y = py_st_find(b->cur, pn);
      if (y && (y->flags & PY_DEF_PARAM))
        return fail(b, p->lineno, p->col_offset,
                    "duplicate argument '%s' in function definition", p->arg);
      if (def_name(b, p->arg, PY_DEF_PARAM, p->lineno, p->col_offset) < 0) return -1;
    }
    if (l == 1 && a->vararg) {
      b->cur->has_vararg = true;
      if (def_name(b, a->vararg->arg, PY_DEF_PARAM, 0, 0) < 0) return -1;
    }
  }
  if (a->kwarg) {
    b->cur->has_kwarg = true;
    if (def_name(b, a->kwarg->arg, PY_DEF_PARAM, 0, 0) < 0) return -1;
  }
  return 0;
}

/* Defaults and annotations are evaluated in the enclosing scope. */
static int visit_param_outer(builder *b, py_ast_arguments *a) {
  if (visit_exprs(b, a->defaults) < 0 || visit_exprs(b, a->kw_defaults) < 0) return -1;
  return 0;
}

static int visit_annotations(builder *b, py_ast_arguments *a, py_ast_expr *returns) {
  py_ast_arg_seq lists[3] = {a->posonlyargs, a->args, a->kwonlyargs};
  for (int l = 0; l < 3; l++)
    for (size_t i = 0; i < lists[l].len; i++)
      if (lists[l].items[i]->annotation &&
          visit_expr(b, lists[l].items[i]->annotation) < 0)
        return -1;
  if (a->vararg && a->vararg->annotation && visit_expr(b, a->vararg->annotation) < 0)
    return -1;
  if (a->kwarg && a->kwarg->annotation && visit_expr(b, a->kwarg->annotation) < 0)
    return -1;
  if (returns && visit_expr(b, returns) < 0) return -1;
  return 0;
}

static int visit_comprehension(builder *b, py_ast_expr *e, py_ast_comprehension_seq gens,
                               py_ast_expr *elt, py_ast_expr *value) {
  /* The first iterable is evaluated in the enclosing scope. */
  if (visit_expr(b, gens.items[0]->iter) < 0) return -1;
  const char *name = e->kind == PY_EXPR_ListComp ? "<listcomp>"
                     : e->kind == PY_EXPR_SetComp ? "<setcomp>"
                     : e->kind == PY_EXPR_DictComp ? "<dictcomp>" : "<genexpr>";
  py_st_scope *s = open_scope(b, PY_ST_FUNCTION, e, name);
  if (!s) return -1;
  s->comprehension = true;
  if (e->kind == PY_EXPR_GeneratorExp) s->generator = true;
  if (add_sym(b, s, ".0", PY_DEF_PARAM) == NULL) return -1;
  for (size_t i = 0; i < gens.len; i++) {
    py_ast_comprehension *c = gens.items[i];
    if (c->is_async) s->coroutine = true;
    if (i > 0 && visit_expr(b, c->iter) < 0) return -1;
    if (visit_expr(b, c->target) < 0) return -1;
    if (visit_exprs(b, c->ifs) < 0) return -1;
  }
  if (elt && visit_expr(b, elt) < 0) return -1;
  if (value && visit_expr(b, value) < 0) return -1;
  close_scope(b);
  /* An async comprehension inside another comprehension is awaited there, so the
   * outer one becomes asynchronous too (CPython 3.11). */
  if (s->coroutine && !s->generator && b->cur->comprehension) b->cur->coroutine = true;
  return 0;
}

/* An expression that may be absent (NULL). */
static int visit_optional(builder *b, py_ast_expr *e) { return e ? visit_expr(b, e) : 0; }

/* The less common expressions and statements are functions of their own, so that
 * visit_expr and visit_stmt stay small dispatches: under WebAssembly V8 compiles a
 * function on its first call, and a program pays only for the kinds of node it has
 * (docs/performance.md, "Cold start (session 6)"). */

static int visit_namedexpr(builder *b, py_ast_expr *e) {
  if (visit_expr(b, e->v.NamedExpr.value) < 0) return -1;
  /* The target binds in the nearest enclosing non-comprehension scope. */
  py_st_scope *save = b->cur;
  while (b->cur->comprehension) {
    py_sym *y = py_st_find(b->cur, e->v.NamedExpr.target->v.Name.id);
    (void)y;
    b->cur = b->cur->parent;
  }
  const char *n = mangle(b, e->v.NamedExpr.target->v.Name.id);
  if (!n) return nomem(b);
  int rc = def_name(b, n, PY_DEF_LOCAL, e->lineno, e->col_offset);
  py_st_scope *target = b->cur;
  b->cur = save;
  if (rc < 0) return -1;
  if (target != save) {
    /* Inside a comprehension the name is free there, bound in the target scope. */
    for (py_st_scope *s = save; s != target; s = s->parent)
      if (!add_sym(b, s, n, PY_DEF_NONLOCAL)) return -1;
    if (target->kind == PY_ST_MODULE) {
      for (py_st_scope *s = save; s != target; s = s->parent) py_st_find(s, n)->flags =
          PY_DEF_GLOBAL;
    }
  }
  return 0;
}

static int visit_lambda(builder *b, py_ast_expr *e) {
  if (visit_param_outer(b, e->v.Lambda.args) < 0) return -1;
  if (!open_scope(b, PY_ST_FUNCTION, e, "<lambda>")) return -1;
  if (visit_params(b, e->v.Lambda.args) < 0) return -1;
  if (visit_expr(b, e->v.Lambda.body) < 0) return -1;
  close_scope(b);
  return 0;
}

static int visit_await(builder *b, py_ast_expr *e) {
  if (b->cur->kind != PY_ST_FUNCTION) {
    /* Module-level await is reported by the compiler with CPython's message. */
  } else if (b->cur->comprehension && !b->cur->parent) {
  } else if (b->cur->comprehension) {
    b->cur->coroutine = true;
  }
  return visit_expr(b, e->v.Await.value);
}

static int visit_yield(builder *b, py_ast_expr *e) {
  err_end_lineno = e->end_lineno;
  err_end_col = e->end_col_offset;
  if (b->cur->kind != PY_ST_FUNCTION)
    return fail(b, e->lineno, e->col_offset, "'yield' outside function", NULL);
  if (b->cur->comprehension) {
    const char *what = strcmp(b->cur->name, "<listcomp>") == 0 ? "list comprehension"
                       : strcmp(b->cur->name, "<setcomp>") == 0 ? "set comprehension"
                       : strcmp(b->cur->name, "<dictcomp>") == 0 ? "dict comprehension"
                                                                : "generator expression";
    return fail(b, e->lineno, e->col_offset, "'yield' inside %s", what);
  }
  err_end_lineno = err_end_col = -1;
  b->cur->generator = true;
  if (e->kind == PY_EXPR_Yield)
    return e->v.Yield.value ? visit_expr(b, e->v.Yield.value) : 0;
  return visit_expr(b, e->v.YieldFrom.value);
}

static int visit_expr(builder *b, py_ast_expr *e) {
  switch (e->kind) {
  case PY_EXPR_BoolOp: return visit_exprs(b, e->v.BoolOp.values);
  case PY_EXPR_NamedExpr: return visit_namedexpr(b, e);
  case PY_EXPR_BinOp:
    return visit_expr(b, e->v.BinOp.left) < 0 ? -1 : visit_expr(b, e->v.BinOp.right);
  case PY_EXPR_UnaryOp: return visit_expr(b, e->v.UnaryOp.operand);
  case PY_EXPR_Lambda: return visit_lambda(b, e);
  case PY_EXPR_IfExp:
    if (visit_expr(b, e->v.IfExp.test) < 0 || visit_expr(b, e->v.IfExp.body) < 0) return -1;
    return visit_expr(b, e->v.IfExp.orelse);
  case PY_EXPR_Dict:
    if (visit_exprs(b, e->v.Dict.keys) < 0) return -1;
    return visit_exprs(b, e->v.Dict.values);
  case PY_EXPR_Set: return visit_exprs(b, e->v.Set.elts);
  case PY_EXPR_ListComp:
    return visit_comprehension(b, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL);
  case PY_EXPR_SetComp:
    return visit_comprehension(b, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL);
  case PY_EXPR_GeneratorExp:
    return visit_comprehension(b, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt,
                               NULL);
  case PY_EXPR_DictComp:
    return visit_comprehension(b, e, e->v.DictComp.generators, e->v.DictComp.key,
                               e->v.DictComp.value);
  case PY_EXPR_Await: return visit_await(b, e);
  case PY_EXPR_Yield:
  case PY_EXPR_YieldFrom: return visit_yield(b, e);
  case PY_EXPR_Compare:
    if (visit_expr(b, e->v.Compare.left) < 0) return -1;
    return visit_exprs(b, e->v.Compare.comparators);
  case PY_EXPR_Call:
    if (visit_expr(b, e->v.Call.func) < 0 || visit_exprs(b, e->v.Call.args) < 0) return -1;
    for (size_t i = 0; i < e->v.Call.keywords.len; i++)
      if (visit_expr(b, e->v.Call.keywords.items[i]->value) < 0) return -1;
    return 0;
  case PY_EXPR_FormattedValue:
    if (visit_expr(b, e->v.FormattedValue.value) < 0) return -1;
    return visit_optional(b, e->v.FormattedValue.format_spec);
  case PY_EXPR_JoinedStr: return visit_exprs(b, e->v.JoinedStr.values);
  case PY_EXPR_Constant: return 0;
  case PY_EXPR_Attribute: return visit_expr(b, e->v.Attribute.value);
  case PY_EXPR_Subscript:
    if (visit_expr(b, e->v.Subscript.value) < 0) return -1;
    return visit_expr(b, e->v.Subscript.slice);
  case PY_EXPR_Starred: return visit_expr(b, e->v.Starred.value);
  case PY_EXPR_Name: {
    const char *n = e->v.Name.id;
    int flag = e->v.Name.ctx == PY_CTX_Load ? PY_DEF_USE : PY_DEF_LOCAL;
    if (def_name(b, n, flag, e->lineno, e->col_offset) < 0) return -1;
    /* super() needs the implicit __class__ cell of the enclosing class. */
    if (flag == PY_DEF_USE && b->cur->kind == PY_ST_FUNCTION && strcmp(n, "super") == 0 &&
        !add_sym(b, b->cur, "__class__", PY_DEF_USE))
      return -1;
    return 0;
  }
  case PY_EXPR_List: return visit_exprs(b, e->v.List.elts);
  case PY_EXPR_Tuple: return visit_exprs(b, e->v.Tuple.elts);
  case PY_EXPR_Slice:
    if (visit_optional(b, e->v.Slice.lower) < 0 || visit_optional(b, e->v.Slice.upper) < 0)
      return -1;
    return visit_optional(b, e->v.Slice.step);
  }
  return 0;
}

static int visit_alias_store(builder *b, py_ast_alias *a) {
  char buf[256];
  const char *n = a->asname ? a->asname : a->name;
  if (strcmp(n, "*") == 0) return 0;
  if (!a->asname) {
    /* `import a.b` binds a. */
    const char *dot = strchr(n, '.');
    if (dot) {
      size_t k = (size_t)(dot - n);
      if (k >= sizeof buf) k = sizeof buf - 1;
      memcpy(buf, n, k);
      buf[k] = 0;
      /* The bound name is the first component: a copy in the tree's arena. */
      char *copy0 = py_ast_arena_strndup(b->arena, buf, k);
      const char *copy = copy0 ? mangle(b, copy0) : NULL;
      if (!copy) return nomem(b);
      return add_sym(b, b->cur, copy, PY_DEF_IMPORT | PY_DEF_LOCAL) ? 0 : -1;
    }
  }
  return def_name(b, n, PY_DEF_IMPORT | PY_DEF_LOCAL, a->lineno, a->col_offset);
}

/* A pattern's captures bind names in the current scope; its value patterns, mapping
 * keys and class names are loads. */
static int visit_pattern(builder *b, py_ast_pattern *p) {
  switch (p->kind) {
  case PY_PAT_MatchValue: return visit_expr(b, p->v.MatchValue.value);
  case PY_PAT_MatchSingleton: return 0;
  case PY_PAT_MatchSequence:
  case PY_PAT_MatchOr:
    for (size_t i = 0; i < p->v.MatchSequence.patterns.len; i++)
      if (visit_pattern(b, p->v.MatchSequence.patterns.items[i]) < 0) return -1;
    return 0;
  case PY_PAT_MatchMapping:
    if (visit_exprs(b, p->v.MatchMapping.keys) < 0) return -1;
    for (size_t i = 0; i < p->v.MatchMapping.patterns.len; i++)
      if (visit_pattern(b, p->v.MatchMapping.patterns.items[i]) < 0) return -1;
    return p->v.MatchMapping.rest
               ? def_name(b, p->v.MatchMapping.rest, PY_DEF_LOCAL, p->lineno, p->col_offset)
               : 0;
  case PY_PAT_MatchClass:
    if (visit_expr(b, p->v.MatchClass.cls) < 0) return -1;
    for (size_t i = 0; i < p->v.MatchClass.patterns.len; i++)
      if (visit_pattern(b, p->v.MatchClass.patterns.items[i]) < 0) return -1;
    for (size_t i = 0; i < p->v.MatchClass.kwd_patterns.len; i++)
      if (visit_pattern(b, p->v.MatchClass.kwd_patterns.items[i]) < 0) return -1;
    return 0;
  case PY_PAT_MatchStar:
    return p->v.MatchStar.name
               ? def_name(b, p->v.MatchStar.name, PY_DEF_LOCAL, p->lineno, p->col_offset)
               : 0;
  case PY_PAT_MatchAs:
    if (p->v.MatchAs.pattern && visit_pattern(b, p->v.MatchAs.pattern) < 0) return -1;
    return p->v.MatchAs.name
               ? def_name(b, p->v.MatchAs.name, PY_DEF_LOCAL, p->lineno, p->col_offset)
               : 0;
  }
  return 0;
}

static int visit_functiondef(builder *b, py_ast_stmt *s) {
  if (def_name(b, s->v.FunctionDef.name, PY_DEF_LOCAL, s->lineno, s->col_offset) < 0)
    return -1;
  if (visit_exprs(b, s->v.FunctionDef.decorator_list) < 0) return -1;
  if (visit_param_outer(b, s->v.FunctionDef.args) < 0) return -1;
  if (visit_annotations(b, s->v.FunctionDef.args, s->v.FunctionDef.returns) < 0)
    return -1;
  py_st_scope *sc = open_scope(b, PY_ST_FUNCTION, s, s->v.FunctionDef.name);
  if (!sc) return -1;
  if (s->kind == PY_STMT_AsyncFunctionDef) sc->coroutine = true;
  if (visit_params(b, s->v.FunctionDef.args) < 0) return -1;
  if (visit_stmts(b, s->v.FunctionDef.body) < 0) return -1;
  close_scope(b);
  return 0;
}

static int visit_classdef(builder *b, py_ast_stmt *s) {
  if (def_name(b, s->v.ClassDef.name, PY_DEF_LOCAL, s->lineno, s->col_offset) < 0)
    return -1;
  if (visit_exprs(b, s->v.ClassDef.decorator_list) < 0) return -1;
  if (visit_exprs(b, s->v.ClassDef.bases) < 0) return -1;
  for (size_t i = 0; i < s->v.ClassDef.keywords.len; i++)
    if (visit_expr(b, s->v.ClassDef.keywords.items[i]->value) < 0) return -1;
  if (!open_scope(b, PY_ST_CLASS, s, s->v.ClassDef.name)) return -1;
  const char *outer_private = b->private_name;
  b->private_name = s->v.ClassDef.name;
  if (visit_stmts(b, s->v.ClassDef.body) < 0) return -1;
  b->private_name = outer_private;
  close_scope(b);
  return 0;
}

static int visit_augassign(builder *b, py_ast_stmt *s) {
  if (visit_expr(b, s->v.AugAssign.value) < 0) return -1;
  if (s->v.AugAssign.target->kind == PY_EXPR_Name) {
    const char *n = s->v.AugAssign.target->v.Name.id;
    if (def_name(b, n, PY_DEF_USE | PY_DEF_LOCAL, s->lineno, s->col_offset) < 0)
      return -1;
    return 0;
  }
  return visit_expr(b, s->v.AugAssign.target);
}

static int visit_annassign(builder *b, py_ast_stmt *s) {
  if (s->v.AnnAssign.target->kind == PY_EXPR_Name) {
    const char *an = mangle(b, s->v.AnnAssign.target->v.Name.id);
    if (!an) return nomem(b);
    py_sym *y = py_st_find(b->cur, an);
    if (y && (y->flags & (PY_DEF_GLOBAL | PY_DEF_NONLOCAL)) && s->v.AnnAssign.simple)
      return fail(b, s->lineno, s->col_offset,
                  (y->flags & PY_DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                             : "annotated name '%s' can't be nonlocal",
                  y->name);
    if (def_name(b, s->v.AnnAssign.target->v.Name.id,
                 PY_DEF_ANNOT | (s->v.AnnAssign.value ? PY_DEF_LOCAL : 0) |
                     (b->cur->kind == PY_ST_FUNCTION ? PY_DEF_LOCAL : 0),
                 s->lineno, s->col_offset) < 0)
      return -1;
  } else if (visit_expr(b, s->v.AnnAssign.target) < 0) {
    return -1;
  }
  if (b->cur->kind != PY_ST_FUNCTION && visit_expr(b, s->v.AnnAssign.annotation) < 0)
    return -1;
  return s->v.AnnAssign.value ? visit_expr(b, s->v.AnnAssign.value) : 0;
}

static int visit_with(builder *b, py_ast_stmt *s) {
  for (size_t i = 0; i < s->v.With.items.len; i++) {
    py_ast_withitem *w = s->v.With.items.items[i];
    if (visit_expr(b, w->context_expr) < 0) return -1;
    if (w->optional_vars && visit_expr(b, w->optional_vars) < 0) return -1;
  }
  return visit_stmts(b, s->v.With.body);
}

static int visit_raise(builder *b, py_ast_stmt *s) {
  if (s->v.Raise.exc && visit_expr(b, s->v.Raise.exc) < 0) return -1;
  return s->v.Raise.cause ? visit_expr(b, s->v.Raise.cause) : 0;
}

static int visit_try(builder *b, py_ast_stmt *s) {
  if (visit_stmts(b, s->v.Try.body) < 0) return -1;
  for (size_t i = 0; i < s->v.Try.handlers.len; i++) {
    py_ast_excepthandler *h = s->v.Try.handlers.items[i];
    if (h->type && visit_expr(b, h->type) < 0) return -1;
    if (h->name && def_name(b, h->name, PY_DEF_LOCAL, h->lineno, h->col_offset) < 0)
      return -1;
    if (visit_stmts(b, h->body) < 0) return -1;
  }
  if (visit_stmts(b, s->v.Try.orelse) < 0) return -1;
  return visit_stmts(b, s->v.Try.finalbody);
}

static int visit_assert(builder *b, py_ast_stmt *s) {
  if (visit_expr(b, s->v.Assert.test) < 0) return -1;
  return s->v.Assert.msg ? visit_expr(b, s->v.Assert.msg) : 0;
}

static int visit_import(builder *b, py_ast_stmt *s) {
  for (size_t i = 0; i < s->v.Import.names.len; i++)
    if (visit_alias_store(b, s->v.Import.names.items[i]) < 0) return -1;
  return 0;
}

static int visit_importfrom(builder *b, py_ast_stmt *s) {
  for (size_t i = 0; i < s->v.ImportFrom.names.len; i++) {
    py_ast_alias *a = s->v.ImportFrom.names.items[i];
    if (strcmp(a->name, "*") == 0 && b->cur->kind != PY_ST_MODULE)
      return fail(b, s->lineno, s->col_offset,
                  "import * only allowed at module level", NULL);
    if (visit_alias_store(b, a) < 0) return -1;
  }
  return 0;
}

static int visit_global(builder *b, py_ast_stmt *s) {
  bool g = s->kind == PY_STMT_Global;
  if (!g && b->cur->kind == PY_ST_MODULE) {
    err_end_lineno = s->end_lineno;
    err_end_col = s->end_col_offset;
    return fail(b, s->lineno, s->col_offset,
                "nonlocal declaration not allowed at module level", NULL);
  }
  for (size_t i = 0; i < s->v.Global.names.len; i++) {
    err_end_lineno = s->end_lineno;
    err_end_col = s->end_col_offset;
    if (def_name(b, s->v.Global.names.items[i], g ? PY_DEF_GLOBAL : PY_DEF_NONLOCAL,
                 s->lineno, s->col_offset) < 0)
      return -1;
    err_end_lineno = err_end_col = -1;
    const char *gn = mangle(b, s->v.Global.names.items[i]);
    py_sym *y = gn ? py_st_find(b->cur, gn) : NULL;
    if (y) {
      y->lineno = s->lineno;
      y->col = s->col_offset;
      y->end_lineno = s->end_lineno;
      y->end_col = s->end_col_offset;
    }
  }
  return 0;
}

static int visit_match(builder *b, py_ast_stmt *s) {
  if (visit_expr(b, s->v.Match.subject) < 0) return -1;
  for (size_t i = 0; i < s->v.Match.cases.len; i++) {
    py_ast_match_case *m = s->v.Match.cases.items[i];
    if (visit_pattern(b, m->pattern) < 0) return -1;
    if (m->guard && visit_expr(b, m->guard) < 0) return -1;
    if (visit_stmts(b, m->body) < 0) return -1;
  }
  return 0;
}

static int visit_stmt(builder *b, py_ast_stmt *s) {
  switch (s->kind) {
  case PY_STMT_FunctionDef:
  case PY_STMT_AsyncFunctionDef: return visit_functiondef(b, s);
  case PY_STMT_ClassDef: return visit_classdef(b, s);
  case PY_STMT_Return:
    if (b->cur->kind != PY_ST_FUNCTION) {
      err_end_lineno = s->end_lineno;
      err_end_col = s->end_col_offset;
      return fail(b, s->lineno, s->col_offset, "'return' outside function", NULL);
    }
    if (s->v.Return.value) {
      b->cur->returns_value = true;
      return visit_expr(b, s->v.Return.value);
    }
    return 0;
  case PY_STMT_Delete: return visit_exprs(b, s->v.Delete.targets);
  case PY_STMT_Assign:
    if (visit_expr(b, s->v.Assign.value) < 0) return -1;
    return visit_exprs(b, s->v.Assign.targets);
  case PY_STMT_AugAssign: return visit_augassign(b, s);
  case PY_STMT_AnnAssign: return visit_annassign(b, s);
  case PY_STMT_For:
  case PY_STMT_AsyncFor:
    if (visit_expr(b, s->v.For.target) < 0 || visit_expr(b, s->v.For.iter) < 0) return -1;
    if (visit_stmts(b, s->v.For.body) < 0) return -1;
    return visit_stmts(b, s->v.For.orelse);
  case PY_STMT_While:
    if (visit_expr(b, s->v.While.test) < 0 || visit_stmts(b, s->v.While.body) < 0) return -1;
    return visit_stmts(b, s->v.While.orelse);
  case PY_STMT_If:
    if (visit_expr(b, s->v.If.test) < 0 || visit_stmts(b, s->v.If.body) < 0) return -1;
    return visit_stmts(b, s->v.If.orelse);
  case PY_STMT_With:
  case PY_STMT_AsyncWith: return visit_with(b, s);
  case PY_STMT_Raise: return visit_raise(b, s);
  case PY_STMT_Try:
  case PY_STMT_TryStar: return visit_try(b, s);
  case PY_STMT_Assert: return visit_assert(b, s);
  case PY_STMT_Import: return visit_import(b, s);
  case PY_STMT_ImportFrom: return visit_importfrom(b, s);
  case PY_STMT_Global:
  case PY_STMT_Nonlocal: return visit_global(b, s);
  case PY_STMT_Expr: return visit_expr(b, s->v.Expr.value);
  case PY_STMT_Match: return visit_match(b, s);
  case PY_STMT_Pass:
  case PY_STMT_Break:
  case PY_STMT_Continue: return 0;
  }
  return 0;
}

static int visit_stmts(builder *b, py_ast_stmt_seq seq) {
  for (size_t i = 0; i < seq.len; i++)
    if (visit_stmt(b, seq.items[i]) < 0) return -1;
  return 0;
}

/* ---- analysis ---------------------------------------------------------------------- */

typedef struct nameset {
  const char **names;
  int n, cap;
} nameset;

static bool set_has(const nameset *s, const char *n) {
  for (int i = s->n - 1; i >= 0; i--)
    if (strcmp(s->names[i], n) == 0) return true;
  return false;
}

static bool set_add(nameset *s, const char *n) {
  if (!grow((void **)&s->names, &s->cap, s->n + 1, sizeof(char *))) return false;
  s->names[s->n++] = n;
  return true;
}

/* Resolves the names of scope s given the names bound in enclosing function scopes
 * (the first nbound entries of bound). */
static int analyze(builder *b, py_st_scope *s, nameset *bound) {
  int nbound = bound->n;
  for (int i = 0; i < s->nsyms; i++) {
    py_sym *y = &s->syms[i];
    if (y->flags & PY_DEF_GLOBAL) {
      y->scope = PY_SYM_GLOBAL_EXPLICIT;
    } else if (y->flags & PY_DEF_NONLOCAL) {
      if (!set_has(bound, y->name)) {
        err_end_lineno = y->end_lineno;
        err_end_col = y->end_col;
        return fail(b, y->lineno, y->col, "no binding for nonlocal '%s' found", y->name);
      }
      y->scope = PY_SYM_FREE;
    } else if (y->flags & (PY_DEF_LOCAL | PY_DEF_PARAM | PY_DEF_IMPORT)) {
      y->scope = PY_SYM_LOCAL;
    } else if (s->kind != PY_ST_MODULE && set_has(bound, y->name)) {
      y->scope = PY_SYM_FREE;
    } else if (s->kind == PY_ST_CLASS && strcmp(y->name, "__class__") == 0) {
      y->scope = PY_SYM_GLOBAL_IMPLICIT;
    } else {
      y->scope = PY_SYM_GLOBAL_IMPLICIT;
    }
  }
  /* Names this function binds are visible to nested functions. */
  if (s->kind == PY_ST_FUNCTION) {
    for (int i = 0; i < s->nsyms; i++)
      if (s->syms[i].scope == PY_SYM_LOCAL && !set_add(bound, s->syms[i].name))
        return nomem(b);
  }
  if (s->kind == PY_ST_CLASS && !set_add(bound, "__class__")) return nomem(b);
  for (int c = 0; c < s->nchildren; c++) {
    py_st_scope *ch = s->children[c];
    if (analyze(b, ch, bound) < 0) return -1;
    /* Free names of the child become cells here, or pass through as free. */
    for (int i = 0; i < ch->nsyms; i++) {
      py_sym *cy = &ch->syms[i];
      /* A class that binds a name its methods take from further out passes that
       * name through as well (its own binding stays in its dict). */
      bool passes = ch->kind == PY_ST_CLASS && (cy->flags & PY_DEF_FREE_CLASS);
      if (cy->scope != PY_SYM_FREE && !passes) continue;
      if (s->kind == PY_ST_CLASS && strcmp(cy->name, "__class__") == 0) {
        s->needs_class_cell = true;
        continue;
      }
      py_sym *y = py_st_find(s, cy->name);
      if (s->kind == PY_ST_FUNCTION && y && y->scope == PY_SYM_LOCAL) {
        y->scope = PY_SYM_CELL;
      } else if (s->kind == PY_ST_FUNCTION && y && y->scope == PY_SYM_CELL) {
      } else if (s->kind == PY_ST_CLASS && y && y->scope == PY_SYM_LOCAL) {
        y->flags |= PY_DEF_FREE_CLASS;
        /* The class body reads it from its dict first, then from the cell. */
      } else if (!y) {
        py_sym *ny = add_sym(b, s, cy->name, 0);
        if (!ny) return -1;
        ny->scope = PY_SYM_FREE;
      } else if (y->scope == PY_SYM_GLOBAL_IMPLICIT || y->scope == PY_SYM_FREE) {
        y->scope = PY_SYM_FREE;
      }
    }
  }
  bound->n = nbound;
  return 0;
}

int py_symtable_build(py_symtable *st, py_ast_mod *mod, py_ast_arena *arena,
                      py_syntax_error *err) {
  memset(st, 0, sizeof *st);
  st->err = err;
  builder b = {.st = st, .arena = arena};
  if (!open_scope(&b, PY_ST_MODULE, mod, "<module>")) goto fail;
  st->top = b.cur;
  int rc = 0;
  if (mod->kind == PY_MOD_Expression) rc = visit_expr(&b, mod->v.Expression.body);
  else rc = visit_stmts(&b, mod->v.Module.body);
  if (rc < 0) goto fail;
  nameset bound = {0};
  rc = analyze(&b, st->top, &bound);
  py_mem_free(bound.names, (size_t)bound.cap * sizeof(char *));
  if (rc < 0) goto fail;
  /* Keep the list of scopes for lookups: stash it in the top scope's unused slot. */
  st->top->node = mod;
  py_mem_free(b.all, (size_t)b.capall * sizeof(void *));
  return 0;
fail:
  st->top = b.all ? b.all[0] : NULL;
  py_mem_free(b.all, (size_t)b.capall * sizeof(void *));
  py_symtable_free(st);
  return -1;
}

static py_st_scope *find_node(py_st_scope *s, const void *node) {
  if (s->node == node) return s;
  for (int i = 0; i < s->nchildren; i++) {
    py_st_scope *r = find_node(s->children[i], node);
    if (r) return r;
  }
  return NULL;
}

py_st_scope *py_symtable_lookup(py_symtable *st, const void *node) {
  return find_node(st->top, node);
}

static void free_scope(py_st_scope *s) {
  for (int i = 0; i < s->nchildren; i++) free_scope(s->children[i]);
  py_mem_free(s->children, (size_t)s->capchildren * sizeof(void *));
  py_mem_free(s->syms, (size_t)s->capsyms * sizeof(py_sym));
  py_mem_free(s, sizeof *s);
}

void py_symtable_free(py_symtable *st) {
  if (st->top) free_scope(st->top);
  st->top = NULL;
}
