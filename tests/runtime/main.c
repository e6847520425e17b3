/* tests/runtime/main.c — runs every registered runtime test and prints the tally. */
#include "test.h"
#include <stdarg.h>
#include <stdlib.h>

int test_failed;
static const char *current_test;

void test_fail(const char *file, int line, const char *what) {
  test_failed = 1;
  fprintf(stderr, "  %s: %s:%d: %s\n", current_test, file, line, what);
}

static char log_buf[8192];
static size_t log_len;
static char log_out[8192];

void logf_(const char *fmt, ...) {
  if (log_len && log_len < sizeof log_buf - 1) log_buf[log_len++] = ' ';
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(log_buf + log_len, sizeof log_buf - log_len, fmt, ap);
  va_end(ap);
  if (n > 0) log_len += (size_t)n;
  if (log_len >= sizeof log_buf) log_len = sizeof log_buf - 1;
}

const char *log_take(void) {
  log_buf[log_len] = 0;
  memcpy(log_out, log_buf, log_len + 1);
  log_len = 0;
  return log_out;
}

/* ---- the counting allocator ------------------------------------------------------------ */
static size_t bytes_in_use;
static long fail_countdown;

static void *count_alloc(void *ctx, size_t n) {
  (void)ctx;
  if (fail_countdown > 0 && --fail_countdown == 0) return NULL;
  void *p = malloc(n);
  if (p) bytes_in_use += n;
  return p;
}
static void count_free(void *ctx, void *p, size_t n) {
  (void)ctx;
  if (!p) return;
  bytes_in_use -= n;
  free(p);
}
static const aio_allocator counting = {NULL, count_alloc, count_free};

void test_fail_alloc_after(long n) { fail_countdown = n; }
size_t test_alloc_bytes(void) { return bytes_in_use; }

aio_loop *test_loop_clock(int clock) {
  aio_loop_config cfg = {0};
  cfg.alloc = &counting;
  cfg.clock = clock;
  cfg.stack_size = 256 << 10;
  aio_loop *loop = NULL;
  if (aio_loop_new(&cfg, &loop) != 0) {
    test_fail(__FILE__, __LINE__, "aio_loop_new failed");
    return NULL;
  }
  return loop;
}
aio_loop *test_loop(void) { return test_loop_clock(AIO_CLOCK_VIRTUAL); }

void test_loop_free(aio_loop *loop) {
  aio_loop_free(loop);
  if (bytes_in_use != 0) {
    char m[64];
    snprintf(m, sizeof m, "%zu bytes still allocated", bytes_in_use);
    test_fail(__FILE__, __LINE__, m);
    bytes_in_use = 0;
  }
}

void *test_error(aio_loop *loop, const char *msg) { return aio_error_new(loop, AIO_ERROR_USER, msg); }
const char *emsg(const void *err) {
  const char *m = err ? aio_error_message(err) : NULL;
  return m ? m : "";
}
const char *ekind(const void *err) {
  if (!err) return "None";
  switch (aio_error_get_kind(err)) {
  case AIO_ERROR_USER: return "Error";
  case AIO_ERROR_CANCELLED: return "CancelledError";
  case AIO_ERROR_TIMEOUT: return "TimeoutError";
  case AIO_ERROR_INVALID_STATE: return "InvalidStateError";
  case AIO_ERROR_GROUP: return "ExceptionGroup";
  case AIO_ERROR_USER_CANCELLED: return "MyCancelled";
  }
  return "?";
}

int run_task(aio_loop *loop, aio_task_fn fn, void *arg, void **out) {
  aio_task *t;
  *out = NULL;
  if (aio_task_new(loop, fn, arg, NULL, &t) != 0) return AIO_E_NOMEM;
  int rc = aio_loop_run_until_complete(loop, aio_task_future(t));
  if (rc == 0) rc = aio_future_result(aio_task_future(t), out);
  aio_task_release(t);
  return rc;
}

/* ---- registration ------------------------------------------------------------------ */
#define TEST_ENTRY(name) void test_##name(void);
#include "test-list.h"
#undef TEST_ENTRY

static const struct { const char *name; void (*fn)(void); } tests[] = {
#define TEST_ENTRY(name) {#name, test_##name},
#include "test-list.h"
#undef TEST_ENTRY
};

int main(int argc, char **argv) {
  int passed = 0, failed = 0;
  for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
    if (argc > 1 && !strstr(tests[i].name, argv[1])) continue;
    current_test = tests[i].name;
    test_failed = 0;
    log_len = 0;
    fail_countdown = 0;
    aio_task_counter_reset();
    tests[i].fn();
    if (test_failed) {
      failed++;
      printf("FAIL %s\n", tests[i].name);
    } else {
      passed++;
    }
  }
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
