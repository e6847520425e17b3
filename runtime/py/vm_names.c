/* runtime/py/vm_names.c — the eval loop's less frequent instructions on namespaces:
 * deletions (`del` of a name, an attribute or an item), a class body's free variables,
 * annotations, imports, the lookup of __build_class__ and of sys.displayhook, and the
 * errors of unbound names. Out of vm_run so that a program compiles them only when it
 * uses them (vm_ops.h). */
#include "py/vm_ops.h"

#define POP() (*--sp)
#define PUSH(v) (*sp++ = (v))

py_object *py__vm_unbound_local(py_code *co, int i) {
  return py_raise(&py_exc_UnboundLocalError,
                  "cannot access local variable '%U' where it is not associated with a value",
                  PY_TUPLE_ITEMS(co->varnames)[i]);
}

/* The name of cell or free variable i of co. Borrowed. */
static py_object *deref_name(py_code *co, int i) {
  if (i < co->ncells) return PY_TUPLE_ITEMS(co->cellvars)[i];
  return PY_TUPLE_ITEMS(co->freevars)[i - co->ncells];
}

py_object *py__vm_unbound_deref(py_code *co, int i) {
  if (i < co->ncells)
    return py_raise(&py_exc_UnboundLocalError,
                    "cannot access local variable '%U' where it is not associated with a "
                    "value", deref_name(co, i));
  return py_raise(&py_exc_NameError,
                  "cannot access free variable '%U' where it is not associated with a value "
                  "in enclosing scope", deref_name(co, i));
}

py_object *py__vm_name_error(py_object *name) {
  py_raise(&py_exc_NameError, "name '%U' is not defined", name);
  py_object *exc = py_err_fetch();
  if (!exc) return NULL;
  py_object *attr = py_str_intern_cstr("name");
  if (attr && py_setattr(exc, attr, name) < 0) py_err_clear();
  py_xdecref(attr);
  py_err_restore(exc);
  return NULL;
}

int py__vm_op_delete_fast(py_frame *f, int oparg) {
  py_object *old = f->slots[oparg];
  if (!old) {
    py__vm_unbound_local(f->code, oparg);
    return -1;
  }
  f->slots[oparg] = NULL;
  py_decref(old);
  return 0;
}

int py__vm_op_load_classderef(py_frame *f, int oparg) {
  /* A free variable of a class body: the class namespace first, then the cell. */
  py_object **sp = py__vm_sp(f);
  py_code *co = f->code;
  py_object *v = f->locals ? py__vm_mapping_lookup(f->locals, deref_name(co, oparg)) : NULL;
  if (!v && py_err_occurred()) return -1;
  if (!v) {
    v = ((py_cell *)f->slots[co->nlocals + oparg])->ref;
    if (!v) {
      py__vm_unbound_deref(co, oparg);
      return -1;
    }
  }
  PUSH(py_newref(v));
  py__vm_set_sp(f, sp);
  return 0;
}

int py__vm_op_delete_deref(py_frame *f, int oparg) {
  py_cell *c = (py_cell *)f->slots[f->code->nlocals + oparg];
  if (!c->ref) {
    py__vm_unbound_deref(f->code, oparg);
    return -1;
  }
  PY_CLEAR(c->ref);
  return 0;
}

int py__vm_op_delete_name(py_frame *f, int oparg) {
  /* The loop saved f->lasti: what `del` frees may report this line (a never-awaited
   * coroutine's warning). */
  py_object *ns = f->locals ? f->locals : f->globals;
  py_object *name = PY_TUPLE_ITEMS(f->code->names)[oparg];
  if (py_delitem(ns, name) < 0) {
    if (py_err_matches(&py_exc_KeyError)) {
      py_err_clear();
      py__vm_name_error(name);
    }
    return -1;
  }
  return 0;
}

int py__vm_op_delete_global(py_frame *f, int oparg) {
  py_object *name = PY_TUPLE_ITEMS(f->code->names)[oparg];
  if (py_dict_del(f->globals, name) < 0) {
    if (py_err_matches(&py_exc_KeyError)) {
      py_err_clear();
      py__vm_name_error(name);
    }
    return -1;
  }
  return 0;
}

