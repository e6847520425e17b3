/* runtime/py/code.h — code objects (compiled bytecode of one scope), frames, functions,
 * cells and generators: the VM's internal layouts.
 *
 * A frame lives on the heap (a free list makes a call cost no allocation in steady
 * state); a Python-to-Python call pushes one and the same eval-loop invocation goes on
 * running it (design decision 1). Generators and coroutines own their frame. */
#ifndef TASKSCOPE_PY_CODE_H
#define TASKSCOPE_PY_CODE_H
#include <stdint.h>

#include "py/object.h"

/* ---- code objects ----------------------------------------------------------------- */

enum {
  PY_CO_OPTIMIZED = 1 << 0,  /* locals in fast slots (functions) */
  PY_CO_VARARGS = 1 << 2,
  PY_CO_VARKEYWORDS = 1 << 3,
  PY_CO_NESTED = 1 << 4,
  PY_CO_GENERATOR = 1 << 5,
  PY_CO_COROUTINE = 1 << 7,
  PY_CO_ASYNC_GENERATOR = 1 << 9,
};

typedef struct py_code {
  PY_HEAD;
  uint32_t *instrs;          /* ninstrs instructions (opcodes.h) */
  int32_t *lines;            /* the source line of each instruction (the line table) */
  int ninstrs;
  int flags;                 /* PY_CO_* */
  int argcount, posonlyargcount, kwonlyargcount;
  int nlocals;               /* fast slots: parameters first, then other locals */
  int ncells, nfrees;        /* cell slots follow the locals, then free slots */
  int stacksize;
  int firstlineno;
  int *cell2arg;             /* for each cell, the parameter it starts from, or -1 */
  py_object *consts;         /* tuple */
  py_object *names;          /* tuple of str: globals, attributes, imported names */
  py_object *varnames;       /* tuple of str: the nlocals local names */
  py_object *cellvars;       /* tuple of str */
  py_object *freevars;       /* tuple of str */
  py_object *name, *qualname, *filename; /* str */
} py_code;

extern py_type py_code_type;

/* The source line of instruction index i (the one after the last executed). */
static inline int py_code_line(const py_code *co, int i) {
  if (i < 0) i = 0;
  if (i >= co->ninstrs) i = co->ninstrs - 1;
  return co->ninstrs > 0 ? co->lines[i] : co->firstlineno;
}

/* ---- cells and functions ---------------------------------------------------------- */

typedef struct py_cell {
  PY_HEAD;
  py_object *ref; /* NULL when empty */
} py_cell;
extern py_type py_cell_type;
py_object *py_cell_new(py_object *value); /* new; value may be NULL, not stolen */

typedef struct py_function {
  PY_HEAD;
  py_code *code;
  py_object *globals;     /* dict */
  py_object *builtins;    /* dict */
  py_object *name, *qualname, *module, *doc; /* module/doc may be NULL */
  py_object *defaults;    /* tuple or NULL */
  py_object *kwdefaults;  /* dict or NULL */
  py_object *closure;     /* tuple of cells or NULL */
  py_object *dict;        /* __dict__ or NULL */
  py_object *annotations; /* dict or NULL */
} py_function;
extern py_type py_function_type;
/* A function of code in globals (new; steals nothing). */
py_object *py_function_new(py_code *code, py_object *globals, py_object *qualname);

/* ---- frames ------------------------------------------------------------------------ */

#define PY_MAX_BLOCKS 24

typedef struct py_block {
  int handler; /* instruction index */
  int level;   /* stack depth to unwind to */
} py_block;

typedef struct py_frame py_frame;
struct py_frame {
  py_frame *back;          /* the frame that called this one in the same eval loop */
  py_code *code;           /* owned */
  py_function *func;       /* owned; NULL for module and class bodies run by exec */
  py_object *globals;      /* borrowed from func or owned (owns_ns) */
  py_object *builtins;
  py_object *locals;       /* dict for module/class bodies, else NULL; owned */
  py_object *gen;          /* the generator/coroutine owning this frame (borrowed) */
  int lasti;               /* index of the instruction being executed */
  int stackdepth;          /* saved depth while suspended or calling */
  int nblocks;
  bool entry;              /* returning from it leaves the eval loop */
  bool on_heap;            /* owned by a generator: not from the free list */
  int nslots;              /* nlocals + ncells + nfrees + stacksize */
  py_block blocks[PY_MAX_BLOCKS];
  py_object *slots[];      /* locals, cells, frees, then the value stack */
};

/* The innermost frame running now (NULL outside Python code). */
extern py_frame *py_vm_current;

#endif
