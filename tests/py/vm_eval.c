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
  {"lang_misc",
   "# generator edge cases\ndef g():\n    try:\n        yield 1\n        yield 2\n    except ValueError as e:\n        print(\"caught in gen\", e)\n        yield 99\n    finally:\n        print(\"gen finally\")\nit = g()\nprint(next(it))\nprint(it.throw(ValueError(\"boom\")))\nit.close()\ndef counter():\n    n = 0\n    while True:\n        x = yield n\n        if x is None:\n            n += 1\n        else:\n            n = x\nc = counter()\nprint(next(c), next(c), c.send(10), next(c))\ndef deleg():\n    r = yield from [1, 2, 3]\n    print(\"r\", r)\n    r2 = yield from sub()\n    print(\"r2\", r2)\ndef sub():\n    yield \"s\"\n    return \"done\"\nprint(list(deleg()))\n# closures in loops\nfs = [lambda x=i: x for i in range(3)]\nprint([f() for f in fs])\n# nested comprehension scoping\nm = [[i * j for j in range(3)] for i in range(3)]\nprint(m)\nprint({k: v for k, v in zip(\"abc\", range(3)) if v})\nprint({x % 3 for x in range(10)})\n# walrus\ndata = [1, 5, 12, 7]\nif (n := len(data)) > 3:\n    print(\"long\", n)\nprint([y for x in data if (y := x * 2) > 10])\n# star unpacking\na, *b, c = range(6)\nprint(a, b, c)\nfirst, *rest = \"hello\"\nprint(first, rest)\nprint(*[1, 2], *(3,), **{}) if False else print(*[1, 2], sep=\"-\")\ndef kw(*args, **kwargs):\n    return args, kwargs\nprint(kw(1, *[2, 3], x=1, **{\"y\": 2}))\n# chained comparison\nx = 5\nprint(1 < x < 10, 1 < x > 10, x == 5 != 6)\n# conditional import and try/else\ntry:\n    v = int(\"12\")\nexcept ValueError:\n    print(\"bad\")\nelse:\n    print(\"else\", v)\nfinally:\n    print(\"fin\")\n# while/else, for/else with break\nfor i in range(3):\n    if i == 5:\n        break\nelse:\n    print(\"no break\")\ni = 0\nwhile i < 3:\n    i += 1\n    if i == 2:\n        continue\n    print(\"w\", i)\nelse:\n    print(\"while else\")\n# global/nonlocal\nG = 1\ndef setg():\n    global G\n    G += 1\nsetg(); print(G)\ndef outer():\n    v = 0\n    def inc():\n        nonlocal v\n        v += 1\n        return v\n    inc(); inc()\n    return v\nprint(outer())\n# class features\nclass Base:\n    count = 0\n    def __init__(self):\n        Base.count += 1\n    @classmethod\n    def make(cls):\n        return cls()\n    @staticmethod\n    def s(x):\n        return x * 2\n    @property\n    def p(self):\n        return \"prop\"\nclass D(Base):\n    def __init__(self):\n        super().__init__()\n        self.d = 1\n    def __repr__(self):\n        return f\"D({self.d})\"\nd = D.make()\nprint(d, Base.count, D.s(4), d.p, isinstance(d, Base))\nclass V:\n    def __init__(self, x): self.x = x\n    def __add__(self, o): return V(self.x + o.x)\n    def __eq__(self, o): return self.x == o.x\n    def __lt__(self, o): return self.x < o.x\n    def __hash__(self): return hash(self.x)\n    def __len__(self): return self.x\n    def __iter__(self): return iter(range(self.x))\n    def __getitem__(self, i): return i * 10\n    def __contains__(self, v): return v == 42\n    def __call__(self, y): return self.x + y\n    def __enter__(self): print(\"enter\"); return self\n    def __exit__(self, *a): print(\"exit\", a[0]); return True\nprint((V(1) + V(2)).x, V(1) == V(1), sorted([V(3), V(1)])[0].x, len(V(4)), list(V(3)), V(0)[5], 42 in V(0), V(5)(1))\nwith V(1) as vv:\n    raise KeyError(\"x\")\nprint(\"after with\")\n# exceptions chaining output\ntry:\n    try:\n        raise KeyError(\"a\")\n    except KeyError:\n        raise ValueError(\"b\")\nexcept ValueError as e:\n    print(repr(e.__context__), e.__cause__)\n# lambda defaults and kwonly\nf = lambda a, *, b=2: a + b\nprint(f(1), f(1, b=5))\n# string formatting\nname = \"x\"; val = 3.14159\nprint(f\"{name!r:>5}|{val:.2f}|{val:10.3e}|{42:#x}|{'a'*3}\")\nprint(\"%s-%d-%.1f\" % (\"a\", 3, 2.55), \"{} {:>4}\".format(1, \"b\"))\n# augmented assignment on attributes and subscripts\nclass O: pass\no = O(); o.l = [1]; o.l += [2]; o.n = 1; o.n *= 5\ndd = {\"a\": 1}; dd[\"a\"] += 10\nprint(o.l, o.n, dd)\n# del\nlst = [1, 2, 3, 4]; del lst[1]; del lst[-1:]\nprint(lst)\n# assert\ntry:\n    assert 1 == 2, \"nope\"\nexcept AssertionError as e:\n    print(\"assert\", e)\n# recursion with default mutable\ndef acc(x, l=[]):\n    l.append(x); return l\nacc(1); print(acc(2))\n",
   "1\ncaught in gen boom\n99\ngen finally\n0 1 10 11\nr None\nr2 done\n[1, 2, 3, 's']\n[0, 1, 2]\n[[0, 0, 0], [0, 1, 2], [0, 2, 4]]\n{'b': 1, 'c': 2}\n{0, 1, 2}\nlong 4\n[24, 14]\n0 [1, 2, 3, 4] 5\nh ['e', 'l', 'l', 'o']\n1-2\n((1, 2, 3), {'x': 1, 'y': 2})\nTrue False True\nelse 12\nfin\nno break\nw 1\nw 3\nwhile else\n2\n2\nD(1) 1 8 prop True\n3 True 1 4 [0, 1, 2] 50 True 6\nenter\nexit <class 'KeyError'>\nafter with\nKeyError('a') None\n3 6\n  'x'|3.14| 3.142e+00|0x2a|aaa\na-3-2.5 1    b\n[1, 2] 5 {'a': 11}\n[1, 3]\nassert nope\n[1, 2]\n",
   "", 0},
  {"async_protocol",
   "import types\n@types.coroutine\ndef sleep0(v=None):\n    r = yield v\n    return r\ndef run(coro):\n    # a tiny driver: send None until StopIteration, printing what bubbles up\n    val = None\n    while True:\n        try:\n            y = coro.send(val)\n        except StopIteration as e:\n            return e.value\n        print(\"  yielded\", y)\n        val = y\nclass AM:\n    async def __aenter__(self):\n        print(\"aenter\"); await sleep0(\"in aenter\"); return self\n    async def __aexit__(self, et, e, tb):\n        print(\"aexit\", et.__name__ if et else None); return False\nclass AIt:\n    def __init__(self): self.i = 0\n    def __aiter__(self): return self\n    async def __anext__(self):\n        self.i += 1\n        if self.i > 3:\n            raise StopAsyncIteration\n        await sleep0((\"tick\", self.i))\n        return self.i\nasync def agen(n):\n    for i in range(n):\n        await sleep0((\"agen\", i))\n        yield i * 10\nasync def child(x):\n    await sleep0((\"child\", x))\n    return x * 2\nasync def main():\n    async with AM() as m:\n        print(\"body\", type(m).__name__)\n    out = []\n    async for v in AIt():\n        out.append(v)\n    print(out)\n    print([v async for v in agen(3)])\n    r = await child(4) + await child(5)\n    print(\"r\", r)\n    g = agen(2)\n    print(await g.__anext__(), await g.asend(None))\n    try:\n        await g.__anext__()\n    except StopAsyncIteration:\n        print(\"agen done\")\n    try:\n        async with AM():\n            raise ValueError(\"inside\")\n    except ValueError as e:\n        print(\"propagated\", e)\n    return \"main done\"\nprint(run(main()))\nasync def thrower():\n    try:\n        await sleep0(\"waiting\")\n    except KeyError as e:\n        print(\"got thrown\", repr(e))\n        return \"recovered\"\nc = thrower()\nprint(c.send(None))\ntry:\n    c.throw(KeyError(\"k\"))\nexcept StopIteration as e:\n    print(\"stop\", e.value)\nc2 = thrower(); c2.send(None); c2.close(); print(\"closed\")\n# except*\ntry:\n    raise ExceptionGroup(\"g\", [ValueError(1), TypeError(2), ValueError(3)])\nexcept* ValueError as eg:\n    print(\"values\", eg.exceptions)\nexcept* TypeError as eg:\n    print(\"types\", eg.exceptions)\ntry:\n    try:\n        raise ExceptionGroup(\"g2\", [KeyError(\"a\"), OSError(\"b\")])\n    except* KeyError:\n        print(\"handled key\")\nexcept ExceptionGroup as rest:\n    print(\"rest\", repr(rest), rest.exceptions)\nclass M(type):\n    def __new__(mcls, name, bases, ns, **kw):\n        ns[\"tag\"] = name.lower()\n        return super().__new__(mcls, name, bases, ns)\nclass K(metaclass=M):\n    def who(self):\n        return __class__.__name__, self.tag\nprint(K().who())\nclass P:\n    def __init_subclass__(cls, flag=None, **kw):\n        super().__init_subclass__(**kw)\n        cls.flag = flag\nclass Q(P, flag=\"yes\"): pass\nprint(Q.flag)\ndef deco(tag):\n    def wrap(fn):\n        def inner(*a, **k):\n            return (tag, fn(*a, **k))\n        return inner\n    return wrap\n@deco(\"t1\")\n@deco(\"t2\")\ndef h(x): return x + 1\nprint(h(1))\n",
   "aenter\n  yielded in aenter\nbody AM\naexit None\n  yielded ('tick', 1)\n  yielded ('tick', 2)\n  yielded ('tick', 3)\n[1, 2, 3]\n  yielded ('agen', 0)\n  yielded ('agen', 1)\n  yielded ('agen', 2)\n[0, 10, 20]\n  yielded ('child', 4)\n  yielded ('child', 5)\nr 18\n  yielded ('agen', 0)\n  yielded ('agen', 1)\n0 10\nagen done\naenter\n  yielded in aenter\naexit ValueError\npropagated inside\nmain done\nwaiting\ngot thrown KeyError('k')\nstop recovered\nclosed\nvalues (ValueError(1), ValueError(3))\ntypes (TypeError(2),)\nhandled key\nrest ExceptionGroup('g2', [OSError('b')]) (OSError('b'),)\n('K', 'k')\nyes\n('t1', ('t2', 2))\n",
   "", 0},
  {"gen_exc_state",
   "import sys\ndef g():\n    try:\n        raise KeyError(\"k\")\n    except KeyError:\n        yield sys.exc_info()[0].__name__\n        yield sys.exc_info()[0].__name__\n    yield sys.exc_info()[0]\nit = g()\nprint(next(it), sys.exc_info())\ntry:\n    raise ValueError(\"outer\")\nexcept ValueError:\n    print(next(it), sys.exc_info()[0].__name__)\nprint(next(it))\ndef h():\n    try:\n        raise KeyError(\"a\")\n    except KeyError:\n        yield 1\n        raise ValueError(\"b\")\nx = h(); next(x)\ntry:\n    next(x)\nexcept ValueError as e:\n    print(repr(e.__context__))\nasync def co():\n    try:\n        raise OSError(\"o\")\n    except OSError:\n        await sub()\n        return sys.exc_info()[0].__name__\nasync def sub():\n    return sys.exc_info()[0].__name__\nc = co()\ntry:\n    c.send(None)\nexcept StopIteration as s:\n    print(s.value)\n",
   "KeyError (None, None, None)\nKeyError ValueError\nNone\nKeyError('a')\nOSError\n",
   "", 0},
  {"finally_flow",
   "def f1():\n    try:\n        return \"try\"\n    finally:\n        print(\"f1 finally\")\ndef f2():\n    try:\n        raise ValueError\n    finally:\n        return \"finally wins\"\ndef f3():\n    for i in range(3):\n        try:\n            if i == 1:\n                break\n        finally:\n            print(\"f3 fin\", i)\n    return i\ndef f4():\n    out = []\n    for i in range(4):\n        try:\n            if i % 2:\n                continue\n            out.append(i)\n        finally:\n            out.append(\"f\")\n    return out\ndef f5():\n    try:\n        try:\n            raise KeyError(\"inner\")\n        except KeyError:\n            return \"from except\"\n        finally:\n            print(\"inner finally\")\n    finally:\n        print(\"outer finally\")\ndef f6():\n    for i in range(3):\n        with open_ctx(i):\n            if i == 1:\n                return i\ndef f7():\n    while True:\n        try:\n            try:\n                return \"nested\"\n            finally:\n                print(\"a\")\n        finally:\n            print(\"b\")\nclass open_ctx:\n    def __init__(self, i): self.i = i\n    def __enter__(self): print(\"enter\", self.i)\n    def __exit__(self, *a): print(\"exit\", self.i)\ndef f8():\n    try:\n        x = 1 / 0\n    except ZeroDivisionError as e:\n        err = e\n    try:\n        e\n    except NameError as ne:\n        print(\"e deleted:\", ne)\n    return type(err).__name__\ndef f9():\n    for x in range(3):\n        try:\n            pass\n        except Exception:\n            pass\n        else:\n            if x == 1:\n                return \"else-return\"\ndef f10():\n    r = []\n    for i in range(3):\n        try:\n            try:\n                if i == 1:\n                    raise ValueError(i)\n            finally:\n                r.append((\"fin\", i))\n        except ValueError:\n            r.append(\"caught\")\n            continue\n        r.append(i)\n    return r\nfor f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10):\n    print(f.__name__, f())\n",
   "f1 finally\nf1 try\nf2 finally wins\nf3 fin 0\nf3 fin 1\nf3 1\nf4 [0, 'f', 'f', 2, 'f', 'f']\ninner finally\nouter finally\nf5 from except\nenter 0\nexit 0\nenter 1\nexit 1\nf6 1\na\nb\nf7 nested\ne deleted: cannot access local variable 'e' where it is not associated with a value\nf8 ZeroDivisionError\nf9 else-return\nf10 [('fin', 0), 0, ('fin', 1), 'caught', ('fin', 2), 2]\n",
   "", 0},
  {"async_gen_final",
   "import types\n@types.coroutine\ndef tick(v):\n    return (yield v)\ndef drive(c):\n    out = []\n    try:\n        v = None\n        while True:\n            v = c.send(v)\n            out.append(v)\n    except StopIteration as e:\n        return out, e.value\nasync def agen():\n    try:\n        for i in range(5):\n            yield i\n            await tick((\"t\", i))\n    finally:\n        print(\"agen finally\")\nasync def main():\n    res = []\n    async for v in agen():\n        if v == 2:\n            break\n        res.append(v)\n    g = agen()\n    res.append(await g.__anext__())\n    await g.aclose()\n    res.append([x async for x in agen() if x % 2])\n    res.append(f\"{await tick('in-fstring')}\")\n    async def inner():\n        return [await tick(i) for i in range(2)]\n    res.append(await inner())\n    return res\nprint(drive(main()))\ndef gen_with_cleanup():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print(\"cleanup on close\")\ng = gen_with_cleanup(); next(g); del g\nprint(\"after del\")\ndef deep(n):\n    if n == 0:\n        yield \"bottom\"\n    else:\n        yield from deep(n - 1)\nprint(list(deep(50)))\ndef g2():\n    yield 1\n    return 5\ndef g3():\n    x = yield from g2()\n    yield x\nprint(list(g3()))\nit = iter([1, 2, 3])\nprint(next(it), list(it), next(iter([]), \"default\"))\n",
   "agen finally\nagen finally\nagen finally\n([('t', 0), ('t', 1), ('t', 0), ('t', 1), ('t', 2), ('t', 3), ('t', 4), 'in-fstring', 0, 1], [0, 1, 0, [1, 3], 'in-fstring', [0, 1]])\ncleanup on close\nafter del\n['bottom']\n[1, 5]\n1 [2, 3] default\n",
   "", 0},
  {"group_traceback",
   "def f():\n    raise ValueError(\"v\")\ntry:\n    try:\n        f()\n    except ValueError as e:\n        raise TypeError(\"t\") from e\nexcept TypeError as t:\n    te = t\neg = ExceptionGroup(\"outer\", [ValueError(\"a\"), ExceptionGroup(\"inner\", [KeyError(\"k\"), te]), OSError(\"o\")])\nraise eg\n",
   "",
   "  + Exception Group Traceback (most recent call last):\n  |   File \"group_traceback.py\", line 11, in <module>\n  |     raise eg\n  | ExceptionGroup: outer (3 sub-exceptions)\n  +-+---------------- 1 ----------------\n    | ValueError: a\n    +---------------- 2 ----------------\n    | ExceptionGroup: inner (2 sub-exceptions)\n    +-+---------------- 1 ----------------\n      | KeyError: 'k'\n      +---------------- 2 ----------------\n      | Traceback (most recent call last):\n      |   File \"group_traceback.py\", line 5, in <module>\n      |     f()\n      |   File \"group_traceback.py\", line 2, in f\n      |     raise ValueError(\"v\")\n      | ValueError: v\n      | \n      | The above exception was the direct cause of the following exception:\n      | \n      | Traceback (most recent call last):\n      |   File \"group_traceback.py\", line 7, in <module>\n      |     raise TypeError(\"t\") from e\n      | TypeError: t\n      +------------------------------------\n    +---------------- 3 ----------------\n    | OSError: o\n    +------------------------------------\n", 1},
  {"caret_traceback",
   "def f(d, k):\n    return d[k] + 1\ndef g(x):\n    y = x * 2\n    return 10 / (y - y)\nx = [1, 2]\ntry:\n    f({}, 'a')\nexcept KeyError:\n    pass\nprint(x.foo if False else 1)\ng(3)\n",
   "1\n",
   "Traceback (most recent call last):\n  File \"caret_traceback.py\", line 12, in <module>\n    g(3)\n  File \"caret_traceback.py\", line 5, in g\n    return 10 / (y - y)\n           ~~~^~~~~~~~~\nZeroDivisionError: division by zero\n", 1},
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
