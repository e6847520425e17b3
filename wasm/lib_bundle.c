/* wasm/lib_bundle.c — the engine's side of the library bundle (runtime/py/libbundle.h):
 * the bytes of wasm/dist/taskscope-lib.bin come from the JS host, synchronously, on the
 * first import of a module the .wasm does not embed (wasm/src/lib_bundle.mjs reads the
 * file once per worker or process and copies it into this instance's memory). */
#include <stddef.h>

#include "py/libbundle.h"

/* Implemented in wasm/src/library_taskscope.js. */
extern int ts_js_lib_bundle(unsigned char **data, size_t *n, char *why, size_t whycap);
extern void ts_js_lib_bundle_refused(void);

int py_host_lib_bundle(unsigned char **data, size_t *n, char *why, size_t whycap) {
  return ts_js_lib_bundle(data, n, why, whycap);
}

/* The JS side then forgets the bytes it kept: the file may be replaced meanwhile. */
void py_host_lib_bundle_refused(void) { ts_js_lib_bundle_refused(); }
