/* runtime/py/libbundle.h — the library bundle: modules of runtime/lib that a host keeps
 * outside the binary and hands over when a program first imports one of them.
 *
 * The wasm engine embeds the text and code of the modules `import asyncio` loads, and
 * only the names of the others (build/gen/pylib_code_wasm.c); their text and code are
 * files beside the .wasm, written at build time by tests/tools/freeze_pylib.c --bundle.
 * The bundle comes in parts, one file each, so that a program importing an everyday
 * module (json, re, datetime, logging) does not also download the big tools it does not
 * use (unittest, argparse, decimal, pickle, ...): part 0 is taskscope-lib.bin, part 1
 * taskscope-lib-more.bin (the Makefile's LIB_MORE_MODULES lists what goes there), part
 * 2 taskscope-lib-unicode.bin (unicodedata's tables, LIB_UNICODE_MODULES: 190 KB gzip
 * that neither a unittest nor a decimal program should pay for). A part is read on the
 * first import of one of its modules. Native builds embed every
 * module and have no bundle (py__lib_bundle_modules is empty there). docs/engine.md,
 * "The library bundle".
 *
 * Layout of a part, little-endian:
 *   magic (PY_LIB_BUNDLE_MAGIC_LEN bytes), stamp (u64 as two u32, low first), count (u32),
 *   then count records: name_len, flags, source_len, code_len (u32 each), the name and
 *   a NUL, the source text (comments and docstrings blanked), the serialized code
 *   (marshal.h; code_len 0 when the module did not compile at build time).
 * The stamp is a hash of the records of all parts: the engine built with a bundle holds
 * the same one (py__lib_bundle_stamp) and refuses any other, so a stale cached file
 * never feeds code of another build to the engine. */
#ifndef TASKSCOPE_PY_LIBBUNDLE_H
#define TASKSCOPE_PY_LIBBUNDLE_H
#include <stddef.h>
#include <stdint.h>

#include "py/frozen.h"

#define PY_LIB_BUNDLE_MAGIC "TSLIB\001\r\n"
#define PY_LIB_BUNDLE_MAGIC_LEN 8
enum { PY_LIB_BUNDLE_PACKAGE = 1 };
enum { PY_LIB_BUNDLE_PARTS = 3 };

/* The file of each part, as hosts serve it beside the .wasm. */
extern const char *const py_lib_bundle_files[PY_LIB_BUNDLE_PARTS];

/* A module kept in the bundle and the part that holds it. */
typedef struct py_lib_bundled {
  const char *name; /* dotted */
  int part;
} py_lib_bundled;

/* The modules kept in the bundle, ended by a NULL name (generated). */
extern const py_lib_bundled py__lib_bundle_modules[];
/* The stamp of the bundle built with this binary (0 when there is none). */
extern const uint64_t py__lib_bundle_stamp;

/* The host's side, defined by a host that has a bundle (wasm/lib_bundle.c), weak here:
 * gives the bytes of one part synchronously, in a buffer from malloc that the caller
 * then owns. 0, or -1 with a reason written into why (NUL-terminated, at most whycap
 * bytes). */
int py_host_lib_bundle(int part, unsigned char **data, size_t *n, char *why, size_t whycap)
    __attribute__((weak));
/* Tells the host that the bytes it gave for a part are not a bundle of this build
 * (another build's, truncated, not a bundle): a host that keeps them for the next runs
 * drops them. Weak, optional. */
void py_host_lib_bundle_refused(int part) __attribute__((weak));

/* Whether name is one of the bundle's modules (nothing is loaded to know). */
int py__lib_bundle_has(const char *name);

/* Finds a bundled module, loading its part from the host on first use. 1 when found:
 * *em is its name and text, *code its serialized code (NULL when it has none); 0 when
 * the bundle does not hold it; -1 when it does but its part cannot be had, with *why the
 * reason, naming the part's file (text that lives as long as the process). No exception
 * is set. */
int py__lib_bundle_find(const char *name, const py_embedded_module **em,
                        const unsigned char **code, size_t *code_size, const char **why);

#endif
