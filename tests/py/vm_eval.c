/* tests/py/vm_eval.c — runs small programs through py_init/py_run_string and compares
 * stdout, stderr and the exit status with what CPython 3.11 printed for them (the
 * expected texts below were produced by running python3 on the same sources). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"
#include "py/interp.h"

typedef struct {
  const char *name, *src, *out, *err;
  int status;
} vm_case;

static const vm_case cases[] = {
  {"closures",
   "def make(n):\n    def add(x):\n        nonlocal n\n        n += x\n        return n\n    return add\na = make(10)\nprint(a(1), a(2), [lambda: i for i in range(3)][0]())\n",
   "11 13 2\n",
   "", 0},
  {"args",
   "def f(a, b=2, *args, c, d=4, **kw):\n    return (a, b, args, c, d, kw)\nprint(f(1, c=3), f(1, 2, 3, c=5, e=6))\nfor call in (lambda: f(), lambda: f(1, 2), lambda: f(1, c=1, c2=2, zz=1) and None, lambda: (lambda x, /: x)(x=1)):\n    try:\n        call()\n    except TypeError as e:\n        print(e)\ndef g(x, y): pass\ntry:\n    g(1, 2, 3)\nexcept TypeError as e:\n    print(e)\ntry:\n    g(1, x=2)\nexcept TypeError as e:\n    print(e)\n",
   "(1, 2, (), 3, 4, {}) (1, 2, (3,), 5, 4, {'e': 6})\nf() missing 1 required positional argument: 'a'\nf() missing 1 required keyword-only argument: 'c'\n<lambda>.<locals>.<lambda>() got some positional-only arguments passed as keyword arguments: 'x'\ng() takes 2 positional arguments but 3 were given\ng() got multiple values for argument 'x'\n",
   "", 0},
  {"generators",
   "def gen():\n    x = yield 1\n    try:\n        yield x\n    finally:\n        print('cleanup')\ng = gen()\nprint(next(g), g.send(5))\ng.close()\ndef outer():\n    r = yield from gen()\n    return r\nprint(list(outer()))\n",
   "1 5\ncleanup\ncleanup\n[1, None]\n",
   "", 0},
  {"exceptions",
   "try:\n    try:\n        1/0\n    except ZeroDivisionError as e:\n        raise ValueError('bad') from e\nexcept ValueError as e:\n    print(repr(e), repr(e.__cause__), e.__suppress_context__)\ntry:\n    try:\n        {}['k']\n    finally:\n        print('finally')\nexcept KeyError as e:\n    print('KeyError', e)\ndef f():\n    for i in range(3):\n        try:\n            return i\n        finally:\n            print('f finally', i)\nprint(f())\n",
   "ValueError('bad') ZeroDivisionError('division by zero') True\nfinally\nKeyError 'k'\nf finally 0\n0\n",
   "", 0},
  {"classes",
   "class A:\n    def __init__(self, x):\n        self.x = x\n    def who(self):\n        return 'A' + str(self.x)\nclass B(A):\n    def who(self):\n        return 'B>' + super().who()\nprint(B(3).who(), B.__qualname__, B.who.__qualname__)\n",
   "B>A3 B B.who\n",
   "", 0},
  {"coroutines",
   "async def inner():\n    return 41\nasync def outer():\n    return await inner() + 1\nc = outer()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print('result', e.value)\n",
   "result 42\n",
   "", 0},
  {"traceback",
   "def f():\n    g()\ndef g():\n    raise KeyError('x')\nf()\n",
   "",
   "Traceback (most recent call last):\n  File \"traceback.py\", line 5, in <module>\n    f()\n  File \"traceback.py\", line 2, in f\n    g()\n  File \"traceback.py\", line 4, in g\n    raise KeyError('x')\nKeyError: 'x'\n", 1},
  {"nameerror",
   "prnt('x')\n",
   "",
   "Traceback (most recent call last):\n  File \"nameerror.py\", line 1, in <module>\n    prnt('x')\n    ^^^^\nNameError: name 'prnt' is not defined. Did you mean: 'print'?\n", 1},
};

static char outbuf[1 << 16], errbuf[1 << 16];
static size_t outlen, errlen;

static void capture(void *ctx, int fd, const char *s, size_t n) {
  (void)ctx;
  char *buf = fd == 2 ? errbuf : outbuf;
  size_t *len = fd == 2 ? &errlen : &outlen;
  if (*len + n >= sizeof outbuf) n = sizeof outbuf - 1 - *len;
  memcpy(buf + *len, s, n);
  *len += n;
  buf[*len] = 0;
}

static double zero_clock(void *ctx) {
  (void)ctx;
  return 0.0;
}

static void no_sleep(void *ctx, double secs) {
  (void)ctx;
  (void)secs;
}

int main(void) {
  py_host host = {capture, zero_clock, zero_clock, no_sleep, NULL};
  py_config cfg = {.virtual_clock = true, .host = &host};
  CHECK(py_init(&cfg) == 0);
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char filename[64];
    snprintf(filename, sizeof filename, "%s.py", cases[i].name);
    outlen = errlen = 0;
    outbuf[0] = errbuf[0] = 0;
    int status = py_run_string(cases[i].src, strlen(cases[i].src), filename);
    CHECK_STR(outbuf, cases[i].out);
    CHECK_STR(errbuf, cases[i].err);
    CHECK_INT(status, cases[i].status);
  }
  py_fini();
  return CHECK_DONE("vm_eval");
}

/* Cyclic garbage lives until exit (no cycle collector): no leak report. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }
