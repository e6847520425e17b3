/* runtime/py/frozen.h — the modules of runtime/lib embedded in the binary: their source
 * text (build/gen/pylib.c, written by scripts/embed_pylib.mjs) and their code objects,
 * compiled at build time and serialized (build/gen/pylib_code.c, written by
 * tests/tools/freeze_pylib.c in the format of marshal.h). import.c loads the code;
 * the source stays for the lines tracebacks show, and for the rare module whose code is
 * missing (the freeze tool itself runs without any). */
#ifndef TASKSCOPE_PY_FROZEN_H
#define TASKSCOPE_PY_FROZEN_H
#include <stddef.h>

typedef struct py_embedded_module {
  const char *name;   /* dotted module name */
  const char *source; /* the .py file's text */
  size_t size;
  int is_package;     /* an __init__.py */
} py_embedded_module;
/* Every embedded module, sorted by path, ended by an entry whose name is NULL. */
extern const py_embedded_module py__embedded_modules[];

typedef struct py_frozen_code {
  const char *name;          /* dotted module name */
  const unsigned char *code; /* the module's code object, serialized (marshal.h) */
  size_t size;
} py_frozen_code;
/* The serialized code of the embedded modules (in the same order, some may be left
 * out), ended by an entry whose name is NULL. */
extern const py_frozen_code py__frozen_code[];

struct py_code;
/* Gives a code object of an embedded module that was frozen with its lines only
 * (PY_MARSHAL_LINES_ONLY) its end lines and columns, by compiling the module's source
 * again and copying them from the matching code object. For the caret lines of
 * tracebacks (traceback.c), so only when one is printed. 0 when the tables are there
 * (or were already); -1 when they cannot be had, with no exception set: the caller
 * prints no carets. */
int py__code_fill_positions(struct py_code *co);

#endif
