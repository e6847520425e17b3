/* tests/py/captured_host.h — the host side a test program gives the interpreter when it
 * only needs to read back what a program printed and to move the clock by hand: both
 * output streams go into one buffer (`out`, `nout`; the test resets them between
 * programs), and the clock reads `fake_now` (the wall clock 1e9 s later). Each test is
 * one translation unit, so the definitions are static and the header is included once. */
#ifndef TESTS_PY_CAPTURED_HOST_H
#define TESTS_PY_CAPTURED_HOST_H

#include <string.h>

static char out[4096];
static size_t nout;

/* Appends a write of either stream; what does not fit is dropped (tests stay small). */
static inline void capture(void *ctx, int fd, const char *s, size_t n) {
  (void)ctx;
  (void)fd;
  if (nout + n < sizeof out) {
    memcpy(out + nout, s, n);
    nout += n;
    out[nout] = 0;
  }
}

/* Forgets what the previous program printed. */
static inline void clear_output(void) {
  nout = 0;
  out[0] = 0;
}

static double fake_now;
static inline double now(void *ctx) {
  (void)ctx;
  return fake_now;
}
static inline double wall(void *ctx) {
  (void)ctx;
  return 1e9 + fake_now;
}

#endif
