import asyncio, inspect

async def fetch(url: str, *, timeout: float = 1.0, retries=3) -> bytes:
    """Fetch a URL."""
    await asyncio.sleep(0)
    return b""

def sync(a, b=2, *args, c, d=4, **kw):
    pass

async def agen():
    yield 1

class K:
    def method(self, x): ...
    @classmethod
    def cm(cls): ...
    @staticmethod
    def sm(): ...
    @property
    def p(self): return 1

async def main():
    sig = inspect.signature(fetch)
    print(sig, list(sig.parameters), sig.return_annotation, sig.parameters["timeout"].default, sig.parameters["timeout"].kind)
    print(inspect.signature(sync), [p.kind.name for p in inspect.signature(sync).parameters.values()])
    print(inspect.iscoroutinefunction(fetch), inspect.isasyncgenfunction(agen), inspect.isfunction(sync), inspect.isclass(K), inspect.ismethod(K().method))
    print(inspect.getdoc(fetch), fetch.__doc__, inspect.isawaitable(fetch("x")) if False else "", inspect.iscoroutine(asyncio.sleep(0)) if False else "")
    print([n for n, _ in inspect.getmembers(K, inspect.isfunction)], inspect.signature(K().method), inspect.signature(K.cm))
    ba = inspect.signature(sync).bind(1, c=3)
    ba.apply_defaults()
    print(ba.arguments, ba.args, ba.kwargs)
    print(inspect.getmodulename("x/y.py"), inspect.isbuiltin(len), inspect.signature(lambda x, /, y: 0))
    frame = inspect.currentframe()
    print(frame.f_code.co_name, inspect.stack()[0].function)

asyncio.run(main())
