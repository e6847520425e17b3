/* wasm/lib_bundle.c — the engine's side of the library bundle (runtime/py/libbundle.h):
 * the bytes of each part (wasm/dist/taskscope-lib.bin, taskscope-lib-more.bin,
 * taskscope-lib-unicode.bin) come from
 * the JS host, synchronously, on the first import of a module of that part
 * (wasm/src/lib_bundle.mjs reads each file once per worker or process and copies it into
 * this instance's memory). */
#include <stddef.h>

#include "py/libbundle.h"

/* Implemented in wasm/src/library_taskscope.js. */
extern int ts_js_lib_bundle(int part, unsigned char **data, size_t *n, char *why,
                            size_t whycap);
extern void ts_js_lib_bundle_refused(int part);

int py_host_lib_bundle(int part, unsigned char **data, size_t *n, char *why, size_t whycap) {
  return ts_js_lib_bundle(part, data, n, why, whycap);
}

/* The JS side then forgets the bytes it kept: the file may be replaced meanwhile. */
void py_host_lib_bundle_refused(int part) { ts_js_lib_bundle_refused(part); }
