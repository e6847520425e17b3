/* tests/runtime/test.h — the runtime unit tests' helpers (libuv style).
 *
 * TEST_IMPL(name) defines one behaviour's test; test-list.h registers it. Checks record
 * a failure and go on (they also work inside task bodies, which cannot return from the
 * test function). Every test loop uses a counting allocator, so a test can require
 * that freeing the loop returned every byte, and can make the n-th allocation fail. */
#ifndef TASKSCOPE_TESTS_RUNTIME_TEST_H
#define TASKSCOPE_TESTS_RUNTIME_TEST_H
#include "aio/aio.h"
#include <stdio.h>
#include <string.h>

#define TEST_IMPL(name) void test_##name(void)

extern int test_failed;
void test_fail(const char *file, int line, const char *what);

#define ASSERT(c) do { if (!(c)) test_fail(__FILE__, __LINE__, #c); } while (0)
#define ASSERT_INT(got, want) do { long long g_ = (long long)(got), w_ = (long long)(want); \
    if (g_ != w_) { char m_[256]; snprintf(m_, sizeof m_, "%s is %lld, want %lld", #got, g_, w_); \
      test_fail(__FILE__, __LINE__, m_); } } while (0)
#define ASSERT_STR(got, want) do { const char *g_ = (got), *w_ = (want); \
    if (!g_ || strcmp(g_, w_) != 0) { char m_[1024]; \
      snprintf(m_, sizeof m_, "%s is \"%s\", want \"%s\"", #got, g_ ? g_ : "(null)", w_); \
      test_fail(__FILE__, __LINE__, m_); } } while (0)
#define ASSERT_DBL(got, want) do { double g_ = (got), w_ = (want); \
    if (g_ - w_ > 1e-9 || w_ - g_ > 1e-9) { char m_[256]; \
      snprintf(m_, sizeof m_, "%s is %g, want %g", #got, g_, w_); \
      test_fail(__FILE__, __LINE__, m_); } } while (0)

/* An order log: tests append words and compare the whole sentence. */
void logf_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#define LOG(...) logf_(__VA_ARGS__)
const char *log_take(void); /* returns the log (space separated) and clears it */
#define ASSERT_LOG(want) ASSERT_STR(log_take(), want)

/* Loops on the counting allocator (virtual clock unless said otherwise). */
aio_loop *test_loop(void);
aio_loop *test_loop_clock(int clock);
/* Frees the loop and checks that every allocated byte came back. */
void test_loop_free(aio_loop *loop);
/* Makes the n-th allocation from now on fail (1 = the next one); 0 turns it off. */
void test_fail_alloc_after(long n);
/* Bytes currently allocated through the counting allocator. */
size_t test_alloc_bytes(void);

/* Values for results: small integers cast to pointers (the built-in ops own nothing). */
#define V(n) ((void *)(uintptr_t)(n))
#define IV(p) ((long)(uintptr_t)(p))
/* A built-in user error with a message. */
void *test_error(aio_loop *loop, const char *msg);
/* The message of a built-in error, "" if none. */
const char *emsg(const void *err);
/* Runs a task to completion and returns its status/out via aio_future_result. */
int run_task(aio_loop *loop, aio_task_fn fn, void *arg, void **out);
/* Short kind name of a built-in error ("CancelledError", "TimeoutError", ...). */
const char *ekind(const void *err);

#endif
