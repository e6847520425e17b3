/* runtime/py/libbundle.c — reads the library bundle (libbundle.h) the host hands over.
 *
 * Each part is asked for once, on the first import of a module it holds, and kept for
 * the life of the process: it is immutable data, like the tables compiled into the
 * binary (the wasm engine runs each program on a fresh instance, so in practice once
 * per run that needs it; the JS side keeps the file's bytes for every run of a
 * worker). A failure is not remembered: the next import asks again, and says why it
 * failed each time; bytes refused here are reported to the host, which then drops
 * them too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/libbundle.h"

const char *const py_lib_bundle_files[PY_LIB_BUNDLE_PARTS] = {
    "taskscope-lib.bin", "taskscope-lib-more.bin", "taskscope-lib-unicode.bin"};

typedef struct bundled {
  py_embedded_module em;
  const unsigned char *code;
  size_t code_size;
} bundled;

/* One part, once loaded. */
typedef struct part {
  unsigned char *data; /* the file's bytes (owned) */
  bundled *entries;
  size_t nentries;
} part;

static part parts[PY_LIB_BUNDLE_PARTS];
static char failure[320]; /* why the last load failed */

/* The part that holds name, or -1 when the bundle does not. */
static int part_of(const char *name) {
  for (const py_lib_bundled *m = py__lib_bundle_modules; m->name; m++)
    if (strcmp(m->name, name) == 0) return m->part;
  return -1;
}

int py__lib_bundle_has(const char *name) { return part_of(name) >= 0; }

static uint32_t u32_at(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Checks and indexes the bytes of a part into *into; a message in failure and -1 when
 * they are not a part of this build's bundle. */
static int parse(part *into, const unsigned char *data, size_t n) {
  const size_t head = PY_LIB_BUNDLE_MAGIC_LEN + 12;
  if (n < head || memcmp(data, PY_LIB_BUNDLE_MAGIC, PY_LIB_BUNDLE_MAGIC_LEN) != 0) {
    snprintf(failure, sizeof failure, "it is not a Taskscope library bundle");
    return -1;
  }
  const unsigned char *p = data + PY_LIB_BUNDLE_MAGIC_LEN;
  uint64_t stamp = (uint64_t)u32_at(p) | (uint64_t)u32_at(p + 4) << 32;
  if (stamp != py__lib_bundle_stamp) {
    snprintf(failure, sizeof failure,
             "it belongs to another build of the engine (reload, or rebuild with `make wasm`)");
    return -1;
  }
  uint32_t count = u32_at(p + 8);
  bundled *entries = NULL;
  if (count > n / 16) goto truncated;
  entries = calloc(count ? count : 1, sizeof *entries);
  if (!entries) {
    snprintf(failure, sizeof failure, "out of memory");
    return -1;
  }
  size_t at = head;
  for (uint32_t i = 0; i < count; i++) {
    if (n - at < 16) goto truncated;
    uint32_t name_len = u32_at(data + at), flags = u32_at(data + at + 4);
    uint32_t source_len = u32_at(data + at + 8), code_len = u32_at(data + at + 12);
    at += 16;
    if (name_len >= n - at || data[at + name_len] != 0) goto truncated; /* name and NUL */
    bundled *b = &entries[i];
    b->em.name = (const char *)data + at;
    at += (size_t)name_len + 1;
    if (n - at < source_len) goto truncated;
    b->em.source = (const char *)data + at;
    b->em.size = source_len;
    b->em.is_package = (flags & PY_LIB_BUNDLE_PACKAGE) != 0;
    at += source_len;
    if (n - at < code_len) goto truncated;
    b->code = code_len ? data + at : NULL;
    b->code_size = code_len;
    at += code_len;
  }
  into->entries = entries;
  into->nentries = count;
  return 0;
truncated:
  free(entries);
  snprintf(failure, sizeof failure, "the file is truncated");
  return -1;
}

/* Loads a part from the host unless it is here already. 0 or -1 (failure says why). */
static int load(int which) {
  part *p = &parts[which];
  if (p->data) return 0;
  if (!py_host_lib_bundle) {
    snprintf(failure, sizeof failure, "this host provides no library bundle");
    return -1;
  }
  unsigned char *data = NULL;
  size_t n = 0;
  char why[200] = "";
  if (py_host_lib_bundle(which, &data, &n, why, sizeof why) < 0 || !data) {
    free(data);
    snprintf(failure, sizeof failure, "%s", why[0] ? why : "the host could not read it");
    return -1;
  }
  if (parse(p, data, n) < 0) {
    free(data);
    if (py_host_lib_bundle_refused) py_host_lib_bundle_refused(which);
    return -1;
  }
  p->data = data;
  return 0;
}

int py__lib_bundle_find(const char *name, const py_embedded_module **em,
                        const unsigned char **code, size_t *code_size, const char **why) {
  int which = part_of(name);
  if (which < 0) return 0;
  static char reason[sizeof failure + 64];
  if (load(which) < 0) {
    snprintf(reason, sizeof reason, "the library bundle (%s) could not be loaded: %s",
             py_lib_bundle_files[which], failure);
    *why = reason;
    return -1;
  }
  const part *p = &parts[which];
  for (size_t i = 0; i < p->nentries; i++)
    if (strcmp(p->entries[i].em.name, name) == 0) {
      *em = &p->entries[i].em;
      *code = p->entries[i].code;
      *code_size = p->entries[i].code_size;
      return 1;
    }
  snprintf(reason, sizeof reason, "the library bundle (%s) does not hold it",
           py_lib_bundle_files[which]);
  *why = reason;
  return -1;
}
