/* wasm/lib_bundle.c — the engine's side of the library bundle (runtime/py/libbundle.h):
 * the bytes of wasm/dist/taskscope-lib.bin come from the JS host, synchronously, on the
 * first import of a module the .wasm does not embed (wasm/src/lib_bundle.mjs reads the
 * file once per worker or process and copies it into this instance's memory). */
#include <stddef.h>
#include <stdint.h>

#include "py/libbundle.h"

/* Implemented in wasm/src/library_taskscope.js. */
extern int ts_js_lib_bundle(unsigned char **data, size_t *n, char *why, size_t whycap,
                            uint32_t stamp_low, uint32_t stamp_high);

/* The stamp goes along so that the JS side keeps only a file of this build: bytes the
 * engine will refuse are read again next time (the file may have been replaced). */
int py_host_lib_bundle(unsigned char **data, size_t *n, char *why, size_t whycap) {
  return ts_js_lib_bundle(data, n, why, whycap, (uint32_t)py__lib_bundle_stamp,
                          (uint32_t)(py__lib_bundle_stamp >> 32));
}
