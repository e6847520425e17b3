/* runtime/py/vm_ops.c — the dispatch of the eval loop's out-of-line instructions (see
 * vm_ops.h): vm_run jumps to one place for all of them, which calls here. Each case
 * only calls, so that what V8 compiles for a program's first rare instruction stays
 * small: the instruction's own function is compiled when it first runs. */
#include "py/opcodes.h"
#include "py/vm_ops.h"

/* UNARY_POSITIVE and UNARY_INVERT (+x and ~x; -x and `not x` stay in the loop):
 * [v] -> [op(v)]. */
static int unary(py_frame *f, py_object *(*op)(py_object *)) {
  py_object **sp = py__vm_sp(f);
  py_object *v = sp[-1];
  py_object *r = op(v);
  if (!r) return -1;
  sp[-1] = r;
  py_decref(v);
  return 0;
}

int py__vm_op_rare(py_frame *f, uint32_t w) {
  int oparg = (int)PY_OPARG(w);
  switch (PY_OPCODE(w)) {
  case PY_OPC_DELETE_FAST: return py__vm_op_delete_fast(f, oparg);
  case PY_OPC_LOAD_CLASSDEREF: return py__vm_op_load_classderef(f, oparg);
  case PY_OPC_DELETE_DEREF: return py__vm_op_delete_deref(f, oparg);
  case PY_OPC_DELETE_NAME: return py__vm_op_delete_name(f, oparg);
  case PY_OPC_DELETE_GLOBAL: return py__vm_op_delete_global(f, oparg);
  case PY_OPC_DELETE_ATTR: return py__vm_op_delete_attr(f, oparg);
  case PY_OPC_DELETE_SUBSCR: return py__vm_op_delete_subscr(f, oparg);
  case PY_OPC_UNARY_POSITIVE: return unary(f, py_pos);
  case PY_OPC_UNARY_INVERT: return unary(f, py_invert);
  case PY_OPC_BUILD_SET: return py__vm_op_build_set(f, oparg);
  case PY_OPC_BUILD_MAP: return py__vm_op_build_map(f, oparg);
  case PY_OPC_LIST_EXTEND: return py__vm_op_list_extend(f, oparg);
  case PY_OPC_SET_UPDATE: return py__vm_op_set_update(f, oparg);
  case PY_OPC_DICT_UPDATE: return py__vm_op_dict_update(f, oparg);
  case PY_OPC_DICT_MERGE: return py__vm_op_dict_merge(f, oparg);
  case PY_OPC_BUILD_STRING: return py__vm_op_build_string(f, oparg);
  case PY_OPC_FORMAT_VALUE: return py__vm_op_format_value(f, oparg);
  case PY_OPC_UNPACK_EX: return py__vm_op_unpack_ex(f, oparg);
  case PY_OPC_MAKE_FUNCTION: return py__vm_op_make_function(f, oparg);
  case PY_OPC_GET_YIELD_FROM_ITER: return py__vm_op_get_yield_from_iter(f, oparg);
  case PY_OPC_SETUP_CLEANUP: return py__vm_op_setup_cleanup(f, oparg);
  case PY_OPC_CHECK_EXC_MATCH: return py__vm_op_check_exc_match(f, oparg);
  case PY_OPC_CHECK_EG_MATCH: return py__vm_op_check_eg_match(f, oparg);
  case PY_OPC_PREP_RERAISE_STAR: return py__vm_op_prep_reraise_star(f, oparg);
  case PY_OPC_RAISE_VARARGS: return py__vm_op_raise(f, oparg);
  case PY_OPC_LOAD_ASSERTION_ERROR: return py__vm_op_load_assertion_error(f, oparg);
  case PY_OPC_BEFORE_WITH: return py__vm_op_before_with(f, 0);
  case PY_OPC_BEFORE_ASYNC_WITH: return py__vm_op_before_with(f, 1);
  case PY_OPC_WITH_EXIT_NORMAL: return py__vm_op_with_exit_normal(f, oparg);
  case PY_OPC_WITH_EXCEPT_START: return py__vm_op_with_except_start(f, oparg);
  case PY_OPC_GET_AITER: return py__vm_op_get_aiter(f, oparg);
  case PY_OPC_GET_ANEXT: return py__vm_op_get_anext(f, oparg);
  case PY_OPC_END_ASYNC_FOR: return py__vm_op_end_async_for(f, oparg);
  case PY_OPC_ASYNC_GEN_WRAP: return py__vm_op_async_gen_wrap(f, oparg);
  case PY_OPC_IMPORT_NAME: return py__vm_op_import_name(f, oparg);
  case PY_OPC_IMPORT_FROM: return py__vm_op_import_from(f, oparg);
  case PY_OPC_IMPORT_STAR: return py__vm_op_import_star(f, oparg);
  case PY_OPC_LOAD_BUILD_CLASS: return py__vm_op_load_build_class(f, oparg);
  case PY_OPC_SETUP_ANNOTATIONS: return py__vm_op_setup_annotations(f, oparg);
  case PY_OPC_STORE_ANNOTATION: return py__vm_op_store_annotation(f, oparg);
  case PY_OPC_MATCH_SEQUENCE: return py__vm_op_match_sequence(f, oparg);
  case PY_OPC_MATCH_MAPPING: return py__vm_op_match_mapping(f, oparg);
  case PY_OPC_GET_LEN: return py__vm_op_get_len(f, oparg);
  case PY_OPC_MATCH_KEYS: return py__vm_op_match_keys(f, oparg);
  case PY_OPC_MATCH_CLASS: return py__vm_op_match_class(f, oparg);
  case PY_OPC_PRINT_EXPR: return py__vm_op_print_expr(f, oparg);
  default:
    py_raise(&py_exc_SystemError, "unknown opcode %d", (int)PY_OPCODE(w));
    return PY_VM_OP_ERROR;
  }
}
