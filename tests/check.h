/* tests/check.h — the few assertions a standalone C test program needs.
 * A failed check prints where and what, and the program exits 1 at the end
 * (checks go on after a failure, so one run shows every broken case). */
#ifndef TASKSCOPE_TESTS_CHECK_H
#define TASKSCOPE_TESTS_CHECK_H
#include <stdio.h>
#include <string.h>

static int check_failures;
static int check_count;

#define CHECK(cond) do { check_count++; if (!(cond)) { check_failures++; \
    fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)

#define CHECK_STR(got, want) do { const char *g_ = (got), *w_ = (want); check_count++; \
    if (!g_ || strcmp(g_, w_) != 0) { check_failures++; \
      fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
              g_ ? g_ : "(null)", w_); } } while (0)

#define CHECK_INT(got, want) do { long long g_ = (long long)(got), w_ = (long long)(want); \
    check_count++; if (g_ != w_) { check_failures++; \
      fprintf(stderr, "%s:%d: %s is %lld, want %lld\n", __FILE__, __LINE__, #got, g_, w_); } \
  } while (0)

/* Ends main(): prints one summary line and returns the exit status. */
#define CHECK_DONE(name) (fprintf(stderr, "%s: %d checks, %d failed\n", (name), \
    check_count, check_failures), check_failures ? 1 : 0)

#endif
