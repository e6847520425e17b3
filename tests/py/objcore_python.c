/* tests/py/objcore_python.c — the object core seen from Python: runs each program in
 * tests/py/objcore_python/ (classes, dunders, descriptors, metaclasses, __slots__,
 * exceptions' messages, the operator module) through the interpreter and compares its
 * stdout with the .out file CPython 3.11 wrote (regen.sh). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"
#include "py/interp.h"

#define DIR_PATH "tests/py/objcore_python"

/* Programs leave reference cycles (functions and their module's globals) that only a
 * cycle collector would free; there is none, so leak reports say nothing here (the
 * CLI does the same). */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }

static char *out;
static size_t out_len, out_cap;

static void capture(void *ctx, int fd, const char *s, size_t n) {
  (void)ctx;
  if (fd != 1) return; /* stderr (warnings, tracebacks) is not compared */
  if (out_len + n + 1 > out_cap) {
    out_cap = (out_len + n + 1) * 2;
    out = realloc(out, out_cap);
    if (!out) abort();
  }
  memcpy(out + out_len, s, n);
  out_len += n;
  out[out_len] = 0;
}

static double zero_clock(void *ctx) {
  (void)ctx;
  return 0.0;
}
static void no_sleep(void *ctx, double secs) {
  (void)ctx;
  (void)secs;
}

static char *read_file(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)size + 1);
  if (buf && fread(buf, 1, (size_t)size, f) != (size_t)size) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  if (buf) {
    buf[size] = 0;
    *n = (size_t)size;
  }
  return buf;
}

/* The first line where got and want differ, for the failure message. */
static void report_diff(const char *name, const char *got, const char *want) {
  int line = 1;
  while (*got && *got == *want) {
    if (*got == '\n') line++;
    got++;
    want++;
  }
  const char *ge = strchr(got, '\n'), *we = strchr(want, '\n');
  fprintf(stderr, "%s: line %d differs\n  got:  %.*s\n  want: %.*s\n", name, line,
          (int)(ge ? ge - got : (long)strlen(got)), got,
          (int)(we ? we - want : (long)strlen(want)), want);
}

int main(void) {
  static const py_host host = {capture, zero_clock, zero_clock, no_sleep, NULL};
  py_config cfg = {.virtual_clock = true, .host = &host};
  if (py_init(&cfg) < 0) {
    fprintf(stderr, "py_init failed\n");
    return 1;
  }
  DIR *d = opendir(DIR_PATH);
  if (!d) {
    fprintf(stderr, "cannot open %s\n", DIR_PATH);
    return 1;
  }
  /* Sorted, so failures are reported in a stable order. */
  char *names[256];
  int count = 0;
  struct dirent *e;
  while ((e = readdir(d)) && count < 256) {
    size_t len = strlen(e->d_name);
    if (len > 3 && strcmp(e->d_name + len - 3, ".py") == 0) names[count++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, (size_t)count, sizeof *names, (int (*)(const void *, const void *))strcmp);
  for (int i = 0; i < count; i++) {
    char path[512], expect_path[512];
    snprintf(path, sizeof path, "%s/%s", DIR_PATH, names[i]);
    snprintf(expect_path, sizeof expect_path, "%s/%.*s.out", DIR_PATH,
             (int)(strlen(names[i]) - 3), names[i]);
    size_t n, m;
    char *src = read_file(path, &n), *want = read_file(expect_path, &m);
    CHECK(src && want);
    if (src && want) {
      out_len = 0;
      if (out) out[0] = 0;
      py_run_string(src, n, path);
      const char *got = out ? out : "";
      check_count++;
      if (strcmp(got, want) != 0) {
        check_failures++;
        report_diff(names[i], got, want);
      }
    }
    free(src);
    free(want);
    free(names[i]);
  }
  CHECK(count >= 8);
  py_fini();
  free(out);
  return CHECK_DONE("objcore_python");
}
