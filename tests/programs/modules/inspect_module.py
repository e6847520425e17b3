import inspect, asyncio, functools
async def coro(a, b=2): pass
def gen(): yield 1
async def agen(): yield 1
def plain(x, /, y, *args, z=3, **kw) -> int: pass
class C:
    def __init__(self, a, b: int = 5): pass
    async def m(self): pass
    def __call__(self, q): pass
for f in (coro, gen, agen, plain, C, C(1).m, C.m, functools.partial(coro, 1), print, len, C(1)):
    print(getattr(f, "__name__", type(f).__name__), inspect.iscoroutinefunction(f), inspect.isgeneratorfunction(f),
          inspect.isasyncgenfunction(f), inspect.isfunction(f), inspect.isclass(f), inspect.ismethod(f), inspect.isbuiltin(f), inspect.isroutine(f))
c = coro(1)
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(asyncio.sleep), inspect.isgenerator(gen()))
c.close()
for f in (coro, plain, C, C(1).m, functools.partial(plain, 1, 2), C(1)):
    s = inspect.signature(f)
    print(s, list(s.parameters), [(p.name, str(p.kind), p.default is inspect.Parameter.empty) for p in s.parameters.values()])
b = inspect.signature(plain).bind(1, 2, 3, z=4, w=5)
print(b, b.args, b.kwargs)
b = inspect.signature(coro).bind(1); b.apply_defaults(); print(b.arguments)
try: inspect.signature(coro).bind()
except TypeError as e: print(e)
def deco(fn):
    @functools.wraps(fn)
    async def w(*a, **k): return await fn(*a, **k)
    return w
@deco
async def wrapped(n, *, flag=False): pass
print(inspect.signature(wrapped), inspect.iscoroutinefunction(wrapped), inspect.unwrap(wrapped) is not wrapped)
print(inspect.currentframe().f_lineno, inspect.getdoc(C), inspect.cleandoc("  a\n    b\n  c"))
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=1))
print(inspect.ismodule(inspect), inspect.getmembers(C, inspect.isfunction)[0][0])