int py__vm_op_delete_attr(py_frame *f, int oparg) {
  py_object **sp = py__vm_sp(f);
  py_object *o = POP();
  py__vm_set_sp(f, sp);
  int rc = py_setattr(o, PY_TUPLE_ITEMS(f->code->names)[oparg], NULL);
  py_decref(o);
  return rc < 0 ? -1 : 0;
}

int py__vm_op_delete_subscr(py_frame *f, int oparg) {
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_object *k = POP();
  py_object *o = POP();
  py__vm_set_sp(f, sp);
  int rc = py_delitem(o, k);
  py_decref(k);
  py_decref(o);
  return rc < 0 ? -1 : 0;
}

int py__vm_op_load_build_class(py_frame *f, int oparg) {
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_object *bc = py_dict_get(f->builtins, PY_ID(__build_class__));
  if (!bc) {
    py_raise(&py_exc_NameError, "__build_class__ not found");
    return -1;
  }
  PUSH(py_newref(bc));
  py__vm_set_sp(f, sp);
  return 0;
}

int py__vm_op_setup_annotations(py_frame *f, int oparg) {
  (void)oparg;
  py_object *ns = f->locals ? f->locals : f->globals;
  py_object *a = py__vm_mapping_lookup(ns, PY_ID(__annotations__));
  if (a) return 0;
  if (py_err_occurred()) return -1;
  py_object *d = py_dict_new();
  if (!d) return -1;
  int rc = py_setitem(ns, PY_ID(__annotations__), d);
  py_decref(d);
  return rc < 0 ? -1 : 0;
}

int py__vm_op_store_annotation(py_frame *f, int oparg) {
  py_object **sp = py__vm_sp(f);
  py_object *v = POP();
  py__vm_set_sp(f, sp);
  py_object *ns = f->locals ? f->locals : f->globals;
  py_object *a = py__vm_mapping_lookup(ns, PY_ID(__annotations__));
  int rc = a ? py_setitem(a, PY_TUPLE_ITEMS(f->code->names)[oparg], v) : 0;
  py_decref(v);
  return rc < 0 ? -1 : 0;
}

int py__vm_op_import_name(py_frame *f, int oparg) {
  /* [level, fromlist] -> [module] */
  py_object **sp = py__vm_sp(f);
  py_object *fromlist = POP();
  py__vm_set_sp(f, sp);
  py_object *level = sp[-1];
  py_object *m = py_vm_import_name(PY_TUPLE_ITEMS(f->code->names)[oparg], fromlist,
                                   (int)PY_INT_SMALL(level), f->globals);
  py_decref(fromlist);
  if (!m) return -1;
  sp[-1] = m;
  py_decref(level);
  return 0;
}

int py__vm_op_import_from(py_frame *f, int oparg) {
  /* [module] -> [module, module.name] */
  py_object **sp = py__vm_sp(f);
  py_object *m = py_vm_import_from(sp[-1], PY_TUPLE_ITEMS(f->code->names)[oparg]);
  if (!m) return -1;
  PUSH(m);
  py__vm_set_sp(f, sp);
  return 0;
}

int py__vm_op_import_star(py_frame *f, int oparg) {
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_object *m = POP();
  py__vm_set_sp(f, sp);
  int rc = py_vm_import_star(m, f->locals ? f->locals : f->globals);
  py_decref(m);
  return rc < 0 ? -1 : 0;
}

int py__vm_op_print_expr(py_frame *f, int oparg) {
  /* An expression statement compiled in 'single' mode: [value] -> [] */
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_object *v = POP();
  py__vm_set_sp(f, sp);
  py_object *sys = py_dict_get_str(py_sys_modules(), "sys");
  py_object *hook = sys ? py_getattr_str(sys, "displayhook") : NULL;
  if (!hook) {
    py_err_clear();
    py_raise(&py_exc_RuntimeError, "lost sys.displayhook");
    py_decref(v);
    return -1;
  }
  py_object *r = py_call1(hook, v);
  py_decref(hook);
  py_decref(v);
  if (!r) return -1;
  py_decref(r);
  return 0;
}
