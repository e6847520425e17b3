import asyncio, functools, inspect

async def af(x, y=1):
    return x + y

def sf():
    pass

class C:
    async def m(self):
        return 1
    @staticmethod
    async def s():
        pass
    @classmethod
    async def c(cls):
        pass
    def __call__(self):
        pass

class AC:
    async def __call__(self):
        pass

p = functools.partial(af, 1)
pp = functools.partial(p, y=3)
for name, obj in [("af", af), ("sf", sf), ("partial", p), ("partial2", pp), ("method", C().m),
                  ("unbound", C.m), ("static", C.s), ("classm", C.c), ("callable obj", C()),
                  ("async __call__", AC()), ("lambda", lambda: af(1)), ("coro obj", None)]:
    print(name, asyncio.iscoroutinefunction(obj), inspect.iscoroutinefunction(obj))
c = af(1)
print(asyncio.iscoroutine(c), inspect.iscoroutine(c), inspect.isawaitable(c))
print(asyncio.run(pp()))
print(asyncio.run(c))
def gen():
    yield
print(asyncio.iscoroutine(gen()), asyncio.iscoroutinefunction(gen))
c2 = af(0)
print(inspect.getcoroutinestate(c2))
c2.close()
print(inspect.getcoroutinestate(c2))
