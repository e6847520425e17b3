/* runtime/py/opcodes.h — the instruction set shared by the compiler and the eval loop.
 *
 * An instruction is one 32-bit word: the opcode in the low 8 bits, the argument in the
 * high 24 (PY_OPARG). Jump arguments are absolute instruction indices. The list is an
 * X-macro so the eval loop's computed-goto table and the disassembler's names come from
 * one place. Stack effects are documented in vm.c next to each handler. */
#ifndef TASKSCOPE_PY_OPCODES_H
#define TASKSCOPE_PY_OPCODES_H

#define PY_OPCODES(X)                                                                 \
  X(NOP) X(POP_TOP) X(SWAP) X(COPY) X(PUSH_NULL)                                      \
  X(LOAD_CONST) X(LOAD_FAST) X(STORE_FAST) X(DELETE_FAST) X(LOAD_FAST_CHECKED)        \
  X(LOAD_DEREF) X(STORE_DEREF) X(DELETE_DEREF) X(LOAD_CLOSURE) X(LOAD_CLASSDEREF)     \
  X(LOAD_NAME) X(STORE_NAME) X(DELETE_NAME) X(LOAD_GLOBAL) X(STORE_GLOBAL)            \
  X(DELETE_GLOBAL) X(LOAD_ATTR) X(STORE_ATTR) X(DELETE_ATTR) X(LOAD_METHOD)           \
  X(BINARY_OP) X(UNARY_NEGATIVE) X(UNARY_POSITIVE) X(UNARY_NOT) X(UNARY_INVERT)       \
  X(COMPARE_OP) X(IS_OP) X(CONTAINS_OP) X(BINARY_SUBSCR) X(STORE_SUBSCR)              \
  X(DELETE_SUBSCR) X(BUILD_SLICE) X(BUILD_TUPLE) X(BUILD_LIST) X(BUILD_SET)           \
  X(BUILD_MAP) X(LIST_APPEND) X(SET_ADD) X(MAP_ADD) X(LIST_EXTEND) X(SET_UPDATE)      \
  X(DICT_UPDATE) X(DICT_MERGE) X(LIST_TO_TUPLE) X(BUILD_STRING) X(FORMAT_VALUE)       \
  X(UNPACK_SEQUENCE) X(UNPACK_EX) X(JUMP) X(POP_JUMP_IF_FALSE) X(POP_JUMP_IF_TRUE)    \
  X(JUMP_IF_FALSE_OR_POP) X(JUMP_IF_TRUE_OR_POP) X(GET_ITER) X(FOR_ITER) X(CALL)      \
  X(CALL_KW) X(CALL_EX) X(MAKE_FUNCTION) X(RETURN_VALUE) X(YIELD_VALUE)               \
  X(GET_AWAITABLE) X(GET_YIELD_FROM_ITER) X(SEND) X(SETUP_FINALLY) X(POP_BLOCK)       \
  X(PUSH_EXC_INFO) X(POP_EXCEPT) X(RERAISE) X(POP_EXCEPT_AND_RERAISE)                 \
  X(CHECK_EXC_MATCH) X(CHECK_EG_MATCH) X(RAISE_VARARGS) X(BEFORE_WITH)                \
  X(BEFORE_ASYNC_WITH) X(WITH_EXIT_NORMAL) X(WITH_EXCEPT_START) X(GET_AITER)          \
  X(GET_ANEXT) X(END_ASYNC_FOR) X(IMPORT_NAME) X(IMPORT_FROM) X(IMPORT_STAR)          \
  X(LOAD_BUILD_CLASS) X(LOAD_ASSERTION_ERROR) X(SETUP_ANNOTATIONS) X(PREP_RERAISE_STAR) \
  X(STORE_ANNOTATION) X(ROT_N) X(ASYNC_GEN_WRAP) X(SETUP_CLEANUP)                      \
  X(MATCH_SEQUENCE) X(MATCH_MAPPING) X(MATCH_KEYS) X(MATCH_CLASS) X(GET_LEN) X(PRINT_EXPR)

enum py_opcode {
#define PY_OP_ENUM(n) PY_OPC_##n,
  PY_OPCODES(PY_OP_ENUM)
#undef PY_OP_ENUM
  PY_OPC_COUNT
};

#define PY_OPCODE(w) ((w) & 0xff)
#define PY_OPARG(w) ((w) >> 8)
#define PY_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))

/* FORMAT_VALUE's argument: the conversion in the low 2 bits, PY_FV_HAVE_SPEC when the
 * spec is on the stack above the value. */
enum { PY_FV_NONE = 0, PY_FV_STR = 1, PY_FV_REPR = 2, PY_FV_ASCII = 3, PY_FV_HAVE_SPEC = 4 };
/* MAKE_FUNCTION's argument: which optional parts are on the stack (in this order). */
enum { PY_MF_DEFAULTS = 1, PY_MF_KWDEFAULTS = 2, PY_MF_ANNOTATIONS = 4, PY_MF_CLOSURE = 8 };
/* BINARY_OP's argument: an enum py_binop, plus this flag for the in-place form. */
#define PY_BINOP_INPLACE 16

#endif
