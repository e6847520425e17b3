/* runtime/py/marshal.h — a compact, platform-independent serialized form of code
 * objects and their constants, so the modules of runtime/lib ship precompiled.
 *
 * The build compiles every runtime/lib module with the native compiler
 * (tests/tools/freeze_pylib.c) and embeds the bytes (build/gen/pylib_code.c); import
 * then only deserializes. All integers are written byte by byte (little-endian, or as
 * LEB128 varints), never as host words, so the same bytes load on 64-bit native builds
 * and on 32-bit WebAssembly. The format belongs to one build: the bytes are always made
 * by the compiler linked into the same binary, so there is no versioning beyond a magic
 * number. */
#ifndef TASKSCOPE_PY_MARSHAL_H
#define TASKSCOPE_PY_MARSHAL_H
#include <stddef.h>
#include <stdint.h>

#include "py/object.h"

/* A growable byte buffer the writer appends to (malloc'd; free with py_marshal_buf_free). */
typedef struct py_marshal_buf {
  unsigned char *data;
  size_t len, cap;
} py_marshal_buf;

/* What py_marshal_write leaves out. */
enum {
  /* Code objects keep their line table but not the end lines and columns (the caret
   * lines of tracebacks need them); a reader gets NULL there. About a third of the
   * bytes: import.c fills them from the module's source when a traceback asks. */
  PY_MARSHAL_LINES_ONLY = 1 << 0,
};

/* Serializes obj (a code object, or any constant a code object holds: None, True,
 * False, Ellipsis, int, float, str, bytes, tuple, frozenset, code) into out, after
 * what it holds; flags are PY_MARSHAL_*. 0, or -1 with an exception set (TypeError for
 * an unsupported object, MemoryError). */
int py_marshal_write(py_object *obj, py_marshal_buf *out, int flags);
/* Releases the buffer's memory and empties it. */
void py_marshal_buf_free(py_marshal_buf *buf);

/* Rebuilds the object serialized in data[0..n). New reference, or NULL with ValueError
 * ("bad marshal data ...") or MemoryError set. */
py_object *py_marshal_read(const unsigned char *data, size_t n);

#endif
